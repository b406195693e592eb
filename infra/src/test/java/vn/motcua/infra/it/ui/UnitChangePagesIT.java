package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;

/** The split wizard previews before it writes; the import page reports a bad row by row and column. */
class UnitChangePagesIT {

    @Test
    void splitWizardPreviewsThenApplies() {
        String source = "Trung tâm thử chia tách " + UUID.randomUUID().toString().substring(0, 6);
        Http.Response created = Http.toSystemUnderTest().basic("bac-ninh.admin", "demo").post("/api/units",
                "{\"name\":\"" + source + "\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(201, created.status(), created::toString);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "bac-ninh.admin");
            browser.go("/config/unit-change.xhtml");
            WebUi.waitForPageLoad(browser);
            d.findElement(By.xpath("//*[@id='changeForm:mode']//div[contains(@class,'ui-button')][.//span[normalize-space()='Chia tách']]")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("changeForm:splitSource")));
            String value = d.findElement(By.xpath("//select[@id='changeForm:splitSource_input']/option[normalize-space()='"
                    + source + "']")).getAttribute("value");
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("PF('splitSourceMenu').selectValue(arguments[0]);", value);
            d.findElement(By.id("changeForm:parts")).sendKeys(source + " A\n" + source + " B");
            d.findElement(By.id("changeForm:preview")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("previewLines")));
            String preview = d.findElement(By.id("previewLines")).getText();
            assertTrue(preview.contains("Thành lập đơn vị mới: " + source + " A"), preview);
            assertTrue(preview.contains(source + ": hết hiệu lực sau ngày"), preview);
            browser.screenshot("ui-unit-split-preview");
            String before = Http.toSystemUnderTest().basic("bac-ninh.admin", "demo").get("/api/units?view=flat&asOf=2027-01-01").body();
            assertTrue(!before.contains(source + " A"), "the preview wrote nothing");

            d.findElement(By.id("changeForm:apply")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> WebUi.bodyText(browser).contains("Đã thực hiện thay đổi"));
            String after = Http.toSystemUnderTest().basic("bac-ninh.admin", "demo").get("/api/units?view=flat&asOf=2027-01-01").body();
            assertTrue(after.contains(source + " A") && after.contains(source + " B"), after);
        }
    }

    static void dump(Browser browser, String name) {
        try {
            Files.writeString(Browser.screenshotDir().resolve(name + ".html"), browser.driver().getPageSource());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void importPageReportsTheBadRowAndColumn() throws Exception {
        Path file = Files.createTempFile("units-", ".csv");
        Files.writeString(file, "portal_code,name,kind,level,parent_portal_code,valid_from\n"
                + "H27.9901,Trung tâm A,OTHER,PROVINCE,H27,01/01/2026\n"
                + "H27.9902,Trung tâm B,HÀNH TINH,PROVINCE,H27,01/01/2026\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "ha-tinh.admin");
            browser.go("/config/units-import.xhtml");
            WebUi.waitForPageLoad(browser);
            d.findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(file.toString());
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("importRejected")));
            String errors = d.findElement(By.id("resultForm:errors")).getText();
            assertTrue(errors.contains("3") && errors.contains("kind"), errors);
            browser.screenshot("ui-units-import-rejected");
            String units = Http.toSystemUnderTest().basic("ha-tinh.admin", "demo").get("/api/units?view=flat&asOf=2026-06-01").body();
            assertTrue(!units.contains("H27.9901"), "nothing written");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
