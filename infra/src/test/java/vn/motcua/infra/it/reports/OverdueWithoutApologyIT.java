package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * overdueWithoutApology on four open dossiers imported into Hà Tĩnh (not Quảng Ngãi: they stay open and overdue, and
 * would be counted in the months the report tests of Quảng Ngãi compute by hand) under a procedure of 5 working days with two
 * steps (Thẩm định by an officer, Phê duyệt by a unit leader):
 *
 * <pre>
 *  #  unit   received        events                                          apology  listed because
 *  1  H48.16 Mon 02/11 09:00 X finishes Thẩm định Tue 03/11 (held by X)      -        overdue since Mon 09/11 09:00
 *  2  H48.19 Tue 01/12 09:00 Y asks a supplement twice on 02/12, brought     -        second supplement
 *  3  H48.16 Mon 02/11 09:00 X finishes Thẩm định Tue 03/11                  10/11    (not listed: apologised)
 *  4  H48.19 Fri 04/12 09:00 received only                                   -        (not listed: within time)
 * </pre>
 * X = do.van.tre…, named "Đỗ Văn Trễ" by his event; Y = le.thi.bo…, named "Lê Thị Bổ Sung".
 */
class OverdueWithoutApologyIT {

    static final String PROVINCE = "ha-tinh";
    static String prefix;
    static String x;
    static String y;

