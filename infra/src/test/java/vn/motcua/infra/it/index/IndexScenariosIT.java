package vn.motcua.infra.it.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.index.TenantIndexIT.assertMetric;
import static vn.motcua.infra.it.index.TenantIndexIT.units;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;
import vn.motcua.infra.it.reports.TimelinessReportIT;
import vn.motcua.infra.it.units.TenantAbsorptionApiIT;
import vn.motcua.infra.it.units.TenantAbsorptionApiIT.Province;

/**
 * Saved what-if scenarios (saveIndexScenario, listIndexScenarios, getIndexScenario, updateIndexScenario,
 * deleteIndexScenario) in two provinces made for the purpose, so that no other test's data moves a figure. Province A
 * has one department, A.19, and a procedure of 5 working days; in March 2026 A.19 handles
 *
 * <pre>
 *  1 received Mon 02/03 09:00, processed Wed 04/03: in time
 *  2 received Tue 03/03 09:00, processed Fri 20/03: late (due Tue 10/03)
 *  3 received Mon 09/03 09:00, processed Tue 10/03: in time — imported only after the scenario was saved
 * </pre>
 *
 * so A.19's TDGQ_ON_TIME is 1/2 = 50 % of 20 = 10 points before the third dossier and 2/3 = 66.67 % → 13.33 after. The
 * scenario sets A.19's TDGQ_ON_TIME to 2/2 (20 points) and the province's PUBLISH_ON_TIME to 3/4 (75 % of 6 = 4.5).
 * Province B has nothing; its administrator tries everything on A's scenario.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexScenariosIT {

    static final String PASSWORD = "mat-khau-kich-ban-1";
    static final String MARCH = "\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"";
    static final String NAME = "Kịch bản tháng 3: giải quyết đúng hạn";

    static Province a;
    static Province b;
    static String unit;
    static String procedure;
    static String prefix;
    static long id;

    @BeforeAll
    static void twoProvincesAndAMarchOfTwoDossiers() {
        a = TenantAbsorptionApiIT.newProvince("kich-ban-a");
        b = TenantAbsorptionApiIT.newProvince("kich-ban-b");
        unit = a.code() + ".19";
        ok(a.admin().post("/api/units/import", "text/csv", "portal_code,name,kind,level,parent_portal_code,valid_from\n"
                + a.code() + ",UBND tỉnh " + a.code() + ",PEOPLES_COMMITTEE,PROVINCE,,2019-01-01\n"
                + unit + ",Sở Tư pháp - tỉnh " + a.code() + ",DEPARTMENT,PROVINCE," + a.code() + ",2019-01-01\n"), 200);
        procedure = "1.6" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        ok(a.admin().post("/api/procedures", "{\"code\":\"" + procedure + "\",\"name\":\"Cấp phiếu lý lịch tư pháp\","
                + "\"field\":\"HO_TICH\",\"levels\":[\"PROVINCE\"],\"time\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},"
                + "\"onlineKind\":\"PARTIAL\",\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\",\"sharePercent\":20},"
                + "{\"name\":\"Giải quyết\",\"sharePercent\":80}],\"publication\":{\"decisionNumber\":\"15/QĐ-UBND\","
                + "\"decisionDate\":\"2025-01-02\",\"effectiveDate\":\"2025-03-01\",\"nationalDbDate\":\"2025-01-03\"},"
                + "\"versionValidFrom\":\"2025-01-01\"}"), 201);
        for (String role : List.of("PROVINCE_LEADER", "UNIT_LEADER", "CLERK")) {
            ok(a.admin().post("/api/users", "{\"username\":\"" + user(a, role) + "\",\"displayName\":\"Người dùng "
                    + role + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}"), 201);
        }
        prefix = ImportFiles.unique("scenario");
        imported(dossier(1, "2026-03-02T09:00", "2026-03-04T10:00"), dossier(2, "2026-03-03T09:00",
                "2026-03-20T10:00"));
    }

    // ----- save, list, get: the same answer as simulateIndex, on the data as they are -----

    @Test
    @Order(1)
    void aLeaderSavesAScenarioAndGetsWhatItGives() {
        Http.Response r = as(a, "PROVINCE_LEADER").post("/api/index/scenarios", body(NAME, 2));
        assertEquals(201, r.status(), r::toString);
        JsonObject saved = Rest.object(r);
        JsonObject s = saved.getJsonObject("scenario");
        id = s.getJsonNumber("id").longValue();
        assertEquals("/api/index/scenarios/" + id, java.net.URI.create(r.header("Location")).getPath());
        assertEquals(NAME, s.getString("name"));
        assertEquals("2026-03-01", s.getString("from"));
        assertEquals("2026-03-31", s.getString("to"));
        assertTrue(Rest.isNull(s, "comparedWith"));
        assertEquals(user(a, "PROVINCE_LEADER"), s.getString("createdBy"));
        assertEquals(0, s.getInt("version"));
        List<JsonObject> changes = s.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(2, changes.size());
        assertEquals(unit, changes.get(0).getString("unitCode"));
        assertEquals("TDGQ_ON_TIME", changes.get(0).getString("metricCode"));
        assertEquals(2, changes.get(0).getInt("numerator"));
        assertEquals(2, changes.get(0).getInt("denominator"));
        assertTrue(Rest.isNull(changes.get(1), "unitCode"), "a metric counted once for the province");
        assertEquals("PUBLISH_ON_TIME", changes.get(1).getString("metricCode"));
        // before: A.19 in time 1 of 2; after: 2 of 2, and the province pooled from it
        JsonObject result = saved.getJsonObject("result");
        assertMetric(units(result.getJsonObject("before")).get(unit), "TDGQ_ON_TIME", 1, 2, "50.0", "10.0",
                "COMPUTED");
        assertMetric(units(result.getJsonObject("after")).get(unit), "TDGQ_ON_TIME", 2, 2, "100.0", "20.0",
                "SIMULATED");
        JsonObject province = result.getJsonObject("after").getJsonObject("province");
        assertMetric(province, "TDGQ_ON_TIME", 2, 2, "100.0", "20.0", "SIMULATED");
        assertMetric(province, "PUBLISH_ON_TIME", 3, 4, "75.0", "4.5", "SIMULATED");
        assertEquals(0, saved.getJsonArray("refusals").size());
    }

    @Test
    @Order(2)
    void theListShowsItAndReadingItScoresItAsSimulateIndexDoes() {
        JsonArray list = Rest.array(as(a, "UNIT_LEADER").get("/api/index/scenarios"));
        assertEquals(1, list.size());
        assertEquals(NAME, list.getJsonObject(0).getString("name"));
        assertEquals(id, list.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, list.getJsonObject(0).getInt("version"));

        JsonObject opened = Rest.object(as(a, "UNIT_LEADER").get("/api/index/scenarios/" + id));
        JsonObject direct = Rest.object(as(a, "UNIT_LEADER").post("/api/index/simulate", body(null, 2)));
        assertEquals(canonical(direct), canonical(opened.getJsonObject("result")));
        assertEquals(NAME, opened.getJsonObject("scenario").getString("name"));
    }

    @Test
    @Order(3)
    void aSavedScenarioIsScoredAgainOnTodaysData() {
        imported(dossier(3, "2026-03-09T09:00", "2026-03-10T10:00"));
        JsonObject result = Rest.object(as(a, "PROVINCE_LEADER").get("/api/index/scenarios/" + id))
                .getJsonObject("result");
        // the third dossier, in time, counts in what the province has: 2 of 3; the scenario still says 2 of 2
        assertMetric(units(result.getJsonObject("before")).get(unit), "TDGQ_ON_TIME", 2, 3, "66.67", "13.33",
                "COMPUTED");
        assertMetric(units(result.getJsonObject("after")).get(unit), "TDGQ_ON_TIME", 2, 2, "100.0", "20.0",
                "SIMULATED");
    }

    // ----- update with the version read; a stale version changes nothing -----

    @Test
    @Order(4)
    void anUpdateNeedsTheVersionReadAndAStaleOneChangesNothing() {
        String renamed = NAME + " (chỉ Sở Tư pháp)";
        JsonObject updated = Rest.object(as(a, "PROVINCE_LEADER").put("/api/index/scenarios/" + id,
                withVersion(body(renamed, 1), 0)));
        assertEquals(renamed, updated.getJsonObject("scenario").getString("name"));
        assertEquals(1, updated.getJsonObject("scenario").getInt("version"));
        assertEquals(1, updated.getJsonObject("scenario").getJsonArray("changes").size());
        JsonObject province = updated.getJsonObject("result").getJsonObject("after").getJsonObject("province");
        assertNotEquals("SIMULATED", TenantIndexIT.metric(province, "PUBLISH_ON_TIME").getString("source"),
                "the publicity change is gone");

        // someone still holding version 0
        JsonObject stale = Rest.explainedProblem(a.admin().put("/api/index/scenarios/" + id,
                withVersion(body("Kịch bản của người khác", 2), 0)), 409);
        assertEquals("index.scenario.changedMeanwhile", stale.getString("code"));
        assertTrue(stale.getString("detail").contains(renamed), stale::toString);
        JsonObject now = Rest.object(a.admin().get("/api/index/scenarios/" + id)).getJsonObject("scenario");
        assertEquals(renamed, now.getString("name"));
        assertEquals(1, now.getInt("version"));
        assertEquals(1, now.getJsonArray("changes").size());
        // a version is required
        Rest.explainedProblem(a.admin().put("/api/index/scenarios/" + id, body("Không có phiên bản", 1)), 400);
    }

    // ----- names, bad changes -----

    @Test
    @Order(5)
    void aNameIsUniqueInTheProvince() {
        String other = "Kịch bản thứ hai";
        long second = Rest.object(created(as(a, "PROVINCE_LEADER").post("/api/index/scenarios", body(other, 1))))
                .getJsonObject("scenario").getJsonNumber("id").longValue();
        JsonObject twice = Rest.explainedProblem(a.admin().post("/api/index/scenarios", body(other, 2)), 409);
        assertEquals("index.scenario.nameTaken", twice.getString("code"));
        assertTrue(twice.getString("detail").contains("'" + other + "'"), twice::toString);
        // renaming the first to the second's name: refused too, nothing changed
        JsonObject first = Rest.object(a.admin().get("/api/index/scenarios/" + id)).getJsonObject("scenario");
        Rest.explainedProblem(a.admin().put("/api/index/scenarios/" + id, withVersion(body(other, 1), 1)), 409);
        assertEquals(first.getString("name"), Rest.object(a.admin().get("/api/index/scenarios/" + id))
                .getJsonObject("scenario").getString("name"));
        // the same name in another province is another scenario
        created(b.admin().post("/api/index/scenarios", body(other, 0)));
        assertEquals(2, Rest.array(a.admin().get("/api/index/scenarios")).size());
        assertEquals(List.of(first.getString("name"), other), Rest.array(a.admin().get("/api/index/scenarios"))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).sorted().toList());
        assertEquals(204, as(a, "PROVINCE_LEADER").delete("/api/index/scenarios/" + second).status());
    }

    @Test
    @Order(5)
    void badChangesAreRefusedAsSimulateIndexRefusesThemAndNothingIsSaved() {
        String changes = "\"changes\":[{\"unitCode\":\"" + a.code() + ".99\",\"metricCode\":\"TDGQ_ON_TIME\","
                + "\"numerator\":1,\"denominator\":1},{\"metricCode\":\"NO_SUCH\",\"numerator\":1,\"denominator\":1},"
                + "{\"unitCode\":\"" + unit + "\",\"metricCode\":\"ONLINE\",\"numerator\":3,\"denominator\":2}]";
        JsonObject simulated = Rest.explainedProblem(as(a, "PROVINCE_LEADER").post("/api/index/simulate",
                "{" + MARCH + "," + changes + "}"), 400);
        JsonObject saved = Rest.explainedProblem(as(a, "PROVINCE_LEADER").post("/api/index/scenarios",
                "{\"name\":\"Kịch bản sai\"," + MARCH + "," + changes + "}"), 400);
        assertEquals(List.of("changes[0].unitCode", "changes[1].metricCode", "changes[2].numerator"),
                fields(simulated));
        assertEquals(fields(simulated), fields(saved));
        assertEquals(simulated.getJsonArray("errors"), saved.getJsonArray("errors"));
        // the name's problems come with the changes'
        JsonObject both = Rest.explainedProblem(as(a, "PROVINCE_LEADER").post("/api/index/scenarios",
                "{\"name\":\"" + "ị".repeat(201) + "\"," + MARCH + "," + changes + "}"), 400);
        assertEquals("name", fields(both).get(0));
        assertEquals(4, fields(both).size());
        Rest.explainedProblem(as(a, "PROVINCE_LEADER").post("/api/index/scenarios",
                "{\"name\":\"  \"," + MARCH + ",\"changes\":[]}"), 400);
        // a comparison with a day the portal published nothing: as simulateIndex, 404
        Rest.explainedProblem(as(a, "PROVINCE_LEADER").post("/api/index/scenarios", body("Kịch bản so với ngày lạ", 1)
                .replaceFirst("\\{", "{\"comparedWith\":\"2026-09-30\",")), 404);
        assertEquals(1, Rest.array(a.admin().get("/api/index/scenarios")).size(), "nothing was saved");
    }

    // ----- another province, roles -----

    @Test
    @Order(6)
    void anotherProvinceNeitherSeesReadsChangesNorDeletesIt() {
        assertEquals(List.of("Kịch bản thứ hai"), Rest.array(b.admin().get("/api/index/scenarios"))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList(),
                "B's list: its own scenario only");
        JsonObject read = Rest.explainedProblem(b.admin().get("/api/index/scenarios/" + id), 404);
        Rest.explainedProblem(b.admin().put("/api/index/scenarios/" + id, withVersion(body("Của tỉnh B", 1), 1)),
                404);
        Rest.explainedProblem(b.admin().delete("/api/index/scenarios/" + id), 404);
        // exactly as a scenario that does not exist
        long missing = id + 1_000_000;
        JsonObject none = Rest.explainedProblem(a.admin().get("/api/index/scenarios/" + missing), 404);
        assertEquals("index.scenario.notFound", read.getString("code"));
        assertEquals(none.getString("code"), read.getString("code"));
        assertEquals(none.getString("detail").replace(Long.toString(missing), "N"),
                read.getString("detail").replace(Long.toString(id), "N"));
        JsonObject still = Rest.object(a.admin().get("/api/index/scenarios/" + id)).getJsonObject("scenario");
        assertEquals(1, still.getInt("version"), "A's scenario unchanged");
    }

    @Test
    @Order(6)
    void readersReadLeadersAndAdministratorsWrite() {
        Http clerk = as(a, "CLERK");
        assertEquals(403, clerk.get("/api/index/scenarios").status());
        assertEquals(403, clerk.get("/api/index/scenarios/" + id).status());
        assertEquals(403, clerk.post("/api/index/scenarios", body("Của văn thư", 1)).status());
        Http unitLeader = as(a, "UNIT_LEADER");
        assertEquals(200, unitLeader.get("/api/index/scenarios/" + id).status());
        assertEquals(403, unitLeader.post("/api/index/scenarios", body("Của lãnh đạo đơn vị", 1)).status());
        assertEquals(403, unitLeader.put("/api/index/scenarios/" + id, withVersion(body("Đổi", 1), 1)).status());
        assertEquals(403, unitLeader.delete("/api/index/scenarios/" + id).status());
        assertEquals(401, Http.toSystemUnderTest().get("/api/index/scenarios").status());
        assertEquals(1, Rest.array(a.admin().get("/api/index/scenarios")).size(), "nothing was saved");
    }

    // ----- delete -----

    @Test
    @Order(7)
    void aDeletedScenarioIsGone() {
        assertEquals(204, as(a, "PROVINCE_LEADER").delete("/api/index/scenarios/" + id).status());
        Rest.explainedProblem(a.admin().get("/api/index/scenarios/" + id), 404);
        Rest.explainedProblem(a.admin().delete("/api/index/scenarios/" + id), 404);
        Rest.explainedProblem(a.admin().put("/api/index/scenarios/" + id, withVersion(body(NAME, 1), 1)), 404);
        assertEquals(0, Rest.array(a.admin().get("/api/index/scenarios")).size());
    }

    // ----- helpers -----

    /**
     * The scenario's body: its name (none: simulateIndex's body), March, and the first {@code n} of A.19's TDGQ at 2/2
     * and the province's PUBLISH_ON_TIME at 3/4 (from the second on: that one only).
     */
    static String body(String name, int n) {
        String tdgq = "{\"unitCode\":\"" + unit + "\",\"metricCode\":\"TDGQ_ON_TIME\",\"numerator\":2,"
                + "\"denominator\":2}";
        String publish = "{\"metricCode\":\"PUBLISH_ON_TIME\",\"numerator\":3,\"denominator\":4}";
        String changes = switch (n) {
            case 1 -> tdgq;
            case 2 -> tdgq + "," + publish;
            default -> publish;
        };
        return "{" + (name == null ? "" : "\"name\":\"" + name + "\",") + MARCH + ",\"changes\":[" + changes + "]}";
    }

    static String withVersion(String body, long version) {
        return body.replaceFirst("\\{", "{\"version\":" + version + ",");
    }

    static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .toList();
    }

    /**
     * An answer as a canonical text: members sorted, nulls left out and numbers without trailing zeros (Payara's JSON-B
     * writer and ours differ on nulls; see {@link Rest#isNull}).
     */
    static String canonical(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, String> m = new TreeMap<>();
                v.asJsonObject().forEach((k, x) -> {
                    if (x.getValueType() != JsonValue.ValueType.NULL) {
                        m.put(k, canonical(x));
                    }
                });
                yield m.toString();
            }
            case ARRAY -> v.asJsonArray().stream().map(IndexScenariosIT::canonical).toList().toString();
            case NUMBER -> ((JsonNumber) v).bigDecimalValue().stripTrailingZeros().toPlainString();
            case STRING -> Json.createValue(((JsonString) v).getString()).toString();
            default -> v.toString();
        };
    }

    static void imported(String... lines) {
        Http.Response r = ImportFiles.post(a.admin(), prefix + "-" + System.nanoTime(), String.join("\n", lines)
                + "\n");
        assertEquals(200, r.status(), r::toString);
    }

    static String dossier(int i, String received, String processed) {
        return TimelinessReportIT.processed(ImportFiles.code(prefix, i), procedure, unit, unit, "IN_PERSON",
                "Lê Văn Kịch Bản " + i, received, processed);
    }

    static String user(Province p, String role) {
        return p.slug() + "." + role.toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }

    static Http as(Province p, String role) {
        return Http.toSystemUnderTest().basic(user(p, role), PASSWORD);
    }

    static Http.Response created(Http.Response r) {
        assertEquals(201, r.status(), r::toString);
        return r;
    }

    static JsonObject ok(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        return Rest.parse(r) instanceof JsonObject o ? o : null;
    }
}
