package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertNames;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * The public monthly list of units with late or overdue dossiers (publicLateUnits and the page
 * /cong-khai/don-vi-tre-han.xhtml), without signing in, on a scenario imported into Quảng Ngãi in August 2025 (a month no other report test of the
 * province uses; dossier 3, open at its end, ends in September, so that nothing is carried into their months): one
 * procedure of 5 working days, received at 09:00.
 *
 * <pre>
 *  #  unit    ch    received     due           ended                  May counts as
 *  1  H48.17  IP    Mon 11/08    Mon 18/08     processed Tue 19/08     late
 *  2  H48.17  ON    Tue 12/08    Tue 19/08     processed Wed 13/08     early
 *  3  H48.17  IP    Wed 13/08    Wed 20/08     open                    open, overdue at 31/08 (processed Mon 15/09)
 *  4  H48.05  ON    Thu 14/08    Thu 21/08     processed Fri 15/08     early
 * </pre>
 *
 * H48.17 (Sở Văn hóa, Thể thao và Du lịch) is listed: 1 finished late, 1 overdue, 2 finished, 50,00 % on time.
 * H48.05 (Sở Công Thương) had nothing late or overdue and is not.
 */
class PublicLateUnitsIT {

    static final String PROVINCE = "quang-ngai";
    static final String VH = "H48.17";
    static final String CT = "H48.05";
    static final String VH_NAME = "Sở Văn hóa, Thể thao và Du lịch - tỉnh Quảng Ngãi";
    static final String API = "/api/public/quang-ngai/late-units";

    static String prefix;
    static String proc;

