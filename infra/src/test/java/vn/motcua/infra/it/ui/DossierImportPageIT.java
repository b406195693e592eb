package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;

/** dossiers/import.xhtml: a file is checked as a whole, bad lines are listed, a clean file goes in with a progress bar. */
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
            bad.append(line(prefix + "-" + i, procedure, i == 7 ? "CHIM_BO_CAU" : "ONLINE"));
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
            browser.screenshot("ui-dossier-import-rejected");

            d.findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(cleanFile.toString());
            d.findElement(By.id("uploadForm:upload")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:start")));
            d.findElement(By.id("runForm:start")).click();
            WebUi.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
            // 12 new dossiers: nothing of the refused file (the same codes) had been written
            String result = d.findElement(By.id("result")).getText();
            assertTrue(result.contains(": 12 "), result);
            assertTrue(d.findElement(By.id("runForm:progress")).getText().contains("100"),
                    d.findElement(By.id("runForm:progress")).getText());
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
}
