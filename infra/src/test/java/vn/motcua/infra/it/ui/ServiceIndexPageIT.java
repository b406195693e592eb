package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * The province's index page (reports/service-index.xhtml) as a leader of Hà Tĩnh uses it: April 2026 with two
 * dossiers of our own at H27.16 (one early, one late). The page shows the index tenantIndex computes, in Vietnamese
 * number format, with the groups chart; a shortfall's link opens its dossiers; a what-if moves the total and saves
 * nothing. The page runs under its Content-Security-Policy ({@link Browser} fails on any violation).
 */
class ServiceIndexPageIT {

    static final String UNIT = "H27.16";
    static final String APRIL = "from=2026-04-01&to=2026-04-30";

    static String prefix;

    @BeforeAll
    static void importAprilsDossiers() {
        String admin = "ha-tinh.admin";
        String proc = ImportFiles.procedure(admin, 5);
        prefix = ImportFiles.unique("idxpage");
        String b = line(1, proc, "2026-04-06T09:00", "2026-04-06T15:00") + "\n"
                + line(2, proc, "2026-04-07T09:00", "2026-04-29T10:00") + "\n";
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void aLeaderReadsTheIndexOpensTheDossiersThatCostPointsAndTriesAWhatIf() {
        JsonObject rest = Rest.object(Rest.as("ha-tinh.leader").get("/api/index/province?" + APRIL));
        JsonObject province = rest.getJsonObject("province");
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-service-index", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "ha-tinh.leader");
                d.findElement(By.id("nav-service-index"));
                browser.go("/reports/service-index.xhtml?period=2026-04");
                WebUi.waitForPageLoad(browser);
                assertEquals("Chỉ số phục vụ 766",
                        WebUi.text(browser, "indexHeading"));
                // the total as tenantIndex gives it, written the Vietnamese way ("47,17")
                assertEquals(vi(province.getJsonNumber("total").doubleValue()), WebUi.text(browser, "indexTotal")
                        .strip());
                assertFalse(d.findElements(By.cssSelector("#indexForm\\:groupsChart canvas")).isEmpty(),
                        "the groups chart");
                String metrics = WebUi.text(browser, "indexForm:metrics");
                assertTrue(metrics.contains("Hồ sơ giải quyết đúng hạn") && metrics.contains("Hệ thống tính"), metrics);
                assertTrue(metrics.contains("Thiếu số liệu"), "metrics not entered say so: " + metrics);
                WebElement late = d.findElements(By.cssSelector("#indexForm\\:metrics a.shortfall-link")).stream()
                        .filter(a -> a.getText().contains("Hồ sơ giải quyết quá hạn")).findFirst()
                        .orElseThrow(() -> new AssertionError("no late link: " + metrics));
                String count = late.getText().strip().split(" ")[0];
                assertTrue(Integer.parseInt(count.replace(".", "")) >= 1, count);
                browser.screenshot("ui-service-index");

                // a what-if: H27.16 on time 10 of 10; the total moves, nothing is saved
                new Select(d.findElement(By.id("indexForm:simUnit"))).selectByValue(UNIT);
                new Select(d.findElement(By.id("indexForm:simMetric"))).selectByValue("TDGQ_ON_TIME");
                d.findElement(By.id("indexForm:simNumerator_input")).sendKeys("10");
                d.findElement(By.id("indexForm:simDenominator_input")).sendKeys("10");
                d.findElement(By.id("indexForm:simAdd")).click();
                WebUi.waitFor(browser).until(drv -> !drv.findElements(By.id("simTotal")).isEmpty());
                String sim = WebUi.text(browser, "simTotal");
                assertTrue(sim.startsWith("Tổng điểm của tỉnh: " + vi(province.getJsonNumber("total").doubleValue())
                        + " → "), sim);
                assertEquals(province.getJsonNumber("total").doubleValue(), Rest.object(Rest.as("ha-tinh.leader")
                        .get("/api/index/province?" + APRIL)).getJsonObject("province").getJsonNumber("total")
                        .doubleValue(), 0.0, "a what-if writes nothing");

                saveOpenAndDeleteTheWhatIf(browser, sim);

                late.click();
                WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/reports/dossiers.xhtml"));
                WebUi.waitForPageLoad(browser);
                assertEquals("Tổng số: " + count + " hồ sơ", WebUi.text(browser, "drillTotal"));
                List<String> codes = d.findElements(By.cssSelector("#drillForm\\:dossiers a.dossier-link")).stream()
                        .map(a -> a.getText().strip()).toList();
                assertTrue(codes.contains(ImportFiles.code(prefix, 2)), codes::toString);
                assertFalse(codes.contains(ImportFiles.code(prefix, 1)), "the early one cost nothing: " + codes);
                browser.assertNoPolicyViolations();
            });
        }
    }

    /**
     * The what-if saved as a scenario by its name (typed, then Enter), listed, opened again once the simulator is
     * cleared (the same total), and deleted after a confirmation.
     */
    static void saveOpenAndDeleteTheWhatIf(Browser browser, String sim) {
        WebDriver d = browser.driver();
        String name = "Kịch bản H27.16 đúng hạn " + Long.toString(System.nanoTime(), 36);
        WebElement input = d.findElement(By.id("indexForm:scenarioName"));
        assertEquals("Tên kịch bản", d.findElement(By.cssSelector("label[for='indexForm:scenarioName']")).getText()
                .strip());
        input.sendKeys(name, Keys.ENTER);
        WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("scenarioNotice")).getText().contains(name));
        assertEquals("Đã lưu kịch bản \"" + name + "\".", WebUi.text(browser, "scenarioNotice"));
        JsonObject saved = Rest.array(Rest.as("ha-tinh.leader").get("/api/index/scenarios")).getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("not saved: " + name));
        assertEquals("2026-04-01", saved.getString("from"));
        assertEquals("2026-04-30", saved.getString("to"));
        JsonObject change = saved.getJsonArray("changes").getJsonObject(0);
        assertEquals(List.of(UNIT, "TDGQ_ON_TIME", 10, 10), List.of(change.getString("unitCode"),
                change.getString("metricCode"), change.getInt("numerator"), change.getInt("denominator")));
        WebUi.waitFor(browser).until(drv -> WebUi.text(browser, "indexForm:scenarioList").contains(name));

        d.findElement(By.id("indexForm:simClear")).click();
        WebUi.waitFor(browser).until(drv -> drv.findElements(By.id("simTotal")).isEmpty());
        scenarioRow(d, name).findElement(By.cssSelector("button.scenario-open")).click();
        WebUi.waitFor(browser).until(drv -> !drv.findElements(By.id("simTotal")).isEmpty());
        assertEquals(sim, WebUi.text(browser, "simTotal"), "opened, it scores as it did");
        assertTrue(WebUi.text(browser, "simPeriod").contains("Đang mở kịch bản \"" + name + "\""),
                WebUi.text(browser, "simPeriod"));
        assertEquals(name, d.findElement(By.id("indexForm:scenarioName")).getAttribute("value"));
        browser.screenshot("ui-service-index-scenario");

        scenarioRow(d, name).findElement(By.cssSelector("button.scenario-delete")).click();
        WebUi.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("scenarioNotice")).getText().contains(name));
        assertEquals("Đã xóa kịch bản \"" + name + "\".", WebUi.text(browser, "scenarioNotice"));
        assertFalse(WebUi.text(browser, "indexForm:scenarioList").contains(name));
    }

    static WebElement scenarioRow(WebDriver d, String name) {
        return d.findElements(By.cssSelector("#indexForm\\:scenarioList tbody tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }

    @Test
    void aClerkHasNeitherTheLinkNorThePage() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.clerk");
            assertTrue(browser.driver().findElements(By.id("nav-service-index")).isEmpty());
            browser.go("/reports/service-index.xhtml");
            WebUi.waitForPageLoad(browser);
            assertTrue(browser.driver().findElements(By.id("indexHeading")).isEmpty(), "a clerk may not read it");
        }
    }

    static String vi(double x) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")))
                .format(x);
    }

    static String line(int i, String proc, String received, String processed) {
        return TimelinessReportIT.processed(ImportFiles.code(prefix, i), proc, "H27.30", UNIT, "IN_PERSON",
                "Trần Thị Chỉ Số " + i, received, processed);
    }
}
