package vn.motcua.infra.it.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import vn.motcua.infra.it.Browser;

/**
 * Accessibility checks of the page open in a browser (WCAG 2.1 AA), in words a failing test can print:
 * <ul>
 *   <li>{@link #axeViolations}: axe-core, the script Deque ships in {@code com.deque.html.axe-core:selenium}
 *       ({@code axe.min.js}, a test dependency: nothing is copied into this repository), injected through
 *       Selenium (not page code, so the Content-Security-Policy of the page does not apply to it) and run with
 *       the WCAG 2.0/2.1 level A and AA rules plus {@link #EXTRA_RULES};</li>
 *   <li>{@link #keyboardProblems}: the page walked with the Tab key as a keyboard user would: every stop must
 *       show where the focus is, and every visible control (link, button, field) must be a stop.</li>
 * </ul>
 */
final class Accessibility {

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags them. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Rules axe files under "best practice", not under a WCAG tag, that the issue asks for: a positive tabindex
     * (keyboard order), and names of dialogs, tree items and aria-text. (color-contrast, label, button-name,
     * link-name, select-name, the aria-* attribute rules, nested-interactive, scrollable-region-focusable... are in
     * the WCAG tags.)
     */
    static final List<String> EXTRA_RULES = List.of("tabindex", "aria-dialog-name", "aria-text",
            "aria-treeitem-name");

    private static volatile String axeSource;

    private Accessibility() { }

