package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.motcua.infra.it.Browser;

/** Pages are offered, and served, by role. */
class RoleAccessIT {

    @Test
    void clerkOpeningTheUsersPageGetsTheForbiddenPage() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "gia-lai.clerk");
            List<String> menu = WebUi.linkTargets(browser, "nav.main-nav a");
            assertFalse(menu.contains("/admin/users.xhtml"), menu::toString);
            assertFalse(menu.contains("/admin/api-tokens.xhtml"), menu::toString);
            assertTrue(WebUi.text(browser, "homeRoles").contains("Cán bộ một cửa"));

            browser.go("/admin/users.xhtml");
            WebUi.waitForPageLoad(browser);

            assertEquals("/admin/users.xhtml", WebUi.path(browser), "no redirect: the refusal is the answer");
            assertEquals("403", WebUi.text(browser, "errorCode"));
            assertEquals("Bạn không có quyền truy cập trang này", WebUi.text(browser, "errorHeading"));
            assertFalse(WebUi.bodyText(browser).contains("Tạo tài khoản"), "nothing of the users page leaks");
            assertFalse(browser.driver().findElements(By.id("errorHome")).isEmpty(), "a way back home");
            browser.screenshot("ui-403-clerk-users");
        }
    }

    @Test
    void provinceAdminCannotOpenPlatformPagesAndPlatformAdminCan() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "quang-ngai.admin");
            browser.go("/platform/tenants.xhtml");
            WebUi.waitForPageLoad(browser);
            assertEquals("403", WebUi.text(browser, "errorCode"));
        }
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "admin");
            assertTrue(WebUi.text(browser, "tenantName").contains("Nền tảng"), "platform users have no province");
            List<String> cards = WebUi.linkTargets(browser, "#homeCards a.action-card");
            assertTrue(cards.contains("/platform/tenants.xhtml"), cards::toString);
            assertFalse(cards.contains("/admin/api-tokens.xhtml"), "tokens belong to a province: " + cards);

            browser.go("/platform/tenants.xhtml");
            WebUi.waitForPageLoad(browser);
            String page = WebUi.bodyText(browser);
            assertTrue(page.contains("Gia Lai") && page.contains("H21") && page.contains("Đang phục vụ"), page);
            browser.screenshot("ui-platform-tenants");
        }
    }
}
