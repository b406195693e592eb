package vn.motcua.infra.it.ui;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.infra.it.Browser;

/**
 * What the UI tests do again and again, in the words of the pages: sign in, read the page, wait for PrimeFaces.
 * Element ids are those of the xhtml pages under ui/src/main/webapp (ids inside an h:form are prefixed with the
 * form's id, e.g. {@code loginForm:username}).
 */
final class WebUi {

    static final String DEMO_PASSWORD = "demo";
    static final Duration WAIT = Duration.ofSeconds(20);

    private WebUi() { }

    /** Opens the sign-in page, signs in and waits for the page that follows (home unless a continue URL was given). */
    static void signIn(Browser browser, String username, String password) {
        browser.go("/login.xhtml");
        submitLogin(browser, username, password);
    }

    static void submitLogin(Browser browser, String username, String password) {
        WebDriver d = browser.driver();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        String before = d.getCurrentUrl();
        WebElement user = d.findElement(By.id("loginForm:username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = d.findElement(By.id("loginForm:password"));
        pass.clear();
        pass.sendKeys(password);
        d.findElement(By.id("loginForm:login")).click();
        // A full POST: wait until the old page is gone (either a new URL or the re-rendered sign-in page).
        waitFor(browser).until(drv -> !drv.getCurrentUrl().equals(before) || isLoaded(drv)
                && !drv.findElements(By.cssSelector("#loginForm\\:loginMessages .ui-messages-error")).isEmpty());
        waitForPageLoad(browser);
    }

    static void signInAsDemo(Browser browser, String username) {
        signIn(browser, username, DEMO_PASSWORD);
        waitFor(browser).until(ExpectedConditions.urlContains("/home.xhtml"));
    }

    static WebDriverWait waitFor(Browser browser) {
        return browser.waitUpTo((int) WAIT.toSeconds());
    }

    static boolean isLoaded(WebDriver d) {
        return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
    }

    static void waitForPageLoad(Browser browser) {
        waitFor(browser).until(WebUi::isLoaded);
    }

    /** Waits until no PrimeFaces ajax request is running. */
    static void waitForAjax(Browser browser) {
        waitFor(browser).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** The visible text of the page body. */
    static String bodyText(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** The text as written in the page, before CSS (e.g. text-transform: uppercase) changes how it looks. */
    static String textContent(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("textContent").replaceAll("\\s+", " ").strip();
    }

    static String path(Browser browser) {
        String url = browser.driver().getCurrentUrl();
        String rest = url.replaceFirst("^https?://[^/]+", "");
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    static List<String> linkTargets(Browser browser, String cssSelector) {
        return browser.driver().findElements(By.cssSelector(cssSelector)).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
                .toList();
    }

    static void signOut(Browser browser) {
        browser.driver().findElement(By.id("logoutForm:logout")).click();
        waitFor(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
        waitForPageLoad(browser);
    }

    /**
     * The file a non-ajax download button of a form answers (a p:fileDownload): the form posted from the page as the
     * button posts it, the answer's bytes read back from the browser, so the test gets the file without a download
     * directory.
     */
    static byte[] download(Browser browser, String formId, String buttonId) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById(arguments[0]);"
                + " var p = new URLSearchParams(new FormData(f)); p.append(arguments[1], '');"
                + " return fetch(f.action, {method: 'POST', body: p, credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer()).then(b => { let s = '';"
                + " new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); return btoa(s); });", formId, buttonId);
        return java.util.Base64.getDecoder().decode(String.valueOf(base64));
    }
}
