package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;

/**
 * A province administrator computes a receipt's due date, marks a local holiday in the year view, and sees the due
 * date move; removing the holiday moves it back. A clerk reaches the calculator but cannot edit the calendar.
 */
class CalendarPageIT {

    private static final String RECEIPT = "05/07/2027 09:00";

    @Test
    void aLocalHolidayMovesTheComputedDueDate() {
        String name = "Ngày nghỉ thử " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");

            // Monday 05/07/2027 09:00 + 3 working days = Thursday 08/07/2027 09:00
            assertEquals("08/07/2027 09:00", computeDue(browser, 3));

            // the calendar is in the menu's "Danh mục" drop-down, opened by pointing at it
            new org.openqa.selenium.interactions.Actions(d).moveToElement(d.findElement(By.id("nav-catalogs"))).perform();
            WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("nav-calendar"))).click();
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/calendar/year.xhtml"));
            WebUi.waitForPageLoad(browser);
            assertTrue(d.findElement(By.id("legend")).getText().contains("Ngày nghỉ của tỉnh"));
            d.findElement(By.id("calendarForm:addDay")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:dayNameVi")));
            WebUi.waitForAjax(browser);
            type(d, "dayForm:dayDate_input", "07/07/2027");
            d.findElement(By.id("dayForm:dayNameVi")).sendKeys(name);
            d.findElement(By.id("dayForm:saveDay")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("calendarForm:days")).getText().contains(name));
            WebElement cell = d.findElement(By.cssSelector("td[data-date='2027-07-07']"));
            assertTrue(cell.getAttribute("class").contains("d-localoff"), cell.getAttribute("class"));
            // 2027 has no official notice yet: the page says so
            assertTrue(d.findElement(By.id("provisionalNotice")).getText().contains("TẠM TÍNH"));
            browser.screenshot("ui-calendar-local-holiday");

            assertEquals("09/07/2027 09:00", computeDue(browser, 3), "the local holiday is skipped");
            String explanation = d.findElement(By.id("dueExplanation")).getText();
            assertTrue(explanation.contains(name), explanation);
            browser.screenshot("ui-due-date-after-local-holiday");

            // Remove it again (with confirmation): the date moves back
            browser.go("/calendar/year.xhtml?year=2027");
            WebUi.waitForPageLoad(browser);
            WebElement row = d.findElements(By.cssSelector("#calendarForm\\:days tbody tr")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("button[id$='removeDay']")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> !drv.findElement(By.id("calendarForm:days")).getText().contains(name));
            assertEquals("08/07/2027 09:00", computeDue(browser, 3));
        }
    }

    @Test
    void aClerkComputesButDoesNotEdit() {
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "ha-tinh.clerk");
            assertTrue(d.findElements(By.id("card-due-date")).size() == 1, "the clerk's start page offers the calculator");
            assertEquals("08/07/2027 09:00", computeDue(browser, 3));
            browser.go("/calendar/year.xhtml");
            WebUi.waitForPageLoad(browser);
            assertTrue(d.findElements(By.id("calendarForm:addDay")).isEmpty(), "no editor for a clerk");
            assertTrue(d.findElements(By.id("yearGrid")).size() == 1);
        }
    }

    private static String computeDue(Browser browser, int workingDays) {
        WebDriver d = browser.driver();
        browser.go("/calendar/due-date.xhtml");
        WebUi.waitForPageLoad(browser);
        type(d, "dueForm:receivedAt_input", RECEIPT);
        WebElement value = d.findElement(By.id("dueForm:value_input"));
        value.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        value.sendKeys(Integer.toString(workingDays));
        d.findElement(By.id("dueForm:compute")).click();
        WebUi.waitForAjax(browser);
        return WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dueValue"))).getText();
    }

    /** Types a date as a person does (dd/MM/yyyy HH:mm) into a p:datePicker (its calendar opens from the icon only). */
    private static void type(WebDriver d, String inputId, String text) {
        WebElement input = d.findElement(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    @Test
    void aLeaderReadsTheTargetsAndThePlatformAdministratorEditsTheNationalCalendar() {
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.leader");
            browser.go("/config/targets.xhtml?year=2020");
            WebUi.waitForPageLoad(browser);
            String table = d.findElement(By.id("targetsForm:targets")).getText();
            assertTrue(table.contains("5021/UBND-KSTT") && table.contains("95"), table);
            assertTrue(d.findElements(By.id("targetsForm:saveTargets")).isEmpty(), "a leader reads, does not edit");
            WebUi.signOut(browser);

            WebUi.signInAsDemo(browser, "admin");
            browser.go("/calendar/year.xhtml?year=2026");
            WebUi.waitForPageLoad(browser);
            assertTrue(d.findElements(By.id("calendarForm:addDay")).size() == 1, "the platform administrator edits national days");
            assertTrue(d.findElement(By.id("calendarForm:days")).getText().contains("9441/TB-BNV"));
            WebElement tet = d.findElement(By.cssSelector("td[data-date='2026-02-17']"));
            assertTrue(tet.getAttribute("class").contains("d-tet"), tet.getAttribute("class"));
            WebElement swap = d.findElement(By.cssSelector("td[data-date='2026-01-10']"));
            assertTrue(swap.getAttribute("class").contains("d-swapwork"), swap.getAttribute("class"));
            assertTrue(d.findElements(By.id("provisionalNotice")).isEmpty(), "2026 rests on its notices");
            assertTrue(d.findElement(By.id("unverifiedNotice")).getText().contains("1 ngày"), "24/11/2026 is unverified");
            browser.screenshot("ui-calendar-national-2026");
        }
    }
}
