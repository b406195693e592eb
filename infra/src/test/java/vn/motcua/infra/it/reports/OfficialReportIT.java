package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertCounts;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertIdentities;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertNames;
import static vn.motcua.infra.it.reports.TimelinessReportIT.rate;
import static vn.motcua.infra.it.reports.TimelinessReportIT.report;
import static vn.motcua.infra.it.reports.TimelinessReportIT.rows;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.SystemUnderTest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * Officials in the reports (issue 13): four dossiers imported with their events into Quảng Ngãi in August 2026, under
 * a procedure of 5 working days with two steps — "Thẩm định" (officer, 60 %: 22.5 office hours, 3 working days) and
 * "Phê duyệt" (unit leader, 40 %: 15 hours, 2 days). The officials (usernames made unique per run) are known only from
 * these events. Every number counted by hand:
 *
 * <pre>
 *  #  unit   ch  received      Thẩm định (due)                      Phê duyệt (due)                        status
 *  1  H48.16 ON  Mon 03/08 9:00 A Wed 05/08 10:00 early (Thu 06/08 9:00) L Fri 07/08 09:30 on time (Fri 07/08 10:00) 9
 *  2  H48.16 IP  Mon 03/08 9:00 A Fri 07/08 14:00 late  (Thu 06/08 9:00) L Wed 12/08 08:00 late (Tue 11/08 14:00)    9
 *  3  H48.19 ON  Tue 04/08 9:00 B Thu 06/08 15:00 early (Fri 07/08 9:00) open, held by B, overdue (Mon 10/08 15:00) 4
 *  4  H48.19 ON  Mon 17/08 9:00 open, held by C (the only actor), overdue (Thu 20/08 9:00)                          2
 * </pre>
 * A = tran.duc.huy…, named "Trần Đức Huy" by the second dossier's event; L = pham.van.l…, named "Phạm Văn Lâm"; B =
 * nguyen.thi.lan… and C (the clerk) = vo.thi.c…, named by nobody.
 */
public class OfficialReportIT {

    static final String PROVINCE = "quang-ngai";
    static final String OTHER = "ha-tinh";
    static final String U16 = "H48.16";
    static final String U19 = "H48.19";
    static final String AUG = "from=2026-08-01&to=2026-08-31";
    static final String SEP = "from=2026-09-01&to=2026-09-30";

    static String n;
    static String a;
    static String l;
    static String b;
    static String c;
    static String prefix;
    static String proc;
    static String batch;

    static Http leader() {
        return Rest.as(PROVINCE + ".leader");
    }

    @BeforeAll
    static void importTheScenario() {
        n = Integer.toString(10_000 + ThreadLocalRandom.current().nextInt(90_000));
        a = "tran.duc.huy" + n;
        l = "pham.van.l" + n;
        b = "nguyen.thi.lan" + n;
        c = "vo.thi.c" + n;
        proc = procedure(PROVINCE + ".admin");
        prefix = ImportFiles.unique("off");
        batch = scenario();
        Http.Response r = ImportFiles.post(Rest.as(PROVINCE + ".admin"), prefix, batch);
        assertEquals(200, r.status(), r::toString);
    }

    static String scenario() {
        return line(1, U16, "ONLINE", "2026-08-03T09:00", 9, "2026-08-07T09:30", List.of(
                received("2026-08-03T09:00"),
                event("2026-08-05T10:00", a, "OFFICER", 2, 4, null),
                event("2026-08-07T09:30", l, "UNIT_LEADER", 4, 9, null))) + "\n"
                + line(2, U16, "IN_PERSON", "2026-08-03T09:00", 9, "2026-08-12T08:00", List.of(
                received("2026-08-03T09:00"),
                event("2026-08-07T14:00", a, "OFFICER", 2, 4, "Trần Đức Huy"),
                event("2026-08-12T08:00", l, "UNIT_LEADER", 4, 9, "Phạm Văn Lâm"))) + "\n"
                + line(3, U19, "ONLINE", "2026-08-04T09:00", 4, null, List.of(
                received("2026-08-04T09:00"),
                event("2026-08-06T15:00", b, "OFFICER", 2, 4, null))) + "\n"
                + line(4, U19, "ONLINE", "2026-08-17T09:00", 2, null, List.of(received("2026-08-17T09:00"))) + "\n";
    }

    // ----- the import: steps, assignees, officials -----

