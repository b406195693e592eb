package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.dossiers.DossierApi;

/**
 * WCAG 2.1 AA on the main pages of every role and on the public pages (issue 15, item 3): axe-core in the real
 * Chromium (contrast, labels, names of buttons and links, ARIA, tabindex and the other WCAG 2.0/2.1 A and AA rules),
 * then the page walked with the Tab key (focus visible at every stop, every visible control reached). A failure lists
 * every finding of every page of the role: rule, the element's selector, what is wrong. The colours these rules
 * hold the theme to are in docs/accessibility.md.
 */
class AccessibilityIT {

    /** Tab presses on one page; the elements after them are focused from the script (Accessibility.keyboardProblems). */
    static final int MAX_TAB_STOPS = 150;

    static String dossierCode;

    @BeforeAll
    static void aDossierToLookAt() {
        JsonObject dossier = DossierApi.receiveInGiaLai("Nguyễn Thị Tiếp Cận");
        dossierCode = dossier.getString("code");
    }

    @Test
    void publicPages() {
        check(null, List.of("/login.xhtml", "/tra-cuu.xhtml", "/tra-cuu.xhtml?ma=" + dossierCode,
                "/cong-khai/don-vi-tre-han.xhtml?tinh=gia-lai"));
    }

    /** The check itself: on a page whose focus outline is taken away, the keyboard walk reports the stops. */
    @Test
    void theKeyboardCheckSeesAFocusThatDoesNotShow() {
        try (Browser browser = Browser.open()) {
            browser.go("/tra-cuu.xhtml");
            WebUi.waitForPageLoad(browser);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    // inline and important: above the theme's own important focus rules
                    "document.querySelectorAll('*').forEach(function (e) {"
                    + " e.style.setProperty('outline', 'none', 'important');"
                    + " e.style.setProperty('box-shadow', 'none', 'important'); });");
            List<Accessibility.Finding> found = Accessibility.keyboardProblems(browser, MAX_TAB_STOPS);
            assertTrue(found.stream().filter(f -> f.rule().equals("focus-visible")).count() >= 3,
                    "the search field, its button and the links: " + found);
        }
    }

    @Test
    void provinceAdministrator() {
        check("gia-lai.admin", List.of("/home.xhtml", "/config/units.xhtml", "/catalog/procedures.xhtml",
                "/calendar/year.xhtml", "/config/targets.xhtml", "/admin/users.xhtml", "/admin/api-tokens.xhtml",
                "/reports/dossiers.xhtml"));
    }

    /** The procedure editor opened on a procedure with steps, a document and a fee: its rows, buttons and total. */
    @Test
    void procedureEditorWithRows() {
        String code = vn.motcua.infra.it.catalog.CatalogApi.uniqueCode();
        vn.motcua.infra.it.catalog.CatalogApi.create("gia-lai.admin", code, "Thủ tục thử tiếp cận " + code, 5, "2025-01-01");
        check("gia-lai.admin", List.of("/catalog/procedure.xhtml?code=" + code), browser -> {
            browser.driver().findElement(org.openqa.selenium.By.id("toolbarForm:edit")).click();
            WebUi.waitFor(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("editForm:stepTable:1:stepName")));
            WebUi.waitForAjax(browser);
        });
    }

    @Test
    void provinceLeader() {
        check("gia-lai.leader", List.of("/home.xhtml", "/dossiers/index.xhtml", "/reports/dossiers.xhtml",
                "/reports/service-index.xhtml", "/calendar/due-date.xhtml"));
    }

    @Test
    void clerk() {
        check("gia-lai.clerk", List.of("/home.xhtml", "/dossiers/receive.xhtml", "/dossiers/my-work.xhtml",
                "/dossiers/index.xhtml", "/dossiers/dossier.xhtml?code=" + dossierCode));
    }

    @Test
    void officer() {
        check("gia-lai.officer", List.of("/home.xhtml", "/dossiers/my-work.xhtml", "/dossiers/index.xhtml",
                "/dossiers/dossier.xhtml?code=" + dossierCode));
    }

    @Test
    void centralViewer() {
        check("central", List.of("/home.xhtml", "/central/compare.xhtml", "/central/procedure.xhtml"));
    }

    @Test
    void platformAdministrator() {
        check("admin", List.of("/home.xhtml", "/platform/tenants.xhtml", "/admin/users.xhtml",
                "/admin/security-log.xhtml"));
    }

    /** Signs in (unless {@code user} is null), opens each page, and fails with every finding of every page. */
    static void check(String user, List<String> pages) {
        check(user, pages, browser -> { });
    }

    /** As {@link #check(String, List)}, doing {@code then} on each page (e.g. opening a dialog) before checking it. */
    static void check(String user, List<String> pages, java.util.function.Consumer<Browser> then) {
        String who = user == null ? "public" : user;
        List<String> report = new ArrayList<>();
        int findings = 0;
        try (Browser browser = Browser.open()) {
            if (user != null) {
                WebUi.signInAsDemo(browser, user);
            }
            for (String page : pages) {
                browser.go(page);
                WebUi.waitForPageLoad(browser);
                WebUi.waitForAjax(browser);
                then.accept(browser);
                List<Accessibility.Finding> found = new ArrayList<>(Accessibility.axeViolations(browser));
                found.addAll(Accessibility.keyboardProblems(browser, MAX_TAB_STOPS));
                found.addAll(Accessibility.layoutProblems(browser));
                System.out.printf("[a11y] %-8s %-55s %d finding(s)%n", who, page, found.size());
                if (!found.isEmpty()) {
                    findings += found.size();
                    browser.screenshot("a11y-" + who + page.replace('/', '-'));
                    StringBuilder b = new StringBuilder("  " + page + " (" + WebUi.path(browser) + "):");
                    found.forEach(f -> b.append("\n    ").append(f));
                    report.add(b.toString());
                }
            }
        }
        String message = findings + " accessibility finding(s) for " + who + ":\n" + String.join("\n", report);
        if (findings > 0) {
            System.out.println(message);
        }
        assertTrue(report.isEmpty(), message);
    }
}
