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
 *   <li>{@link #keyboardProblems}: the page walked with the Tab key as a keyboard user would, every stop must
 *       show where the focus is, and every visible control (link, button, field) must be one of the stops.</li>
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
     * The focused element: a selector for it and whether something shows where the focus is. The element itself
     * counts when it is drawn (at least 4 x 4 pixels) and has an outline or a box shadow while focused; a PrimeFaces
     * widget that keeps its real input visually hidden shows the focus on the widget instead (class
     * ui-state-focus, or :focus-within), so the nearest drawn ancestor with an outline or shadow counts then.
     */
    private static final String FOCUSED = """
            var el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) { return null; }
            (window.__a11yReached = window.__a11yReached || []).push(el);
            function path(e) {
              if (e.id) { return '#' + e.id.replace(/([:.])/g, '\\\\$1'); }
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
              var outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
              var shadow = cs.boxShadow && cs.boxShadow !== 'none';
              return outline || shadow;
            }
            function drawn(e) {
              var r = e.getBoundingClientRect();
              return r.width >= 4 && r.height >= 4 && !e.closest('.ui-helper-hidden-accessible');
            }
            var visible = drawn(el) && shows(el);
            for (var a = el.parentElement, k = 0; !visible && a && k < 4; a = a.parentElement, k++) {
              if (drawn(a) && (a.classList.contains('ui-state-focus') || a.matches(':focus-within')) && shows(a)
                  && (a.classList.contains('ui-state-focus') || getComputedStyle(a).outlineStyle !== 'none')) {
                visible = true;
              }
            }
            var label = (el.getAttribute('aria-label') || el.textContent || el.value || '').replace(/\\s+/g, ' ').trim();
            return { key: path(el), visible: visible, label: label.substring(0, 60) };
            """;

    /**
     * Every visible control a keyboard user must be able to reach: links, buttons, fields, and elements that
     * act as one. A radio button counts through its group (the arrow keys move inside a group), a PrimeFaces input
     * kept visually hidden through its widget.
     */
    private static final String UNREACHED = """
            var sel = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=link],'
                    + ' [role=tab], [role=checkbox], [role=radio], [role=combobox], [tabindex]';
            var reached = window.__a11yReached || [];
            function shown(e) {
              if (e.closest('[aria-hidden=true], [inert], .ui-helper-hidden-accessible')) { return false; }
              var r = e.getBoundingClientRect();
              if (r.width < 1 || r.height < 1) { return false; }
              var cs = getComputedStyle(e);
              return cs.visibility !== 'hidden' && cs.display !== 'none';
            }
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
            return Array.from(document.querySelectorAll(sel)).filter(function (e) {
              if (e.disabled || e.closest('fieldset[disabled]') || e.getAttribute('aria-disabled') === 'true') { return false; }
              if (e.matches('[tabindex="-1"]') && !e.matches('a[href], button, input, select, textarea')) { return false; }
              if (e.matches('input[type=radio]')) { return false; }
              if (!shown(e)) { return false; }
              return !reached.some(function (r) { return r === e || e.contains(r) || r.contains(e); });
            }).map(function (e) {
              var label = (e.getAttribute('aria-label') || e.textContent || e.value || '').replace(/\\s+/g, ' ').trim();
              return { key: path(e), label: label.substring(0, 60) };
            });
            """;

    /**
     * Walks the page with Tab from the top (at most {@code maxStops} stops, or until the walk comes round again)
     * and returns what a keyboard user could not do: a stop that does not show the focus, a visible control the
     * walk never reached.
     */
    @SuppressWarnings("unchecked")
    static List<Finding> keyboardProblems(Browser browser, int maxStops) {
        WebDriver d = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) d;
        // start from the top of the document, as a keyboard user does after the page opened
        js.executeScript("if (document.activeElement) { document.activeElement.blur(); } window.scrollTo(0, 0);"
                + " document.body.setAttribute('tabindex', '-1'); document.body.focus();"
                + " document.body.removeAttribute('tabindex');");
        js.executeScript("window.__a11yReached = [];");
        long controls = (Long) js.executeScript("return document.querySelectorAll('a[href], button, input,"
                + " select, textarea, [tabindex], [role]').length;");
        List<Finding> problems = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        String first = null;
        int limit = Math.min(maxStops, (int) controls + 10);
        for (int i = 0; i < limit; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            Map<String, Object> stop = (Map<String, Object>) js.executeScript(FOCUSED);
            if (stop == null) {
                continue;
            }
            String key = (String) stop.get("key");
            if (key.equals(first)) {
                break;
            }
            if (first == null) {
                first = key;
            }
            if (reached.add(key) && !Boolean.TRUE.equals(stop.get("visible"))) {
                problems.add(new Finding("focus-visible", "serious", key,
                        "Nothing shows that \"" + stop.get("label") + "\" has the keyboard focus (no outline or"
                                + " shadow on it or on its widget)"));
            }
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) js.executeScript(UNREACHED)) {
            problems.add(new Finding("keyboard-reach", "serious", (String) c.get("key"),
                    "The control \"" + c.get("label") + "\" is visible but Tab never reaches it"));
        }
        return problems;
    }
}