    @Test
    void stepsAreMappedWithTheirFinishersAndOpenDossiersHaveAnAssignee() throws Exception {
        String steps = dossier(1, "steps");
        // Thẩm định: 60 % of 37.5 office hours = 22.5 h, due Thu 06/08 09:00, finished by A
        assertTrue(steps.contains("Thẩm định|PROCESS|OFFICER|H48.16||81000000000000|2026-08-03T09:00+07:00|"
                + "2026-08-06T09:00+07:00|2026-08-05T10:00+07:00|0|" + a + "|60"), steps);
        assertTrue(steps.contains("Phê duyệt|PROCESS|UNIT_LEADER|H48.16||54000000000000|2026-08-05T10:00+07:00|"
                + "2026-08-07T10:00+07:00|2026-08-07T09:30+07:00|0|" + l + "|40"), steps);
        assertTrue(dossier(2, "steps").contains("|2026-08-07T14:00+07:00|2026-08-11T14:00+07:00|"
                + "2026-08-12T08:00+07:00|0|" + l + "|40"), dossier(2, "steps"));
        // open: the current step's holder is the last actor of its role, else the last actor
        assertEquals(b, dossier(3, "current_assignee"));
        assertEquals("2", dossier(3, "current_step"));
        assertEquals(U19, dossier(3, "current_unit_code"));
        assertEquals(c, dossier(4, "current_assignee"));
        assertEquals("1", dossier(4, "current_step"));
        // processed: waiting in its return step, held by the clerk who received it
        assertEquals(c, dossier(1, "current_assignee"));
        assertEquals("3", dossier(1, "current_step"));
        Http.Response mine = leader().get("/api/dossiers/" + ImportFiles.code(prefix, 3));
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(b, Rest.object(mine).getString("currentAssignee"));
    }

    @Test
    void theOfficialsAreKnownToTheProvinceWithANameAndCannotSignIn() throws Exception {
        assertEquals(List.of(PROVINCE, "Trần Đức Huy", "!", "false", U16, "0"), account(a));
        assertEquals(List.of(PROVINCE, "Phạm Văn Lâm", "!", "false", U16, "0"), account(l));
        // no name given: one read from the username
        assertEquals(List.of(PROVINCE, "Nguyen Thi Lan " + n, "!", "false", U19, "0"), account(b));
        assertEquals(List.of(PROVINCE, "Vo Thi C " + n, "!", "false", "H48.30", "0"), account(c));
        for (String password : List.of("", "!", "demo")) {
            Rest.problem(Http.toSystemUnderTest().basic(a, password).get("/api/me"), 401);
        }
    }

    // ----- the report per official, by hand -----

