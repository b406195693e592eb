package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertNames;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * targetsStatus on a hand-built year: seventeen dossiers of 2025 imported into Bắc Ninh (no other test has dossiers
 * there in 2025) for three units, H05.16 Sở Tư pháp, H05.19 Sở Y tế and H05.11 Sở Nội vụ, one procedure of 5
 * working days, received at 09:00 on a Monday (due the next Monday 09:00) and processed on the Wednesday of the same
 * week (early) or of the next (late); April's is received Wed 09/04 and processed Fri 11/04 (early).
 *
 * <pre>
 *  #      unit   channel         received  ended   counts as
 *  1, 2   H05.16 IP, ON          06/01     08/01   early
 *  3, 4   H05.19 IP, ON          06/01     08/01, 15/01   early, late
 *  5, 6   H05.16 IP, IP          10/02     12/02   early
 *  7, 8   H05.19 ON, IP          10/02     12/02, 19/02   early, late
 *  9, 10  H05.16 ON, IP          03/03     05/03   early
 *  11, 12 H05.19 IP, IP          03/03     12/03   late
 *  13, 14 H05.11 IP, ON          03/03     05/03, 12/03   early, late
 *  15     H05.16 IP              09/04     11/04   early
 *  16     H05.19 IP              12/05     21/05   late
 *  17     H05.16 ON              06/10     08/10   early
 * </pre>
 *
 * Targets of 2025: ON_TIME_RATE ≥ 90 by 30/06 (province), ONLINE_SUBMISSION_RATE ≥ 30 (province, year end),
 * ON_TIME_RATE ≥ 30 for H05.19, DIGITISATION_RATE ≥ 80, ONLINE_PAYMENT_RATE ≥ 50, SATISFACTION_RATE ≥ 80,
 * DIGITISED_RESULT_RATE ≥ 20 for H05.16, INDEX_TOTAL ≥ 90 and DIGITISED_REUSE_RATE ≥ 10 (not computed).
 * Service-rate counters (digitised, fees, electronic results, ratings) as the tests' comments say. Measured to 15/04
 * the projections follow the rule of TargetProjection, worked out by hand in the comments.
 */
class TargetsStatusIT {

    static final String PROVINCE = "bac-ninh";
    static final String U16 = "H05.16";
    static final String U19 = "H05.19";
    static final String U11 = "H05.11";
    static final String APRIL = "year=2025&asOf=2025-04-15";

    static String prefix;
    static String proc;

    @BeforeAll
    static void importTheYearAndSetTheTargets() {
        String admin = PROVINCE + ".admin";
        proc = TimelinessReportIT.procedure(admin, "HO_TICH");
        prefix = ImportFiles.unique("kpi");
        String b = String.join("\n",
                returned(1, U16, "IN_PERSON", "2025-01-06T09:00", "2025-01-08T15:00", "2025-01-09T09:00", 4,
                        DIGITISED + "," + ELECTRONIC),
                with(done(2, U16, "ONLINE", "2025-01-06T09:00", "2025-01-08T15:00"), PAID_ONLINE),
                with(done(3, U19, "IN_PERSON", "2025-01-06T09:00", "2025-01-08T15:00"), DIGITISED),
                with(done(4, U19, "ONLINE", "2025-01-06T09:00", "2025-01-15T15:00"), PAID_ONLINE),
                with(done(5, U16, "IN_PERSON", "2025-02-10T09:00", "2025-02-12T15:00"), DIGITISED + "," + ELECTRONIC),
                with(done(6, U16, "IN_PERSON", "2025-02-10T09:00", "2025-02-12T15:00"), PAID_AT_DESK),
                with(done(7, U19, "ONLINE", "2025-02-10T09:00", "2025-02-12T15:00"), DIGITISED),
                done(8, U19, "IN_PERSON", "2025-02-10T09:00", "2025-02-19T15:00"),
                with(done(9, U16, "ONLINE", "2025-03-03T09:00", "2025-03-05T15:00"), DIGITISED + "," + ELECTRONIC
                        + "," + PAID_ONLINE),
                done(10, U16, "IN_PERSON", "2025-03-03T09:00", "2025-03-05T15:00"),
                with(done(11, U19, "IN_PERSON", "2025-03-03T09:00", "2025-03-12T15:00"), DIGITISED + "," + PAID_AT_DESK),
                done(12, U19, "IN_PERSON", "2025-03-03T09:00", "2025-03-12T15:00"),
                returned(13, U11, "IN_PERSON", "2025-03-03T09:00", "2025-03-05T15:00", "2025-03-06T09:00", 3,
                        DIGITISED),
                done(14, U11, "ONLINE", "2025-03-03T09:00", "2025-03-12T15:00"),
                returned(15, U16, "IN_PERSON", "2025-04-09T09:00", "2025-04-11T15:00", "2025-04-14T09:00", 5,
                        ELECTRONIC),
                done(16, U19, "IN_PERSON", "2025-05-12T09:00", "2025-05-21T15:00"),
                done(17, U16, "ONLINE", "2025-10-06T09:00", "2025-10-08T15:00")) + "\n";
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
        put(Rest.as(admin), 2025, "[" + target(null, "ON_TIME_RATE", "90", "2025-06-30") + ","
                + target(null, "ONLINE_SUBMISSION_RATE", "30", null) + ","
                + target(U19, "ON_TIME_RATE", "30", null) + ","
                + target(null, "DIGITISATION_RATE", "80", null) + ","
                + target(null, "INDEX_TOTAL", "90", null) + ","
                + target(null, "ONLINE_PAYMENT_RATE", "50", null) + ","
                + target(U16, "DIGITISED_RESULT_RATE", "20", null) + ","
                + target(null, "SATISFACTION_RATE", "80", null) + ","
                + target(null, "DIGITISED_REUSE_RATE", "10", null) + "]");
    }

