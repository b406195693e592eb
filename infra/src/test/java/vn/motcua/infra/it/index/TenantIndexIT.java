package vn.motcua.infra.it.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The province's own index (tenantIndex, indexPointsLost, indexDrillDown, putIndexInputs, simulateIndex) on a
 * hand-built January 2026 of Quảng Ngãi (no other test puts dossiers in that month): eight dossiers of two units
 * (H48.16 Sở Tư pháp, H48.19 Sở Y tế) and two procedures of 5 working days published in January, A on time and B
 * late. Every figure below is counted by hand.
 *
 * <pre>
 *  # unit   proc ch   received   ended                        digit elec fee       rated  counts for TDGQ
 *  1 H48.16 A    ON   Mon 05/01  processed Wed 07/01, ret. 08/01 yes  yes  50k onl   5     early
 *  2 H48.16 A    IP   Tue 06/01  processed Thu 08/01, ret. 09/01 no   no   -         2     early
 *  3 H48.16 B    IP   Wed 07/01  processed Mon 26/01 (late)      yes  yes  -         -     late
 *  4 H48.19 B    ON   Thu 08/01  two supplement requests, processed Mon 12/01 yes yes 20k desk - early, asked twice
 *  5 H48.19 A    IP   Mon 12/01  open on 31/01, overdue (ends 27/02) no  -   -         -     open overdue
 *  6 H48.19 A    POST Thu 29/01  open on 31/01, within time (ends 02/02) no - -        -     open within time
 *  7 H48.19 A    IP   Mon 19/01  processed Tue 20/01, ret. 21/01 yes  no   -         1     early
 *  8 H48.16 B    ON   Wed 21/01  withdrawn Thu 22/01             no   no   10k onl   -     on time
 * </pre>
 *
 * The publications: A decided Mon 05/01, the act in force Thu 15/01 (9 working days later, on time), on the national
 * database Tue 06/01 (on time); B decided Mon 12/01, in force Thu 15/01 (3 working days: late), on the national
 * database Mon 26/01 (the fifth working day after the decision is Mon 19/01: late).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIndexIT {

    static final String PROVINCE = "quang-ngai";
    static final String U16 = "H48.16";
    static final String U19 = "H48.19";
    static final String JANUARY = "from=2026-01-01&to=2026-01-31";
    static final String PUBLICATION = "2026-09-17";

    static String prefix;
    static String procA;
    static String procB;

    static Http leader() {
        return Rest.as(PROVINCE + ".leader");
    }

    static Http admin() {
        return Rest.as(PROVINCE + ".admin");
    }

    @BeforeAll
    static void importTheScenario() {
        procA = procedure("2026-01-05", "2026-01-15", "2026-01-06");
        procB = procedure("2026-01-12", "2026-01-15", "2026-01-26");
        prefix = ImportFiles.unique("index");
        String b = String.join("\n",
                returned(1, U16, procA, "ONLINE", "2026-01-05T09:00", "2026-01-07T10:00", "2026-01-08T09:00",
                        "\"digitised\":true,\"electronicResult\":true,\"feeTotal\":50000,\"paidOnline\":true,"
                                + "\"satisfaction\":5"),
                returned(2, U16, procA, "IN_PERSON", "2026-01-06T09:00", "2026-01-08T10:00", "2026-01-09T09:00",
                        "\"digitised\":false,\"electronicResult\":false,\"satisfaction\":2"),
                with(line(3, U16, procB, "IN_PERSON", "2026-01-07T09:00", 9, "2026-01-26T10:00", List.of(
                        event("2026-01-07T09:00", "CLERK", "RECEIVE", null, 2, null),
                        event("2026-01-26T10:00", "OFFICER", "COMPLETE_STEP", 2, 9, null))),
                        "\"digitised\":true,\"electronicResult\":true"),
                with(line(4, U19, procB, "ONLINE", "2026-01-08T09:00", 9, "2026-01-12T16:00", List.of(
                        event("2026-01-08T09:00", "CLERK", "RECEIVE", null, 2, null),
                        event("2026-01-09T09:00", "OFFICER", "REQUEST_SUPPLEMENT", 2, 5, "Thiếu bản sao"),
                        event("2026-01-09T14:00", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                        event("2026-01-12T09:00", "OFFICER", "REQUEST_SUPPLEMENT", 4, 5, "Thiếu bản chính"),
                        event("2026-01-12T14:00", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                        event("2026-01-12T16:00", "OFFICER", "COMPLETE_STEP", 4, 9, null))),
                        "\"digitised\":true,\"electronicResult\":true,\"feeTotal\":20000"),
                with(line(5, U19, procA, "IN_PERSON", "2026-01-12T09:00", 9, "2026-02-27T10:00", List.of(
                        event("2026-01-12T09:00", "CLERK", "RECEIVE", null, 2, null),
                        event("2026-02-27T10:00", "OFFICER", "COMPLETE_STEP", 2, 9, null))),
                        "\"digitised\":false"),
                with(line(6, U19, procA, "POSTAL", "2026-01-29T09:00", 9, "2026-02-02T10:00", List.of(
                        event("2026-01-29T09:00", "CLERK", "RECEIVE", null, 2, null),
                        event("2026-02-02T10:00", "OFFICER", "COMPLETE_STEP", 2, 9, null))),
                        "\"digitised\":false"),
                returned(7, U19, procA, "IN_PERSON", "2026-01-19T09:00", "2026-01-20T10:00", "2026-01-21T09:00",
                        "\"digitised\":true,\"electronicResult\":false,\"satisfaction\":1"),
                with(line(8, U16, procB, "ONLINE", "2026-01-21T09:00", 7, null, List.of(
                        event("2026-01-21T09:00", "CLERK", "RECEIVE", null, 2, null),
                        event("2026-01-22T09:00", "CLERK", "WITHDRAW", 2, 7, "Công dân xin rút hồ sơ"))),
                        "\"feeTotal\":10000,\"paidOnline\":true")) + "\n";
        Http.Response r = ImportFiles.post(admin(), prefix, b);
        assertEquals(200, r.status(), r::toString);
        // the publication to compare with (the same file IndexPublicationIT imports: a re-import replaces it)
        Http.Response p = Rest.as("admin").post("/api/index/published-scores?publishedOn=" + PUBLICATION
                + "&period=N%C4%83m%202026", "text/csv", provinces());
        assertEquals(200, p.status(), p::toString);
    }

    // ----- the index, counted by hand -----

    @Test
    @Order(1)
    void eachUnitsMetricsAreItsOwnDossiersCountedByHand() {
        Map<String, JsonObject> units = units(index(leader(), JANUARY));
        // H48.16: handled 1, 2, 3, 8; in time 1, 2, 8; 3 late: 3/4 = 75 % of 20
        assertMetric(units.get(U16), "TDGQ_ON_TIME", 3, 4, "75.0", "15.0", "COMPUTED");
        // online 1, 8 of 4 received: 50 % of 12 = 6
        assertMetric(units.get(U16), "ONLINE", 2, 4, "50.0", "6.0", "COMPUTED");
        // paid online 1, 8 of the fee-bearing 1, 8: 10 of 10
        assertMetric(units.get(U16), "TTTT", 2, 2, "100.0", "10.0", "COMPUTED");
        // electronic results 1, 3 of the finished 1, 2, 3, 8: 50 % of 6
        assertMetric(units.get(U16), "ORIGINAL_RESULT_AVAILABLE", 2, 4, "50.0", "3.0", "COMPUTED");
        assertMetric(units.get(U16), "SO_HOA_GIAY_TO_GIAI_QUYET", 2, 4, "50.0", "2.0", "COMPUTED");
        // 4 handled less 3 late and 2 rated 2: 2/4 = 50 %, full from 90 %: 50 / 90 × 6 = 3.33
        assertMetric(units.get(U16), "DOSSIER_RECEIVING_SATISFACTION", 2, 4, "50.0", "3.33", "COMPUTED");
        // H48.19: handled 4, 5, 6, 7; in time 4, 6, 7 less 4 (asked twice): 2/4
        assertMetric(units.get(U19), "TDGQ_ON_TIME", 2, 4, "50.0", "10.0", "COMPUTED");
        assertMetric(units.get(U19), "ONLINE", 1, 4, "25.0", "3.0", "COMPUTED");
        // 4 is fee-bearing and paid at the desk
        assertMetric(units.get(U19), "TTTT", 0, 1, "0.0", "0.0", "COMPUTED");
        // finished in January: 4 (electronic), 7
        assertMetric(units.get(U19), "ORIGINAL_RESULT_AVAILABLE", 1, 2, "50.0", "3.0", "COMPUTED");
        // 4 handled less 5 overdue, 4 asked twice and 7 rated 1: 1/4 = 25 %: 25 / 90 × 6 = 1.67
        assertMetric(units.get(U19), "DOSSIER_RECEIVING_SATISFACTION", 1, 4, "25.0", "1.67", "COMPUTED");
        // publicity is the province's, the same in every unit: A on time, B late on both
        assertMetric(units.get(U19), "PUBLISH_ON_TIME", 1, 2, "50.0", "3.0", "COMPUTED");
        assertMetric(units.get(U19), "PUBLIC_UPDATE_ON_TIME", 1, 2, "50.0", "2.0", "COMPUTED");
        assertMetric(units.get(U19), "ELECTRONIC_CERTIFIED_COPY", null, null, "100.0", "2.0", "RULE");
        assertMetric(units.get(U19), "PETITION_PROCESSING_ON_TIME", null, null, null, null, "MISSING");
        assertEquals("Sở Y tế - tỉnh Quảng Ngãi", units.get(U19).getString("name"));
        assertEquals("AGENCY", units.get(U19).getString("kind"));
        assertTrue(units.get(U19).getJsonArray("missing").toString().contains("DOSSIER_SYNC"));
        // the shortfall's parts name the drill-down columns
        assertEquals(Map.of("openOverdue", 1, "supplementedTwiceInTime", 1), shortfall(units.get(U19), "TDGQ_ON_TIME"));
    }

    @Test
    @Order(1)
    void theProvinceIsScoredFromTheUnitsSummedCountsNotTheirScores() {
        JsonObject index = index(leader(), JANUARY);
        JsonObject p = index.getJsonObject("province");
        assertEquals("H48", p.getString("code"));
        assertEquals("PROVINCE", p.getString("kind"));
        // 5/8 = 62.5 % of 20 = 12.5, where the mean of the units' scores would also be 12.5 but …
        assertMetric(p, "TDGQ_ON_TIME", 5, 8, "62.5", "12.5", "COMPUTED");
        // … online 3/8 = 37.5 % of 12 = 4.5, where the mean of 6 and 3 would be 4.5, and TTTT 2/3 = 66.67 % → 6.67,
        // where the mean of 10 and 0 would be 5
        assertMetric(p, "ONLINE", 3, 8, "37.5", "4.5", "COMPUTED");
        assertMetric(p, "TTTT", 2, 3, "66.67", "6.67", "COMPUTED");
        // satisfaction 3/8 = 37.5 %: 2.5
        assertMetric(p, "DOSSIER_RECEIVING_SATISFACTION", 3, 8, "37.5", "2.5", "COMPUTED");
        JsonObject groups = p.getJsonObject("groups");
        assertEquals("12.5", groups.get("TDGQ").toString());
        assertEquals("4.5", groups.get("ONLINE").toString());
        assertEquals("6.67", groups.get("TTTT").toString());
        // 3 + 2 + 2 (electronic certified copies: full by rule) and nothing entered yet
        assertEquals("7.0", groups.get("MDSH").toString());
        assertEquals("2.5", groups.get("MDHL").toString());
        // publicity 3 + 2, plus whatever the catalog's content completeness gives
        assertEquals(5.0, groups.getJsonNumber("CKMB").doubleValue() - score(p, "PUBLIC_CONTENT_FULL"), 1e-9);
        // below every published province: last of 34
        JsonObject standing = index.getJsonObject("standing");
        assertEquals("2026-09-17", standing.getString("publishedOn"));
        assertEquals(34, standing.getInt("place"));
        assertEquals(34, standing.getInt("of"));
        assertEquals("57.36", standing.get("publishedTotal").toString());
        assertEquals(31, standing.getInt("publishedPlace"));
    }

    // ----- who costs points, and the dossiers behind -----

    @Test
    @Order(1)
    void everyShortfallOpensOnItsDossiers() {
        assertEquals(List.of(code(3)), drill("TDGQ_ON_TIME", "finishedLate", ""));
        assertEquals(List.of(code(5)), drill("TDGQ_ON_TIME", "openOverdue", "&unitCode=" + U19));
        assertEquals(List.of(code(4)), drill("TDGQ_ON_TIME", "supplementedTwiceInTime", ""));
        assertEquals(List.of(code(2), code(5), code(8), code(6)), drill("SO_HOA_GIAY_TO_GIAI_QUYET", "notDigitised",
                ""));
        assertEquals(List.of(code(2), code(8)), drill("SO_HOA_GIAY_TO_GIAI_QUYET", "notDigitised",
                "&unitCode=" + U16));
        assertEquals(List.of(code(2), code(7), code(8)), drill("ORIGINAL_RESULT_AVAILABLE", "withoutElectronicResult",
                ""));
        assertEquals(List.of(code(4)), drill("TTTT", "notPaidOnline", ""));
        assertEquals(List.of(code(6)), drill("ONLINE", "receivedPostal", "&procedureCode=" + procA));
        assertEquals(List.of(code(7)), drill("DOSSIER_RECEIVING_SATISFACTION", "rated1", ""));
        // a column that is not the metric's, a metric not counted from dossiers: refused, naming the choices
        JsonObject wrong = Rest.explainedProblem(leader().get("/api/index/drill-down?" + JANUARY
                + "&metric=TDGQ_ON_TIME&column=notDigitised"), 400);
        assertTrue(wrong.toString().contains("supplementedTwiceInTime"), wrong::toString);
        Rest.explainedProblem(leader().get("/api/index/drill-down?" + JANUARY + "&metric=DOSSIER_SYNC&column=x"), 400);
    }

    @Test
    @Order(1)
    void theUnitsThatCostTheMostPointsFirstTheirSharesAddingUpToWhatEachMetricLost() {
        JsonObject list = Rest.object(leader().get("/api/index/points-lost?" + JANUARY + "&by=UNIT"));
        List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
        // H48.19: TDGQ 7.5 × 2/3 = 5, online 7.5 × 3/5 = 4.5, TTTT 3.33 (all of it), electronic results 3 × 1/3 = 1,
        // digitised 2 × 2/4 = 1, satisfaction 3.5 × 3/5 = 2.1: 16.93
        assertEquals(U19, items.get(0).getString("key"));
        assertEquals("16.93", items.get(0).get("points").toString());
        assertEquals("5.0", items.get(0).getJsonObject("pointsByMetric").get("TDGQ_ON_TIME").toString());
        assertEquals(2, items.get(0).getJsonObject("shortfall").getInt("TDGQ_ON_TIME"));
        // H48.16: 2.5 + 3 + 2 + 1 + 1.4 = 9.9
        assertEquals(U16, items.get(1).getString("key"));
        assertEquals("9.9", items.get(1).get("points").toString());
        assertEquals("Sở Tư pháp - tỉnh Quảng Ngãi", items.get(1).getString("name"));
        assertEquals(2, items.size(), "no other unit of Quảng Ngãi has a dossier in January");
    }

    @Test
    @Order(1)
    void theProceduresThatCostTheMostPointsIncludingLatePublication() {
        JsonObject list = Rest.object(leader().get("/api/index/points-lost?" + JANUARY + "&by=PROCEDURE&limit=50"));
        Map<String, JsonObject> byKey = new LinkedHashMap<>();
        list.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> byKey.put(i.getString("key"), i));
        // B: TDGQ 7.5 × 2/3 = 5, online 7.5 × 1/5 = 1.5, TTTT 3.33, electronic 3 × 1/3 = 1, digitised 2 × 1/4 = 0.5,
        // satisfaction 3.5 × 2/5 = 1.4, published late 3 (all of PUBLISH_ON_TIME's loss), late on the national
        // database 2: 17.73
        assertEquals("17.73", byKey.get(procB).get("points").toString());
        assertEquals("3.0", byKey.get(procB).getJsonObject("pointsByMetric").get("PUBLISH_ON_TIME").toString());
        // A: TDGQ 2.5, online 6, electronic 2, digitised 1.5, satisfaction 2.1: 14.1
        assertEquals("14.1", byKey.get(procA).get("points").toString());
        List<String> order = List.copyOf(byKey.keySet());
        assertTrue(order.indexOf(procB) < order.indexOf(procA), order::toString);
        // the ten that cost the most: at most ten lines
        assertTrue(Rest.object(leader().get("/api/index/points-lost?" + JANUARY + "&by=PROCEDURE&limit=10"))
                .getJsonArray("items").size() <= 10);
        Rest.explainedProblem(leader().get("/api/index/points-lost?" + JANUARY + "&by=FIELD"), 400);
    }

    // ----- entered inputs, then the what-if -----

    @Test
    @Order(2)
    void enteredInputsCountMarkedAsEnteredAndBadOnesChangeNothing() {
        String url = "/api/index/inputs?" + JANUARY;
        // a computed metric, a province-level one given a unit, an unknown unit: all refused, nothing stored
        JsonObject refused = Rest.explainedProblem(admin().put(url, "{\"inputs\":["
                + "{\"unitCode\":\"" + U16 + "\",\"metricCode\":\"TDGQ_ON_TIME\",\"numerator\":4,\"denominator\":4},"
                + "{\"unitCode\":\"" + U16 + "\",\"metricCode\":\"PUBLISH_ON_TIME\",\"numerator\":1,\"denominator\":1},"
                + "{\"unitCode\":\"H48.99\",\"metricCode\":\"DOSSIER_SYNC\",\"numerator\":1,\"denominator\":1},"
                + "{\"unitCode\":\"" + U16 + "\",\"metricCode\":\"DOSSIER_SYNC\",\"numerator\":5,\"denominator\":4}]}"),
                400);
        String errors = refused.toString();
        assertTrue(errors.contains("inputs[0].metricCode") && errors.contains("inputs[1]")
                && errors.contains("inputs[2].unitCode") && errors.contains("inputs[3].numerator"), errors);
        assertEquals(0, Rest.object(leader().get(url)).getJsonArray("inputs").size());
        assertEquals(403, leader().put(url, "{\"inputs\":[]}").status(), "entering is the administrator's");

        JsonObject stored = Rest.object(admin().put(url, "{\"inputs\":["
                + "{\"unitCode\":\"" + U16 + "\",\"metricCode\":\"DOSSIER_SYNC\",\"numerator\":4,\"denominator\":4},"
                + "{\"unitCode\":\"" + U19 + "\",\"metricCode\":\"DOSSIER_SYNC\",\"numerator\":2,\"denominator\":4},"
                + "{\"unitCode\":\"" + U16 + "\",\"metricCode\":\"PETITION_PROCESSING_ON_TIME\",\"numerator\":3,"
                + "\"denominator\":4,\"note\":\"Sổ theo dõi phản ánh, kiến nghị tháng 01/2026\"}]}"));
        assertEquals(3, stored.getJsonArray("inputs").size());
        assertTrue(stored.getJsonArray("enterable").toString().contains("PETITION_HANDLING_SATISFACTION"));
        assertTrue(!stored.getJsonArray("enterable").toString().contains("TDGQ_ON_TIME"));

        Map<String, JsonObject> units = units(index(leader(), JANUARY));
        assertMetric(units.get(U16), "DOSSIER_SYNC", 4, 4, "100.0", "6.0", "ENTERED");
        assertMetric(units.get(U16), "PETITION_PROCESSING_ON_TIME", 3, 4, "75.0", "4.5", "ENTERED");
        assertTrue(units.get(U16).getJsonArray("entered").toString().contains("DOSSIER_SYNC"));
        JsonObject p = index(leader(), JANUARY).getJsonObject("province");
        // pooled: 6/8 = 75 % of 6 = 4.5
        assertMetric(p, "DOSSIER_SYNC", 6, 8, "75.0", "4.5", "ENTERED");
        // MDHL: satisfaction 2.5 + petitions 4.5
        assertEquals("7.0", p.getJsonObject("groups").get("MDHL").toString());
        // entering the same again replaces, and counts what it replaced
        assertEquals(3, Rest.object(admin().put(url, stored.toString().replace("\"replaced\":null", "\"x\":0")))
                .getInt("replaced"));
    }

    @Test
    @Order(3)
    void aWhatIfMovesTheUnitTheProvinceAndItsPlaceAndWritesNothing() {
        String body = "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\",\"comparedWith\":\"" + PUBLICATION + "\","
                + "\"changes\":[{\"unitCode\":\"" + U19 + "\",\"metricCode\":\"TDGQ_ON_TIME\",\"numerator\":4,"
                + "\"denominator\":4},{\"metricCode\":\"PUBLISH_ON_TIME\",\"numerator\":2,\"denominator\":2},"
                + "{\"metricCode\":\"PUBLIC_CONTENT_FULL\",\"numerator\":1,\"denominator\":1}]}";
        JsonObject sim = Rest.object(leader().post("/api/index/simulate", body));
        JsonObject after = sim.getJsonObject("after");
        assertMetric(units(after).get(U19), "TDGQ_ON_TIME", 4, 4, "100.0", "20.0", "SIMULATED");
        JsonObject p = after.getJsonObject("province");
        // 7/8 = 87.5 % of 20 = 17.5
        assertMetric(p, "TDGQ_ON_TIME", 7, 8, "87.5", "17.5", "SIMULATED");
        // CKMB 6 + 2 + 2 + 4.5 = 14.5; TDGQ 17.5; ONLINE 4.5; TTTT 6.67; MDSH 7; MDHL 7: 57.17
        assertEquals("14.5", p.getJsonObject("groups").get("CKMB").toString());
        assertEquals("57.17", p.get("total").toString());
        // between Hưng Yên (57.41, 30th) and Hà Tĩnh (56.94): 31st of 34, where its published 57.36 stood
        assertEquals(31, after.getJsonObject("standing").getInt("place"));
        assertEquals(34, sim.getJsonObject("before").getJsonObject("standing").getInt("place"));
        // nothing was written: the index is as before
        assertMetric(units(index(leader(), JANUARY)).get(U19), "TDGQ_ON_TIME", 2, 4, "50.0", "10.0", "COMPUTED");
        // bad changes: refused, each named
        JsonObject refused = Rest.explainedProblem(leader().post("/api/index/simulate", "{\"from\":\"2026-01-01\","
                + "\"to\":\"2026-01-31\",\"changes\":[{\"unitCode\":\"H48.99\",\"metricCode\":\"TDGQ_ON_TIME\","
                + "\"numerator\":1,\"denominator\":1},{\"metricCode\":\"NO_SUCH\",\"numerator\":1,\"denominator\":1},"
                + "{\"unitCode\":\"" + U16 + "\",\"metricCode\":\"ONLINE\",\"numerator\":3,\"denominator\":2}]}"), 400);
        assertTrue(refused.toString().contains("changes[0].unitCode") && refused.toString().contains("changes[1]")
                && refused.toString().contains("changes[2].numerator"), refused::toString);
        Rest.explainedProblem(leader().get("/api/index/province?" + JANUARY + "&comparedWith=2026-09-30"), 404);
    }

    // ----- index targets -----

    @Test
    @Order(4)
    void indexTargetsHaveTheirActualScoreAndTheUnitsShortOfThem() {
        JsonObject year = Rest.object(admin().get("/api/targets/2026"));
        // the demo's on-time target kept; the province's TDGQ ≥ 18 and H48.16's ≥ 14, both due on 31/01/2026
        Http.Response put = admin().put("/api/targets/2026", "{\"version\":" + year.getJsonNumber("version")
                + ",\"targets\":[{\"metric\":\"ON_TIME_RATE\",\"targetValue\":95,\"direction\":\"AT_LEAST\"},"
                + "{\"metric\":\"INDEX_GROUP_SCORE\",\"groupCode\":\"TDGQ\",\"targetValue\":18,"
                + "\"direction\":\"AT_LEAST\",\"deadline\":\"2026-01-31\"},"
                + "{\"unitRef\":\"" + U16 + "\",\"metric\":\"INDEX_GROUP_SCORE\",\"groupCode\":\"TDGQ\","
                + "\"targetValue\":14,\"direction\":\"AT_LEAST\",\"deadline\":\"2026-01-31\"}]}");
        assertEquals(200, put.status(), put::toString);
        JsonObject status = Rest.object(leader().get("/api/reports/targets?year=2026&asOf=2026-06-30"));
        List<JsonObject> targets = status.getJsonArray("targets").getValuesAs(JsonObject.class);
        JsonObject province = targets.stream().filter(t -> "TDGQ".equals(t.getString("groupCode", null))
                && Rest.isNull(t, "unitRef")).findFirst().orElseThrow();
        // January's TDGQ: 12.5 of the 18 aimed at, the deadline past: missed by 5.5
        assertEquals("MISSED", province.getString("status"));
        assertEquals("12.5", province.get("actualScore").toString());
        assertEquals("5.5", province.get("shortByPoints").toString());
        assertEquals(List.of("2026-01"), province.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("month")).toList());
        // the units short of it, the most points short first; no unit without dossiers is listed
        List<JsonObject> units = province.getJsonArray("unitsAtRisk").getValuesAs(JsonObject.class);
        assertEquals(List.of(U19, U16), units.stream().map(u -> u.getString("code")).toList());
        assertEquals("8.0", units.get(0).get("shortByPoints").toString());
        JsonObject unit = targets.stream().filter(t -> U16.equals(t.getString("unitRef", null))).findFirst()
                .orElseThrow();
        assertEquals("MET", unit.getString("status"));
        assertEquals("15.0", unit.get("actualScore").toString());
    }

    // ----- who, and from where -----

    @Test
    @Order(1)
    void onlyTheProvincesReadersAndNeverAnotherProvincesDossiers() {
        for (String user : List.of(PROVINCE + ".clerk", PROVINCE + ".officer", "central", "admin")) {
            assertEquals(403, Rest.as(user).get("/api/index/province?" + JANUARY).status(), user);
        }
        assertEquals(401, Http.toSystemUnderTest().get("/api/index/province?" + JANUARY).status());
        // Hà Tĩnh's index for the same month knows nothing of Quảng Ngãi's units or dossiers
        JsonObject other = index(Rest.as("ha-tinh.leader"), JANUARY);
        assertEquals("H27", other.getJsonObject("province").getString("code"));
        assertTrue(!other.toString().contains("H48."), "no unit of Quảng Ngãi");
        JsonObject none = Rest.object(Rest.as("ha-tinh.leader").get("/api/index/drill-down?" + JANUARY
                + "&metric=TDGQ_ON_TIME&column=supplementedTwiceInTime&unitCode=" + U19));
        assertEquals(0, none.getInt("total"));
        assertEquals(0, none.getJsonArray("items").size());
    }

    // ----- helpers -----

    static JsonObject index(Http http, String query) {
        Http.Response r = http.get("/api/index/province?" + query + "&comparedWith=" + PUBLICATION);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static Map<String, JsonObject> units(JsonObject index) {
        Map<String, JsonObject> m = new LinkedHashMap<>();
        index.getJsonArray("units").getValuesAs(JsonObject.class).forEach(u -> m.put(u.getString("code"), u));
        return m;
    }

    static JsonObject metric(JsonObject unit, String code) {
        return unit.getJsonArray("metrics").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    static double score(JsonObject unit, String code) {
        JsonObject m = metric(unit, code);
        return Rest.isNull(m, "score") ? 0 : m.getJsonNumber("score").doubleValue();
    }

    static void assertMetric(JsonObject unit, String code, Integer numerator, Integer denominator, String ratio,
                             String score, String source) {
        JsonObject m = metric(unit, code);
        String at = unit.getString("code") + " " + code + ": " + m;
        assertEquals(numerator == null ? "null" : numerator.toString(), String.valueOf(m.get("numerator")), at);
        assertEquals(denominator == null ? "null" : denominator.toString(), String.valueOf(m.get("denominator")), at);
        assertEquals(ratio == null ? "null" : ratio, String.valueOf(m.get("ratioPct")), at);
        assertEquals(score == null ? "null" : score, String.valueOf(m.get("score")), at);
        assertEquals(source, m.getString("source"), at);
    }

    static Map<String, Integer> shortfall(JsonObject unit, String code) {
        Map<String, Integer> m = new LinkedHashMap<>();
        metric(unit, code).getJsonArray("shortfall").getValuesAs(JsonObject.class)
                .forEach(s -> m.put(s.getString("column"), s.getInt("count")));
        return m;
    }

    static List<String> drill(String metric, String column, String scope) {
        JsonObject list = Rest.object(leader().get("/api/index/drill-down?" + JANUARY + "&metric=" + metric
                + "&column=" + column + scope));
        List<String> codes = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("code")).toList();
        assertEquals(list.getInt("total"), codes.size(), "the list's total is its dossiers");
        return codes;
    }

    static String code(int i) {
        return ImportFiles.code(prefix, i);
    }

    static String line(int i, String unit, String procedure, String channel, String received, int status,
                       String processed, List<String> events) {
        return TimelinessReportIT.line(code(i), procedure, "H48.30", unit, channel, "Võ Thị Chỉ Số " + i, received,
                status, processed, events);
    }

    static String with(String line, String extra) {
        return line.substring(0, line.length() - 1) + "," + extra + "}";
    }

    static String returned(int i, String unit, String procedure, String channel, String received, String processed,
                           String returnedAt, String extra) {
        return with(line(i, unit, procedure, channel, received, 10, processed, List.of(
                        event(received, "CLERK", "RECEIVE", null, 2, null),
                        event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null),
                        event(returnedAt, "CLERK", "RETURN_RESULT", 9, 10, null))),
                "\"returnedAt\":\"" + returnedAt + ":00+07:00\"," + extra);
    }

    /** A procedure of 5 working days decided, in force and on the national database on the days given. */
    static String procedure(String decided, String effective, String nationalDb) {
        String code = "1.9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Http.Response r = admin().post("/api/procedures", "{\"code\":\"" + code + "\",\"name\":\"Thủ tục chỉ số "
                + code + "\",\"field\":\"HO_TICH\",\"levels\":[\"PROVINCE\"],\"time\":{\"value\":5,"
                + "\"unit\":\"WORKING_DAYS\"},\"onlineKind\":\"PARTIAL\","
                + "\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\",\"sharePercent\":20},{\"name\":\"Giải quyết\",\"sharePercent\":80}],"
                + "\"publication\":{\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"" + decided + "\","
                + "\"effectiveDate\":\"" + effective + "\",\"nationalDbDate\":\"" + nationalDb + "\"},"
                + "\"versionValidFrom\":\"2025-01-01\"}");
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    static String provinces() {
        try (InputStream in = TenantIndexIT.class.getResourceAsStream("/index766/provinces-2026-09-17.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
