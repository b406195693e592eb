package vn.motcua.reporting.infrastructure;

import java.time.LocalDate;
import java.util.List;

/**
 * The report facts of a range of days as one table {@code t} with the day facts' columns ({@code day}, unit,
 * procedure unless the read needs none, channel and the counters): the range's whole months from the month facts
 * ({@code province.dossier_month_fact}, V14, or per unit {@code province.dossier_unit_month_fact}, V17; each month's
 * row dated its first day), the days of its partial months from the day facts ({@code province.dossier_day_fact},
 * V10), and the day rows that the background merge has not moved into the day and month facts yet
 * ({@code province.dossier_day_fact_pending}, V27). Same sums as the day facts alone, but a three-year
 * "before the period" reads a few dozen month rows per key instead of a thousand days.
 */
final class FactDays {

    private FactDays() { }

    /**
     * The facts of the days from..to (both included; {@code from} null: every day up to {@code to}) with the given
     * columns (each plain, e.g. {@code received}; the key columns are always there), as {@code (…) t}; the bounds
     * are appended to {@code params}. Without {@code byProcedure} ({@link ReportSql#needsProcedure}) the table has
     * no {@code procedure_code} and whole months come from the month rows per unit and channel
     * ({@code province.dossier_unit_month_fact}, V17): a year by unit reads a few thousand rows, not 140,000.
     */
    static String range(LocalDate from, LocalDate to, boolean byProcedure, String columns, List<Object> params) {
        return byProcedure
                ? range("dossier_day_fact", "dossier_month_fact", "unit_code, procedure_code, channel, " + columns,
                        from, to, params)
                : range("dossier_day_fact", "dossier_unit_month_fact", "unit_code, channel, " + columns, from, to,
                        params);
    }

    /**
     * The working days to finish (V16) of the days from..to, read like {@link #range}, as {@code (…) t} with
     * {@code day, unit_code, working_days, finished, worked_hundredths}, and {@code procedure_code} when
     * {@code byProcedure}. Without it, whole months come from the per-unit month rows (all procedures summed: a
     * year by unit reads a few thousand rows instead of a million); the partial months' days from the day rows.
     */
    static String durations(LocalDate from, LocalDate to, boolean byProcedure, List<Object> params) {
        String columns = (byProcedure ? "unit_code, procedure_code" : "unit_code")
                + ", working_days, finished, worked_hundredths";
        return range("dossier_duration_fact",
                byProcedure ? "dossier_duration_month_fact" : "dossier_duration_unit_month_fact",
                columns, from, to, params);
    }

    /**
     * The rows of from..to with the given columns: whole months from {@code monthTable}, the other days from
     * {@code dayTable}, and the day rows not merged yet (V27: {@code <dayTable>_pending}, whose months are in no month
     * row) of the whole months too.
     */
    private static String range(String dayTable, String monthTable, String columns, LocalDate from, LocalDate to,
                                List<Object> params) {
        LocalDate firstWhole = from == null || from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = to.plusDays(1).withDayOfMonth(1);
        String dayRows = "SELECT day, " + columns + " FROM " + withPending(dayTable) + " WHERE ";
        if (from != null && !firstWhole.isBefore(afterWhole)) {
            return "(" + dayRows + "day BETWEEN " + p(params, from) + " AND " + p(params, to) + ") t";
        }
        String months = from == null ? "month < " + p(params, afterWhole)
                : "month >= " + p(params, firstWhole) + " AND month < " + p(params, afterWhole);
        String pendingMonths = from == null ? "day < " + p(params, afterWhole)
                : "day >= " + p(params, firstWhole) + " AND day < " + p(params, afterWhole);
        String days = "day >= " + p(params, afterWhole) + " AND day <= " + p(params, to);
        if (from != null && from.isBefore(firstWhole)) {
            days = "(" + days + ") OR (day >= " + p(params, from) + " AND day < " + p(params, firstWhole) + ")";
        }
        return "(SELECT month AS day, " + columns + " FROM province." + monthTable + " WHERE " + months
                + " UNION ALL SELECT day, " + columns + " FROM " + pending(dayTable) + " AND " + pendingMonths
                + " UNION ALL " + dayRows + days + ") t";
    }

    /** The step facts (V12: per day, unit, procedure, official and channel) of the days from..to, as {@code (…) t}. */
    static String steps(LocalDate from, LocalDate to, List<Object> params) {
        return "(SELECT * FROM " + withPending("dossier_step_fact") + " WHERE "
                + (from == null ? "" : "day >= " + p(params, from) + " AND ") + "day <= " + p(params, to) + ") t";
    }

    /**
     * A day level of facts as readers must see it (V27): its merged rows and the rows committed since the last merge,
     * still in {@code province.<table>_pending}; the same sums whether merged or not. The planner pushes a read's
     * conditions into both.
     */
    static String withPending(String table) {
        return withPending(table, table);
    }

    /** {@link #withPending(String)} named {@code alias}. */
    static String withPending(String table, String alias) {
        return "(SELECT * FROM province." + table + " UNION ALL SELECT * FROM " + pending(table) + ") " + alias;
    }

    /**
     * A day level's pending rows (V27) with the bound province named in the query, not only in the row-level security
     * policy, so that PostgreSQL reads that province's partition alone (it does not prune on the policy's condition
     * inside a {@code UNION ALL}).
     */
    private static String pending(String table) {
        return "province." + table + "_pending WHERE tenant_id = current_setting('app.tenant', true)";
    }

    private static String p(List<Object> params, LocalDate value) {
        params.add(value);
        return "?" + params.size();
    }
}
