package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/** Signing in and out through the web pages, and the start page a province administrator gets. */
class SignInIT {

    @Test
    void provinceAdminSeesTheGiaLaiStartPageInVietnamese() throws Exception {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "gia-lai.admin");

            assertEquals("/home.xhtml", WebUi.path(browser));
            String page = WebUi.bodyText(browser);
            assertTrue(WebUi.text(browser, "tenantName").contains("UBND tỉnh Gia Lai"), "header names the province");
            assertTrue(WebUi.text(browser, "tenantName").contains("H21"), "header shows the province code");
            assertTrue(WebUi.textContent(browser, "homeTenant").contains("UBND tỉnh Gia Lai"), page);
            assertEquals("Quản trị Gia Lai", WebUi.text(browser, "userDisplayName"));
            assertTrue(WebUi.text(browser, "homeRoles").contains("Quản trị tỉnh"), "role in Vietnamese: " + page);
            assertTrue(page.contains("Bạn có thể làm gì"), page);
            assertTrue(page.contains("Đăng xuất"), page);

            List<String> cards = WebUi.linkTargets(browser, "#homeCards a.action-card");
            assertTrue(cards.contains("/admin/api-tokens.xhtml"), cards::toString);
            assertTrue(cards.contains("/admin/users.xhtml"), cards::toString);
            assertTrue(cards.contains("/admin/security-log.xhtml"), cards::toString);
            assertTrue(cards.contains("/api-docs.html"), cards::toString);
            assertFalse(cards.contains("/platform/tenants.xhtml"), "a province administrator does not manage provinces");
            assertEquals("vi", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));

            Path png = browser.screenshot("ui-home-gia-lai-admin");
            assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);
        }
    }

    @Test
    void wrongPasswordShowsTheGenericMessageAndStaysOnTheSignInPage() {
        try (Browser browser = Browser.open()) {
            WebUi.signIn(browser, "bac-ninh.officer", "not-the-password");

            assertEquals("/login.xhtml", WebUi.path(browser));
            String message = browser.driver().findElement(By.cssSelector("#loginForm\\:loginMessages")).getText();
            assertTrue(message.contains("Tên đăng nhập hoặc mật khẩu không đúng."), message);
            assertFalse(message.toLowerCase().contains("bac-ninh.officer"), "no hint which part was wrong");
            assertTrue(browser.driver().findElement(By.id("loginForm:password")).getAttribute("value").isEmpty(),
                    "the password is not sent back");
            browser.screenshot("ui-login-wrong-password");
        }
    }

    @Test
    void signOutReturnsToSignInAndProtectedPagesAskForItAgain() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.leader");
            assertTrue(WebUi.text(browser, "homeRoles").contains("Lãnh đạo tỉnh"));

            WebUi.signOut(browser);
            assertEquals("/login.xhtml", WebUi.path(browser));
            assertTrue(browser.driver().findElements(By.id("logoutForm:logout")).isEmpty(), "nobody signed in");

            browser.go("/home.xhtml");
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
            assertEquals("/login.xhtml", WebUi.path(browser));
            assertTrue(browser.driver().getCurrentUrl().contains("continue="), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void signingInFromAProtectedLinkContinuesThere() {
        try (Browser browser = Browser.open()) {
            browser.go("/admin/security-log.xhtml");
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
            WebUi.submitLogin(browser, "bac-ninh.admin", WebUi.DEMO_PASSWORD);
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/admin/security-log.xhtml"));
            assertTrue(WebUi.bodyText(browser).contains("Nhật ký bảo mật"));
            assertTrue(WebUi.bodyText(browser).contains("Đăng nhập thành công"), "the sign-in just made is logged");
        }
    }
}
