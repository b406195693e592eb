package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.ServiceRateCounts;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The service-rate counters of the day facts ({@code province.dossier_day_fact}, V11) summed per report key over a
 * range of days: all the service rates report reads about dossiers. Every counter is a flow (+1 on one day of a
 * dossier's life), so a period needs its own days only.
 */
@ApplicationScoped
public class ServiceRateFactRepository {

    private static final String SUMS = "sum(t.received) FILTER (WHERE t.channel = 'ONLINE'),"
            + " sum(t.received) FILTER (WHERE t.channel = 'IN_PERSON'),"
            + " sum(t.received) FILTER (WHERE t.channel = 'POSTAL'), sum(t.digitised), sum(t.fee_bearing),"
            + " sum(t.paid_online), sum(t.ended_early + t.ended_on_time + t.ended_late), sum(t.electronic_result),"
            + " sum(t.supplement_once), sum(t.supplement_twice), sum(t.apologised), sum(t.late_without_apology),"
            + " sum(t.rated_1), sum(t.rated_2), sum(t.rated_3), sum(t.rated_4), sum(t.rated_5)";

    @Inject
    TenantPersistence persistence;

    /** The facts of the days from..to, per key of the grouping (MONTH: per yyyy-MM; NONE: one key, ""). */
    public Map<String, ServiceRateCounts> during(ReportGrouping by, ReportScope scope, LocalDate from, LocalDate to) {
        String key = by == ReportGrouping.MONTH ? "to_char(t.day, 'YYYY-MM')" : ReportSql.key(by, ReportSql.FACTS);
        return sums(by, key, scope, from, to);
    }

    /**
     * The facts of the days from..to per competent unit (the code as stored) and month: what the targets' service-rate
     * metrics read (as {@link TimelinessFactRepository#byUnitAndMonth} for the timeliness ones).
     */
    public Map<String, Map<YearMonth, ServiceRateCounts>> byUnitAndMonth(LocalDate from, LocalDate to) {
        Map<String, Map<YearMonth, ServiceRateCounts>> out = new HashMap<>();
        sums(ReportGrouping.UNIT, "to_char(t.day, 'YYYY-MM') || ' ' || t.unit_code", ReportScope.PROVINCE, from, to)
                .forEach((key, sums) -> out.computeIfAbsent(key.substring(8), u -> new HashMap<>())
                        .put(YearMonth.parse(key.substring(0, 7)), sums));
        return out;
    }

    private Map<String, ServiceRateCounts> sums(ReportGrouping by, String key, ReportScope scope, LocalDate from,
                                                LocalDate to) {
        List<Object> params = ReportSql.params();
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(", ").append(SUMS)
                .append(" FROM ").append(FactDays.range(from, to, ReportSql.needsProcedure(by, scope),
                        "received, ended_early, ended_on_time, ended_late, "
                        + "digitised, fee_bearing, paid_online, electronic_result, supplement_once, supplement_twice, "
                        + "apologised, late_without_apology, rated_1, rated_2, rated_3, rated_4, rated_5", params));
        if (ReportSql.needsCatalog(by, scope)) {
            sql.append(ReportSql.catalogJoin(ReportSql.FACTS));
        }
        sql.append(" WHERE true").append(ReportSql.scope(scope, ReportSql.FACTS, params))
                .append(" GROUP BY 1");
        Map<String, ServiceRateCounts> out = new HashMap<>();
        for (Object row : ReportSql.bind(persistence.tenantEm().createNativeQuery(sql.toString()), params)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long[] n = new long[r.length - 1];
            for (int i = 1; i < r.length; i++) {
                n[i - 1] = TimelinessFactRepository.n(r[i]);
            }
            out.put((String) r[0], new ServiceRateCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
                    n[10], n[11], n[12], n[13], n[14], n[15], n[16]));
        }
        return out;
    }
}
