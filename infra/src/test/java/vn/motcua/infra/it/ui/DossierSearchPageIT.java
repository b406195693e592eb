package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.dossiers.DossierApi;

/**
 * Issue 15's browser acceptance: on the dossier list a clerk types an applicant's name without accents, finds the
 * dossier with the count of matches, and exports the filtered list to Excel, whose first row is that dossier.
 */
class DossierSearchPageIT {

    @Test
    void aNameTypedWithoutAccentsFindsTheDossierAndTheListExportsToExcel() {
        StringBuilder w = new StringBuilder("Y");
        for (int i = 0; i < 5; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String name = "Nguyễn Văn Ấn " + w;
        JsonObject dossier = DossierApi.receiveInGiaLai(name);
        String code = dossier.getString("code");
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-dossier-search", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "gia-lai.clerk");
                browser.go("/dossiers/index.xhtml");
                WebUi.waitForPageLoad(browser);
                // the search box is labelled, and Enter searches (keyboard only)
                assertEquals("Tìm hồ sơ", d.findElement(By.cssSelector("label[for='filterForm:q']")).getText().strip());
                d.findElement(By.id("filterForm:q")).sendKeys("nguyen van an " + w.toString().toLowerCase(Locale.ROOT),
                        Keys.ENTER);
                WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("listForm:countText")).getText()
                        .equals("Tìm thấy 1 hồ sơ."));
                String table = d.findElement(By.id("listForm:dossiers")).getText();
                assertTrue(table.contains(code) && table.contains(name), table);
                browser.screenshot("ui-dossier-search");

                // the filtered list as Excel: the form posted as its button does
                byte[] xlsx = WebUi.download(browser, "filterForm", "filterForm:exportXlsx");
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                    Sheet sheet = wb.getSheetAt(0);
                    assertEquals("Mã hồ sơ", sheet.getRow(0).getCell(0).getStringCellValue());
                    assertEquals("Người nộp", sheet.getRow(0).getCell(2).getStringCellValue());
                    Row first = sheet.getRow(1);
                    assertEquals(code, first.getCell(0).getStringCellValue());
                    assertEquals(name, first.getCell(2).getStringCellValue());
                    assertEquals("064190000123", first.getCell(3).getStringCellValue());
                    assertEquals(1, sheet.getLastRowNum(), "only the matching dossier");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                browser.assertNoPolicyViolations();
            });
        }
    }
}
