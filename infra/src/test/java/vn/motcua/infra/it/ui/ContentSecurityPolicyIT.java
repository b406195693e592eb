package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/**
 * The pages work under their Content-Security-Policy in a real browser, and the browser tests notice when one
 * does not: every {@link Browser} fails its test on a reported violation (see {@link Browser#close()}), so the
 * other browser tests check their pages too; this one covers the pages they do not visit.
 */
class ContentSecurityPolicyIT {

    @Test
    void anInlineScriptWithoutTheNonceIsRefusedAndFailsTheBrowserTest() {
        try (Browser browser = Browser.open()) {
            browser.go("/login.xhtml");
            WebUi.waitForPageLoad(browser);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                            + " document.head.appendChild(s);");
            assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser.driver())
                    .executeScript("return window.injected === true;"), "the injected script did not run");
            List<String> violations = browser.takePolicyViolations();
            assertEquals(1, violations.size(), violations::toString);
            assertTrue(violations.get(0).contains("script-src"), violations::toString);
        }
    }

    @Test
    void thePublicLookupWorksUnderThePolicy() {
        try (Browser browser = Browser.open()) {
            browser.go("/tra-cuu.xhtml");
            WebUi.waitForPageLoad(browser);
            browser.driver().findElement(By.id("lookupForm:lookup")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#lookupForm\\:lookupMessages .ui-messages-error")));
            assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                    .executeScript("return !!(window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE);")),
                    "PrimeFaces started with this page's nonce");
            browser.assertNoPolicyViolations();
        }
    }

    @Test
    void swaggerUiWorksUnderThePolicy() {
        try (Browser browser = Browser.open()) {
            browser.go("/api-docs.html");
            WebUi.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#swagger-ui .opblock")));
            assertFalse(browser.driver().findElements(By.cssSelector("#swagger-ui .info .title")).isEmpty());
            browser.assertNoPolicyViolations();
        }
    }
}
