package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/** Vietnamese by default; English on request, for the rest of the session; one language per page. */
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

    /**
     * Texts that used to mix languages or show identifiers: the calendar's legal basis ("swap", "a paid holiday" on
     * the Vietnamese page), a merged province by its slug ("Sáp nhập vào gia-lai"), a screen with three names.
     */
    @Test
    void aPageSpeaksOneLanguageAndNamesThingsByTheirNames() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "admin");
            browser.go("/calendar/year.xhtml?year=2026");
            WebUi.waitForPageLoad(browser);
            String vi = WebUi.text(browser, "notices");
            assertTrue(vi.contains("Ngày Văn hóa Việt Nam 24/11 là ngày nghỉ lễ hưởng nguyên lương"), vi);
            assertTrue(vi.contains("hoán đổi"), vi);
            for (String english : new String[] {"swap", "paid holiday", "Government Office", " | "}) {
                assertFalse(vi.contains(english), "'" + english + "' on the Vietnamese page: " + vi);
            }

            browser.go("/platform/tenants.xhtml");
            WebUi.waitForPageLoad(browser);
            String tenants = WebUi.text(browser, "tenantsForm:tenants");
            assertTrue(tenants.contains("Sáp nhập vào Gia Lai") && tenants.contains("Sáp nhập vào Quảng Ngãi"), tenants);
            assertFalse(tenants.contains("Sáp nhập vào gia-lai"), tenants);

            browser.driver().findElement(By.id("langForm:langEn")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenantsForm:tenants"),
                    "Merged into Gia Lai"));
            browser.go("/calendar/year.xhtml?year=2026");
            WebUi.waitForPageLoad(browser);
            String en = WebUi.text(browser, "notices");
            assertTrue(en.contains("Vietnamese Culture Day 24/11 a paid holiday"), en);
            assertFalse(en.contains("hưởng nguyên lương") || en.contains(" | "), en);
        }
        // the due-date screen had three names (menu, card, title): one now
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "gia-lai.clerk");
            String card = browser.driver().findElement(By.cssSelector("#card-due-date .action-title")).getText().strip();
            browser.go("/calendar/due-date.xhtml");
            WebUi.waitForPageLoad(browser);
            assertEquals("Tính hạn trả kết quả", card);
            assertEquals(card, browser.driver().findElement(By.cssSelector("h1")).getText().strip());
            assertEquals(card, browser.driver().findElement(By.id("nav-due-date")).getText().strip());
        }
    }
}