    static Http leader() {
        return Rest.as(PROVINCE + ".leader");
    }

    // ----- measured to 15 April -----

    @Test
    void theProvincesOnTimeTargetActualMonthsAndProjection() {
        JsonObject t = target(status(leader(), APRIL), null, "ON_TIME_RATE");
        assertEquals("2025-01-01", t.getString("from"));
        assertEquals("2025-04-15", t.getString("measuredTo"));
        assertEquals("2025-06-30", t.getString("periodEnd"));
        // 1–15 finished by 15/04, all but 4, 8, 11, 12, 14 early: 10 of 15
        assertRatio(t, 10, 15, "66.67");
        List<JsonObject> months = t.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04"),
                months.stream().map(m -> m.getString("month")).toList());
        assertRatio(months.get(0), 3, 4, "75.00");
        assertRatio(months.get(1), 3, 4, "75.00");
        assertRatio(months.get(2), 3, 6, "50.00");
        assertRatio(months.get(3), 1, 1, "100.00");
        // window January–March (weights 4, 4, 6): mean 9/14 at x = 16/14 (January 0), slope −1.2857/9.7143 = −0.13235
        // a month: April 39.71 %, May 26.47 %, June 13.24 %; volume 14/3 a month, 16–30 April half of it:
        // (10 + 2.3333·0.39706 + 4.6667·0.26471 + 4.6667·0.13235) / (15 + 11.6667) = 12.7794 / 26.6667 = 47.92 %
        assertEquals("47.92", t.getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals("AT_RISK", t.getString("status"));
        assertEquals(12, t.getInt("shortBy"), "90 % of 26.67 = 24, 11.22 more than 12.78, rounded up");
    }