    @BeforeAll
    static void importTheScenario() {
        String n = Integer.toString(10_000 + ThreadLocalRandom.current().nextInt(90_000));
        x = "do.van.tre" + n;
        y = "le.thi.bo" + n;
        prefix = ImportFiles.unique("owa");
        String proc = OfficialReportIT.procedure(PROVINCE + ".admin");
        String b = String.join("\n",
                line(1, proc, "H27.16", "2026-11-02T09:00", 4, List.of(received("2026-11-02T09:00"),
                        OfficialReportIT.event("2026-11-03T10:00", x, "OFFICER", 2, 4, "Đỗ Văn Trễ"))),
                line(2, proc, "H27.19", "2026-12-01T09:00", 4, List.of(received("2026-12-01T09:00"),
                        act("2026-12-02T09:00", y, "OFFICER", "REQUEST_SUPPLEMENT", 2, 5, "Lê Thị Bổ Sung"),
                        act("2026-12-02T10:00", "le.thi.c", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                        act("2026-12-02T11:00", y, "OFFICER", "REQUEST_SUPPLEMENT", 4, 5, "Lê Thị Bổ Sung"),
                        act("2026-12-02T14:00", "le.thi.c", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null))),
                ServiceRatesReportIT.with(line(3, proc, "H27.16", "2026-11-02T09:00", 4, List.of(
                        received("2026-11-02T09:00"),
                        OfficialReportIT.event("2026-11-03T10:00", x, "OFFICER", 2, 4, "Đỗ Văn Trễ"))),
                        "\"apology\":{\"at\":\"2026-11-10T10:00:00+07:00\",\"reason\":\"Hồ sơ chậm thẩm định\"}"),
                line(4, proc, "H27.19", "2026-12-04T09:00", 2, List.of(received("2026-12-04T09:00")))) + "\n";
        Http.Response r = ImportFiles.post(Rest.as(PROVINCE + ".admin"), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void overdueAndTwiceSupplementedDossiersNameTheirOfficialAndSayWhy() {
        List<JsonObject> mine = mine(list(Rest.as(PROVINCE + ".leader"), "size=500"));
        assertEquals(List.of(ImportFiles.code(prefix, 1), ImportFiles.code(prefix, 2)),
                mine.stream().map(o -> o.getString("code")).toList(), "3 apologised, 4 within time: " + mine);
        JsonObject one = mine.get(0);
        assertEquals(x, one.getString("assignee"));
        assertEquals("Đỗ Văn Trễ", one.getString("assigneeName"));
        assertEquals(List.of("OVERDUE"), one.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        // 5 working days of 7.5 office hours from Mon 02/11 09:00: Mon 09/11 09:00 (02:00 UTC)
        assertTrue(one.getString("overdueFrom").startsWith("2026-11-09T02:00") || one.getString("overdueFrom")
                .startsWith("2026-11-09T09:00+07:00"), one::toString);
        assertEquals("H27.16", one.getString("unitCode"));
        assertEquals("Sở Tư pháp - tỉnh Hà Tĩnh", one.getString("unitName"));
        JsonObject two = mine.get(1);
        assertEquals("Lê Thị Bổ Sung", two.getString("assigneeName"));
        assertEquals(2, two.getInt("supplementCount"));
        assertTrue(two.getJsonArray("reasons").toString().contains("SECOND_SUPPLEMENT"), two::toString);
    }

    /** The dossiers' reminder list (listLateWithoutApology) reads the same overdue instant as this list. */
    @Test
    void theDossiersReminderListCountsLatenessAlike() {
        String now = Rest.as(PROVINCE + ".leader").get("/api/dossiers/late-without-apology?size=500").body();
        assertTrue(now.contains(ImportFiles.code(prefix, 1)), now);
        assertFalse(now.contains(ImportFiles.code(prefix, 3)), "apologised: " + now);
        assertFalse(now.contains(ImportFiles.code(prefix, 4)), "within time: " + now);
        String month = Rest.as(PROVINCE + ".leader").get("/api/dossiers/late-without-apology?withinHours=720&size=500")
                .body();
        assertTrue(month.contains(ImportFiles.code(prefix, 4)), "due within 30 days: " + month);
    }

    @Test
    void pagedWithTheTotal() {
        JsonObject all = list(Rest.as(PROVINCE + ".leader"), "size=500");
        JsonObject page = list(Rest.as(PROVINCE + ".admin"), "first=1&size=1");
        assertEquals(all.getInt("total"), page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(all.getJsonArray("items").getJsonObject(1).getString("code"),
                page.getJsonArray("items").getJsonObject(0).getString("code"));
        assertTrue(all.getInt("total") >= 2, all::toString);
    }

    @Test
    void pagesOfTwoWalkTheWholeListInItsOrderAcrossItsTwoBranches() {
        // read apart (overdue, then asked twice and not overdue): a page may end in the first and go on in the second
        JsonObject all = list(Rest.as(PROVINCE + ".leader"), "size=500");
        List<String> walked = new java.util.ArrayList<>();
        for (int first = 0; first < all.getInt("total"); first += 2) {
            JsonObject page = list(Rest.as(PROVINCE + ".leader"), "first=" + first + "&size=2");
            page.getJsonArray("items").forEach(v -> walked.add(v.asJsonObject().getString("code")));
        }
        assertEquals(all.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList(), walked);
        assertTrue(all.getJsonArray("items").stream().anyMatch(v -> Rest.isNull(v.asJsonObject(), "overdueFrom")
                || v.asJsonObject().getJsonArray("reasons").toString().equals("[\"SECOND_SUPPLEMENT\"]")),
                "the list has a dossier of the second branch: " + all);
    }

    @Test
    void anotherProvinceSeesNoneOfThem() {
        assertEquals(List.of(), mine(list(Rest.as("quang-ngai.leader"), "size=500")));
    }

    @Test
    void whoMayReadAndBadInput() {
        for (String user : List.of("central", PROVINCE + ".clerk", PROVINCE + ".officer", "admin")) {
            Rest.problem(Rest.as(user).get("/api/reports/overdue-without-apology"), 403);
        }
        Rest.problem(Http.toSystemUnderTest().get("/api/reports/overdue-without-apology"), 401);
        Rest.problem(Rest.as(PROVINCE + ".leader").get("/api/reports/overdue-without-apology?size=0"), 400);
        Rest.problem(Rest.as(PROVINCE + ".leader").get("/api/reports/overdue-without-apology?first=x"), 400);
    }

    static JsonObject list(Http http, String query) {
        Http.Response r = http.get("/api/reports/overdue-without-apology?" + query);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static List<JsonObject> mine(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").startsWith(prefix)).toList();
    }

    static String received(String at) {
        return act(at, "le.thi.c", "CLERK", "RECEIVE", null, 2, null);
    }

    static String act(String at, String actor, String role, String action, Integer from, int to, String name) {
        return OfficialReportIT.event(at, actor, role, from, to, name).replace("\"COMPLETE_STEP\"", "\"" + action + "\"");
    }

    static String line(int i, String proc, String unit, String received, int status, List<String> events) {
        return TimelinessReportIT.line(ImportFiles.code(prefix, i), proc, "H27.30", unit, "IN_PERSON",
                "Phan Thị Xin Lỗi " + i, received, status, null, events);
    }
}