    /** axe-core's own script, from the test class path (the jar of com.deque.html.axe-core:selenium). */
    static String axeSource() {
        String s = axeSource;
        if (s == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path: the test dependency "
                            + "com.deque.html.axe-core:selenium is missing");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read axe.min.js", e);
            }
            axeSource = s;
        }
        return s;
    }

    /** One rule broken on one element. */
    record Finding(String rule, String impact, String target, String message) {
        @Override
        public String toString() {
            return "[" + rule + (impact == null ? "" : ", " + impact) + "] " + target + "\n        " + message;
        }
    }

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            var tags = arguments[0], extra = arguments[1], rules = {};
            extra.forEach(function (r) { rules[r] = { enabled: true }; });
            axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: rules, resultTypes: ['violations'] })
              .then(function (result) {
                done(result.violations.map(function (v) {
                  return { rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
                    return { target: n.target.join(' '),
                             message: (n.failureSummary || '').replace(/\\s+/g, ' ').trim() }; }) };
                }));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    /** axe-core's violations on the page as it is now (rule, the element's selector, what is wrong). */
    @SuppressWarnings("unchecked")
    static List<Finding> axeViolations(Browser browser) {
        WebDriver d = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) d;
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript(RUN_AXE, WCAG_TAGS, EXTRA_RULES);
        if (result instanceof String error) {
            throw new IllegalStateException(error);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                findings.add(new Finding((String) v.get("rule"), (String) v.get("impact"), (String) n.get("target"),
                        v.get("help") + ": " + n.get("message")));
            }
        }
        return findings;
    }

    /**
     * Page functions shared by the keyboard checks, installed once per page as {@code window.__a11y}:
     * {@code path(e)} a selector for an element; {@code focusShown(e)} whether something shows that the focused
     * element {@code e} has the focus: the element itself when it is drawn (at least 4 x 4 pixels) with an outline
     * or a box shadow; for a PrimeFaces widget that keeps its real input visually hidden, the widget (an ancestor
     * with class ui-state-focus, or with an outline through :focus-within) or, for check boxes and radio buttons,
     * the box beside the hidden input; {@code tabbable(e)} whether Tab stops on it.
     */
    private static final String INSTALL = """
            if (window.__a11y) { return; }
            function path(e) {
              var parts = [];
              while (e && e.nodeType === 1 && e !== document.body) {
                if (e.id) { parts.unshift('#' + e.id.replace(/([:.])/g, '\\\\$1')); break; }
                var i = 1, s = e;
                while ((s = s.previousElementSibling)) { i++; }
                parts.unshift(e.tagName.toLowerCase() + ':nth-child(' + i + ')');
                e = e.parentElement;
              }
              return parts.join(' > ');
            }
            function shows(e) {
              var cs = getComputedStyle(e);
              return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1)
                  || (cs.boxShadow && cs.boxShadow !== 'none');
            }
            function drawn(e) {
              var r = e.getBoundingClientRect();
              return r.width >= 4 && r.height >= 4 && !e.closest('.ui-helper-hidden-accessible');
            }
            function focusShown(el) {
              if (drawn(el) && shows(el)) { return true; }
              for (var a = el.parentElement, k = 0; a && k < 4; a = a.parentElement, k++) {
                // PrimeFaces marks a focused widget with ui-state-focus, or its own class (ui-toggleswitch-focus)
                var marked = Array.from(a.classList).some(function (c) { return /^ui-.*focus$/.test(c); });
                if (drawn(a) && shows(a) && (marked
                    || a.matches(':focus-within') && getComputedStyle(a).outlineStyle !== 'none')) { return true; }
                if (marked && Array.from(a.querySelectorAll('*')).some(function (f) {
                      return drawn(f) && getComputedStyle(f).outlineStyle !== 'none'
                          && parseFloat(getComputedStyle(f).outlineWidth) >= 1; })) { return true; }
                if (k < 2 && Array.from(a.querySelectorAll('.ui-state-focus'))
                    .some(function (f) { return drawn(f) && shows(f); })) { return true; }
              }
              return false;
            }
            function rendered(e) {
              if (e.closest('[inert]')) { return false; }
              var cs = getComputedStyle(e);
              return cs.visibility !== 'hidden' && cs.display !== 'none' && e.getClientRects().length > 0;
            }
            function tabbable(e) {
              return e.tabIndex >= 0 && !e.disabled && rendered(e);
            }
            function label(e) {
              return (e.getAttribute('aria-label') || e.textContent || e.value || '').replace(/\\s+/g, ' ').trim()
                  .substring(0, 60);
            }
            window.__a11y = { path: path, focusShown: focusShown, tabbable: tabbable, rendered: rendered,
                              label: label, reached: [], stops: [] };
            // every focus change, read as it happens (after the widget's own focus handlers ran): the Tab walk
            // presses keys in batches and reads the stops afterwards
            document.addEventListener('focusin', function (ev) {
              var el = ev.target, a = window.__a11y;
              if (!el || el === document.body || el === document.documentElement || el.nodeType !== 1) { return; }
              a.reached.push(el);
              a.stops.push({ key: path(el), visible: focusShown(el), label: label(el) });
            });
            """;

    /** The focused element (null for none): its selector, its words, whether the focus shows. */
    private static final String FOCUSED = """
            var el = document.activeElement, a = window.__a11y;
            if (!el || el === document.body || el === document.documentElement) { return null; }
            a.reached.push(el);
            return { key: a.path(el), visible: a.focusShown(el), label: a.label(el) };
            """;

    /**
     * The tabbable elements the Tab walk did not get to, each focused from the script (after the walk, the page
     * is in keyboard mode, so :focus-visible applies as for a Tab): those whose focus does not show.
     */
    private static final String FOCUS_THE_REST = """
            var a = window.__a11y, found = [];
            var all = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))
                .filter(function (e) { return a.tabbable(e) && a.reached.indexOf(e) < 0; });
            all.forEach(function (e) {
              e.focus();
              if (document.activeElement === e && !a.focusShown(e)) {
                found.push({ key: a.path(e), label: a.label(e) });
              }
            });
            if (document.activeElement) { document.activeElement.blur(); }
            return found;
            """;

    /**
     * Visible controls (links, buttons, fields, elements with a control's role) that Tab cannot stop on: neither
     * the element, nor an element inside it, nor the widget around it is tabbable. A radio button counts through
     * its group (the arrow keys move inside a group); a control PrimeFaces shows as disabled is left out.
     */
    private static final String UNREACHABLE = """
            var a = window.__a11y;
            var sel = 'a[href], button, input:not([type=hidden]):not([type=radio]), select, textarea, [role=button],'
                    + ' [role=link], [role=tab], [role=checkbox], [role=combobox], [role=menuitem]';
            return Array.from(document.querySelectorAll(sel)).filter(function (e) {
              if (e.disabled || e.closest('fieldset[disabled], .ui-state-disabled, [aria-hidden=true]')
                  || e.getAttribute('aria-disabled') === 'true') { return false; }
              if (!a.rendered(e) || e.closest('.ui-helper-hidden-accessible')) { return false; }
              if (a.tabbable(e)) { return false; }
              if (Array.from(e.querySelectorAll('*')).some(a.tabbable)) { return false; }
              for (var p = e.parentElement, k = 0; p && k < 3; p = p.parentElement, k++) {
                if (a.tabbable(p) || Array.from(p.querySelectorAll('.ui-helper-hidden-accessible *')).some(a.tabbable)) {
                  return false;
                }
              }
              return true;
            }).map(function (e) { return { key: a.path(e), label: a.label(e) }; });
            """;

    /**
     * What a keyboard user could not do on the page: walks it with Tab from the top, as a keyboard user would
     * (at most {@code maxStops} stops, or until the walk comes round), then focuses from the script every tabbable
     * element the walk did not get to; reports a stop whose focus does not show, and a visible control Tab cannot
     * stop on.
     */
    @SuppressWarnings("unchecked")
    static List<Finding> keyboardProblems(Browser browser, int maxStops) {
        WebDriver d = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript(INSTALL);
        // start from the top of the document, as a keyboard user does after the page opened
        js.executeScript(START_AT_TOP);
        List<Map<String, Object>> stops = batchedWalk(d, js, maxStops);
        if (stops.stream().anyMatch(stop -> !Boolean.TRUE.equals(stop.get("visible")))) {
            // a stop whose focus did not show: walk again a key at a time, reading each stop after its key, so a
            // widget that marks its focus a moment later is not reported
            js.executeScript(START_AT_TOP);
            stops = new ArrayList<>();
            for (int i = 0; i < maxStops; i++) {
                new Actions(d).sendKeys(Keys.TAB).perform();
                Map<String, Object> stop = (Map<String, Object>) js.executeScript(FOCUSED);
                if (stop != null) {
                    stops.add(stop);
                    if (comesRound(stops)) {
                        break;
                    }
                }
            }
        }
        List<Finding> problems = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        String first = null;
        for (Map<String, Object> stop : stops) {
            String key = (String) stop.get("key");
            if (key.equals(first)) {
                break;
            }
            if (first == null) {
                first = key;
            }
            if (reached.add(key) && !Boolean.TRUE.equals(stop.get("visible"))) {
                problems.add(focusNotShown(key, stop.get("label")));
            }
        }
        for (Map<String, Object> e : (List<Map<String, Object>>) js.executeScript(FOCUS_THE_REST)) {
            problems.add(focusNotShown((String) e.get("key"), e.get("label")));
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) js.executeScript(UNREACHABLE)) {
            problems.add(new Finding("keyboard-reach", "serious", (String) c.get("key"),
                    "The control \"" + c.get("label") + "\" is visible but Tab never stops on it"));
        }
        return problems;
    }

    /** Focus back at the top of the document, as a keyboard user has it after the page opened. */
    private static final String START_AT_TOP = "if (document.activeElement) { document.activeElement.blur(); }"
            + " window.scrollTo(0, 0); document.body.setAttribute('tabindex', '-1'); document.body.focus();"
            + " document.body.removeAttribute('tabindex'); window.__a11y.stops = [];";

    /** Tab presses sent in one action: one round trip to the browser per batch instead of two per key. */
    private static final int TAB_BATCH = 25;

    /** The stops of a Tab walk of at most {@code maxStops} keys, pressed in batches, until it comes round. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> batchedWalk(WebDriver d, JavascriptExecutor js, int maxStops) {
        List<Map<String, Object>> stops = List.of();
        for (int sent = 0; sent < maxStops; ) {
            int n = Math.min(TAB_BATCH, maxStops - sent);
            Actions keys = new Actions(d);
            for (int i = 0; i < n; i++) {
                keys.sendKeys(Keys.TAB);
            }
            keys.perform();
            sent += n;
            stops = (List<Map<String, Object>>) js.executeScript("return window.__a11y.stops;");
            if (comesRound(stops)) {
                break;
            }
        }
        return stops;
    }

    /** The walk reached its first stop again. */
    private static boolean comesRound(List<Map<String, Object>> stops) {
        if (stops.size() < 2) {
            return false;
        }
        Object first = stops.get(0).get("key");
        return stops.subList(1, stops.size()).stream().anyMatch(stop -> first.equals(stop.get("key")));
    }

    private static final String MENU_LINES = """
            var items = Array.from(document.querySelectorAll('nav.main-nav .nav-inner > li'))
              .filter(function (li) { return li.offsetParent !== null; });
            var tops = {};
            items.forEach(function (li) { tops[Math.round(li.getBoundingClientRect().top)] = true; });
            return { lines: Object.keys(tops).length, items: items.length, width: window.innerWidth,
                     labels: items.map(function (li) { return li.textContent.replace(/\\s+/g, ' ').trim(); }).join(' | ') };
            """;

    /**
     * The main menu on one line at the window's width (1366 px, the most common desktop screen): a menu that wraps
     * pushes every page down and moves its entries between visits (issue 15).
     */
    @SuppressWarnings("unchecked")
    static List<Finding> layoutProblems(Browser browser) {
        Map<String, Object> menu = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(MENU_LINES);
        long lines = ((Number) menu.get("lines")).longValue();
        if (lines <= 1) {
            return List.of();
        }
        return List.of(new Finding("menu-one-line", "moderate", "nav.main-nav", "The main menu takes " + lines
                + " lines at " + menu.get("width") + " px (" + menu.get("items") + " entries: " + menu.get("labels") + ")"));
    }

    private static Finding focusNotShown(String key, Object label) {
        return new Finding("focus-visible", "serious", key, "Nothing shows that \"" + label + "\" has the keyboard"
                + " focus (no outline or shadow on it or on its widget)");
    }
}
