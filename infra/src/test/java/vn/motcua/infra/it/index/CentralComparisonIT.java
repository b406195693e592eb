package vn.motcua.infra.it.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.units.TenantAbsorptionApiIT.Province;

/**
 * Central agencies' comparison (issue 14 item 7), on three provinces made for this test, so that every figure is
 * counted by hand: A absorbs B on 01/07/2026, C stands alone; each handles one procedure of the same national code in
 * May 2026 (a working month with no holiday after the 1st). B publishes May before it merges, A and C after.
 * Office day 07:30–11:30, 13:30–17:00 = 7.5 h; 5 working days allowed.
 *
 * <pre>
 * A1 online    04/05 09:00 → 04/05 15:00  4 h = 0.54 day  → within 1   on time
 * A2 in person 05/05 09:00 → 19/05 09:00  10 days         → within 10  late (due 12/05)
 * A3 in person 11/05 09:00 → 13/05 09:00  2 days          → within 2   on time
 * B4 online    04/05 09:00 → 05/05 09:00  1 day           → within 1   on time
 * B5 online    18/05 09:00, open on 31/05 (due 25/05)                  overdue
 * C6 online    05/05 09:00 → 07/05 13:30  2 days 2.5 h = 2.34 → within 3  on time
 * C7 in person 06/05 09:00 → 22/05 09:00  12 days         → within 12  late (due 13/05)
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralComparisonIT {

    static final String MAY = CentralScenario.MAY;

    static CentralScenario s;
    static Province a;
    static Province b;
    static Province c;
    static String procedure;
    static String prefix;
    static JsonObject publishedByB;

    @BeforeAll
    static void threeProvincesHandleOneProcedureInMay2026() {
        s = CentralScenario.create();
        a = s.a();
        b = s.b();
        c = s.c();
        procedure = s.procedure();
        prefix = s.prefix();
        publishedByB = s.publishedByB();
    }

    static JsonObject ok(Http.Response r, int status) {
        return CentralScenario.ok(r, status);
    }

    static Http central() {
        return Rest.as("central");
    }

    static JsonObject line(JsonObject ranking, String code) {
        return ranking.getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + ranking));
    }

    @Test
    @Order(1)
    void aProvincePublishesItsMonthAndItsYearToDateAndSeesOnlyItsOwn() {
        JsonObject published = ok(a.admin().post("/api/index/aggregates", "{" + MAY + "}"), 200);
        List<JsonObject> periods = published.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(List.of("MONTH", "YEAR_TO_DATE"), periods.stream().map(p -> p.getString("kind")).toList());
        assertEquals("2026-05-01", periods.get(0).getString("from"));
        assertEquals("2026-05-31", periods.get(0).getString("to"));
        assertEquals("2026-01-01", periods.get(1).getString("from"));
        // A's units today: its department, and B's, which it took over (no dossiers of May in A); one procedure
        assertEquals(2, periods.get(0).getInt("units"), published::toString);
        assertEquals(1, periods.get(0).getInt("procedures"));
        ok(c.admin().post("/api/index/aggregates", "{" + MAY + "}"), 200);
        // publishing again replaces: still two periods
        ok(c.admin().post("/api/index/aggregates", "{" + MAY + "}"), 200);
        JsonObject own = ok(c.admin().get("/api/index/aggregates"), 200);
        assertEquals(2, own.getJsonArray("periods").size(), own::toString);
        JsonObject month = own.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("kind").equals("MONTH")).findFirst().orElseThrow();
        assertEquals("2026-05", month.getString("month"));
        assertEquals(c.slug() + ".admin", month.getString("publishedBy"));
        // what it published is its own index of May, as its index page shows it
        JsonObject index = ok(c.admin().get("/api/index/province?from=2026-05-01&to=2026-05-31"), 200);
        assertEquals(index.getJsonObject("province").getJsonNumber("total").doubleValue(),
                month.getJsonNumber("total").doubleValue());

        // bad requests: named, nothing published
        JsonObject refused = Rest.explainedProblem(a.admin().post("/api/index/aggregates",
                "{\"from\":\"2025-13\",\"to\":\"2025-01\"}"), 400);
        assertTrue(refused.toString().contains("from"), refused::toString);
        Rest.explainedProblem(a.admin().post("/api/index/aggregates", "{\"from\":\"2023-01\",\"to\":\"2026-05\"}"),
                400);
        Rest.explainedProblem(a.admin().post("/api/index/aggregates", "{\"from\":\"2031-01\"}"), 400);
        Rest.explainedProblem(a.admin().post("/api/index/aggregates", "{\"to\":\"2025-01\"}"), 400);
        assertEquals(2, ok(a.admin().get("/api/index/aggregates"), 200).getJsonArray("periods").size());
    }

    @Test
    @Order(2)
    void theRankingPoolsAnAbsorbedProvinceIntoItsAbsorberAndNamesIt() {
        JsonObject ranking = ok(central().get("/api/central/ranking?kind=MONTH&month=2026-05"), 200);
        assertEquals("MONTH", ranking.getString("kind"));
        assertEquals("2026-05", ranking.getString("month"));
        List<String> codes = ranking.getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).toList();
        assertTrue(codes.contains(a.code()) && codes.contains(c.code()), codes::toString);
        assertFalse(codes.contains(b.code()), "B is inside A, not a line of its own");
        JsonObject lineA = line(ranking, a.code());
        // A's TDGQ: A1, A3 in time of A1–A3 and B4 of B4–B5 (B5 overdue): 3 / 5 = 60 % of 20 = 12
        assertEquals("12.0", lineA.getJsonObject("groups").get("TDGQ").toString());
        JsonObject absorbed = lineA.getJsonArray("absorbed").getJsonObject(0);
        assertEquals(b.code(), absorbed.getString("code"));
        assertEquals("2026-07-01", absorbed.getString("mergedOn"));
        // B's own figure is the one it published: TDGQ 1 / 2 = 10 points in its total
        double bTotal = publishedByB.getJsonArray("periods").getJsonObject(0).getJsonNumber("total").doubleValue();
        assertEquals(bTotal, absorbed.getJsonNumber("total").doubleValue());
        // C: C6 of C6–C7 in time: 50 % = 10
        JsonObject lineC = line(ranking, c.code());
        assertEquals("10.0", lineC.getJsonObject("groups").get("TDGQ").toString());
        // A's units: the two it published and the one B published as a province of its own
        assertEquals(3, lineA.getJsonObject("units").getInt("count"));
        assertEquals(1, lineC.getJsonObject("units").getInt("count"));
        // ranked by total, competition ranks
        List<JsonObject> lines = ranking.getJsonArray("provinces").getValuesAs(JsonObject.class);
        for (int i = 1; i < lines.size(); i++) {
            double before = lines.get(i - 1).getJsonNumber("total").doubleValue();
            double now = lines.get(i).getJsonNumber("total").doubleValue();
            assertTrue(before >= now, ranking::toString);
            assertEquals(before == now ? lines.get(i - 1).getInt("rank") : i + 1, lines.get(i).getInt("rank"));
        }
        // each total is the sum of its groups
        for (JsonObject l : lines) {
            double sum = l.getJsonObject("groups").values().stream()
                    .mapToDouble(v -> ((jakarta.json.JsonNumber) v).doubleValue()).sum();
            assertEquals(Math.round(sum * 100) / 100.0, l.getJsonNumber("total").doubleValue(), 0.001, l::toString);
        }
        // the active provinces that have not published May are named, and only they (B is no longer active)
        List<String> missing = ranking.getJsonArray("notPublished").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertFalse(missing.contains(a.code()) || missing.contains(b.code()) || missing.contains(c.code()),
                missing::toString);
        assertTrue(missing.stream().noneMatch(codes::contains), ranking::toString);
    }

    @Test
    @Order(3)
    void chosenProvincesSideBySideWithTheirMetricsTrendAndUnits() {
        JsonObject cmp = ok(central().get("/api/central/compare?kind=MONTH&month=2026-05&provinces=" + c.code() + ","
                + a.code()), 200);
        List<JsonObject> provinces = cmp.getJsonArray("provinces").getValuesAs(JsonObject.class);
        assertEquals(List.of(c.code(), a.code()), provinces.stream().map(p -> p.getString("code")).toList());
        assertEquals(20.0, cmp.getJsonObject("groupMax").getJsonNumber("TDGQ").doubleValue());
        JsonObject tdgq = provinces.get(1).getJsonArray("metrics").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals("TDGQ_ON_TIME")).findFirst().orElseThrow();
        assertEquals(3, tdgq.getInt("numerator"));
        assertEquals(5, tdgq.getInt("denominator"));
        assertEquals("60.0", tdgq.get("ratioPct").toString());
        assertEquals("8.0", tdgq.get("pointsLost").toString());
        // online: A1 and B4, B5 of the 5 received: 3 / 5
        JsonObject online = provinces.get(1).getJsonArray("metrics").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals("ONLINE")).findFirst().orElseThrow();
        assertEquals(3, online.getInt("numerator"));
        assertEquals(5, online.getInt("denominator"));
        // the trend of the last 12 months holds May, the only month published
        assertEquals(List.of("2026-05"), provinces.get(0).getJsonArray("trend").getValuesAs(JsonObject.class)
                .stream().map(t -> t.getString("month")).toList());
        // A's units: the two it published, and B's department as B published it
        assertEquals(3, provinces.get(1).getJsonArray("unitScores").size());
        // refused: unknown, merged, too many, none
        Rest.explainedProblem(central().get("/api/central/compare?provinces=Z99"), 400);
        Rest.explainedProblem(central().get("/api/central/compare?provinces=" + b.code()), 400);
        Rest.explainedProblem(central().get("/api/central/compare?provinces=H01,H02,H03,H04,H05,H06,H07,H08,H09"),
                400);
        Rest.explainedProblem(central().get("/api/central/compare?provinces="), 400);
        Rest.explainedProblem(central().get("/api/central/compare?provinces=" + a.code() + "&kind=WEEK"), 400);
        Rest.explainedProblem(central().get("/api/central/compare?provinces=" + a.code() + "&month=May"), 400);
    }

    @Test
    @Order(4)
    void theSameProcedureAcrossProvincesFromCountsAlone() {
        JsonObject list = ok(central().get("/api/central/procedures?kind=MONTH&month=2026-05&q=" + procedure), 200);
        JsonObject listed = list.getJsonArray("procedures").getJsonObject(0);
        assertEquals(procedure, listed.getString("code"));
        // published by A (with B, which it absorbed) and C: two provinces, 7 received
        assertEquals(2, listed.getInt("provinces"));
        assertEquals(7, listed.getInt("received"));

        JsonObject cmp = ok(central().get("/api/central/procedures/" + procedure + "?kind=MONTH&month=2026-05"), 200);
        List<JsonObject> rows = cmp.getJsonArray("provinces").getValuesAs(JsonObject.class);
        JsonObject rowA = rows.stream().filter(r -> r.getString("provinceCode").equals(a.code())).findFirst()
                .orElseThrow();
        // A with B: 5 received, 3 online; 4 finished, 3 in time; B5 overdue; within 1, 10, 2 and 1 working days
        assertEquals(5, rowA.getInt("received"));
        assertEquals("60.00", rowA.get("onlinePct").toString());
        assertEquals(4, rowA.getInt("finished"));
        assertEquals("75.00", rowA.get("onTimePct").toString());
        assertEquals(1, rowA.getInt("openOverdue"));
        // sorted 1, 1, 2, 10: the 2nd is 1; 90 % of 4 = 3.6 → the 4th, 10
        assertEquals(1, rowA.getInt("medianWorkingDays"));
        assertEquals(10, rowA.getInt("p90WorkingDays"));
        JsonObject rowC = rows.stream().filter(r -> r.getString("provinceCode").equals(c.code())).findFirst()
                .orElseThrow();
        assertEquals("50.00", rowC.get("onlinePct").toString());
        assertEquals("50.00", rowC.get("onTimePct").toString());
        // 3 and 12: the 1st is 3, the 2nd 12
        assertEquals(3, rowC.getInt("medianWorkingDays"));
        assertEquals(12, rowC.getInt("p90WorkingDays"));
        JsonObject all = cmp.getJsonObject("all");
        // 7 received, 4 online = 57.14 %; 6 finished, 4 in time = 66.67 %
        assertEquals(7, all.getInt("received"));
        assertEquals("57.14", all.get("onlinePct").toString());
        assertEquals("66.67", all.get("onTimePct").toString());
        // 1, 1, 2, 3, 10, 12: the 3rd is 2; 90 % of 6 = 5.4 → the 6th, 12; (54 + 1000 + 200 + 100 + 234 + 1200) / 6
        assertEquals(2, all.getInt("medianWorkingDays"));
        assertEquals(12, all.getInt("p90WorkingDays"));
        assertEquals("4.65", all.get("averageWorkingDays").toString());
        Rest.explainedProblem(central().get("/api/central/procedures/9.999999?kind=MONTH&month=2026-05"), 404);
    }

    @Test
    @Order(5)
    void centralSeesCountsNeverADossierAnApplicantOrAnOfficial() {
        String everything = ok(central().get("/api/central/ranking?kind=MONTH&month=2026-05"), 200).toString()
                + ok(central().get("/api/central/compare?kind=MONTH&month=2026-05&provinces=" + a.code() + ","
                + c.code()), 200)
                + ok(central().get("/api/central/procedures/" + procedure + "?kind=MONTH&month=2026-05"), 200);
        for (String secret : List.of(prefix, "Nguyễn Thị Số", "Trần Văn Năm", "le.thi.c", "pham.van.d")) {
            assertFalse(everything.contains(secret), secret);
        }
    }

    @Test
    @Order(6)
    void onlyCentralAgenciesCompareAndOnlyTheProvincePublishesItsOwn() {
        for (String user : List.of("ha-tinh.admin", "ha-tinh.leader", "ha-tinh.clerk", "ha-tinh.officer")) {
            assertEquals(403, Rest.as(user).get("/api/central/ranking?kind=MONTH&month=2026-05").status(), user);
            assertEquals(403, Rest.as(user).get("/api/central/procedures/" + procedure).status(), user);
        }
        assertEquals(200, Rest.as("admin").get("/api/central/ranking?kind=MONTH&month=2026-05").status());
        assertEquals(401, Http.toSystemUnderTest().get("/api/central/ranking").status());
        for (String user : List.of("central", "admin", "ha-tinh.leader", "ha-tinh.clerk")) {
            assertEquals(403, Rest.as(user).post("/api/index/aggregates", "{" + MAY + "}").status(), user);
        }
        // Hà Tĩnh lists only what Hà Tĩnh published
        JsonObject own = ok(Rest.as("ha-tinh.leader").get("/api/index/aggregates"), 200);
        assertFalse(own.toString().contains(a.slug()) || own.toString().contains(c.slug()), own::toString);
    }
}
