package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * The timeliness report (table 06a) on a hand-built scenario imported with its events into Quảng Ngãi: twelve
 * dossiers of two units (H48.16 Sở Tư pháp, H48.19 Sở Y tế) and two procedures of two fields (HO_TICH, DUOC), each
 * of 5 working days, received at 09:00 on working days (due at 09:00 on the fifth working day after), so that every
 * number below is counted by hand. October 2026 is the previous month, November 2026 the month.
 *
 * <pre>
 *  #  unit   proc ch    received       due            ended                 counts as
 *  1  H48.16 A    IP    Mon 05/10      Mon 12/10      processed Wed 07/10    early (Oct)
 *  2  H48.16 A    ON    Tue 06/10      Tue 13/10      processed 13/10 08:30  on time (Oct), same day before 09:00
 *  3  H48.16 B    POST  Wed 07/10      Wed 14/10      processed Fri 16/10    late (Oct)
 *  4  H48.19 B    IP    Thu 08/10      Thu 15/10      withdrawn Mon 12/10    on time (Oct)
 *  5  H48.19 A    IP    Mon 19/10      Mon 26/10 → Wed 28/10 09:00 (supplement Tue 20/10 09:00 – Thu 22/10 09:00,
 *                                                     15 office hours)   processed Wed 28/10 08:00: on time, not late
 *  6  H48.16 A    IP    Thu 29/10      Thu 05/11      processed Tue 03/11    open within time end Oct; early (Nov)
 *  7  H48.19 B    ON    Tue 29/09      Tue 06/10      processed Thu 08/10    carried over into Oct; late (Oct)
 *  8  H48.16 B    ON    Mon 02/11      Mon 09/11      processed Thu 05/11    early (Nov)
 *  9  H48.16 A    POST  Tue 10/11      Tue 17/11      processed 17/11 10:00  late (Nov), same day after 09:00
 * 10  H48.19 A    IP    Mon 30/11      Mon 07/12      open                   open within time end Nov
 * 11  H48.19 B    IP    Mon 16/11      Mon 23/11      open                   open overdue end Nov
 * 12  H48.19 A    ON    Tue 20/10      Tue 27/10      processed Mon 02/11    open overdue end Oct; late (Nov)
 * </pre>
 *
 * Working days to finish (Quảng Ngãi's office hours 07:00–11:00, 13:30–17:00 = 7 h 30 a day; from 09:00 of the
 * receipt day to 17:00 is 5 h 30), the dossiers finished with a result, in hundredths rounded up and in whole days
 * rounded up:
 * <pre>
 *  1  5.5 + 7.5 + 5.5 (to 15:00)                    = 18.5 h = 2.467 → 2.47 d, within 3
 *  2  5.5 + 4 × 7.5 + 1.5 (to 08:30)                = 37 h   = 4.933 → 4.94 d, within 5
 *  3  5.5 + 6 × 7.5 + 3 (to 10:00)                  = 53.5 h = 7.133 → 7.14 d, within 8
 *  5  5.5 + 6 × 7.5 + 1 (to 08:00) − 15 waited      = 36.5 h = 4.867 → 4.87 d, within 5
 *  7  5.5 + 6 × 7.5 + 4.5 (to 14:00)                = 55 h   = 7.333 → 7.34 d, within 8
 *  6, 8  5.5 + 2 × 7.5 + 3 (to 10:00)               = 23.5 h = 3.133 → 3.14 d, within 4
 *  9  5.5 + 4 × 7.5 + 3                             = 38.5 h = 5.133 → 5.14 d, within 6
 * 12  5.5 + 8 × 7.5 + 3                             = 68.5 h = 9.133 → 9.14 d, within 10
 * </pre>
 * 4 was withdrawn: it counts as finished on time, but took no processing to measure.
 */
public class TimelinessReportIT {

    static final String PROVINCE = "quang-ngai";
    static final String U16 = "H48.16";
    static final String U19 = "H48.19";
    static final String OCT = "from=2026-10-01&to=2026-10-31";
    static final String NOV = "from=2026-11-01&to=2026-11-30";
    static final String BOTH = "from=2026-10-01&to=2026-11-30";
    static final List<String> COLUMNS = List.of("receivedTotal", "receivedOnline", "receivedInPersonOrPostal",
            "carriedOver", "finishedTotal", "finishedEarly", "finishedOnTime", "finishedLate", "openTotal",
            "openWithinTime", "openOverdue");

