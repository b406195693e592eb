package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;
import vn.motcua.infra.it.reports.TimelinessReportIT;

/**
 * The province leader's start page is the province's dashboard: a leader of Hà Tĩnh signs in, lands on it, picks
 * last month, and follows the late count of a unit to the dossiers behind it. Two dossiers of our own are imported
 * into last month for H27.16 (Sở Tư pháp): one finished the day it was received (early), one three weeks later
 * (late, a procedure of 5 working days). The page runs under its Content-Security-Policy (the chart included):
 * {@link Browser} fails the test on any violation.
 */
class LeaderDashboardIT {

    static final String UNIT = "H27.16";
    static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);

    static String prefix;

    @BeforeAll
    static void importLastMonthsDossiers() {
        String admin = "ha-tinh.admin";
        String proc = ImportFiles.procedure(admin, 5);
        prefix = ImportFiles.unique("dash");
        LocalDate day = LAST_MONTH.atDay(2);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        String received = day + "T09:00";
        String early = day + "T15:00";
        String late = day.plusDays(21) + "T10:00";
        String b = line(1, proc, "IN_PERSON", received, early) + "\n" + line(2, proc, "ONLINE", received, late) + "\n";
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void aLeaderLandsOnTheDashboardChangesThePeriodAndDrillsFromALateCount() {
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-leader-dashboard", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "ha-tinh.leader");
                assertEquals("Bảng điều hành của tỉnh", WebUi.text(browser, "dashHeading"));
                assertFalse(d.findElements(By.cssSelector("#dashForm\\:trend canvas")).isEmpty(), "the trend chart");
                String thisMonth = String.format("%02d/%d", LAST_MONTH.plusMonths(1).getMonthValue(),
                        LAST_MONTH.plusMonths(1).getYear());
                assertTrue(WebUi.text(browser, "dashPeriod").contains(thisMonth), WebUi.text(browser, "dashPeriod"));

                String lastMonth = String.format("%02d/%d", LAST_MONTH.getMonthValue(), LAST_MONTH.getYear());
                new Select(d.findElement(By.id("dashForm:month"))).selectByVisibleText(lastMonth);
                WebUi.waitFor(browser).until(drv -> WebUi.text(browser, "dashPeriod").contains(lastMonth));
                WebUi.waitForAjax(browser);
                // Vietnamese number format: "50,00 %"
                assertTrue(WebUi.text(browser, "dashOnTime").matches("[0-9.]{1,7},[0-9]{2} %"),
                        WebUi.text(browser, "dashOnTime"));
                // the working days to finish: an average with a decimal comma, the 90th percentile in whole days
                assertTrue(WebUi.text(browser, "dashAvgDays").matches("[0-9.]{1,7},[0-9]{2}"),
                        WebUi.text(browser, "dashAvgDays"));
                assertTrue(WebUi.text(browser, "dashP90Days").matches("90 % hồ sơ giải quyết trong [0-9.]+ ngày làm việc"),
                        WebUi.text(browser, "dashP90Days"));
                WebElement row = d.findElements(By.cssSelector("#dashForm\\:units tbody tr")).stream()
                        .filter(tr -> tr.getText().contains(UNIT)).findFirst()
                        .orElseThrow(() -> new AssertionError("no row of " + UNIT + ": "
                                + d.findElement(By.id("dashForm:units")).getText()));
                WebElement lateLink = row.findElement(By.cssSelector("a.unit-late"));
                String late = lateLink.getText().strip();
                assertTrue(Integer.parseInt(late.replace(".", "")) >= 1, late);
                browser.screenshot("ui-leader-dashboard");
                // the ranking's Excel export: the form posted as its button does, answered with an XLSX (a zip: "PK")
                Object export = ((JavascriptExecutor) d).executeScript("var f = document.getElementById('dashForm');"
                        + " var p = new URLSearchParams(new FormData(f)); p.append('dashForm:exportUnits', '');"
                        + " return fetch(f.action, {method: 'POST', body: p, credentials: 'same-origin'}).then(r =>"
                        + " r.arrayBuffer().then(b => r.headers.get('content-type') + '|'"
                        + " + Array.from(new Uint8Array(b).slice(0, 2)).join(',')));");
                assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|80,75",
                        String.valueOf(export).replaceAll(";[^|]*", ""));

                // the month's table 06a as XLSX, from the link on the page: the unit's late count (column 10) is the
                // dashboard's
                String href = d.findElement(By.id("dashForm:export06aXlsx")).getAttribute("href");
                assertTrue(href.contains("period=" + LAST_MONTH), href);
                Object xlsx = ((JavascriptExecutor) d).executeScript("return fetch(arguments[0], {credentials:"
                        + " 'same-origin'}).then(r => r.arrayBuffer()).then(b => { let s = '';"
                        + " new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); return btoa(s); });", href);
                assertEquals(Integer.parseInt(late.replace(".", "")),
                        lateOfTuPhap(Base64.getDecoder().decode(String.valueOf(xlsx))));

                lateLink.click();
                WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/reports/dossiers.xhtml"));
                WebUi.waitForPageLoad(browser);
                assertEquals("Tổng số: " + late + " hồ sơ", WebUi.text(browser, "drillTotal"));
                List<String> codes = d.findElements(By.cssSelector("#drillForm\\:dossiers a.dossier-link")).stream()
                        .map(a -> a.getText().strip()).toList();
                assertTrue(codes.contains(ImportFiles.code(prefix, 2)), codes::toString);
                assertFalse(codes.contains(ImportFiles.code(prefix, 1)), "the early one is not late: " + codes);
                browser.screenshot("ui-leader-dashboard-drill");
                browser.assertNoPolicyViolations();
            });
        }
    }

    @Test
    void theTargetsPageShowsEachTargetsActualBesideIt() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.leader");
            // Hà Tĩnh's demo targets of 2026: on-time ≥ 95 %, digitisation ≥ 80 % (from the service-rate facts now)
            browser.go("/config/targets.xhtml?year=2026");
            WebUi.waitForPageLoad(browser);
            String table = WebUi.text(browser, "targetsForm:targets");
            assertTrue(table.contains("Thực hiện đến nay"), table);
            assertFalse(table.contains("Chưa tính"), "both metrics have facts: " + table);
        }
    }

    @Test
    void aClerksStartPageHasNoDashboard() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.clerk");
            assertTrue(browser.driver().findElements(By.id("dashHeading")).isEmpty());
            browser.go("/reports/dossiers.xhtml?column=finishedLate");
            WebUi.waitForPageLoad(browser);
            assertTrue(browser.driver().findElements(By.id("drillTotal")).isEmpty(), "a clerk may not list them");
        }
    }

    /** The workbook's "finished late" (column 10) of Sở Tư pháp's row, after checking it is the form 06a. */
    static int lateOfTuPhap(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Biểu số II.06a/VPCP/KSTT", sheet.getRow(0).getCell(0).getStringCellValue());
            for (Row r : sheet) {
                Cell name = r.getCell(1);
                if (name != null && name.getCellType() == CellType.STRING
                        && name.getStringCellValue().startsWith("Sở Tư pháp")) {
                    return (int) r.getCell(9).getNumericCellValue();
                }
            }
            throw new AssertionError("no row of Sở Tư pháp in the 06a workbook");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(int i, String proc, String channel, String received, String processed) {
        return TimelinessReportIT.processed(ImportFiles.code(prefix, i), proc, "H27.30", UNIT, channel,
                "Trần Thị Bảng Điều Hành " + i, received, processed);
    }
}
