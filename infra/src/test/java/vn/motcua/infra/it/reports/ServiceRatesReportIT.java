package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertNames;
import static vn.motcua.infra.it.reports.TimelinessReportIT.codes;
import static vn.motcua.infra.it.reports.TimelinessReportIT.drill;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;
import static vn.motcua.infra.it.reports.TimelinessReportIT.rows;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * The service rates report on a hand-built scenario imported with its events into Quảng Ngãi (June 2026, away from
 * the timeliness scenario's autumn): ten dossiers of two units (H48.16 Sở Tư pháp, H48.19 Sở Y tế) and two
 * procedures of 5 working days (A: HO_TICH, B: DUOC), received at 09:00. Receipt counters fall on the receipt day,
 * finish counters on the day the dossier counts as finished in table 06a, ratings on the rating day (the day the
 * result was returned, as the import records a rating without a RATE event).
 *
 * <pre>
 *  #  unit   proc ch    received  finished              rated      digit fee      suppl apology elec  score
 *  1  H48.16 A    ON    Mon 01/06 processed Wed 03/06   Thu 04/06  yes   50k onl  -     -       yes   5
 *  2  H48.16 A    IP    Tue 02/06 processed Tue 09/06   Wed 10/06  yes   20k desk -     -       no    4
 *  3  H48.16 B    POST  Wed 03/06 late Mon 15/06        Tue 16/06  no    -        -     -       -     2
 *  4  H48.19 B    IP    Thu 04/06 late Wed 17/06        -          yes   -        2     12/06   yes   -
 *  5  H48.19 A    ON    Fri 05/06 withdrawn Tue 09/06   -          no    30k onl  -     -       -     -
 *  6  H48.19 A    IP    Mon 08/06 late Wed 01/07        -          yes   -        -     -       -     -
 *  7  H48.16 A    ON    Thu 28/05 processed Tue 02/06   Wed 03/06  yes   10k onl  1     -       yes   3
 *  8  H48.19 B    POST  Mon 22/06 late Tue 30/06        Wed 01/07  no    10k desk -     -       no    1
 *  9  H48.16 B    IP    Mon 15/06 processed Tue 16/06   Wed 17/06  yes   -        -     -       yes   5
 * 10  H48.19 A    IP    Mon 18/05 processed Wed 20/05   Mon 01/06  no    -        -     -       no    4
 * </pre>
 */
class ServiceRatesReportIT {

    static final String PROVINCE = "quang-ngai";
    static final String U16 = "H48.16";
    static final String U19 = "H48.19";
    static final String JUNE = "from=2026-06-01&to=2026-06-30";
    static final String MAY = "from=2026-05-01&to=2026-05-31";
    static final String MAY_TO_JULY = "from=2026-05-01&to=2026-07-31";
    /** The count fields, in the order of {@link #assertCounts}. */
    static final List<String> COUNTS = List.of("received", "receivedOnline", "receivedInPerson", "receivedPostal",
            "digitised", "feeBearing", "paidOnline", "finishedTotal", "electronicResults", "supplementedOnce",
            "supplementedTwice", "apologised", "lateWithoutApology", "rated", "rated1", "rated2", "rated3", "rated4",
            "rated5", "satisfied");
    /** The rate fields, in the order of {@link #assertRates}. */
    static final List<String> RATES = List.of("onlineShare", "postalShare", "digitisationRate", "onlinePaymentRate",
            "electronicResultRate", "satisfactionAverage", "satisfiedRate");

    static String prefix;
    static String procA;
    static String procB;

    static Http leader() {
        return Rest.as(PROVINCE + ".leader");
    }

    @BeforeAll
    static void importTheScenario() {
        String admin = PROVINCE + ".admin";
        procA = TimelinessReportIT.procedure(admin, "HO_TICH");
        procB = TimelinessReportIT.procedure(admin, "DUOC");
        prefix = ImportFiles.unique("rates");
        String b = String.join("\n",
                returned(1, U16, procA, "ONLINE", "2026-06-01T09:00", "2026-06-03T15:00", "2026-06-04T10:00",
                        "\"digitised\":true,\"feeTotal\":50000,\"paidOnline\":true,\"electronicResult\":true,"
                                + "\"returnMethod\":\"ONLINE\",\"satisfaction\":5"),
                returned(2, U16, procA, "IN_PERSON", "2026-06-02T09:00", "2026-06-09T08:30", "2026-06-10T09:00",
                        "\"digitised\":true,\"feeTotal\":20000,\"electronicResult\":false,\"satisfaction\":4"),
                returned(3, U16, procB, "POSTAL", "2026-06-03T09:00", "2026-06-15T10:00", "2026-06-16T09:00",
                        "\"satisfaction\":2"),
                with(TimelinessReportIT.line(code(4), procB, "H48.30", U19, "IN_PERSON", "Võ Thị Tỉ Lệ 4",
                        "2026-06-04T09:00", 9, "2026-06-17T10:00", List.of(
                                event("2026-06-04T09:00", "CLERK", "RECEIVE", null, 2, null),
                                event("2026-06-05T09:00", "OFFICER", "REQUEST_SUPPLEMENT", 2, 5, "Thiếu bản sao"),
                                event("2026-06-08T09:00", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                                event("2026-06-09T09:00", "OFFICER", "REQUEST_SUPPLEMENT", 4, 5, "Thiếu bản chính"),
                                event("2026-06-10T09:00", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                                event("2026-06-17T10:00", "OFFICER", "COMPLETE_STEP", 4, 9, null))),
                        "\"digitised\":true,\"electronicResult\":true,\"apology\":{\"at\":\"2026-06-12T10:00:00+07:00\","
                                + "\"reason\":\"Hồ sơ phải bổ sung hai lần\"}"),
                with(TimelinessReportIT.line(code(5), procA, "H48.30", U19, "ONLINE", "Võ Thị Tỉ Lệ 5",
                        "2026-06-05T09:00", 7, null, List.of(
                                event("2026-06-05T09:00", "CLERK", "RECEIVE", null, 2, null),
                                event("2026-06-09T10:00", "CLERK", "WITHDRAW", 2, 7, "Công dân xin rút hồ sơ"))),
                        "\"feeTotal\":30000,\"paidOnline\":true"),
                // finished in July: a dossier left open would be carried over into TimelinessReportIT's months
                with(TimelinessReportIT.line(code(6), procA, "H48.30", U19, "IN_PERSON", "Võ Thị Tỉ Lệ 6",
                        "2026-06-08T09:00", 9, "2026-07-01T10:00", List.of(
                                event("2026-06-08T09:00", "CLERK", "RECEIVE", null, 2, null),
                                event("2026-07-01T10:00", "OFFICER", "COMPLETE_STEP", 2, 9, null))),
                        "\"digitised\":true"),
                with(TimelinessReportIT.line(code(7), procA, "H48.30", U16, "ONLINE", "Võ Thị Tỉ Lệ 7",
                        "2026-05-28T09:00", 10, "2026-06-02T10:00", List.of(
                                event("2026-05-28T09:00", "CLERK", "RECEIVE", null, 2, null),
                                event("2026-05-29T09:00", "OFFICER", "REQUEST_SUPPLEMENT", 2, 5, "Thiếu bản sao"),
                                event("2026-06-01T09:00", "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                                event("2026-06-02T10:00", "OFFICER", "COMPLETE_STEP", 4, 9, null),
                                event("2026-06-03T09:00", "CLERK", "RETURN_RESULT", 9, 10, null))),
                        "\"returnedAt\":\"2026-06-03T09:00:00+07:00\",\"digitised\":true,\"feeTotal\":10000,"
                                + "\"paidOnline\":true,\"electronicResult\":true,\"satisfaction\":3"),
                returned(8, U19, procB, "POSTAL", "2026-06-22T09:00", "2026-06-30T10:00", "2026-07-01T09:00",
                        "\"feeTotal\":10000,\"electronicResult\":false,\"satisfaction\":1"),
                returned(9, U16, procB, "IN_PERSON", "2026-06-15T09:00", "2026-06-16T10:00", "2026-06-17T09:00",
                        "\"digitised\":true,\"electronicResult\":true,\"satisfaction\":5"),
                returned(10, U19, procA, "IN_PERSON", "2026-05-18T09:00", "2026-05-20T10:00", "2026-06-01T09:00",
                        "\"electronicResult\":false,\"satisfaction\":4")) + "\n";
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    // ----- the numbers, by hand -----

    @Test
    void theMonthPerUnitCountsEveryColumnByHand() {
        JsonObject report = rates(leader(), JUNE + "&groupBy=UNIT");
        assertEquals("UNIT", report.getString("groupBy"));
        assertEquals("AS_WAS", report.getString("unitView"));
        Map<String, JsonObject> rows = rows(report);
        // H48.16: received 1 online, 2 and 9 in person, 3 by post; 1, 2, 9 digitised; 1, 2 fee-bearing, 1 paid
        // online; finished 7 (02/06), 1, 2, 3, 9; electronic 1, 7, 9; 7 supplemented once; 3 late without apology;
        // rated 7 (3), 1 (5), 2 (4), 3 (2), 9 (5): 19 / 5
        assertCounts(rows.get(U16), 4, 1, 2, 1, 3, 2, 1, 5, 3, 1, 0, 0, 1, 5, 0, 1, 1, 1, 2, 3);
        assertRates(rows.get(U16), "25.00", "25.00", "75.00", "50.00", "60.00", "3.80", "60.00");
        assertEquals("Sở Tư pháp - tỉnh Quảng Ngãi", rows.get(U16).getString("name"));
        // H48.19: received 4, 6 in person, 5 online, 8 by post; 4, 6 digitised; 5, 8 fee-bearing, 5 paid online;
        // finished 5 (withdrawn), 4, 8; electronic 4; 4 supplemented twice and apologised; 8 late without apology;
        // rated 10 (4) on 01/06 (8 is rated in July)
        assertCounts(rows.get(U19), 4, 1, 2, 1, 2, 2, 1, 3, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 1);
        assertRates(rows.get(U19), "25.00", "25.00", "50.00", "50.00", "33.33", "4.00", "100.00");
        assertEquals(2, rows.size(), "only the scenario's units have dossiers in Quảng Ngãi in June: " + rows.keySet());
        // the total's rates are those of the summed counts: 5 / 8 digitised, 23 / 6 the average
        assertCounts(report.getJsonObject("total"), 8, 2, 4, 2, 5, 4, 2, 8, 4, 2, 1, 1, 2, 6, 0, 1, 1, 2, 2, 4);
        assertRates(report.getJsonObject("total"), "25.00", "25.00", "62.50", "50.00", "50.00", "3.83", "66.67");
    }

    @Test
    void thePreviousMonthHasItsOwnDaysAndAbsentRatesWhereNothingDivides() {
        JsonObject total = rates(leader(), MAY).getJsonObject("total");
        // received 10 in person, 7 online (digitised, fee paid online); finished 10, no electronic result; no rating
        assertCounts(total, 2, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRates(total, "50.00", "0.00", "50.00", "100.00", "0.00", null, null);
    }

    @Test
    void perMonthEveryMonthIsARowAndTheTotalAddsThemUp() {
        JsonObject report = rates(leader(), MAY_TO_JULY + "&groupBy=MONTH");
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of("2026-05", "2026-06", "2026-07"), new ArrayList<>(rows.keySet()));
        assertEquals("Tháng 07/2026", rows.get("2026-07").getString("name"));
        // July: 6 finished late without apology, 8 rated 1
        assertCounts(rows.get("2026-07"), 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0);
        assertRates(rows.get("2026-07"), null, null, null, null, "0.00", "1.00", "0.00");
        assertCounts(report.getJsonObject("total"), 10, 3, 5, 2, 6, 5, 3, 10, 4, 2, 1, 1, 3, 7, 1, 1, 1, 2, 2, 4);
        // 24 / 7 = 3.43
        assertRates(report.getJsonObject("total"), "30.00", "20.00", "60.00", "60.00", "40.00", "3.43", "57.14");
    }

    @Test
    void perFieldAndScopedToAProcedure() {
        Map<String, JsonObject> fields = rows(rates(leader(), JUNE + "&groupBy=FIELD"));
        // DUOC (B): 4, 9 in person, 3, 8 by post; 4, 9 digitised; 8 fee-bearing; finished 3, 4, 9, 8; electronic
        // 4, 9; 4 twice; 4 apologised; 3, 8 late without; rated 3 (2), 9 (5)
        assertCounts(fields.get("DUOC"), 4, 0, 2, 2, 2, 1, 0, 4, 2, 1, 1, 1, 2, 2, 0, 1, 0, 0, 1, 1);
        assertRates(fields.get("DUOC"), "0.00", "50.00", "50.00", "0.00", "50.00", "3.50", "50.00");
        assertEquals("Dược phẩm", fields.get("DUOC").getString("name"));
        // HO_TICH (A): 1, 5 online, 2, 6 in person; rated 10 (4), 7 (3), 1 (5), 2 (4): 16 / 4
        assertCounts(fields.get("HO_TICH"), 4, 2, 2, 0, 3, 3, 2, 4, 2, 1, 0, 0, 0, 4, 0, 0, 1, 2, 1, 3);
        assertCounts(rates(leader(), JUNE + "&procedureCode=" + procA).getJsonObject("total"),
                4, 2, 2, 0, 3, 3, 2, 4, 2, 1, 0, 0, 0, 4, 0, 0, 1, 2, 1, 3);
        assertCounts(rates(leader(), JUNE + "&unitCode=" + U19).getJsonObject("total"),
                4, 1, 2, 1, 2, 2, 1, 3, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 1);
    }

    @Test
    void unitsAsTheyAreNowGiveTheSameProvinceTotal() {
        // Quảng Ngãi's two departments are units of today: the same rows, and the same total as units as they were
        JsonObject asIs = rates(leader(), JUNE + "&groupBy=UNIT&unitView=AS_IS");
        assertEquals("AS_IS", asIs.getString("unitView"));
        assertCounts(rows(asIs).get(U19), 4, 1, 2, 1, 2, 2, 1, 3, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 1);
        assertCounts(asIs.getJsonObject("total"), 8, 2, 4, 2, 5, 4, 2, 8, 4, 2, 1, 1, 2, 6, 0, 1, 1, 2, 2, 4);
        assertEquals(1, drill(leader(), JUNE + "&groupBy=UNIT&unitView=AS_IS&key=" + U19 + "&column=apologised")
                .getInt("total"));
    }

    // ----- every count opens the list of its dossiers -----

    @Test
    void everyCountOfTheMonthPerUnitOpensAListOfThatManyDossiers() {
        Map<String, JsonObject> rows = rows(rates(leader(), JUNE + "&groupBy=UNIT"));
        for (String unit : List.of(U16, U19)) {
            for (String column : COUNTS) {
                JsonObject list = drill(leader(), JUNE + "&groupBy=UNIT&key=" + unit + "&column=" + column);
                assertEquals(rows.get(unit).getJsonNumber(column).longValue(), list.getJsonNumber("total").longValue(),
                        unit + " " + column);
                assertEquals(list.getInt("total"), list.getJsonArray("items").size());
            }
        }
        JsonObject total = rates(leader(), JUNE).getJsonObject("total");
        for (String column : COUNTS) {
            assertEquals(total.getJsonNumber(column).longValue(),
                    drill(leader(), JUNE + "&column=" + column).getJsonNumber("total").longValue(), column);
        }
        assertEquals(List.of(code(4)), codes(drill(leader(), JUNE + "&groupBy=UNIT&key=" + U19
                + "&column=supplementedTwice")));
        assertEquals(List.of(code(3), code(8)), codes(drill(leader(), JUNE + "&column=lateWithoutApology")));
        assertEquals(List.of(code(10), code(2)), codes(drill(leader(), JUNE + "&column=rated4")));
        // 7 was received (and paid online) in May, though it finished in June
        assertEquals(List.of(code(7)), codes(drill(leader(), MAY_TO_JULY + "&groupBy=MONTH&key=2026-05"
                + "&column=paidOnline")));
        assertEquals(List.of(code(8)), codes(drill(leader(), MAY_TO_JULY + "&groupBy=MONTH&key=2026-07&column=rated1")));
        assertEquals(List.of(code(6)), codes(drill(leader(), MAY_TO_JULY + "&groupBy=MONTH&key=2026-07"
                + "&column=lateWithoutApology")));
        assertEquals(List.of(code(4), code(9)), codes(drill(leader(), JUNE + "&groupBy=FIELD&key=DUOC"
                + "&column=electronicResults")));
    }

    // ----- who sees what -----

    @Test
    void anotherProvinceSeesNoneOfIt() {
        Http other = Rest.as("ha-tinh.admin");
        JsonObject report = rates(other, MAY_TO_JULY + "&groupBy=UNIT");
        for (JsonValue v : report.getJsonArray("rows")) {
            assertTrue(!v.asJsonObject().getString("key").startsWith("H48"), report.toString());
        }
        assertCounts(rates(other, MAY_TO_JULY + "&unitCode=" + U19).getJsonObject("total"),
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertCounts(rates(other, MAY_TO_JULY + "&procedureCode=" + procA).getJsonObject("total"),
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(0, drill(other, JUNE + "&groupBy=UNIT&key=" + U19 + "&column=digitised").getInt("total"));
        JsonObject all = drill(other, MAY_TO_JULY + "&column=rated&size=500");
        for (JsonValue v : all.getJsonArray("items")) {
            assertTrue(!v.asJsonObject().getString("code").startsWith(prefix), all.toString());
        }
    }

    @Test
    void administratorsAndLeadersReadOthersAreRefused() {
        assertEquals(200, Rest.as(PROVINCE + ".admin").get("/api/reports/service-rates?" + JUNE).status());
        for (String user : List.of("central", PROVINCE + ".clerk", PROVINCE + ".officer", "admin")) {
            Rest.problem(Rest.as(user).get("/api/reports/service-rates?" + JUNE), 403);
            Rest.problem(Rest.as(user).get("/api/reports/timeliness/dossiers?" + JUNE + "&column=rated"), 403);
        }
        Rest.problem(Http.toSystemUnderTest().get("/api/reports/service-rates?" + JUNE), 401);
    }

    // ----- bad input: 400 naming the parameter, never 500 -----

    @Test
    void badInputIsRefusedNamingTheParameter() {
        Http l = leader();
        assertNames(l.get("/api/reports/service-rates?to=2026-06-30"), "from");
        assertNames(l.get("/api/reports/service-rates?from=2026-06-31&to=2026-06-30"), "from");
        assertNames(l.get("/api/reports/service-rates?from=2026-06-30&to=2026-06-01"), "to");
        assertNames(l.get("/api/reports/service-rates?" + JUNE + "&groupBy=CHANNEL"), "groupBy");
        assertNames(l.get("/api/reports/service-rates?" + JUNE + "&unitView=NOW"), "unitView");
        JsonObject column = assertNames(l.get("/api/reports/timeliness/dossiers?" + JUNE + "&column=rated6"), "column");
        assertTrue(column.toString().contains("lateWithoutApology"), column.toString());
    }

    // ----- helpers -----

    static JsonObject rates(Http http, String query) {
        Http.Response r = http.get("/api/reports/service-rates?" + query);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static void assertCounts(JsonObject row, long... expected) {
        List<Long> actual = COUNTS.stream().map(c -> row.getJsonNumber(c).longValue()).toList();
        assertEquals(Arrays.stream(expected).boxed().toList(), actual, "columns " + COUNTS + " of " + row);
    }

    /** The rates as written (two decimals), null for absent (nothing to divide by). */
    static void assertRates(JsonObject row, String... expected) {
        List<String> actual = RATES.stream().map(c -> !row.containsKey(c) || row.isNull(c) ? null
                : row.getJsonNumber(c).bigDecimalValue().toPlainString()).toList();
        assertEquals(Arrays.asList(expected), actual, "rates " + RATES + " of " + row);
    }

    static String code(int i) {
        return ImportFiles.code(prefix, i);
    }

    /** An import line with more fields: {@code extra} is JSON members without braces. */
    static String with(String line, String extra) {
        return line.substring(0, line.length() - 1) + "," + extra + "}";
    }

    /** Processed and returned (status 10); {@code extra} as in {@link #with}, the return instant added. */
    static String returned(int i, String unit, String procedure, String channel, String received, String processed,
                           String returnedAt, String extra) {
        return with(TimelinessReportIT.line(code(i), procedure, "H48.30", unit, channel, "Võ Thị Tỉ Lệ " + i, received,
                10, processed, List.of(
                        event(received, "CLERK", "RECEIVE", null, 2, null),
                        event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null),
                        event(returnedAt, "CLERK", "RETURN_RESULT", 9, 10, null))),
                "\"returnedAt\":\"" + TimelinessReportIT.at(returnedAt) + "\"," + extra);
    }
}
