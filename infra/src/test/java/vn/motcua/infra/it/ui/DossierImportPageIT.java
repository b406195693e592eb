package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.generator.DemoDossierLoader;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * dossiers/import.xhtml: a file is checked as a whole, bad lines are counted apart from their problems and listed in
 * the user's language, a clean file goes in with a progress bar that ends full, and the batches imported are listed.
 */
class DossierImportPageIT {

    static String line(String code, String procedure, String channel) {
        return "{\"code\":\"" + code + "\",\"procedureCode\":\"" + procedure + "\",\"channel\":\"" + channel + "\","
                + "\"applicant\":{\"name\":\"Trần Thị Bích Ngọc\"},\"receivingUnit\":\"H27.30\","
                + "\"receivedAt\":\"2026-03-02T09:00:00+07:00\",\"status\":2,\"events\":[{\"at\":\"2026-03-02T09:00:00+07:00\","
                + "\"actor\":\"clerk.a\",\"role\":\"CLERK\",\"action\":\"RECEIVE\",\"toStatus\":2}]}\n";
    }

    @Test
    void badLinesAreListedAndACleanFileIsImported() throws Exception {
        Http admin = Http.toSystemUnderTest().basic("ha-tinh.admin", "demo");
        String procedure = "1.7" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Http.Response created = admin.post("/api/procedures", "{\"code\":\"" + procedure + "\",\"name\":\"Thủ tục nhập qua trang\","
                + "\"field\":\"HO_TICH\",\"levels\":[\"COMMUNE\"],\"time\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},"
                + "\"onlineKind\":\"PARTIAL\",\"steps\":[{\"name\":\"Giải quyết\",\"sharePercent\":100}],"
                + "\"publication\":{\"decisionNumber\":\"1/QĐ-UBND\",\"decisionDate\":\"2023-12-20\","
                + "\"effectiveDate\":\"2024-01-01\",\"nationalDbDate\":\"2023-12-27\"},\"versionValidFrom\":\"2024-01-01\"}");
        assertEquals(201, created.status(), created::toString);
        String prefix = "ITpage-" + Long.toString(System.nanoTime(), 36);
        StringBuilder clean = new StringBuilder();
        StringBuilder bad = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            clean.append(line(prefix + "-" + i, procedure, "ONLINE"));
            String l = line(prefix + "-" + i, procedure, i == 7 || i == 9 ? "CHIM_BO_CAU" : "ONLINE");
            if (i == 9) { // three problems more on the same line: no applicant name, a satisfaction and a fee out of range
                l = l.replace("\"name\":\"Trần Thị Bích Ngọc\"", "\"name\":\"\"")
                        .replace("\"status\":2,", "\"status\":2,\"satisfaction\":9,\"feeTotal\":-5,");
            }
            bad.append(l);
        }
        Path badFile = Files.createTempFile("ho-so-loi-", ".ndjson");
        Path cleanFile = Files.createTempFile("ho-so-", ".ndjson");
        Files.writeString(badFile, bad, StandardCharsets.UTF_8);
        Files.writeString(cleanFile, clean, StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "ha-tinh.admin");
            browser.go("/home.xhtml");
            WebUi.waitForPageLoad(browser);
            assertTrue(d.getPageSource().contains("/dossiers/import.xhtml"), "a start-page card leads to the page");
            browser.go("/dossiers/import.xhtml");
            WebUi.waitForPageLoad(browser);

            d.findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(badFile.toString());
            d.findElement(By.id("uploadForm:upload")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:start")));
            assertTrue(d.findElement(By.id("summary")).getText().contains("12"), d.findElement(By.id("summary")).getText());
            d.findElement(By.id("runForm:start")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:errors")));
            String errors = d.findElement(By.id("runForm:errors")).getText();
            assertTrue(errors.contains("7") && errors.contains("channel") && errors.contains("CHIM_BO_CAU"), errors);
            // lines and problems are counted apart: two lines, five problems
            assertEquals("2 dòng lỗi, 5 lỗi", d.findElement(By.id("errorCounts")).getText());
            assertTrue(WebUi.bodyText(browser).contains("Tệp có 2 dòng lỗi, 5 lỗi; chưa có hồ sơ nào được ghi."),
                    WebUi.bodyText(browser));
            // the problems in the page's language only (the API answers both)
            assertTrue(errors.contains("không hợp lệ") && !errors.contains("is not valid") && !errors.contains(" / "),
                    errors);
            // the run is over: the bar ends full, the phase says the file was refused
            assertEquals("100%", d.findElement(By.id("runForm:progress")).getText());
            browser.screenshot("ui-dossier-import-rejected");

            d.findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(cleanFile.toString());
            d.findElement(By.id("uploadForm:upload")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:start")));
            d.findElement(By.id("runForm:start")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
            // 12 new dossiers: nothing of the refused file (the same codes) had been written
            String result = d.findElement(By.id("result")).getText();
            assertTrue(result.contains(": 12 "), result);
            assertEquals("100%", d.findElement(By.id("runForm:progress")).getText());
            // the history lists the batch just imported, newest first: who, source and counts
            String newest = d.findElements(By.cssSelector("[id='runForm:history_data'] > tr")).get(0).getText();
            assertTrue(newest.contains("ha-tinh.admin") && newest.contains("-p0001"), newest);
            assertTrue(newest.endsWith("he-thong-cu 12 12 0"), newest);
            browser.screenshot("ui-dossier-import-done");
        } finally {
            Files.deleteIfExists(badFile);
            Files.deleteIfExists(cleanFile);
        }
        // the page imported the dossiers: the same lines under another batch key are refused as already there
        Http.Response again = admin.post("/api/dossiers/import?batch=" + prefix + "&source=x", "application/x-ndjson",
                clean.toString());
        assertEquals(400, again.status(), again::toString);
        assertTrue(again.body().contains(prefix + "-1"), again.body());
    }

    /**
     * The background demo load's batches are in the history. The system tests start the server without it
     * (MOTCUA_DEMO_DOSSIERS=0), so the test runs the demo loader itself, as the launcher does and with DayFactsIT's
     * arguments (the same batches: whichever of the two runs second finds them imported and changes nothing).
     */
    @Test
    void theDemoLoadsBatchesAreInTheHistory() throws Exception {
        Path dir = Files.createTempDirectory("motcua-import-page-it");
        new DemoDossierLoader(SystemUnderTest.get().baseUrl(), dir, List.of("gia-lai"), "demo", 12_000, System.out,
                LocalDate.of(2026, 12, 4)).run();
        try (Browser browser = Browser.open()) {
            WebDriver d = browser.driver();
            WebUi.signInAsDemo(browser, "gia-lai.admin");
            browser.go("/dossiers/import.xhtml");
            WebUi.waitForPageLoad(browser);
            List<String> rows = d.findElements(By.cssSelector("[id='runForm:history_data'] > tr")).stream()
                    .map(WebElement::getText).toList();
            String first = row(rows, "demo-gia-lai-2025-12-01-12000-000001");
            String third = row(rows, "demo-gia-lai-2025-12-01-12000-000003");
            assertTrue(first.contains("gia-lai.admin") && first.contains("(dữ liệu mẫu)")
                    && first.contains("motcua-generator 5.000 "), first);
            assertTrue(third.contains("motcua-generator 2.000 "), third);
            assertTrue(d.findElement(By.id("historyCount")).getText().startsWith("Tỉnh đã nhập "),
                    d.findElement(By.id("historyCount")).getText());
            browser.screenshot("ui-dossier-import-history");
        }
    }

    private static String row(List<String> rows, String key) {
        return rows.stream().filter(r -> r.contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + rows));
    }
}
