package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.FactSums;
import vn.motcua.reporting.domain.FinishTimes;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The day facts ({@code province.dossier_day_fact}, V10; whole months from the month facts, V14: {@link FactDays})
 * summed per report key over a range of days: all a
 * timeliness report reads about dossiers; per official, the step facts ({@code province.dossier_step_fact}, V12) in
 * the same columns, counting steps. Channel: ONLINE is online; IN_PERSON and POSTAL (every other value) are
 * "in person or by post" (06a column 5).
 */
@ApplicationScoped
public class TimelinessFactRepository {

    private static final String SUMS = "sum(t.received) FILTER (WHERE t.channel = 'ONLINE'),"
            + " sum(t.received) FILTER (WHERE t.channel <> 'ONLINE'), sum(t.ended_early), sum(t.ended_on_time),"
            + " sum(t.ended_late), sum(t.overdue)";

    @Inject
    TenantPersistence persistence;

    /** The facts of every day before {@code from}, per key of the grouping (MONTH and NONE: one key, ""). */
    public Map<String, FactSums> before(ReportGrouping by, ReportScope scope, LocalDate from) {
        return sums(by, by == ReportGrouping.MONTH ? "''" : ReportSql.key(by, columns(by, scope)), scope, null,
                from.minusDays(1));
    }

    /** The facts of the days from..to, per key of the grouping (MONTH: per yyyy-MM; NONE: one key, ""). */
    public Map<String, FactSums> during(ReportGrouping by, ReportScope scope, LocalDate from, LocalDate to) {
        String key = by == ReportGrouping.MONTH ? "to_char(t.day, 'YYYY-MM')" : ReportSql.key(by, columns(by, scope));
        return sums(by, key, scope, from, to);
    }

    /**
     * The facts of the days from..to per competent unit (the code as stored) and month: what the targets' actual
     * values, monthly trends and projections read (one query per day measured to).
     */
    public Map<String, Map<YearMonth, FactSums>> byUnitAndMonth(LocalDate from, LocalDate to) {
        Map<String, Map<YearMonth, FactSums>> out = new HashMap<>();
        sums(ReportGrouping.UNIT, "to_char(t.day, 'YYYY-MM') || ' ' || t.unit_code", ReportScope.PROVINCE, from, to)
                .forEach((key, sums) -> out
                .computeIfAbsent(key.substring(8), u -> new HashMap<>()).put(YearMonth.parse(key.substring(0, 7)), sums));
        return out;
    }

    /** The sums per key over the days from..to (from null: every day up to to), read as {@link FactDays} says. */
    private Map<String, FactSums> sums(ReportGrouping by, String key, ReportScope scope, LocalDate from, LocalDate to) {
        List<Object> params = ReportSql.params();
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(", ").append(SUMS).append(" FROM ")
                .append(scope.countsSteps(by) ? FactDays.steps(from, to, params)
                        : FactDays.range(from, to, ReportSql.needsProcedure(by, scope),
                                "received, ended_early, ended_on_time, ended_late, overdue", params));
        if (ReportSql.needsCatalog(by, scope)) {
            sql.append(ReportSql.catalogJoin(ReportSql.FACTS));
        }
        sql.append(" WHERE true").append(ReportSql.scope(scope, columns(by, scope), params))
                .append(" GROUP BY 1");
        Map<String, FactSums> out = new HashMap<>();
        for (Object row : ReportSql.bind(persistence.tenantEm().createNativeQuery(sql.toString()), params)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], new FactSums(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return out;
    }

    /**
     * The working days to finish of the dossiers finished with a result during from..to, per key of the grouping
     * (MONTH: per yyyy-MM; NONE: one key, ""), from the duration facts (V16). Steps are not measured: rows per
     * official and an official's scope get none.
     */
    public Map<String, FinishTimes> finishTimes(ReportGrouping by, ReportScope scope, LocalDate from, LocalDate to) {
        Map<String, FinishTimes> out = new HashMap<>();
        if (scope.countsSteps(by)) {
            return out;
        }
        String key = by == ReportGrouping.MONTH ? "to_char(t.day, 'YYYY-MM')" : ReportSql.key(by, ReportSql.FACTS);
        List<Object> params = ReportSql.params();
        StringBuilder sql = new StringBuilder("SELECT ").append(key)
                .append(", t.working_days, sum(t.finished), sum(t.worked_hundredths) FROM ")
                .append(FactDays.durations(from, to, ReportSql.needsProcedure(by, scope), params));
        if (ReportSql.needsCatalog(by, scope)) {
            sql.append(ReportSql.catalogJoin(ReportSql.FACTS));
        }
        sql.append(" WHERE true").append(ReportSql.scope(scope, ReportSql.FACTS, params)).append(" GROUP BY 1, 2");
        Map<String, Map<Integer, Long>> days = new HashMap<>();
        Map<String, Long> hundredths = new HashMap<>();
        for (Object row : ReportSql.bind(persistence.tenantEm().createNativeQuery(sql.toString()), params)
                .getResultList()) {
            Object[] r = (Object[]) row;
            String k = (String) r[0];
            days.computeIfAbsent(k, x -> new HashMap<>()).merge(((Number) r[1]).intValue(), n(r[2]), Long::sum);
            hundredths.merge(k, n(r[3]), Long::sum);
        }
        days.forEach((k, d) -> out.put(k, FinishTimes.of(d, hundredths.get(k))));
        return out;
    }

    /** Rows per official, or an official's scope, read the step facts (V12); every other report the day facts. */
    private static ReportSql.Columns columns(ReportGrouping by, ReportScope scope) {
        return scope.countsSteps(by) ? ReportSql.STEP_FACTS : ReportSql.FACTS;
    }

    /** Each procedure's name as its latest catalog version has it (a province has a few thousand procedures). */
    public Map<String, String> procedureNames() {
        Map<String, String> out = new HashMap<>();
        for (Object row : persistence.tenantEm().createNativeQuery("SELECT c.code, c.name FROM " + ReportSql.CATALOG
                + " c").getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