    static String prefix;
    static String procA;
    static String procB;

    static Http leader() {
        return Rest.as(PROVINCE + ".leader");
    }

    @BeforeAll
    static void importTheScenario() {
        String admin = PROVINCE + ".admin";
        procA = procedure(admin, "HO_TICH");
        procB = procedure(admin, "DUOC");
        prefix = ImportFiles.unique("rep");
        StringBuilder b = new StringBuilder();
        b.append(done(1, U16, procA, "IN_PERSON", "2026-10-05T09:00", "2026-10-07T15:00")).append('\n');
        b.append(done(2, U16, procA, "ONLINE", "2026-10-06T09:00", "2026-10-13T08:30")).append('\n');
        b.append(done(3, U16, procB, "POSTAL", "2026-10-07T09:00", "2026-10-16T10:00")).append('\n');
        b.append(withdrawn(4, U19, procB, "IN_PERSON", "2026-10-08T09:00", "2026-10-12T10:00")).append('\n');
        b.append(supplemented(5, U19, procA, "IN_PERSON", "2026-10-19T09:00", "2026-10-20T09:00", "2026-10-22T09:00",
                "2026-10-28T08:00")).append('\n');
        b.append(done(6, U16, procA, "IN_PERSON", "2026-10-29T09:00", "2026-11-03T10:00")).append('\n');
        b.append(done(7, U19, procB, "ONLINE", "2026-09-29T09:00", "2026-10-08T14:00")).append('\n');
        b.append(done(8, U16, procB, "ONLINE", "2026-11-02T09:00", "2026-11-05T10:00")).append('\n');
        b.append(done(9, U16, procA, "POSTAL", "2026-11-10T09:00", "2026-11-17T10:00")).append('\n');
        b.append(open(10, U19, procA, "IN_PERSON", "2026-11-30T09:00")).append('\n');
        b.append(open(11, U19, procB, "IN_PERSON", "2026-11-16T09:00")).append('\n');
        b.append(done(12, U19, procA, "ONLINE", "2026-10-20T09:00", "2026-11-02T10:00")).append('\n');
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b.toString());
        assertEquals(200, r.status(), r::toString);
    }

    // ----- the numbers, by hand -----

    @Test
    void theMonthPerUnitCountsEveryColumnByHand() {
        JsonObject report = report(leader(), NOV + "&groupBy=UNIT");
        assertEquals("2026-11-01", report.getString("from"));
        assertEquals("UNIT", report.getString("groupBy"));
        assertEquals("AS_WAS", report.getString("unitView"));
        Map<String, JsonObject> rows = rows(report);
        // H48.16: 8 online, 9 by post received; 6 carried over (open within time at the end of October);
        // 6 and 8 early, 9 late; nothing open
        assertCounts(rows.get(U16), 3, 1, 1, 1, 3, 2, 0, 1, 0, 0, 0);
        assertEquals("66.67", rate(rows.get(U16)));
        assertEquals("Sở Tư pháp - tỉnh Quảng Ngãi", rows.get(U16).getString("name"));
        // H48.19: 10 and 11 in person; 12 carried over (overdue since 27/10), finished late; 10 open within time,
        // 11 open and overdue since 23/11
        assertCounts(rows.get(U19), 3, 0, 2, 1, 1, 0, 0, 1, 2, 1, 1);
        assertEquals("0.00", rate(rows.get(U19)));
        assertEquals(2, rows.size(), "only the scenario's units have dossiers in Quảng Ngãi: " + rows.keySet());
        assertCounts(report.getJsonObject("total"), 6, 1, 3, 2, 4, 2, 0, 2, 2, 1, 1);
        assertEquals("50.00", rate(report.getJsonObject("total")));
        assertIdentities(report);
        // Working days: H48.16 6, 8, 9 = (3.14 + 3.14 + 5.14) / 3 = 3.8066… → 3.81; 90 %: the 3rd of 3, within 6.
        // H48.19 12 alone. All four: 20.56 / 4 = 5.14; the 4th of 4 (ceil 3.6), within 10
        assertWorkingDays(rows.get(U16), 3, "3.81", 6);
        assertWorkingDays(rows.get(U19), 1, "9.14", 10);
        assertWorkingDays(report.getJsonObject("total"), 4, "5.14", 10);
    }

    @Test
    void thePreviousMonthPerUnitCountsEveryColumnByHand() {
        JsonObject report = report(leader(), OCT + "&groupBy=UNIT");
        Map<String, JsonObject> rows = rows(report);
        // H48.16: 1, 6 in person, 3 by post, 2 online; 1 early, 2 on time (same day, before the instant), 3 late;
        // 6 open within time
        assertCounts(rows.get(U16), 4, 1, 3, 0, 3, 1, 1, 1, 1, 1, 0);
        // H48.19: 4, 5 in person, 12 online, 7 carried over from September; 4 withdrawn on time, 5 on time thanks
        // to its supplement pause, 7 late; 12 open and overdue
        assertCounts(rows.get(U19), 4, 1, 2, 1, 3, 0, 2, 1, 1, 0, 1);
        assertEquals("66.67", rate(rows.get(U19)));
        assertCounts(report.getJsonObject("total"), 8, 2, 5, 1, 6, 1, 3, 2, 2, 1, 1);
        assertEquals("66.67", rate(report.getJsonObject("total")));
        assertIdentities(report);
        // Working days: H48.16 1, 2, 3 = 14.55 / 3 = 4.85, the 3rd within 8; H48.19 5 and 7 (4 withdrawn, not
        // measured) = 12.21 / 2 = 6.105 → 6.11 (half up), the 2nd (ceil 1.8) within 8; all five 26.76 / 5 = 5.352 →
        // 5.35, the 5th (ceil 4.5) within 8
        assertWorkingDays(rows.get(U16), 3, "4.85", 8);
        assertWorkingDays(rows.get(U19), 2, "6.11", 8);
        assertWorkingDays(report.getJsonObject("total"), 5, "5.35", 8);
    }

    @Test
    void ungroupedTheMonthIsOneRowEqualToTheTotal() {
        JsonObject report = report(leader(), NOV);
        assertEquals("NONE", report.getString("groupBy"));
        assertEquals(1, report.getJsonArray("rows").size());
        JsonObject row = report.getJsonArray("rows").getJsonObject(0);
        assertEquals("ALL", row.getString("key"));
        assertCounts(row, 6, 1, 3, 2, 4, 2, 0, 2, 2, 1, 1);
        assertCounts(report.getJsonObject("total"), 6, 1, 3, 2, 4, 2, 0, 2, 2, 1, 1);
        assertWorkingDays(row, 4, "5.14", 10);
        assertWorkingDays(report.getJsonObject("total"), 4, "5.14", 10);
        // scoped to one unit: that unit's row
        assertCounts(report(leader(), NOV + "&groupBy=NONE&unitCode=" + U19).getJsonObject("total"),
                3, 0, 2, 1, 1, 0, 0, 1, 2, 1, 1);
        assertIdentities(report);
    }

    @Test
    void perMonthOctobersOpenIsNovembersCarriedOverAndTheTotalSpansBoth() {
        JsonObject report = report(leader(), BOTH + "&groupBy=MONTH");
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of("2026-10", "2026-11"), new ArrayList<>(rows.keySet()));
        assertCounts(rows.get("2026-10"), 8, 2, 5, 1, 6, 1, 3, 2, 2, 1, 1);
        assertCounts(rows.get("2026-11"), 6, 1, 3, 2, 4, 2, 0, 2, 2, 1, 1);
        // received 3 online and 8 in person or by post over both months, 7 carried over from September;
        // finished 10 (3 early, 3 on time, 4 late); 10 and 11 open at the end
        assertCounts(report.getJsonObject("total"), 12, 3, 8, 1, 10, 3, 3, 4, 2, 1, 1);
        // working days: each month's own; both months' nine dossiers (26.76 + 20.56) / 9 = 5.2577… → 5.26, the 9th
        // (ceil 8.1) within 10
        assertWorkingDays(rows.get("2026-10"), 5, "5.35", 8);
        assertWorkingDays(rows.get("2026-11"), 4, "5.14", 10);
        assertWorkingDays(report.getJsonObject("total"), 9, "5.26", 10);
        assertEquals("60.00", rate(report.getJsonObject("total")));
        assertIdentities(report);
    }

    @Test
    void perFieldAndPerProcedureInTheMonth() {
        Map<String, JsonObject> fields = rows(report(leader(), NOV + "&groupBy=FIELD"));
        // HO_TICH (procedure A): 9 by post, 10 in person, 6 and 12 carried over; 6 early, 9 and 12 late; 10 open
        assertCounts(fields.get("HO_TICH"), 4, 0, 2, 2, 3, 1, 0, 2, 1, 1, 0);
        assertEquals("Hộ tịch", fields.get("HO_TICH").getString("name"));
        // DUOC (procedure B): 8 online early, 11 in person open and overdue
        assertCounts(fields.get("DUOC"), 2, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1);
        Map<String, JsonObject> procedures = rows(report(leader(), NOV + "&groupBy=PROCEDURE"));
        assertCounts(procedures.get(procA), 4, 0, 2, 2, 3, 1, 0, 2, 1, 1, 0);
        assertEquals("Thủ tục báo cáo " + procA, procedures.get(procA).getString("name"));
        assertCounts(report(leader(), NOV + "&fieldCode=DUOC").getJsonObject("total"), 2, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1);
        // Working days, read per procedure: HO_TICH 6, 9, 12 = (3.14 + 5.14 + 9.14) / 3 = 5.8066… → 5.81, whole days
        // 4, 6, 10: the 3rd of 3 within 10; DUOC 8 alone, 3.14, within 4
        assertWorkingDays(fields.get("HO_TICH"), 3, "5.81", 10);
        assertWorkingDays(fields.get("DUOC"), 1, "3.14", 4);
        assertWorkingDays(procedures.get(procA), 3, "5.81", 10);
        assertWorkingDays(report(leader(), NOV + "&fieldCode=DUOC").getJsonObject("total"), 1, "3.14", 4);
    }

    @Test
    void workingDaysOfAPeriodOfAPartialMonthAndAWholeOne() {
        // 15/10–30/11: October's days from the day rows, November from the month rows per unit. October adds 3
        // (Wed 07/10 09:00 → Fri 16/10 10:00: 5.5 h + 6 days + 3 h = 53.5 h = 7.1333… → 7.14, within 8) and 5
        // (Mon 19/10 09:00 → Wed 28/10 08:00 less the pause 20/10 09:00–22/10 09:00: 5.5 + 2 + 5.5 + 3 × 7.5 + 1 =
        // 36.5 h = 4.8666… → 4.87, within 5); 1, 2, 4 and 7 finished before the 15th.
        Map<String, JsonObject> rows = rows(report(leader(), "from=2026-10-15&to=2026-11-30&groupBy=UNIT"));
        // H48.16: 3, 6, 8, 9 = (7.14 + 3.14 + 3.14 + 5.14) / 4 = 4.64; whole 4, 4, 6, 8: the 4th of 4 within 8
        assertWorkingDays(rows.get(U16), 4, "4.64", 8);
        // H48.19: 5, 12 = (4.87 + 9.14) / 2 = 7.005 → 7.01 (half up); whole 5, 10: the 2nd of 2 within 10
        assertWorkingDays(rows.get(U19), 2, "7.01", 10);
        // All six: 32.57 / 6 = 5.428… → 5.43; whole 4, 4, 5, 6, 8, 10: the 6th (ceil 5.4) within 10
        assertWorkingDays(report(leader(), "from=2026-10-15&to=2026-11-30&groupBy=NONE").getJsonObject("total"), 6,
                "5.43", 10);
    }

    // ----- every number opens the list of its dossiers -----

    @Test
    void everyNumberOfTheMonthPerUnitOpensAListOfThatManyDossiers() {
        Map<String, JsonObject> rows = rows(report(leader(), NOV + "&groupBy=UNIT"));
        for (String unit : List.of(U16, U19)) {
            for (String column : COLUMNS) {
                JsonObject list = drill(leader(), NOV + "&groupBy=UNIT&key=" + unit + "&column=" + column);
                assertEquals(rows.get(unit).getJsonNumber(column).longValue(), list.getJsonNumber("total").longValue(),
                        unit + " " + column);
                assertEquals(list.getInt("total"), list.getJsonArray("items").size());
            }
        }
        JsonObject overdue = drill(leader(), NOV + "&groupBy=UNIT&key=" + U19 + "&column=openOverdue");
        assertEquals(List.of(code(11)), codes(overdue));
        JsonObject item = overdue.getJsonArray("items").getJsonObject(0);
        assertEquals(procB, item.getString("procedureCode"));
        assertEquals(U19, item.getString("competentUnitCode"));
        assertEquals("IN_PERSON", item.getString("channel"));
        assertTrue(item.getString("dueAt").startsWith("2026-11-23T09:00"), item.toString());
        assertEquals(List.of(code(6), code(8)), codes(drill(leader(), NOV + "&groupBy=UNIT&key=" + U16
                + "&column=finishedEarly")));
        assertEquals(List.of(code(12)), codes(drill(leader(), NOV + "&groupBy=UNIT&key=" + U19 + "&column=carriedOver")));
        // the dossiers the working days are measured on: October's finished with a result (4 was withdrawn)
        JsonObject measured = drill(leader(), OCT + "&groupBy=UNIT&key=" + U19 + "&column=finishedWithResult");
        assertEquals(List.of(code(7), code(5)), codes(measured));
        assertEquals(rows(report(leader(), OCT + "&groupBy=UNIT")).get(U19).getJsonNumber("finishedWithResult")
                .longValue(), measured.getInt("total"));
    }

    @Test
    void theTotalsMonthsAndFieldsOpenTheirListsToo() {
        JsonObject total = report(leader(), NOV).getJsonObject("total");
        for (String column : COLUMNS) {
            assertEquals(total.getJsonNumber(column).longValue(),
                    drill(leader(), NOV + "&column=" + column).getJsonNumber("total").longValue(), column);
        }
        // October: 7 carried over, 1–6 and 12 received
        assertEquals(8, drill(leader(), BOTH + "&groupBy=MONTH&key=2026-10&column=receivedTotal").getInt("total"));
        assertEquals(List.of(code(2), code(4), code(5)),
                codes(drill(leader(), BOTH + "&groupBy=MONTH&key=2026-10&column=finishedOnTime")));
        assertEquals(List.of(code(12), code(6)),
                codes(drill(leader(), BOTH + "&groupBy=MONTH&key=2026-11&column=carriedOver")));
        assertEquals(List.of(code(12)), codes(drill(leader(), OCT + "&groupBy=UNIT&key=" + U19 + "&column=openOverdue")));
        assertEquals(2, drill(leader(), NOV + "&groupBy=FIELD&key=HO_TICH&column=carriedOver").getInt("total"));
        // paging: the second of the two, with the total unchanged
        JsonObject page = drill(leader(), NOV + "&groupBy=FIELD&key=HO_TICH&column=carriedOver&first=1&size=1");
        assertEquals(2, page.getInt("total"));
        assertEquals(List.of(code(6)), codes(page));
    }

    // ----- who sees what -----

    @Test
    void anotherProvinceSeesNoneOfIt() {
        Http other = Rest.as("ha-tinh.admin");
        JsonObject report = report(other, BOTH + "&groupBy=UNIT");
        for (JsonValue v : report.getJsonArray("rows")) {
            assertTrue(!v.asJsonObject().getString("key").startsWith("H48"), report.toString());
        }
        assertCounts(report(other, BOTH + "&unitCode=" + U19).getJsonObject("total"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(0, drill(other, BOTH + "&groupBy=UNIT&key=" + U19 + "&column=receivedTotal").getInt("total"));
        JsonObject all = drill(other, BOTH + "&column=receivedTotal&size=500");
        for (JsonValue v : all.getJsonArray("items")) {
            assertTrue(!v.asJsonObject().getString("code").startsWith(prefix), all.toString());
        }
    }

    @Test
    void administratorsLeadersAndUnitLeadersReadOthersAreRefused() {
        assertEquals(200, Rest.as(PROVINCE + ".admin").get("/api/reports/timeliness?" + NOV).status());
        // a unit leader (an API token with that role alone) sees the whole province, as a province leader does
        Http.Response t = Rest.as(PROVINCE + ".admin").post("/api/api-tokens",
                "{\"name\":\"Lãnh đạo đơn vị báo cáo " + prefix + "\",\"roles\":[\"UNIT_LEADER\"]}");
        assertEquals(201, t.status(), t::toString);
        Http unitLeader = Http.toSystemUnderTest().bearer(Rest.object(t).getString("secret"));
        assertCounts(report(unitLeader, NOV).getJsonObject("total"), 6, 1, 3, 2, 4, 2, 0, 2, 2, 1, 1);
        for (String user : List.of("central", PROVINCE + ".clerk", PROVINCE + ".officer", "admin")) {
            Rest.problem(Rest.as(user).get("/api/reports/timeliness?" + NOV), 403);
            Rest.problem(Rest.as(user).get("/api/reports/timeliness/dossiers?" + NOV + "&column=openTotal"), 403);
        }
        Rest.problem(Http.toSystemUnderTest().get("/api/reports/timeliness?" + NOV), 401);
    }

    // ----- bad input: 400 naming the parameter, never 500 -----

    @Test
    void badInputIsRefusedNamingTheParameter() {
        Http l = leader();
        assertNames(l.get("/api/reports/timeliness?to=2026-11-30"), "from");
        assertNames(l.get("/api/reports/timeliness?from=2026-13-01&to=2026-11-30"), "from");
        assertNames(l.get("/api/reports/timeliness?from=30/11/2026&to=2026-11-30"), "from");
        assertNames(l.get("/api/reports/timeliness?from=2026-11-30&to=2026-11-01"), "to");
        assertNames(l.get("/api/reports/timeliness?from=2016-01-01&to=2026-01-01"), "to");
        assertNames(l.get("/api/reports/timeliness?" + NOV + "&groupBy=WEEK"), "groupBy");
        JsonObject view = assertNames(l.get("/api/reports/timeliness?" + NOV + "&unitView=AS_NOW"), "unitView");
        assertTrue(view.toString().contains("AS_WAS, AS_IS"), view.toString());
        assertNames(l.get("/api/reports/timeliness/dossiers?" + NOV + "&column=late"), "column");
        assertNames(l.get("/api/reports/timeliness/dossiers?" + NOV), "column");
        assertNames(l.get("/api/reports/timeliness/dossiers?" + NOV + "&groupBy=UNIT&column=openTotal"), "key");
        assertNames(l.get("/api/reports/timeliness/dossiers?" + NOV + "&groupBy=MONTH&key=11-2026&column=openTotal"), "key");
        assertNames(l.get("/api/reports/timeliness/dossiers?" + NOV + "&column=openTotal&size=501"), "size");
    }

    // ----- helpers -----

    static JsonObject report(Http http, String query) {
        Http.Response r = http.get("/api/reports/timeliness?" + query);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static JsonObject drill(Http http, String query) {
        Http.Response r = http.get("/api/reports/timeliness/dossiers?" + query);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static Map<String, JsonObject> rows(JsonObject report) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        report.getJsonArray("rows").forEach(v -> out.put(v.asJsonObject().getString("key"), v.asJsonObject()));
        return out;
    }

    static List<String> codes(JsonObject list) {
        return list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    static String rate(JsonObject counts) {
        return counts.getJsonNumber("onTimeRate").bigDecimalValue().toPlainString();
    }

    static void assertCounts(JsonObject counts, long... expected) {
        List<Long> actual = COLUMNS.stream().map(c -> counts.getJsonNumber(c).longValue()).toList();
        List<Long> want = java.util.Arrays.stream(expected).boxed().toList();
        assertEquals(want, actual, "columns " + COLUMNS + " of " + counts);
    }

    static void assertWorkingDays(JsonObject counts, long measured, String average, int p90) {
        assertEquals(measured, counts.getJsonNumber("finishedWithResult").longValue(), counts::toString);
        assertEquals(average, counts.getJsonNumber("averageWorkingDays").bigDecimalValue().toPlainString(),
                counts::toString);
        assertEquals(p90, counts.getInt("p90WorkingDays"), counts::toString);
    }

    /** 3 = 4 + 5 + 6, 7 = 8 + 9 + 10, 11 = 12 + 13, 3 = 7 + 11 in every row and the total. */
    static void assertIdentities(JsonObject report) {
        List<JsonObject> all = new ArrayList<>(rows(report).values());
        all.add(report.getJsonObject("total"));
        for (JsonObject c : all) {
            long[] v = COLUMNS.stream().mapToLong(k -> c.getJsonNumber(k).longValue()).toArray();
            assertEquals(v[0], v[1] + v[2] + v[3], "3 = 4 + 5 + 6 in " + c);
            assertEquals(v[4], v[5] + v[6] + v[7], "7 = 8 + 9 + 10 in " + c);
            assertEquals(v[8], v[9] + v[10], "11 = 12 + 13 in " + c);
            assertEquals(v[0], v[4] + v[8], "3 = 7 + 11 in " + c);
        }
    }

    static JsonObject assertNames(Http.Response r, String parameter) {
        JsonObject p = Rest.explainedProblem(r, 400);
        boolean named = p.containsKey("errors") && p.getJsonArray("errors").stream()
                .anyMatch(e -> parameter.equals(e.asJsonObject().getString("field", "")));
        assertTrue(named, () -> "the problem names '" + parameter + "': " + p);
        return p;
    }

    static String code(int i) {
        return ImportFiles.code(prefix, i);
    }

    // ----- the scenario's lines -----

    /** A procedure of 5 working days in {@code field}, valid since 2024. */
    static String procedure(String admin, String field) {
        String code = "1.8" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Http.Response r = Rest.as(admin).post("/api/procedures", "{\"code\":\"" + code + "\",\"name\":\"Thủ tục báo cáo "
                + code + "\",\"field\":\"" + field + "\",\"levels\":[\"PROVINCE\"],\"time\":{\"value\":5,"
                + "\"unit\":\"WORKING_DAYS\"},\"onlineKind\":\"PARTIAL\","
                + "\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\",\"sharePercent\":20},{\"name\":\"Giải quyết\",\"sharePercent\":80}],"
                + "\"publication\":{\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2023-12-20\","
                + "\"effectiveDate\":\"2024-01-01\",\"nationalDbDate\":\"2023-12-27\"},\"versionValidFrom\":\"2024-01-01\"}");
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    static String at(String local) {
        return local + ":00+07:00";
    }

    public static String event(String at, String role, String action, Integer from, int to, String reason) {
        return "{\"at\":\"" + at(at) + "\",\"actor\":\"" + (role.equals("CLERK") ? "le.thi.c" : "pham.van.d")
                + "\",\"role\":\"" + role + "\",\"action\":\"" + action + "\"" + (from == null ? "" : ",\"fromStatus\":" + from)
                + ",\"toStatus\":" + to + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    static String line(int i, String unit, String procedure, String channel, String received, int status,
                       String processed, List<String> events) {
        return line(code(i), procedure, "H48.30", unit, channel, "Võ Thị Báo Cáo " + i, received, status, processed,
                events);
    }

    /**
     * One import line of a dossier received in {@code unit}'s name at the desk {@code receiving} and processed in one
     * step (RECEIVE, then COMPLETE_STEP to status 9 by an officer): the scenarios of the export, the public lists and
     * the dashboard.
     */
    public static String processed(String code, String procedure, String receiving, String unit, String channel,
                                   String applicant, String received, String processed) {
        return line(code, procedure, receiving, unit, channel, applicant, received, 9, processed, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null),
                event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null)));
    }

    /** One import line of a person's dossier received by le.thi.c (the report ITs' scenarios). */
    public static String line(String code, String procedure, String receiving, String unit, String channel, String applicant,
                       String received, int status, String processed, List<String> events) {
        return "{\"code\":\"" + code + "\",\"procedureCode\":\"" + procedure + "\",\"channel\":\"" + channel + "\","
                + "\"applicant\":{\"kind\":\"PERSON\",\"name\":\"" + applicant + "\"},"
                + "\"receivingUnit\":\"" + receiving + "\",\"competentUnit\":\"" + unit + "\",\"receivedBy\":\"le.thi.c\","
                + "\"receivedAt\":\"" + at(received) + "\",\"status\":" + status
                + (processed == null ? "" : ",\"processedAt\":\"" + at(processed) + "\"")
                + ",\"events\":[" + String.join(",", events) + "]}";
    }

    static String done(int i, String unit, String procedure, String channel, String received, String processed) {
        return line(i, unit, procedure, channel, received, 9, processed, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null),
                event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null)));
    }

    static String withdrawn(int i, String unit, String procedure, String channel, String received, String at) {
        return line(i, unit, procedure, channel, received, 7, null, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null),
                event(at, "CLERK", "WITHDRAW", 2, 7, "Công dân xin rút hồ sơ")));
    }

    static String supplemented(int i, String unit, String procedure, String channel, String received, String asked,
                               String brought, String processed) {
        return line(i, unit, procedure, channel, received, 9, processed, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null),
                event(asked, "OFFICER", "REQUEST_SUPPLEMENT", 2, 5, "Thiếu bản sao giấy tờ"),
                event(brought, "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null),
                event(processed, "OFFICER", "COMPLETE_STEP", 4, 9, null)));
    }

    static String open(int i, String unit, String procedure, String channel, String received) {
        return line(i, unit, procedure, channel, received, 2, null, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null)));
    }
}
