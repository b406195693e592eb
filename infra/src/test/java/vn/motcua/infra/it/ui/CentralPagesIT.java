package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.index.CentralScenario;

/**
 * The central viewer's pages, on the scenario of {@code CentralComparisonIT} (three provinces made for the test, A
 * having absorbed B) and Hà Tĩnh, all published for May 2026: the start page is the ranking, with A's absorbed
 * province inside its line; three provinces compared side by side; one procedure across provinces, with the median
 * and 90th percentile counted by hand. Under the pages' Content-Security-Policy.
 */
class CentralPagesIT {

    static CentralScenario s;

    @BeforeAll
    static void provincesPublishMay() {
        s = CentralScenario.create();
        s.publishTheOthers();
        Http.Response r = Rest.as("ha-tinh.admin").post("/api/index/aggregates", "{" + CentralScenario.MAY + "}");
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void theCentralViewerRanksComparesThreeProvincesAndOneProcedure() {
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-central", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, "central");
                // the start page is the ranking
                assertEquals("Xếp hạng các tỉnh theo Chỉ số 766", WebUi.text(browser, "rankingHeading"));
                new Select(d.findElement(By.id("rankingForm:kind"))).selectByValue("MONTH");
                WebUi.waitForAjax(browser);
                new Select(d.findElement(By.id("rankingForm:month"))).selectByValue("2026-05");
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(drv -> drv.findElement(By.id("rankingForm:rankingTable")).getText()
                        .contains(s.c().code()));
                String table = WebUi.text(browser, "rankingForm:rankingTable");
                assertTrue(table.contains(s.a().code()) && table.contains("H27"), table);
                assertFalse(table.contains(s.b().code() + "\n"), "B is no line of its own: " + table);
                // A's line names the province it absorbed, and when
                assertTrue(table.contains("(" + s.b().code() + "), sáp nhập từ 01/07/2026"), table);
                assertFalse(d.findElements(By.cssSelector("#rankingForm\\:rankingChart canvas")).isEmpty(),
                        "the ranking chart");
                browser.screenshot("ui-central-ranking");

                // three provinces side by side
                d.findElement(By.id("rankingForm:toCompare")).click();
                WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/central/compare.xhtml"));
                WebUi.waitForPageLoad(browser);
                for (WebElement box : d.findElements(By.cssSelector("#compareForm\\:provinces input[type=checkbox]"))) {
                    boolean want = List.of(s.a().code(), s.c().code(), "H27").contains(box.getAttribute("value"));
                    if (box.isSelected() != want) {
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].click();", box);
                    }
                }
                d.findElement(By.id("compareForm:compareButton")).click();
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(drv -> !drv.findElements(By.id("compareForm:compareTable")).isEmpty());
                List<String> headers = d.findElements(By.cssSelector("#compareForm\\:compareTable thead th")).stream()
                        .map(WebElement::getText).toList();
                assertEquals(4, headers.size(), headers::toString);
                assertTrue(headers.stream().anyMatch(h -> h.contains("(" + s.a().code() + ")"))
                        && headers.stream().anyMatch(h -> h.contains("(H27)")), headers::toString);
                // A's TDGQ: 3 of 5 in time, 12 of 20 points, written the Vietnamese way
                int colA = 0;
                for (int i = 0; i < headers.size(); i++) {
                    if (headers.get(i).contains("(" + s.a().code() + ")")) {
                        colA = i;
                    }
                }
                WebElement tdgq = d.findElements(By.cssSelector("#compareForm\\:compareTable tbody tr")).stream()
                        .filter(tr -> tr.getText().startsWith("TDGQ_ON_TIME")).findFirst().orElseThrow();
                String cell = tdgq.findElements(By.tagName("td")).get(colA).getText();
                assertTrue(cell.startsWith("12,00") && cell.contains("3/5"), cell);
                assertFalse(d.findElements(By.cssSelector("#compareForm\\:groupsChart canvas")).isEmpty());
                assertFalse(d.findElements(By.cssSelector("#compareForm\\:trendChart canvas")).isEmpty());
                browser.screenshot("ui-central-compare");

                // one procedure across provinces
                browser.go("/central/procedure.xhtml?kind=MONTH&month=2026-05");
                WebUi.waitForPageLoad(browser);
                d.findElement(By.id("procedureForm:q")).sendKeys(s.procedure());
                d.findElement(By.id("procedureForm:searchButton")).click();
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(drv -> !drv.findElements(By.cssSelector(
                        "#procedureForm\\:procedureList a[id$='pick']")).isEmpty());
                d.findElement(By.cssSelector("#procedureForm\\:procedureList a[id$='pick']")).click();
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(drv -> !drv.findElements(By.id("procedureForm:procedureTable")).isEmpty());
                List<String> rows = d.findElements(By.cssSelector("#procedureForm\\:procedureTable tbody tr")).stream()
                        .map(WebElement::getText).toList();
                String rowA = rows.stream().filter(r -> r.contains(s.a().code())).findFirst().orElseThrow();
                // A with B: 5 received, 60 % online, 4 finished, 75 % on time, 1 overdue, median 1, p90 10
                assertTrue(rowA.matches(".*\\b5 60,00 % 4 75,00 % 1 1 10$"), rowA);
                String all = rows.get(rows.size() - 1);
                assertTrue(all.startsWith("Tất cả các tỉnh") && all.endsWith("7 57,14 % 6 66,67 % 1 2 12"), all);
                browser.screenshot("ui-central-procedure");
                browser.assertNoPolicyViolations();
            });
        }
    }

    @Test
    void aProvinceLeaderHasNeitherTheLinksNorThePages() {
        try (Browser browser = Browser.open()) {
            WebUi.signInAsDemo(browser, "ha-tinh.leader");
            assertTrue(browser.driver().findElements(By.id("nav-central-compare")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("rankingHeading")).isEmpty());
            browser.go("/central/compare.xhtml");
            WebUi.waitForPageLoad(browser);
            assertTrue(browser.driver().findElements(By.id("compareHeading")).isEmpty(), "a leader may not read it");
        }
    }
}