    @Test
    void theUnitsThatWillMissTheProvincesTargetMostDossiersShortFirst() {
        JsonObject t = target(status(leader(), APRIL), null, "ON_TIME_RATE");
        List<JsonObject> units = t.getJsonArray("unitsAtRisk").getValuesAs(JsonObject.class);
        assertEquals(List.of(U19, U11), units.stream().map(u -> u.getString("code")).toList(),
                "H05.16 finished all 7 early and is on track");
        // H05.19: 1/2, 1/2, 0/2: slope −0.25 → 0 % from April; 2 a month: 2 / (6 + 1 + 2 + 2) = 18.18 %, 90 % of 11
        // = 9.9: 8 short
        assertRatio(units.get(0), 2, 6, "33.33");
        assertEquals("18.18", units.get(0).getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals(8, units.get(0).getInt("shortBy"));
        assertEquals("Sở Y tế - tỉnh Bắc Ninh", units.get(0).getString("name"));
        assertEquals("AT_RISK", units.get(0).getString("status"));
        // H05.11: only March, 1/2, flat 50 %; 2/3 a month: (1 + 5/6) / (2 + 5/3) = 50 %, 90 % of 3.667 = 3.3: 2 short
        assertRatio(units.get(1), 1, 2, "50.00");
        assertEquals("50.00", units.get(1).getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals(2, units.get(1).getInt("shortBy"));
    }

    @Test
    void theOnlineShareAndAUnitsOwnTarget() {
        JsonObject s = status(leader(), APRIL);
        assertEquals(2025, s.getInt("year"));
        assertEquals("2025-04-15", s.getString("asOf"));
        JsonObject online = target(s, null, "ONLINE_SUBMISSION_RATE");
        // received online: 2, 4, 7, 9, 14 of 1–15
        assertRatio(online, 5, 15, "33.33");
        assertEquals("2025-12-31", online.getString("periodEnd"));
        // window 2/4, 1/4, 2/6: slope −0.07353 a month from 5/14 at x = 16/14: April 22.06 %, May 14.71 %, June
        // 7.35 %, then 0; (5 + 1.5441) / (15 + 2.3333 + 8 · 4.6667) = 6.5441 / 54.6667 = 11.97 %
        assertEquals("11.97", online.getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals("AT_RISK", online.getString("status"));
        JsonObject unit = target(s, U19, "ON_TIME_RATE");
        assertEquals("Sở Y tế - tỉnh Bắc Ninh", unit.getString("unitName"));
        // 2 of 6; 0 % from April at 2 a month to the year's end: 2 / (6 + 1 + 16) = 8.70 %; 30 % of 23 = 6.9: 5 short
        assertRatio(unit, 2, 6, "33.33");
        assertEquals("8.70", unit.getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals("AT_RISK", unit.getString("status"));
        assertEquals(5, unit.getInt("shortBy"));
        assertEquals(0, unit.getJsonArray("unitsAtRisk").size(), "a unit's target lists no units");
    }

    @Test
    void theDigitisationRateFromTheServiceRateFacts() {
        JsonObject t = target(status(leader(), APRIL), null, "DIGITISATION_RATE");
        // digitised at receipt: 1, 3 | 5, 7 | 9, 11, 13 | none of 15: 7 of the 15 received
        assertRatio(t, 7, 15, "46.67");
        List<JsonObject> months = t.getJsonArray("months").getValuesAs(JsonObject.class);
        assertRatio(months.get(0), 2, 4, "50.00");
        assertRatio(months.get(1), 2, 4, "50.00");
        assertRatio(months.get(2), 3, 6, "50.00");
        assertRatio(months.get(3), 0, 1, "0.00");
        // window flat at 50 %, 14/3 received a month: 16–30 April 2.3333, May–December 37.3333;
        // (7 + 0.5 · 39.6667) / (15 + 39.6667) = 26.8333 / 54.6667 = 49.09 %; 80 % of 54.6667 = 43.73: 16.9 short
        assertEquals("49.09", t.getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals("AT_RISK", t.getString("status"));
        assertEquals(17, t.getInt("shortBy"));
        // per unit, each flat at 50 %: H05.16 3/7, 2 a month: (3 + 8.5) / 24, 19.2 − 11.5 = 7.7 → 8; H05.19 3/6:
        // (3 + 8.5) / 23, 18.4 − 11.5 = 6.9 → 7; H05.11 1/2, 2/3 a month: (1 + 2.8333) / 7.6667, 6.1333 − 3.8333 → 3
        List<JsonObject> units = t.getJsonArray("unitsAtRisk").getValuesAs(JsonObject.class);
        assertEquals(List.of(U16, U19, U11), units.stream().map(u -> u.getString("code")).toList());
        assertEquals(List.of(8, 7, 3), units.stream().map(u -> u.getInt("shortBy")).toList());
        assertRatio(units.get(0), 3, 7, "42.86");
    }

    @Test
    void onlinePaymentElectronicResultsAndSatisfaction() {
        JsonObject s = status(leader(), APRIL);
        // fee-bearing: 2, 4, 9 paid online, 6, 11 at the desk
        assertRatio(target(s, null, "ONLINE_PAYMENT_RATE"), 3, 5, "60.00");
        // H05.16 finished 1, 2, 5, 6, 9, 10, 15; electronic results 1, 5, 9, 15; flat 50 % at 2 a month:
        // (4 + 0.5 · 17) / (7 + 17) = 12.5 / 24 = 52.08 %, above 20 %
        JsonObject result = target(s, U16, "DIGITISED_RESULT_RATE");
        assertRatio(result, 4, 7, "57.14");
        assertEquals("52.08", result.getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals("ON_TRACK", result.getString("status"));
        assertEquals(0, result.getInt("shortBy"));
        // rated 4 (09/01), 3 (06/03), 5 (14/04): 2 of 3 rated 4–5; window 1/1, 0/0, 0/1: slope −50 points a month,
        // 0 from April; 2/3 rated a month: 2 / (3 + 17/3) = 23.08 %; 80 % of 8.6667 = 6.93: 4.93 short
        JsonObject satisfaction = target(s, null, "SATISFACTION_RATE");
        assertRatio(satisfaction, 2, 3, "66.67");
        assertEquals("23.08", satisfaction.getJsonNumber("projected").bigDecimalValue().toPlainString());
        assertEquals("AT_RISK", satisfaction.getString("status"));
        assertEquals(5, satisfaction.getInt("shortBy"));
    }

    @Test
    void metricsWithoutFactsSayWhy() {
        JsonObject s = status(leader(), APRIL);
        JsonObject reuse = target(s, null, "DIGITISED_REUSE_RATE");
        assertEquals("NOT_COMPUTED", reuse.getString("status"));
        assertEquals("NO_REUSE_DATA", reuse.getString("reasonCode"));
        assertEquals("the product does not hold data on the reuse of digitised documents yet", reuse.getString("reason"));
        JsonObject index = target(s, null, "INDEX_TOTAL");
        assertEquals("NOT_COMPUTED", index.getString("status"));
        // the index is scored from the 2026 rule set on; 2025 has none
        assertEquals("NO_INDEX_RULES", index.getString("reasonCode"));
        assertEquals("no index rule set is in force for the target's year", index.getString("reason"));
        assertFalse(index.containsKey("value") && !index.isNull("value"), index::toString);
    }

    // ----- the year is over (asOf defaults to today) -----

    @Test
    void afterTheDeadlineTheActualValueDecides() {
        JsonObject s = status(leader(), "year=2025");
        JsonObject t = target(s, null, "ON_TIME_RATE");
        assertEquals("2025-06-30", t.getString("measuredTo"));
        // 1–16 ended by 30/06: 10 of 16; 90 % of 16 = 14.4: 5 short
        assertRatio(t, 10, 16, "62.50");
        assertEquals("MISSED", t.getString("status"));
        assertEquals(5, t.getInt("shortBy"));
        assertFalse(t.containsKey("projected") && !t.isNull("projected"), "no projection after the deadline: " + t);
        assertEquals(6, t.getJsonArray("months").size());
        assertRatio(t.getJsonArray("months").getJsonObject(4), 0, 1, "0.00");
        // H05.19: 2 of 7 (6.3 needed: 5 short), H05.11: 1 of 2 (1.8: 1 short); H05.16 7 of 7 met
        List<JsonObject> units = t.getJsonArray("unitsAtRisk").getValuesAs(JsonObject.class);
        assertEquals(List.of(U19, U11), units.stream().map(u -> u.getString("code")).toList());
        assertEquals(List.of(5, 1), units.stream().map(u -> u.getInt("shortBy")).toList());
        assertEquals("MISSED", units.get(0).getString("status"));
        // the online share over the year: 2, 4, 7, 9, 14, 17 of 17
        JsonObject online = target(s, null, "ONLINE_SUBMISSION_RATE");
        assertRatio(online, 6, 17, "35.29");
        assertEquals("MET", online.getString("status"));
        JsonObject unit = target(s, U19, "ON_TIME_RATE");
        assertRatio(unit, 2, 7, "28.57");
        assertEquals("MISSED", unit.getString("status"));
        assertEquals(1, unit.getInt("shortBy"), "30 % of 7 = 2.1");
        // digitised: 7 of the 17 received in 2025
        JsonObject digit = target(s, null, "DIGITISATION_RATE");
        assertRatio(digit, 7, 17, "41.18");
        assertEquals("MISSED", digit.getString("status"));
    }

    // ----- who sees what -----

    @Test
    void anotherProvinceSeesItsOwnTargetsAndNoneOfThisData() {
        Http haTinh = Rest.as("ha-tinh.admin");
        put(haTinh, 2025, "[" + target(null, "ON_TIME_RATE", "90", "2025-06-30") + ","
                + target(U19, "ONLINE_SUBMISSION_RATE", "30", null) + "]");
        JsonObject s = status(Rest.as("ha-tinh.leader"), APRIL);
        assertEquals(2, s.getJsonArray("targets").size(), s::toString);
        JsonObject t = target(s, null, "ON_TIME_RATE");
        assertEquals(0, t.getInt("denominator"), t::toString);
        assertEquals("NO_DATA", t.getString("status"));
        assertEquals(0, t.getJsonArray("unitsAtRisk").size());
        JsonObject unit = target(s, U19, "ONLINE_SUBMISSION_RATE");
        assertEquals(0, unit.getInt("denominator"), "Bắc Ninh's code means nothing in Hà Tĩnh: " + unit);
        assertEquals(9, status(leader(), APRIL).getJsonArray("targets").size(), "and Bắc Ninh's are its own");
    }

    @Test
    void administratorsLeadersReadOthersAreRefused() {
        assertEquals(200, Rest.as(PROVINCE + ".admin").get("/api/reports/targets?" + APRIL).status());
        for (String user : List.of("central", PROVINCE + ".clerk", PROVINCE + ".officer", "admin")) {
            Rest.problem(Rest.as(user).get("/api/reports/targets?" + APRIL), 403);
        }
        Rest.problem(Http.toSystemUnderTest().get("/api/reports/targets?" + APRIL), 401);
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        Http l = leader();
        assertNames(l.get("/api/reports/targets"), "year");
        assertNames(l.get("/api/reports/targets?year=20x5"), "year");
        assertNames(l.get("/api/reports/targets?year=1999"), "year");
        assertNames(l.get("/api/reports/targets?year=2025&asOf=2025-02-30"), "asOf");
        assertNames(l.get("/api/reports/targets?year=2025&asOf=15/04/2025"), "asOf");
        assertNames(l.get("/api/reports/targets?year=2025&asOf=2025-4-15"), "asOf");
    }

    // ----- helpers -----

    static JsonObject status(Http http, String query) {
        Http.Response r = http.get("/api/reports/targets?" + query);
        assertEquals(200, r.status(), r::toString);
        return Rest.object(r);
    }

    static JsonObject target(JsonObject status, String unitRef, String metric) {
        for (JsonObject t : status.getJsonArray("targets").getValuesAs(JsonObject.class)) {
            String ref = t.containsKey("unitRef") && !t.isNull("unitRef") ? t.getString("unitRef") : null;
            if (metric.equals(t.getString("metric")) && java.util.Objects.equals(unitRef, ref)) {
                return t;
            }
        }
        throw new AssertionError(metric + " of " + unitRef + " not in " + status);
    }

    static void assertRatio(JsonObject o, long numerator, long denominator, String value) {
        assertEquals(numerator, o.getJsonNumber("numerator").longValue(), o::toString);
        assertEquals(denominator, o.getJsonNumber("denominator").longValue(), o::toString);
        assertEquals(value, o.getJsonNumber("value").bigDecimalValue().toPlainString(), o::toString);
    }

    static String target(String unitRef, String metric, String value, String deadline) {
        return "{" + (unitRef == null ? "" : "\"unitRef\":\"" + unitRef + "\",") + "\"metric\":\"" + metric + "\","
                + "\"targetValue\":" + value + ",\"direction\":\"AT_LEAST\""
                + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"") + "}";
    }

    /** Replaces the province's targets of the year through putTargets (the version read first). */
    static void put(Http admin, int year, String targets) {
        long version = Rest.object(admin.get("/api/targets/" + year)).getJsonNumber("version").longValue();
        Http.Response r = admin.put("/api/targets/" + year, "{\"version\":" + version + ",\"targets\":" + targets + "}");
        assertEquals(200, r.status(), r::toString);
    }

    static final String DIGITISED = "\"digitised\":true";
    static final String ELECTRONIC = "\"electronicResult\":true";
    static final String PAID_ONLINE = "\"feeTotal\":20000,\"paidOnline\":true";
    static final String PAID_AT_DESK = "\"feeTotal\":20000";

    /** Processed, returned and rated (the rating counts on the day of the return); {@code extra} as in {@link #with}. */
    static String returned(int i, String unit, String channel, String received, String processed, String returnedAt,
                           int score, String extra) {
        return with(TimelinessReportIT.line(ImportFiles.code(prefix, i), proc, "H05.30", unit, channel,
                "Ngô Thị Chỉ Tiêu " + i, received, 10, processed, List.of(
                        event(received, "CLERK", "RECEIVE", null, 2, null),
                        event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null),
                        event(returnedAt, "CLERK", "RETURN_RESULT", 9, 10, null))),
                "\"returnedAt\":\"" + TimelinessReportIT.at(returnedAt) + "\",\"satisfaction\":" + score + "," + extra);
    }

    static String with(String line, String extra) {
        return ServiceRatesReportIT.with(line, extra);
    }

    static String done(int i, String unit, String channel, String received, String processed) {
        return TimelinessReportIT.line(ImportFiles.code(prefix, i), proc, "H05.30", unit, channel, "Ngô Thị Chỉ Tiêu " + i,
                received, 9, processed, List.of(event(received, "CLERK", "RECEIVE", null, 2, null),
                        event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null)));
    }
}
