package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/** Vietnamese by default; English on request, for the rest of the session. */
class LanguageIT {

    @Test
    void switchingToEnglishChangesTheLabelsAndSticks() {
        try (Browser browser = Browser.open()) {
            browser.go("/login.xhtml");
            WebUi.waitForPageLoad(browser);
            assertEquals("Đăng nhập", browser.driver().findElement(By.id("loginTitle")).getText());

            browser.driver().findElement(By.id("langForm:langEn")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.textToBe(By.id("loginTitle"), "Sign in"));
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(WebUi.bodyText(browser).contains("User name"));

            WebUi.submitLogin(browser, "ha-tinh.clerk", WebUi.DEMO_PASSWORD);
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/home.xhtml"));
            String page = WebUi.bodyText(browser);
            assertTrue(page.contains("What you can do"), page);
            assertTrue(WebUi.text(browser, "homeRoles").contains("One-stop clerk"), page);
            assertTrue(WebUi.text(browser, "tenantName").contains("Ha Tinh"), "English province name");
            assertTrue(page.contains("Sign out"), page);

            browser.driver().findElement(By.id("langForm:langVi")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("homeRoles"), "Cán bộ một cửa"));
            assertTrue(WebUi.bodyText(browser).contains("Bạn có thể làm gì"));
            assertTrue(WebUi.text(browser, "tenantName").contains("UBND tỉnh Hà Tĩnh"));
        }
    }
}
