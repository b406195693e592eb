package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.catalog.CatalogApi;

/**
 * Issue 3's acceptance journey in one browser session: a province administrator adds a unit, edits a procedure's
 * time, marks a local holiday, and the receipt calculator — picking that procedure — shows the effect of both.
 */
class ProvinceConfigurationJourneyIT {

    @Test
    void anAdministratorConfiguresTheProvinceAndSeesTheEffectOnADueDate() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String unitName = "Điểm tiếp nhận thử " + suffix;
        String holiday = "Ngày kỷ niệm thử " + suffix;
        String code = CatalogApi.uniqueCode();
        CatalogApi.create("bac-ninh.admin", code, "Thủ tục hành trình " + code, 5, "2025-01-01");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "bac-ninh.admin");

            // 1. a new unit, visible in today's tree
            browser.go("/config/units.xhtml");
            WebUi.waitForPageLoad(browser);
            d.findElement(By.id("toolbarForm:newUnit")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("createUnitForm:unitName")));
            WebUi.waitForAjax(browser);
            d.findElement(By.id("createUnitForm:unitName")).sendKeys(unitName);
            d.findElement(By.id("createUnitForm:createUnit")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("unitsForm:unitTree")).getText().contains(unitName));

            // 2. the procedure's time goes from 5 to 4 working days (a new version)
            browser.go("/catalog/procedure.xhtml?code=" + code);
            WebUi.waitForPageLoad(browser);
            d.findElement(By.id("toolbarForm:edit")).click();
            WebElement value = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:timeValue")));
            WebUi.waitForAjax(browser);
            value.clear();
            value.sendKeys("4");
            WebElement save = d.findElement(By.id("editForm:save"));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", save);
            save.click();
            WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("procedureTime")).stream()
                    .anyMatch(e -> e.getText().equals("4 ngày làm việc")));

            // 3. a local day off on Wednesday 13/10/2027
            browser.go("/calendar/year.xhtml?year=2027");
            WebUi.waitForPageLoad(browser);
            d.findElement(By.id("calendarForm:addDay")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:dayNameVi")));
            WebUi.waitForAjax(browser);
            type(d, "dayForm:dayDate_input", "13/10/2027");
            d.findElement(By.id("dayForm:dayNameVi")).sendKeys(holiday);
            d.findElement(By.id("dayForm:saveDay")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("calendarForm:days")).getText().contains(holiday));

            // 4. the receipt calculator with that procedure: Monday 11/10/2027 09:00 + 4 working days, skipping
            //    Wednesday 13/10 (the local day off) = Monday 18/10/2027 09:00 (without the day off: Friday 15/10)
            browser.go("/calendar/due-date.xhtml");
            WebUi.waitForPageLoad(browser);
            WebElement procedure = d.findElement(By.id("dueForm:procedure_input"));
            procedure.sendKeys(code);
            WebElement suggestion = WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + code + "')]")));
            suggestion.click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("procedureTime")).stream()
                    .anyMatch(e -> e.getText().equals("4 ngày làm việc")));
            type(d, "dueForm:receivedAt_input", "11/10/2027 09:00");
            d.findElement(By.id("dueForm:compute")).click();
            WebUi.waitForAjax(browser);
            String due = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dueValue"))).getText();
            assertEquals("18/10/2027 09:00", due);
            String explanation = d.findElement(By.id("dueExplanation")).getText();
            assertTrue(explanation.contains(holiday), explanation);
            browser.screenshot("ui-journey-due-date");
        }
    }

    private static void type(WebDriver d, String inputId, String text) {
        WebElement input = d.findElement(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }
}