    @Test
    void perOfficialTheMonthCountsStepsByHand() {
        JsonObject report = report(leader(), AUG + "&groupBy=OFFICIAL&procedureCode=" + proc);
        assertEquals("OFFICIAL", report.getString("groupBy"));
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of(a, b, l, c).stream().sorted().toList(), rows.keySet().stream().sorted().toList());
        // A: Thẩm định of 1 (online, early) and 2 (in person, late)
        assertCounts(rows.get(a), 2, 1, 1, 0, 2, 1, 0, 1, 0, 0, 0);
        assertEquals("50.00", rate(rows.get(a)));
        assertEquals("Trần Đức Huy", rows.get(a).getString("name"));
        // L: Phê duyệt of 1 (on time, same day before the instant) and 2 (late)
        assertCounts(rows.get(l), 2, 1, 1, 0, 2, 0, 1, 1, 0, 0, 0);
        assertEquals("Phạm Văn Lâm", rows.get(l).getString("name"));
        // B: Thẩm định of 3 early; Phê duyệt of 3 open, overdue since Mon 10/08 15:00
        assertCounts(rows.get(b), 2, 2, 0, 0, 1, 1, 0, 0, 1, 0, 1);
        assertEquals("Nguyen Thi Lan " + n, rows.get(b).getString("name"));
        // C: Thẩm định of 4 open, overdue since Thu 20/08 09:00
        assertCounts(rows.get(c), 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1);
        assertCounts(report.getJsonObject("total"), 7, 5, 2, 0, 5, 2, 1, 2, 2, 0, 2);
        assertEquals("60.00", rate(report.getJsonObject("total")));
        assertIdentities(report);
    }

    @Test
    void theNextMonthCarriesTheOpenStepsOverAndAnOfficialsScopeCountsItsStepsPerUnit() {
        Map<String, JsonObject> rows = rows(report(leader(), SEP + "&groupBy=OFFICIAL&procedureCode=" + proc));
        assertEquals(List.of(b, c).stream().sorted().toList(), rows.keySet().stream().sorted().toList());
        assertCounts(rows.get(b), 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1);
        assertCounts(rows.get(c), 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1);
        JsonObject ofA = report(leader(), AUG + "&groupBy=UNIT&official=" + a);
        assertEquals(List.of(U16), new ArrayList<>(rows(ofA).keySet()));
        assertCounts(rows(ofA).get(U16), 2, 1, 1, 0, 2, 1, 0, 1, 0, 0, 0);
        assertCounts(report(leader(), AUG + "&official=" + l).getJsonObject("total"), 2, 1, 1, 0, 2, 0, 1, 1, 0, 0, 0);
        // the numbers count steps: a list of dossiers cannot match them
        assertNames(leader().get("/api/reports/timeliness/dossiers?" + AUG + "&groupBy=OFFICIAL&key=" + a
                + "&column=finishedLate"), "groupBy");
    }

    // ----- the facts: live = rebuild; a repeated batch and a refused one change nothing -----

    @Test
    void liveStepFactsEqualARebuildAndARepeatedBatchChangesNothing() throws Exception {
        Map<String, List<Integer>> live = stepFacts(PROVINCE);
        // A's Thẩm định of 2: late on Fri 07/08 (in person); overdue from Thu 06/08 to Fri 07/08
        assertEquals(List.of(0, 0, 0, 1, -1), live.get("2026-08-07 " + U16 + " " + a + " " + proc + " IN_PERSON"));
        assertEquals(List.of(0, 0, 0, 0, 1), live.get("2026-08-06 " + U16 + " " + a + " " + proc + " IN_PERSON"));
        Http.Response again = ImportFiles.post(Rest.as(PROVINCE + ".admin"), prefix, batch);
        assertEquals(200, again.status(), again::toString);
        assertEquals("UNCHANGED", Rest.object(again).getString("outcome"), again::toString);
        assertEquals(live, stepFacts(PROVINCE), "the same batch again changes nothing");
        assertEquals(1, count("SELECT count(*) FROM platform.app_user WHERE username = ?", a));

        Http.Response r = Rest.as(PROVINCE + ".admin").post("/api/reports/facts/rebuild", "");
        assertEquals(200, r.status(), r::toString);
        Map<String, List<Integer>> rebuilt = stepFacts(PROVINCE);
        assertEquals(Rest.object(r).getJsonNumber("stepFactRows").longValue(), rebuilt.size());
        assertEquals(live, rebuilt, "the step facts kept live are those of a rebuild, key by key");
    }

    @Test
    void aRefusedBatchLeavesNoOfficialBehind() throws Exception {
        String stranger = "ngo.van.refused" + n;
        String p = ImportFiles.unique("offx");
        String good = line(p, 1, U16, "ONLINE", "2026-08-03T09:00", 4, null, List.of(received("2026-08-03T09:00"),
                event("2026-08-04T09:00", stranger, "OFFICER", 2, 4, "Ngô Văn Từ Chối")));
        String bad = line(p, 2, U16, "FAX", "2026-08-03T09:00", 2, null, List.of(received("2026-08-03T09:00")));
        assertEquals(400, ImportFiles.post(Rest.as(PROVINCE + ".admin"), p, good + "\n" + bad + "\n").status());
        assertEquals(0, count("SELECT count(*) FROM platform.app_user WHERE username = ?", stranger));
    }

    // ----- the public list -----

    @Test
    void thePublicListNamesOfficialsOnlyWhenTheProvinceSaysSo() {
        Http admin = Rest.as(PROVINCE + ".admin");
        Http anyone = Http.toSystemUnderTest();
        try {
            assertEquals(200, admin.put("/api/reports/settings", "{\"publishOfficialNames\":false}").status());
            JsonObject off = publicList(anyone, PROVINCE, "2026-08");
            assertFalse(off.getBoolean("namesPublished"));
            assertEquals("2026-08", off.getString("month"));
            // L and A: one late step each of two finished, both in H48.16; by username (same count): pham… before tran…
            assertEquals(List.of("Cán bộ 1 của Sở Tư pháp - tỉnh Quảng Ngãi|H48.16|1|2",
                    "Cán bộ 2 của Sở Tư pháp - tỉnh Quảng Ngãi|H48.16|1|2"), lines(off));
            assertFalse(off.toString().contains(a) || off.toString().contains("Trần Đức Huy"), off.toString());

            JsonObject on = Rest.object(admin.put("/api/reports/settings", "{\"publishOfficialNames\":true}"));
            assertTrue(on.getBoolean("publishOfficialNames"));
            assertTrue(Rest.object(admin.get("/api/reports/settings")).getBoolean("publishOfficialNames"));
            JsonObject named = publicList(anyone, PROVINCE, "2026-08");
            assertTrue(named.getBoolean("namesPublished"));
            assertEquals(List.of("Phạm Văn Lâm|H48.16|1|2", "Trần Đức Huy|H48.16|1|2"), lines(named));
            assertFalse(named.toString().contains("Võ Thị Báo Cáo") || named.toString().contains(prefix),
                    "counts only, never an applicant or a dossier: " + named);
            // September: nothing finished late
            assertEquals(List.of(), lines(publicList(anyone, PROVINCE, "2026-09")));
        } finally {
            admin.put("/api/reports/settings", "{\"publishOfficialNames\":false}");
        }
    }

    @Test
    void badInputAndWhoMaySetIt() {
        Http anyone = Http.toSystemUnderTest();
        assertNames(anyone.get("/api/public/" + PROVINCE + "/late-officials?month=2026-13"), "month");
        assertNames(anyone.get("/api/public/" + PROVINCE + "/late-officials?month=08/2026"), "month");
        Rest.problem(anyone.get("/api/public/khong-co-tinh/late-officials"), 404);
        // Any name that is not an active province's id is "not found", as for the list of late units
        Rest.problem(anyone.get("/api/public/Quang_Ngai/late-officials"), 404);
        assertEquals(200, anyone.get("/api/public/" + PROVINCE + "/late-officials").status());
        assertNames(Rest.as(PROVINCE + ".admin").put("/api/reports/settings", "{}"), "publishOfficialNames");
        for (String user : List.of(PROVINCE + ".leader", PROVINCE + ".clerk", "central", "admin")) {
            Rest.problem(Rest.as(user).put("/api/reports/settings", "{\"publishOfficialNames\":true}"), 403);
            Rest.problem(Rest.as(user).get("/api/reports/settings"), 403);
        }
        Rest.problem(anyone.get("/api/reports/settings"), 401);
    }

    // ----- another province sees none of it -----

    @Test
    void anotherProvinceSeesNoneOfItEvenWhenItsEventsNameTheSameUsername() throws Exception {
        Http other = Rest.as(OTHER + ".admin");
        JsonObject report = report(other, AUG + "&groupBy=OFFICIAL");
        for (String u : List.of(a, l, b, c)) {
            assertFalse(rows(report).containsKey(u), report.toString());
        }
        assertFalse(Rest.object(other.get("/api/reports/settings")).getBoolean("publishOfficialNames"));
        // Hà Tĩnh's own import names A, with another name: A stays Quảng Ngãi's official, Hà Tĩnh's report shows a
        // name read from the username, never Quảng Ngãi's
        String theirs = ImportFiles.procedure(OTHER + ".admin", 5);
        String p = ImportFiles.unique("offht");
        String body = TimelinessReportIT.line(ImportFiles.code(p, 1), theirs, "H27.30", "H27.05", "ONLINE",
                "Đặng Văn Khác", "2026-08-03T09:00", 4, null, List.of(received("2026-08-03T09:00"),
                        event("2026-08-04T09:00", a, "OFFICER", 2, 4, "Kẻ Mạo Danh"))) + "\n";
        assertEquals(200, ImportFiles.post(other, p, body).status());
        Map<String, JsonObject> rows = rows(report(other, AUG + "&groupBy=OFFICIAL&procedureCode=" + theirs));
        assertEquals("Tran Duc Huy " + n, rows.get(a).getString("name"));
        assertEquals(List.of(PROVINCE, "Trần Đức Huy", "!", "false", U16, "0"), account(a));
        JsonObject list = publicList(Http.toSystemUnderTest(), OTHER, "2026-08");
        assertFalse(list.toString().contains("H48.") || list.toString().contains("Trần Đức Huy"), list.toString());
        for (String u : List.of(a, b)) {
            assertTrue(stepFacts(OTHER).keySet().stream().noneMatch(k -> k.contains(" H48.") && k.contains(u)));
        }
    }

    // ----- helpers -----

    static JsonObject publicList(Http http, String province, String month) {
        Http.Response r = http.get("/api/public/" + province + "/late-officials?month=" + month);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static List<String> lines(JsonObject list) {
        return list.getJsonArray("items").stream().map(v -> v.asJsonObject()).map(o -> o.getString("name") + "|"
                + o.getString("unitCode") + "|" + o.getInt("lateSteps") + "|" + o.getInt("finishedSteps")).toList();
    }

    static Connection db(String tenant) throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        return ImportFiles.runtime(sut.dataDir(), sut.pgPort(), tenant);
    }

    static String dossier(int i, String column) throws Exception {
        try (Connection conn = db(PROVINCE); PreparedStatement ps = conn.prepareStatement("SELECT " + column
                + "::text FROM province.dossier WHERE code = ?")) {
            ps.setString(1, ImportFiles.code(prefix, i));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "dossier " + i);
                return rs.getString(1);
            }
        }
    }

    /** Province, display name, password hash, enabled, unit, number of roles. */
    static List<String> account(String username) throws Exception {
        try (Connection conn = db(PROVINCE); PreparedStatement ps = conn.prepareStatement("SELECT u.tenant_id, "
                + "u.display_name, u.password_hash, u.enabled::text, u.unit_code, (SELECT count(*) FROM "
                + "platform.app_user_role r WHERE r.user_id = u.id)::text FROM platform.app_user u WHERE u.username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "an account " + username);
                List<String> out = new ArrayList<>();
                for (int k = 1; k <= 6; k++) {
                    out.add(rs.getString(k));
                }
                return out;
            }
        }
    }

    static long count(String sql, String param) throws Exception {
        try (Connection conn = db(PROVINCE); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The province's step facts by key (day, unit, official, procedure, channel), rows all zero left aside. */
    static Map<String, List<Integer>> stepFacts(String tenant) throws Exception {
        Map<String, List<Integer>> out = new TreeMap<>();
        try (Connection conn = db(tenant); PreparedStatement ps = conn.prepareStatement(DayFactsIT.summed(
                "day, unit_code, official, procedure_code, channel",
                List.of("received", "ended_early", "ended_on_time", "ended_late", "overdue"), "dossier_step_fact"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Integer> counts = List.of(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
                if (counts.stream().anyMatch(x -> x != 0)) {
                    out.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getString(5), counts);
                }
            }
        }
        return out;
    }

    /** A procedure of 5 working days: Thẩm định (officer, 60 %), Phê duyệt (unit leader, 40 %), valid since 2024. */
    public static String procedure(String admin) {
        String code = "1.6" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Http.Response r = Rest.as(admin).post("/api/procedures", "{\"code\":\"" + code + "\",\"name\":\"Thủ tục cán bộ "
                + code + "\",\"field\":\"HO_TICH\",\"levels\":[\"PROVINCE\"],\"time\":{\"value\":5,"
                + "\"unit\":\"WORKING_DAYS\"},\"onlineKind\":\"PARTIAL\",\"steps\":["
                + "{\"name\":\"Thẩm định\",\"sharePercent\":60,\"role\":\"OFFICER\"},"
                + "{\"name\":\"Phê duyệt\",\"sharePercent\":40,\"role\":\"UNIT_LEADER\"}],"
                + "\"publication\":{\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2023-12-20\","
                + "\"effectiveDate\":\"2024-01-01\",\"nationalDbDate\":\"2023-12-27\"},\"versionValidFrom\":\"2024-01-01\"}");
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    static String received(String at) {
        return event(at, c, "CLERK", null, 2, null).replace("\"COMPLETE_STEP\"", "\"RECEIVE\"");
    }

    public static String event(String at, String actor, String role, Integer from, int to, String actorName) {
        return "{\"at\":\"" + TimelinessReportIT.at(at) + "\",\"actor\":\"" + actor + "\",\"role\":\"" + role
                + "\",\"action\":\"COMPLETE_STEP\"" + (from == null ? "" : ",\"fromStatus\":" + from)
                + ",\"toStatus\":" + to + (actorName == null ? "" : ",\"actorName\":\"" + actorName + "\"") + "}";
    }

    static String line(int i, String unit, String channel, String received, int status, String processed,
                       List<String> events) {
        return line(prefix, i, unit, channel, received, status, processed, events);
    }

    static String line(String p, int i, String unit, String channel, String received, int status, String processed,
                       List<String> events) {
        return TimelinessReportIT.line(ImportFiles.code(p, i), proc, "H48.30", unit, channel, "Võ Thị Báo Cáo " + i,
                received, status, processed, events);
    }
}