    @BeforeAll
    static void importTheScenario() {
        String admin = PROVINCE + ".admin";
        proc = TimelinessReportIT.procedure(admin, "HO_TICH");
        prefix = ImportFiles.unique("pub");
        String b = done(1, VH, "IN_PERSON", "2025-08-11T09:00", "2025-08-19T10:00") + '\n'
                + done(2, VH, "ONLINE", "2025-08-12T09:00", "2025-08-13T15:00") + '\n'
                + done(3, VH, "IN_PERSON", "2025-08-13T09:00", "2025-09-15T10:00") + '\n'
                + done(4, CT, "ONLINE", "2025-08-14T09:00", "2025-08-15T10:00") + '\n';
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    static Http anonymous() {
        return Http.toSystemUnderTest();
    }

    @Test
    void withoutSignInTheMonthsLateUnitsWithTheirCountsOnly() {
        Http.Response r = anonymous().get(API + "?month=2025-08");
        assertEquals(200, r.status(), r::toString);
        JsonObject list = Rest.object(r);
        assertEquals("quang-ngai", list.getString("province"));
        assertEquals("Quảng Ngãi", list.getString("provinceName"));
        assertEquals("2025-08", list.getString("month"));
        Map<String, JsonObject> units = units(list);
        JsonObject vh = units.get(VH);
        assertEquals(VH_NAME, vh.getString("name"));
        assertEquals(1, vh.getInt("finishedLate"));
        assertEquals(1, vh.getInt("openOverdue"));
        assertEquals(2, vh.getInt("finishedTotal"));
        assertEquals("50.00", vh.getJsonNumber("onTimeRate").bigDecimalValue().toPlainString());
        assertFalse(units.containsKey(CT), "nothing late or overdue: not listed " + units.keySet());
        // counts only: no applicant, no dossier code
        assertFalse(r.body().contains(prefix) || r.body().contains("Lê Công Khai"), r.body());
        assertEquals(List.of("code", "finishedLate", "finishedTotal", "name", "onTimeRate", "openOverdue"),
                vh.keySet().stream().sorted().toList());
    }

    @Test
    void lastMonthByDefault() {
        JsonObject list = Rest.object(anonymous().get(API));
        assertEquals(YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString(), list.getString("month"));
    }

    @Test
    void anotherProvincesListNeverShowsTheseUnitsAndAnUnknownProvinceIsNotFound() {
        Http.Response other = anonymous().get("/api/public/ha-tinh/late-units?month=2025-08");
        assertEquals(200, other.status(), other::toString);
        for (JsonValue v : Rest.object(other).getJsonArray("units")) {
            assertFalse(v.asJsonObject().getString("code").startsWith("H48"), other.body());
        }
        assertFalse(other.body().contains("Quảng Ngãi"), other.body());
        // signed in to another province changes nothing: the province is the one in the address
        Http.Response signedIn = Rest.as("ha-tinh.admin").get(API + "?month=2025-08");
        assertTrue(units(Rest.object(signedIn)).containsKey(VH), signedIn.body());
        Rest.explainedProblem(anonymous().get("/api/public/khong-co-tinh-nay/late-units?month=2025-08"), 404);
        Rest.explainedProblem(anonymous().get("/api/public/QUANG_NGAI/late-units"), 404);
    }

    @Test
    void aBadMonthIsRefusedNamingIt() {
        assertNames(anonymous().get(API + "?month=08-2025"), "month");
        assertNames(anonymous().get(API + "?month=2026-13"), "month");
    }


    @Test
    void thePageShowsTheOfficialsWithLateStepsCountsOnly() {
        try (Browser browser = Browser.open()) {
            browser.go("/cong-khai/quang-ngai/don-vi-tre-han?thang=2025-08");
            WebElement row = browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#lateOfficials tr[data-unit='" + VH + "']")));
            assertEquals("Cán bộ có bước xử lý quá hạn", browser.driver().findElement(By.id("officialsHeading")).getText());
            // an imported COMPLETE_STEP finishes the current step, the first of the procedure (Tiếp nhận hồ sơ, 20 % of
            // 5 working days: due 09:00 the next working day), by its actor; the second is finished by nobody
            // (ImportedSteps). pham.van.d: 1's first step (due Tue 12/08 09:00, finished Tue 19/08) late, 2's (due
            // Wed 13/08 09:00, finished Wed 13/08 15:00, after the instant) late: 2 late of 2; 3 is still open
            assertEquals(VH_NAME, row.findElement(By.className("unit-name")).getText());
            assertEquals("2", row.findElement(By.className("late")).getText());
            assertEquals("2", row.findElement(By.className("finished")).getText());
            String name = row.findElement(By.className("official-name")).getText();
            assertFalse(name.isBlank() || name.contains("pham.van.d"), "a person's name or 'Cán bộ n của', never a username: " + name);
            if (!browser.driver().findElements(By.id("officialsUnnamed")).isEmpty()) {
                assertEquals("Cán bộ 1 của " + VH_NAME, name);
            }
            assertFalse(browser.driver().getPageSource().contains(prefix), "no dossier code on the page");
        }
        try (Browser browser = Browser.open()) {
            browser.go("/cong-khai/ha-tinh/don-vi-tre-han?thang=2025-08");
            browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("officialsHeading")));
            assertTrue(browser.driver().findElements(By.cssSelector("#lateOfficials tr[data-unit^='H48']")).isEmpty(),
                    "Hà Tĩnh's list has none of Quảng Ngãi's officials");
        }
    }

    @Test
    void thePageShowsTheListWithoutSignIn() {
        try (Browser browser = Browser.open()) {
            // the short address a citizen shares (forwarded to /cong-khai/don-vi-tre-han.xhtml?tinh=…&thang=…)
            browser.go("/cong-khai/quang-ngai/don-vi-tre-han?thang=2025-08");
            WebElement row = browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#lateUnits tr[data-unit='" + VH + "']")));
            assertEquals(VH_NAME, row.findElement(By.className("unit-name")).getText());
            assertEquals("1", row.findElement(By.className("late")).getText());
            assertEquals("1", row.findElement(By.className("overdue")).getText());
            assertEquals("2", row.findElement(By.className("finished")).getText());
            assertEquals("50,00 %", row.findElement(By.className("rate")).getText());
            assertTrue(browser.driver().findElements(By.cssSelector("#lateUnits tr[data-unit='" + CT + "']")).isEmpty());
            assertTrue(browser.driver().findElement(By.id("publicProvince")).getText().contains("Tháng 08/2025"));
            assertTrue(browser.driver().findElement(By.id("publicHeading")).getText()
                    .contains("Công khai đơn vị có hồ sơ giải quyết quá hạn"));
            assertFalse(browser.driver().getPageSource().contains(prefix), "no dossier code on the page");
            assertTrue(browser.driver().findElements(By.id("userDisplayName")).isEmpty(), "nobody is signed in");
            browser.assertNoPolicyViolations();
        }
        // an unknown province is the 404 page; the page itself needs no sign-in
        assertEquals(404, anonymous().header("Accept", "text/html")
                .get("/cong-khai/don-vi-tre-han.xhtml?tinh=khong-co-tinh-nay").status());
        assertEquals(200, anonymous().get("/cong-khai/don-vi-tre-han.xhtml").status());
        Http.Response page = anonymous().get("/cong-khai/don-vi-tre-han.xhtml?tinh=quang-ngai&thang=2025-08");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("data-unit=\"" + VH + "\""), "the long address shows the same list");
    }

    // ----- helpers -----

    static Map<String, JsonObject> units(JsonObject list) {
        Map<String, JsonObject> out = new HashMap<>();
        list.getJsonArray("units").forEach(v -> out.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        return out;
    }

    static String done(int i, String unit, String channel, String received, String processed) {
        return TimelinessReportIT.processed(ImportFiles.code(prefix, i), proc, "H48.30", unit, channel, "Lê Công Khai " + i,
                received, processed);
    }
}
