package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.generator.DemoDossierLoader;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.SystemUnderTest;
import vn.motcua.infra.it.dossiers.DossierApi;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * The report facts ({@code province.dossier_day_fact}) are kept by the database from the dossier rows, whichever path
 * writes them, and always equal a rebuild from the dossiers: on a generated year, on live receipts and transitions,
 * and across refused and repeated import batches.
 */
class DayFactsIT {

    /** One fact row: its key (day, unit, procedure, channel) and its counts. */
    record Fact(String key, List<Integer> counts) {
        boolean zero() {
            return counts.stream().allMatch(c -> c == 0);
        }
    }

    static Connection db(String tenant) throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        return ImportFiles.runtime(sut.dataDir(), sut.pgPort(), tenant);
    }

    /** Every counter of a fact row (V10: 06a; V11: service rates), in this order in {@link #facts}. */
    static final List<String> COUNTERS = List.of("received", "ended_early", "ended_on_time", "ended_late", "overdue",
            "digitised", "fee_bearing", "paid_online", "electronic_result", "supplement_once", "supplement_twice",
            "apologised", "late_without_apology", "rated_1", "rated_2", "rated_3", "rated_4", "rated_5");

    /** A fact's counts: the given ones by counter name, every other 0. */
    static List<Integer> counts(Object... nameThenCount) {
        Integer[] v = new Integer[COUNTERS.size()];
        java.util.Arrays.fill(v, 0);
        for (int i = 0; i < nameThenCount.length; i += 2) {
            int at = COUNTERS.indexOf((String) nameThenCount[i]);
            assertTrue(at >= 0, "a counter: " + nameThenCount[i]);
            v[at] = (Integer) nameThenCount[i + 1];
        }
        return List.of(v);
    }

    /** The province's facts by key, rows whose counts all cancelled out left aside (a rebuild does not write them). */
    static Map<String, List<Integer>> facts(String tenant) throws Exception {
        return rows(tenant, summed("day, unit_code, procedure_code, channel", COUNTERS, "dossier_day_fact"));
    }

    /** The province's month facts (V14) by key (month as yyyy-MM, unit, procedure, channel), zero rows left aside. */
    static Map<String, List<Integer>> monthFacts(String tenant) throws Exception {
        return rows(tenant, summedMonths("to_char(month, 'YYYY-MM'), unit_code, procedure_code, channel", COUNTERS,
                "dossier_month_fact", "month, unit_code, procedure_code, channel", "dossier_day_fact"));
    }

    /** The province's month facts per unit over all procedures (V17), keyed as {@link #monthFacts} with procedure *. */
    static Map<String, List<Integer>> unitMonthFacts(String tenant) throws Exception {
        return rows(tenant, summedMonths("to_char(month, 'YYYY-MM'), unit_code, '*', channel", COUNTERS,
                "dossier_unit_month_fact", "month, unit_code, channel", "dossier_day_fact"));
    }

    /** The working days' counters. */
    static final List<String> HISTOGRAM = List.of("finished", "worked_hundredths");

    /**
     * A day level of facts as the reports read it (V27): its rows and those pending a merge, summed per key
     * ({@code keys}: the key expressions, comma-separated at the top level), with the given counters.
     */
    static String summed(String keys, List<String> counters, String table) {
        return summedRows(keys, counters, "SELECT * FROM province." + table + " UNION ALL SELECT * FROM province."
                + table + "_pending");
    }

    /**
     * A month level as the reports read it (V27): its rows and the day rows of {@code dayTable} pending a merge (which
     * no month row holds yet), summed per key; {@code columns}: the month level's key columns, {@code month} first.
     */
    static String summedMonths(String keys, List<String> counters, String monthTable, String columns, String dayTable) {
        String c = String.join(", ", counters);
        return summedRows(keys, counters, "SELECT " + columns + ", " + c + " FROM province." + monthTable
                + " UNION ALL SELECT date_trunc('month', day)::date" + columns.substring("month".length()) + ", " + c
                + " FROM province." + dayTable + "_pending");
    }

    private static String summedRows(String keys, List<String> counters, String rows) {
        int keyCount = keys.split(",(?![^(]*\\))").length;
        StringBuilder sql = new StringBuilder("SELECT ").append(keys);
        counters.forEach(c -> sql.append(", sum(").append(c).append(")"));
        sql.append(" FROM (").append(rows).append(") f GROUP BY ");
        for (int i = 1; i <= keyCount; i++) {
            sql.append(i == 1 ? "" : ", ").append(i);
        }
        return sql.toString();
    }

    /** The bound province's fact rows waiting for a merge (V27), in every level. */
    static long pending(String tenant) throws Exception {
        return scalar(tenant, "SELECT (SELECT count(*) FROM province.dossier_day_fact_pending)"
                + " + (SELECT count(*) FROM province.dossier_step_fact_pending)"
                + " + (SELECT count(*) FROM province.dossier_duration_fact_pending)");
    }

    /** Merges the province's pending fact rows as the background merge does; the pending rows moved. */
    static long merge(String tenant) throws Exception {
        return scalar(tenant, "SELECT province.facts_merge()");
    }

    /** Two rows' counts added column by column. */
    private static List<Integer> plus(List<Integer> a, List<Integer> b) {
        List<Integer> s = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            s.add(a.get(i) + b.get(i));
        }
        return List.copyOf(s);
    }

    /** The month facts summed over procedures, keyed as {@link #unitMonthFacts}. */
    static Map<String, List<Integer>> overProcedures(Map<String, List<Integer>> monthFacts) {
        Map<String, List<Integer>> out = new TreeMap<>();
        monthFacts.forEach((key, counts) -> {
            String[] k = key.split(" ");
            out.merge(k[0] + " " + k[1] + " * " + k[3], counts, DayFactsIT::plus);
        });
        out.values().removeIf(counts -> counts.stream().allMatch(c -> c == 0));
        return out;
    }

    /** The day facts summed per month, keyed as {@link #monthFacts}. */
    static Map<String, List<Integer>> perMonth(Map<String, List<Integer>> dayFacts) {
        Map<String, List<Integer>> out = new TreeMap<>();
        dayFacts.forEach((key, counts) -> out.merge(key.substring(0, 7) + key.substring(10), counts,
                DayFactsIT::plus));
        out.values().removeIf(counts -> counts.stream().allMatch(c -> c == 0));
        return out;
    }

    private static Map<String, List<Integer>> rows(String tenant, String sql) throws Exception {
        Map<String, List<Integer>> out = new TreeMap<>();
        try (Connection c = db(tenant); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Integer> counts = new java.util.ArrayList<>();
                for (int i = 0; i < COUNTERS.size(); i++) {
                    counts.add(rs.getInt(5 + i));
                }
                Fact f = new Fact(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
                        List.copyOf(counts));
                if (!f.zero()) {
                    out.put(f.key(), f.counts());
                }
            }
        }
        return out;
    }

    /**
     * The working days to finish (V16) by key: day (or month, yyyy-MM), unit, procedure, whole working days →
     * [finished, Σ hundredths]; rows that cancelled out left aside.
     */
    static Map<String, List<Long>> durations(String tenant, boolean months) throws Exception {
        return histogram(tenant, months
                ? summedMonths("to_char(month, 'YYYY-MM') || ' ' || unit_code || ' ' || procedure_code || ' '"
                        + " || working_days", HISTOGRAM, "dossier_duration_month_fact", "month, unit_code, procedure_code, working_days",
                        "dossier_duration_fact")
                : summed("day || ' ' || unit_code || ' ' || procedure_code || ' ' || working_days", HISTOGRAM,
                        "dossier_duration_fact"));
    }

    /** The per-unit month rows of the working days (V16) by month (yyyy-MM), unit, whole working days. */
    static Map<String, List<Long>> unitDurations(String tenant) throws Exception {
        return histogram(tenant, summedMonths("to_char(month, 'YYYY-MM') || ' ' || unit_code || ' ' || working_days",
                HISTOGRAM, "dossier_duration_unit_month_fact", "month, unit_code, working_days",
                "dossier_duration_fact"));
    }

    private static Map<String, List<Long>> histogram(String tenant, String sql) throws Exception {
        Map<String, List<Long>> out = new TreeMap<>();
        try (Connection c = db(tenant); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(2) != 0 || rs.getLong(3) != 0) {
                    out.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    static long scalar(String tenant, String sql) throws Exception {
        try (Connection c = db(tenant); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long rebuild(String tenant) {
        Http.Response r = Rest.as(tenant + ".admin").post("/api/reports/facts/rebuild", "");
        assertEquals(200, r.status(), r::toString);
        assertTrue(Rest.object(r).containsKey("factRows"), () -> r + " " + r.headers().map());
        return Rest.object(r).getJsonNumber("factRows").longValue();
    }

    /** Each counter summed over every key. */
    static List<Integer> sum(Map<String, List<Integer>> facts) {
        int[] s = new int[COUNTERS.size()];
        facts.values().forEach(v -> {
            for (int i = 0; i < s.length; i++) {
                s[i] += v.get(i);
            }
        });
        return java.util.Arrays.stream(s).boxed().toList();
    }

    @Test
    void aGeneratedYearsFactsEqualARebuildCellByCellAndTheDossiersCountedDirectly() throws Exception {
        Path dir = Files.createTempDirectory("motcua-facts-it");
        new DemoDossierLoader(SystemUnderTest.get().baseUrl(), dir, List.of("gia-lai"), "demo", 12_000, System.out,
                LocalDate.of(2026, 12, 4)).run();
        assertEquals(12_000, scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE import_batch LIKE 'demo-gia-lai-%'"),
                "the generated year was imported");

        Map<String, List<Integer>> live = facts("gia-lai");
        // The same totals counted from the dossiers themselves: received = accepted; ended by timeliness; the overdue
        // changes of an ended dossier cancel out, an open one that has an overdue-from instant adds one.
        List<Integer> direct = List.of(
                (int) scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE received_at IS NOT NULL"),
                (int) scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE timeliness = 'EARLY'"),
                (int) scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE timeliness = 'ON_TIME'"),
                (int) scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE timeliness = 'LATE'"),
                (int) scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE received_at IS NOT NULL "
                        + "AND timeliness IS NULL AND overdue_from IS NOT NULL"));
        assertEquals(direct, sum(live).subList(0, 5));
        assertTrue(direct.get(0) > 11_000 && direct.get(1) > 0 && direct.get(3) > 0, direct.toString());
        // The service-rate counters (V11), counted from the dossiers the same way: on receipt, when finished (ended
        // with a timeliness and an end instant), when rated
        String accepted = "SELECT count(*) FROM province.dossier WHERE received_at IS NOT NULL AND ";
        String finished = accepted + "timeliness IS NOT NULL AND coalesce(processed_at, closed_at) IS NOT NULL AND ";
        String rated = accepted + "rated_at IS NOT NULL AND satisfaction = ";
        List<Integer> rates = new java.util.ArrayList<>();
        for (String sql : List.of(accepted + "digitised", accepted + "fee_total > 0", accepted + "fee_total > 0 AND paid_online",
                finished + "electronic_result", finished + "supplement_count >= 1", finished + "supplement_count >= 2",
                finished + "apology_at IS NOT NULL", finished + "timeliness = 'LATE' AND apology_at IS NULL",
                rated + "1", rated + "2", rated + "3", rated + "4", rated + "5")) {
            rates.add((int) scalar("gia-lai", sql));
        }
        assertEquals(rates, sum(live).subList(5, COUNTERS.size()));
        for (int i = 0; i < rates.size(); i++) {
            assertTrue(rates.get(i) > 0, "the generated year has some " + COUNTERS.get(5 + i) + ": " + rates);
        }

        Map<String, List<Integer>> liveMonths = monthFacts("gia-lai");
        assertEquals(perMonth(live), liveMonths, "the month facts (V14) are the day facts summed per month");
        assertTrue(liveMonths.size() < live.size() / 2, liveMonths.size() + " month rows, " + live.size() + " day rows");
        Map<String, List<Integer>> liveUnitMonthFacts = unitMonthFacts("gia-lai");
        assertEquals(overProcedures(liveMonths), liveUnitMonthFacts, "the unit month facts (V17) are the month facts"
                + " summed over procedures");
        assertTrue(liveUnitMonthFacts.size() < liveMonths.size() / 2, liveUnitMonthFacts.size() + " unit month rows");

        // Working days to finish (V16): every dossier finished with a result once, on its finish day, in the whole
        // working days its hundredths round up to; the month rows are the day rows summed per month
        Map<String, List<Long>> liveTimes = durations("gia-lai", false);
        long measured = liveTimes.values().stream().mapToLong(v -> v.get(0)).sum();
        long hundredths = liveTimes.values().stream().mapToLong(v -> v.get(1)).sum();
        assertEquals(scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE received_at IS NOT NULL"
                + " AND processed_at IS NOT NULL AND worked_hundredths IS NOT NULL"), measured);
        assertEquals(scalar("gia-lai", "SELECT coalesce(sum(worked_hundredths), 0) FROM province.dossier"
                + " WHERE received_at IS NOT NULL AND processed_at IS NOT NULL"), hundredths);
        assertTrue(measured > 10_000, "nearly every generated dossier finished with a result: " + measured);
        assertEquals(0, scalar("gia-lai", "SELECT count(*) FROM province.dossier WHERE received_at IS NOT NULL"
                + " AND processed_at IS NOT NULL AND worked_hundredths IS NULL AND import_batch LIKE 'demo-gia-lai-%'"),
                "every imported dossier finished with a result was measured");
        Map<String, List<Long>> liveTimeMonths = durations("gia-lai", true);
        Map<String, List<Long>> summed = new TreeMap<>();
        liveTimes.forEach((key, v) -> summed.merge(key.substring(0, 7) + key.substring(10), v,
                (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
        assertEquals(summed, liveTimeMonths, "the duration month facts are the day rows summed per month");
        Map<String, List<Long>> liveUnitMonths = unitDurations("gia-lai");
        Map<String, List<Long>> overProcedures = new TreeMap<>();
        liveTimeMonths.forEach((key, v) -> {
            String[] k = key.split(" ");
            overProcedures.merge(k[0] + " " + k[1] + " " + k[3], v,
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
        });
        assertEquals(overProcedures, liveUnitMonths, "the per-unit month rows are the month rows summed over procedures");
        // fewer, though not many fewer on a generated year (few procedures of a unit have dossiers in a month); at 10
        // million dossiers the per-procedure rows multiply, not these (docs/benchmarks.md)
        assertTrue(liveUnitMonths.size() < liveTimeMonths.size(),
                liveUnitMonths.size() + " unit month rows, " + liveTimeMonths.size() + " month rows");

        secondSupplementsInTimeAreThoseOfTheContributions("gia-lai");
        indexTargetsScoreEachMonthAsTheIndexDoes("gia-lai");

        // A merge (V27; the application runs one when the province's imports are quiet) moves the rows pending into
        // their levels and changes no figure
        merge("gia-lai");
        assertEquals(0, pending("gia-lai"), "nothing is left pending by a merge when no writer is in flight");
        assertEquals(live, facts("gia-lai"), "the facts after a merge are those before it, key by key");
        assertEquals(liveMonths, monthFacts("gia-lai"), "and the month facts");
        assertEquals(liveUnitMonthFacts, unitMonthFacts("gia-lai"), "and the unit month facts");
        assertEquals(liveTimes, durations("gia-lai", false), "and the working days");
        assertEquals(liveUnitMonths, unitDurations("gia-lai"), "and their unit month rows");

        long rows = rebuild("gia-lai");
        Map<String, List<Integer>> rebuilt = facts("gia-lai");
        assertEquals(rows, rebuilt.size());
        assertEquals(live, rebuilt, "the facts kept live are those of a rebuild, key by key");
        assertEquals(liveMonths, monthFacts("gia-lai"), "the month facts kept live are those of a rebuild");
        assertEquals(liveUnitMonthFacts, unitMonthFacts("gia-lai"), "and the unit month facts");
        assertEquals(liveTimes, durations("gia-lai", false), "the duration facts kept live are those of a rebuild");
        assertEquals(liveTimeMonths, durations("gia-lai", true), "and their month rows");
        assertEquals(liveUnitMonths, unitDurations("gia-lai"), "and their per-unit month rows");
    }

    /**
     * The index's second-supplement shortfall is counted on the dossier's stored columns (DrillDownRepository, V24's
     * covering index), not on its contributions: for the months of a generated year and a few other periods, the
     * index's count and its drill-down's total are the dossiers that the contributions (V10's function, the facts'
     * one definition) put there — ended early or on time in the period, or open and not overdue at its end.
     */
    static void secondSupplementsInTimeAreThoseOfTheContributions(String tenant) throws Exception {
        List<String[]> periods = new java.util.ArrayList<>();
        for (int m = 1; m <= 11; m++) {
            LocalDate first = LocalDate.of(2026, m, 1);
            periods.add(new String[] {first.toString(), first.plusMonths(1).minusDays(1).toString()});
        }
        periods.add(new String[] {"2026-01-01", "2026-12-03"});
        periods.add(new String[] {"2026-12-01", "2026-12-03"});
        periods.add(new String[] {"2026-06-15", "2026-06-15"});
        long ended = 0;
        long open = 0;
        Http leader = Rest.as(tenant + ".leader");
        for (String[] p : periods) {
            String contributions = " FROM province.dossier_day_contribution(t, 1) c WHERE ";
            String endedIn = "EXISTS (SELECT 1" + contributions + "c.ended_early + c.ended_on_time <> 0 AND c.day"
                    + " BETWEEN DATE '" + p[0] + "' AND DATE '" + p[1] + "')";
            String openNotOverdue = "((SELECT coalesce(sum(c.received - c.ended_early - c.ended_on_time - c.ended_late),"
                    + " 0)" + contributions + "c.day <= DATE '" + p[1] + "') > 0 AND (SELECT coalesce(sum(c.overdue), 0)"
                    + contributions + "c.day <= DATE '" + p[1] + "') <= 0)";
            String twice = "SELECT count(*) FROM province.dossier t WHERE t.received_at IS NOT NULL"
                    + " AND t.supplement_count >= 2 AND ";
            long expected = scalar(tenant, twice + "(" + endedIn + " OR " + openNotOverdue + ")");
            ended += scalar(tenant, twice + endedIn);
            open += scalar(tenant, twice + openNotOverdue);
            String query = "from=" + p[0] + "&to=" + p[1];
            JsonObject index = Rest.object(leader.get("/api/index/province?" + query));
            long counted = 0;
            for (JsonObject metric : index.getJsonObject("province").getJsonArray("metrics")
                    .getValuesAs(JsonObject.class)) {
                if (metric.getString("code").equals("TDGQ_ON_TIME")) {
                    for (JsonObject s : metric.getJsonArray("shortfall").getValuesAs(JsonObject.class)) {
                        if (s.getString("column").equals("supplementedTwiceInTime")) {
                            counted = s.getInt("count");
                        }
                    }
                }
            }
            assertEquals(expected, counted, "the index's count, " + query);
            JsonObject list = Rest.object(leader.get("/api/index/drill-down?" + query
                    + "&metric=TDGQ_ON_TIME&column=supplementedTwiceInTime&size=1"));
            assertEquals(expected, list.getInt("total"), "the drill-down's total, " + query);
        }
        assertTrue(ended > 0 && open > 0, "both ways of being in time occur: " + ended + " ended, " + open + " open");
    }

    /**
     * A target on the index total is scored for the year to date and month by month, the periods' second supplement
     * requests read in one statement (DrillDownRepository, one count per period): each month's score and the actual
     * are the province's index total read for that period alone. The province's targets are put back afterwards.
     */
    static void indexTargetsScoreEachMonthAsTheIndexDoes(String tenant) {
        Http admin = Rest.as(tenant + ".admin");
        Http leader = Rest.as(tenant + ".leader");
        JsonObject before = Rest.object(admin.get("/api/targets/2026"));
        Http.Response put = admin.put("/api/targets/2026", "{\"version\":" + before.getJsonNumber("version")
                + ",\"targets\":[{\"metric\":\"INDEX_TOTAL\",\"targetValue\":100,\"direction\":\"AT_LEAST\","
                + "\"deadline\":\"2026-12-31\"}]}");
        assertEquals(200, put.status(), put::toString);
        long version = Rest.object(put).getJsonNumber("version").longValue();
        try {
            JsonObject status = Rest.object(leader.get("/api/reports/targets?year=2026&asOf=2026-11-30"));
            JsonObject target = status.getJsonArray("targets").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("metric").equals("INDEX_TOTAL")).findFirst().orElseThrow();
            List<JsonObject> months = target.getJsonArray("months").getValuesAs(JsonObject.class);
            assertEquals(11, months.size(), target::toString);
            for (JsonObject m : months) {
                java.time.YearMonth month = java.time.YearMonth.parse(m.getString("month"));
                JsonObject index = Rest.object(leader.get("/api/index/province?from=" + month.atDay(1) + "&to="
                        + month.atEndOfMonth()));
                assertEquals(index.getJsonObject("province").getJsonNumber("total").doubleValue(),
                        m.getJsonNumber("score").doubleValue(), 1e-9, "the score of " + month);
            }
            JsonObject ytd = Rest.object(leader.get("/api/index/province?from=2026-01-01&to=2026-11-30"));
            assertEquals(ytd.getJsonObject("province").getJsonNumber("total").doubleValue(),
                    target.getJsonNumber("actualScore").doubleValue(), 1e-9, "the actual: the year to date");
        } finally {
            Http.Response back = admin.put("/api/targets/2026", "{\"version\":" + version + ",\"targets\":"
                    + before.getJsonArray("targets") + "}");
            assertEquals(200, back.status(), back::toString);
        }
    }

    @Test
    void aReceiptAndAWithdrawalAtTheDeskChangeTodaysFactOfTheirUnitAndProcedure() throws Exception {
        JsonObject d = DossierApi.receiveInGiaLai("Trần Thị Thu Facts");
        String key = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + " " + d.getString("competentUnitCode")
                + " " + d.getString("procedureCode") + " IN_PERSON";
        List<Integer> before = facts("gia-lai").getOrDefault(key, counts());
        // received before this test's snapshot; withdrawn now, well within time: ended on time
        Http.Response r = Rest.as("gia-lai.clerk").post("/api/dossiers/" + d.getString("code") + "/transitions",
                Json.createObjectBuilder().add("action", "WITHDRAW").add("version", d.getJsonNumber("version").longValue())
                        .add("reason", "Công dân xin rút hồ sơ").build().toString());
        assertEquals(200, r.status(), r::toString);
        List<Integer> after = facts("gia-lai").get(key);
        List<Integer> expected = new java.util.ArrayList<>(before);
        expected.set(2, before.get(2) + 1); // ended on time; no electronic result, supplement, apology or rating
        assertEquals(expected, after);
        assertTrue(after.get(0) >= 1, "its receipt was counted: " + after);

        String month = key.substring(0, 7) + key.substring(10);
        List<Integer> monthAfter = monthFacts("gia-lai").get(month);
        assertEquals(perMonth(facts("gia-lai")).get(month), monthAfter, "the month fact followed: " + month);
        assertTrue(monthAfter.get(0) >= 1 && monthAfter.get(2) >= 1, monthAfter.toString());

        Map<String, List<Integer>> live = facts("gia-lai");
        Map<String, List<Integer>> liveMonths = monthFacts("gia-lai");
        Map<String, List<Integer>> liveUnitMonths = unitMonthFacts("gia-lai");
        assertEquals(overProcedures(liveMonths), liveUnitMonths, "the unit month facts followed the update");
        rebuild("gia-lai");
        assertEquals(live, facts("gia-lai"));
        assertEquals(liveMonths, monthFacts("gia-lai"), "the month facts kept live are those of a rebuild");
        assertEquals(liveUnitMonths, unitMonthFacts("gia-lai"), "and the unit month facts");
    }

    @Test
    void aRefusedBatchLeavesTheFactsAsTheyWereAndARepeatedOneChangesNothing() throws Exception {
        Http admin = Rest.as("gia-lai.admin");
        String procedure = ImportFiles.procedure("gia-lai.admin", 5);
        String prefix = ImportFiles.unique("facts");
        String good = ImportFiles.batch(prefix, procedure, 3);
        Map<String, List<Integer>> start = facts("gia-lai");
        Map<String, List<Integer>> startMonths = monthFacts("gia-lai");

        String bad = good.replace("\"channel\":\"IN_PERSON\"", "\"channel\":\"FAX\"");
        assertEquals(400, ImportFiles.post(admin, prefix, bad).status());
        assertEquals(start, facts("gia-lai"), "a refused batch leaves no fact behind");
        assertEquals(startMonths, monthFacts("gia-lai"), "nor a month fact");

        assertEquals(200, ImportFiles.post(admin, prefix, good).status());
        Map<String, List<Integer>> imported = facts("gia-lai");
        // Three dossiers received Mon 02/03/2026 at H21.05 in person, digitised, with fees paid at the desk; the
        // supplement pause moved their due instant of 5 working days by two office days to Wed 11/03; processed
        // Tue 10/03 15:00: a day before, early, after one supplement request, no electronic result; returned and
        // rated 5 on Fri 20/03.
        List<Integer> received = counts("received", 3, "digitised", 3, "fee_bearing", 3);
        List<Integer> ended = counts("ended_early", 3, "supplement_once", 3);
        List<Integer> rated = counts("rated_5", 3);
        assertEquals(received, imported.get("2026-03-02 H21.05 " + procedure + " IN_PERSON"));
        assertEquals(ended, imported.get("2026-03-10 H21.05 " + procedure + " IN_PERSON"));
        assertEquals(rated, imported.get("2026-03-20 H21.05 " + procedure + " IN_PERSON"));
        Map<String, List<Integer>> expected = new TreeMap<>(start);
        expected.put("2026-03-02 H21.05 " + procedure + " IN_PERSON", received);
        expected.put("2026-03-10 H21.05 " + procedure + " IN_PERSON", ended);
        expected.put("2026-03-20 H21.05 " + procedure + " IN_PERSON", rated);
        assertEquals(expected, imported, "nothing else moved");
        // Its month (V14): the three days' counts together, added to whatever March 2026 already had for that key
        String march = "2026-03 H21.05 " + procedure + " IN_PERSON";
        List<Integer> marchBefore = startMonths.getOrDefault(march, counts());
        List<Integer> marchAdded = counts("received", 3, "digitised", 3, "fee_bearing", 3, "ended_early", 3,
                "supplement_once", 3, "rated_5", 3);
        List<Integer> marchExpected = new java.util.ArrayList<>();
        for (int i = 0; i < marchAdded.size(); i++) {
            marchExpected.add(marchBefore.get(i) + marchAdded.get(i));
        }
        assertEquals(marchExpected, monthFacts("gia-lai").get(march));

        assertEquals(200, ImportFiles.post(admin, prefix, good).status());
        assertEquals(imported, facts("gia-lai"), "the same batch again changes nothing");
    }
}
