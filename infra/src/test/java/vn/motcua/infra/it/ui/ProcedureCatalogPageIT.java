package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.catalog.CatalogApi;

/** A province administrator searches the catalog, edits a procedure's time and sees the new version. */
class ProcedureCatalogPageIT {

    @Test
    void searchThenEditTheTimeAndSeeTheNewVersion() {
        String code = CatalogApi.uniqueCode();
        String name = "Thủ tục thử giao diện " + code;
        CatalogApi.create("gia-lai.admin", code, name, 5, "2025-01-01");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");
            d.findElement(By.id("card-procedures")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/catalog/procedures.xhtml"));
            WebUi.waitForPageLoad(browser);
            assertTrue(WebUi.bodyText(browser).contains("Đăng ký khai sinh") || d.findElements(By.cssSelector(".procedure-link")).size() == 20);

            // accent-insensitive search
            d.findElement(By.id("filterForm:q")).sendKeys("khai sinh");
            d.findElement(By.id("filterForm:search")).click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElements(By.cssSelector(".procedure-link")).stream()
                    .allMatch(a -> a.getText().toLowerCase().contains("khai sinh")));
            assertTrue(WebUi.bodyText(browser).contains("Trong ngày (nhận trước 15:00)"));
            assertTrue(WebUi.text(browser, "onlineShares").contains("Toàn trình"), "online share bar");
            browser.screenshot("ui-procedures-search");

            browser.go("/catalog/procedure.xhtml?code=" + code);
            WebUi.waitForPageLoad(browser);
            assertEquals("5 ngày làm việc", WebUi.text(browser, "procedureTime"));
            d.findElement(By.id("toolbarForm:edit")).click();
            WebElement value = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:timeValue")));
            WebUi.waitForAjax(browser);
            value.clear();
            value.sendKeys("7");
            browser.screenshot("ui-procedure-edit");
            WebElement save = d.findElement(By.id("editForm:save"));
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", save);
            save.click();
            WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("procedureTime")).stream()
                    .anyMatch(e -> e.getText().equals("7 ngày làm việc")));
            WebUi.waitForPageLoad(browser);
            assertTrue(WebUi.bodyText(browser).contains("Đã lưu phiên bản mới"), WebUi.bodyText(browser));
            List<WebElement> history = d.findElements(By.cssSelector("[id$='history_data'] tr"));
            assertEquals(2, history.size());
            assertTrue(history.get(0).getText().contains("7 ngày làm việc"), history.get(0).getText());
            assertTrue(history.get(1).getText().contains("5 ngày làm việc"), history.get(1).getText());
            browser.screenshot("ui-procedure-new-version");

            // the earlier version is still there to read
            history.get(1).findElement(By.cssSelector("a.version-link")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("oldVersionNotice")));
            assertEquals("5 ngày làm việc", WebUi.text(browser, "procedureTime"));
            assertTrue(d.findElements(By.id("toolbarForm:edit")).isEmpty(), "an old version is not edited");
        }
    }

    @Test
    void theImportPageListsEveryBadRowAndColumnAndWritesNothing() throws Exception {
        String a = CatalogApi.uniqueCode();
        String b = CatalogApi.uniqueCode();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("thu-tuc-", ".csv");
        java.nio.file.Files.writeString(file, "code,name,field,levels,time,onlineKind\n"
                + a + ",Thủ tục nhập giao diện A,HO_TICH,COMMUNE,3 WORKING_DAYS,PARTIAL\n"
                + b + ",Thủ tục nhập giao diện B,KHONG_CO,XA,3 ngày,PARTIAL\n");
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "bac-ninh.admin");
            browser.go("/catalog/procedures.xhtml");
            WebUi.waitForPageLoad(browser);
            d.findElement(By.id("importLink")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/catalog/import.xhtml"));
            WebUi.waitForPageLoad(browser);
            d.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            d.findElement(By.id("importForm:upload")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='errors_data']")));
            List<WebElement> rows = d.findElements(By.cssSelector("[id$='errors_data'] tr"));
            List<String> where = rows.stream().map(r -> r.findElements(By.tagName("td")))
                    .map(td -> td.get(0).getText() + ":" + td.get(1).getText()).toList();
            assertEquals(List.of("3:field", "3:levels", "3:time"), where.stream().sorted().toList());
            browser.screenshot("ui-procedure-import-errors");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertEquals(404, CatalogApi.as("bac-ninh.admin").get("/api/procedures/" + a).status(), "nothing written");
    }

    @Test
    void aProvinceAdministratorAddsAProcedureWithASameDayTime() {
        String code = CatalogApi.uniqueCode();
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "quang-ngai.admin");
            browser.go("/catalog/procedures.xhtml");
            WebUi.waitForPageLoad(browser);
            d.findElement(By.id("newLink")).click();
            WebElement codeInput = WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:newCode")));
            WebUi.waitForAjax(browser);
            codeInput.sendKeys(code);
            d.findElement(By.id("editForm:name")).sendKeys("Chứng thực thử " + code);
            // same day without a cut-off is refused, field by field, and nothing is written
            selectOne(browser, "editForm:timeUnit", "SAME_DAY");
            WebElement save = d.findElement(By.id("editForm:save"));
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", save);
            save.click();
            WebUi.waitForAjax(browser);
            WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("editForm:editMessages")).getText().contains("giờ chốt"));
            WebElement cutOff = d.findElement(By.id("editForm:cutOff_input"));
            cutOff.sendKeys("15:00");
            d.findElement(By.id("editForm:name")).click();
            save = d.findElement(By.id("editForm:save"));
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", save);
            save.click();
            WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("procedureTime")).stream()
                    .anyMatch(e -> e.getText().equals("Trong ngày (nhận trước 15:00)")));
            browser.screenshot("ui-procedure-created");
        }
        assertEquals(200, CatalogApi.as("quang-ngai.clerk").get("/api/procedures/" + code).status());
    }

    /** Chooses {@code value} in a p:selectOneMenu through its widget (its panel is moved out of the dialog). */
    static void selectOne(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(arguments[1]);", id, value);
        WebUi.waitForAjax(browser);
    }

    @Test
    void othersReadButDoNotEdit() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.clerk");
            browser.go("/catalog/procedure.xhtml?code=1.001193");
            WebUi.waitForPageLoad(browser);
            assertEquals("Trong ngày (nhận trước 15:00)", WebUi.text(browser, "procedureTime"));
            assertTrue(browser.driver().findElements(By.id("toolbarForm:edit")).isEmpty());
            browser.go("/catalog/import.xhtml");
            WebUi.waitForPageLoad(browser);
            assertTrue(WebUi.bodyText(browser).contains("403") || !WebUi.bodyText(browser).contains("Chọn tệp"));
        }
    }
}
