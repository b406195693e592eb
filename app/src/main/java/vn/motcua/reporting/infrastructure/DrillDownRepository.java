package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.DrillDownDossier;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.ServiceRateColumn;
import vn.motcua.reporting.domain.ShortfallColumn;
import vn.motcua.reporting.domain.TimelinessColumn;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The dossiers behind one number of the timeliness report, read from {@code province.dossier}: a dossier is in a
 * column's list when its own contributions to the facts ({@code province.dossier_day_contribution}, V10 — the very
 * rows the triggers and the rebuild sum) put it there, so the list's total is the number and the rules (received,
 * ended and overdue days in Asia/Ho_Chi_Minh) are written once, in that function. A list, so one query per request is
 * fine here.
 */
@ApplicationScoped
public class DrillDownRepository {

    static final String END = "coalesce(t.processed_at, t.closed_at)";
    /** The dossier's contributions to the facts: per day, received, ended early / on time / late, overdue change, and
     *  the service-rate counters (V11). */
    static final String CONTRIBUTIONS = " FROM province.dossier_day_contribution(t, 1) c";
    static final String ENDED = "c.ended_early + c.ended_on_time + c.ended_late";

    @Inject
    TenantPersistence persistence;

    /**
     * The dossiers counted in {@code column} for {@code period}, within the scope, and of the row {@code key} when
     * grouped by unit, field or procedure (MONTH: the caller narrows the period; NONE: no key).
     */
    public DrillDownPage page(ReportColumn column, ReportPeriod period, ReportGrouping by, String key, ReportScope scope,
                     int first, int size) {
        List<Object> params = ReportSql.params();
        StringBuilder where = new StringBuilder(" FROM province.dossier t");
        boolean keyed = by == ReportGrouping.UNIT || by == ReportGrouping.FIELD || by == ReportGrouping.PROCEDURE;
        if (ReportSql.needsCatalog(by, scope)) {
            where.append(ReportSql.catalogJoin(ReportSql.DOSSIERS));
        }
        where.append(" WHERE t.received_at IS NOT NULL AND ").append(condition(column, period))
                .append(ReportSql.scope(scope, ReportSql.DOSSIERS, params));
        if (keyed) {
            params.add(key);
            where.append(" AND ").append(ReportSql.key(by, ReportSql.DOSSIERS)).append(" = ?").append(params.size());
        }
        long total = ((Number) ReportSql.bind(persistence.tenantEm().createNativeQuery("SELECT count(*)" + where),
                params).getSingleResult()).longValue();
        List<DrillDownDossier> items = new ArrayList<>();
        if (total > first) {
            params.add(first);
            params.add(size);
            String sql = "SELECT t.code, t.procedure_code, t.competent_unit_code, t.channel, t.received_at, t.due_at, "
                    + END + ", CASE WHEN t.timeliness IS NOT NULL AND " + END + " IS NOT NULL THEN t.timeliness END"
                    + where + " ORDER BY t.received_at, t.code OFFSET ?" + (params.size() - 1) + " LIMIT ?" + params.size();
            for (Object row : ReportSql.bind(persistence.tenantEm().createNativeQuery(sql), params).getResultList()) {
                Object[] r = (Object[]) row;
                items.add(new DrillDownDossier((String) r[0], (String) r[1], (String) r[2], (String) r[3], instant(r[4]),
                        instant(r[5]), instant(r[6]), (String) r[7]));
            }
        }
        return new DrillDownPage(total, items);
    }

    /**
     * The condition of a column for the period. The days are written as literals (a LocalDate prints only digits and
     * dashes), as each is used several times.
     */
    static String condition(ReportColumn column, ReportPeriod period) {
        if (column instanceof TimelinessColumn t) {
            return condition(t, period);
        }
        if (column instanceof ShortfallColumn s) {
            return condition(s, period);
        }
        return condition((ServiceRateColumn) column, " BETWEEN " + day(period.from()) + " AND " + day(period.to()));
    }

    static String condition(TimelinessColumn column, ReportPeriod period) {
        String from = day(period.from());
        String to = day(period.to());
        String before = day(period.dayBefore());
        String inPeriod = " BETWEEN " + from + " AND " + to;
        return switch (column) {
            case receivedOnline -> "(" + during("c.received", inPeriod) + " AND t.channel = 'ONLINE')";
            case receivedInPersonOrPostal -> "(" + during("c.received", inPeriod) + " AND t.channel <> 'ONLINE')";
            case carriedOver -> openAt(before);
            case receivedTotal -> "(" + openAt(before) + " OR " + during("c.received", inPeriod) + ")";
            case finishedTotal -> during(ENDED, inPeriod);
            case finishedEarly -> during("c.ended_early", inPeriod);
            case finishedOnTime -> during("c.ended_on_time", inPeriod);
            case finishedLate -> during("c.ended_late", inPeriod);
            case openTotal -> openAt(to);
            case openOverdue -> overdueAt(to);
            case openWithinTime -> "(" + openAt(to) + " AND NOT " + overdueAt(to) + ")";
            case finishedWithResult -> "EXISTS (SELECT 1 FROM province.dossier_duration_contribution(t, 1) w WHERE w.day"
                    + inPeriod + ")";
        };
    }

    /**
     * The condition of a service-rate column (V11): every one is a flow, counted on one day of the dossier's life,
     * so the dossier is in the list when it contributes to the count on a day of the period.
     */
    static String condition(ServiceRateColumn column, String inPeriod) {
        return switch (column) {
            case received -> during("c.received", inPeriod);
            case receivedOnline -> channel("ONLINE", inPeriod);
            case receivedInPerson -> channel("IN_PERSON", inPeriod);
            case receivedPostal -> channel("POSTAL", inPeriod);
            case digitised -> during("c.digitised", inPeriod);
            case feeBearing -> during("c.fee_bearing", inPeriod);
            case paidOnline -> during("c.paid_online", inPeriod);
            case finishedTotal -> during(ENDED, inPeriod);
            case electronicResults -> during("c.electronic_result", inPeriod);
            case supplementedOnce -> during("c.supplement_once", inPeriod);
            case supplementedTwice -> during("c.supplement_twice", inPeriod);
            case apologised -> during("c.apologised", inPeriod);
            case lateWithoutApology -> during("c.late_without_apology", inPeriod);
            case rated -> during("c.rated_1 + c.rated_2 + c.rated_3 + c.rated_4 + c.rated_5", inPeriod);
            case rated1 -> during("c.rated_1", inPeriod);
            case rated2 -> during("c.rated_2", inPeriod);
            case rated3 -> during("c.rated_3", inPeriod);
            case rated4 -> during("c.rated_4", inPeriod);
            case rated5 -> during("c.rated_5", inPeriod);
            case satisfied -> during("c.rated_4 + c.rated_5", inPeriod);
        };
    }

    /**
     * The index's shortfalls (issue 14): each a combination of the dossier's own contributions, so that a list's total
     * is the count the index subtracted. A second supplement request is read from the dossier as it is now.
     */
    static String condition(ShortfallColumn column, ReportPeriod period) {
        String to = day(period.to());
        String inPeriod = " BETWEEN " + day(period.from()) + " AND " + to;
        return switch (column) {
            case supplementedTwiceInTime -> twiceInTime(period);
            case notDigitised -> "(" + during("c.received", inPeriod) + " AND NOT " + during("c.digitised", inPeriod)
                    + ")";
            case withoutElectronicResult -> "(" + during(ENDED, inPeriod) + " AND NOT "
                    + during("c.electronic_result", inPeriod) + ")";
            case notPaidOnline -> "(" + during("c.fee_bearing", inPeriod) + " AND NOT "
                    + during("c.paid_online", inPeriod) + ")";
        };
    }

    /**
     * A second supplement request within time ({@link ShortfallColumn#supplementedTwiceInTime}), on the dossier's
     * stored columns alone, so that V24's partial index covers it (no contribution is computed per dossier: on a
     * province-year of 10 million dossiers, 1.7 s to 0.1 s). It is the contributions' test written out, and
     * {@code DayFactsIT} checks on a generated year, month by month, that both give the same dossiers:
     * <ul>
     *   <li>ended early or on time in the period: a timeliness of EARLY or ON_TIME and the end instant within it (the
     *       contribution's ended day);</li>
     *   <li>or open at the period's end: received by then and not ended by then (an end counts with a timeliness),
     *       and not overdue then: no overdue-from instant by then that an end after it would have cancelled
     *       (V10's overdue change is +1 on that day when the dossier was not ended by it, -1 on its ended day).</li>
     * </ul>
     */
    static String twiceInTime(ReportPeriod period) {
        return "(" + TWICE + " AND " + inTimeAtEndOf(period) + ")";
    }

    /** The dossiers {@link ShortfallColumn#supplementedTwiceInTime} can hold in any period: V24's partial index. */
    static final String TWICE = "t.supplement_count >= 2";

    /** Of those, the ones in time in the period (see {@link #twiceInTime}). */
    static String inTimeAtEndOf(ReportPeriod period) {
        String from = startOf(period.from());
        String after = startOf(period.to().plusDays(1));
        String endedBy = "(t.timeliness IS NOT NULL AND " + END + " < " + after + ")";
        String overdueBy = "(t.overdue_from IS NOT NULL AND t.overdue_from < " + after + " AND (" + END + " IS NULL OR "
                + END + " > t.overdue_from))";
        return "(t.received_at < " + after + " AND ((t.timeliness IN ('EARLY', 'ON_TIME')"
                + " AND " + END + " >= " + from + " AND " + END + " < " + after + ") OR (NOT " + endedBy + " AND NOT "
                + overdueBy + ")))";
    }

    /**
     * How many dossiers are in {@code column} for the period, by competent unit as stored and procedure: the index's
     * shortfalls that no fact keeps (a second supplement request), read through V24's covering partial index.
     */
    public Map<List<String>, Long> countByUnitAndProcedure(ShortfallColumn column, ReportPeriod period) {
        return countByUnitAndProcedure(column, List.of(period)).get(period);
    }

    /**
     * The same for several periods in one statement: one count per period over one read of the dossiers the column
     * can hold. For {@code supplementedTwiceInTime}, V24's partial index read once, index only, instead of once per
     * period (the targets score the index month by month: 13 periods on a leader's start page, 0.6–0.9 s on 10
     * million dossiers, 0.22–0.30 s together; docs/benchmarks.md). Its "asked twice" stands once beside the periods'
     * conditions, not inside each of them: PostgreSQL then sees that the index's predicate implies it and reads no row.
     */
    public Map<ReportPeriod, Map<List<String>, Long>> countByUnitAndProcedure(ShortfallColumn column,
                                                                              List<ReportPeriod> periods) {
        List<ReportPeriod> distinct = periods.stream().distinct().toList();
        boolean twice = column == ShortfallColumn.supplementedTwiceInTime;
        StringBuilder counts = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (ReportPeriod p : distinct) {
            String c = twice ? inTimeAtEndOf(p) : condition(column, p);
            counts.append(", count(*) FILTER (WHERE ").append(c).append(")");
            any.append(any.length() == 0 ? "" : " OR ").append(c);
        }
        Map<ReportPeriod, Map<List<String>, Long>> out = new HashMap<>();
        distinct.forEach(p -> out.put(p, new HashMap<>()));
        if (distinct.isEmpty()) {
            return out;
        }
        for (Object row : persistence.tenantEm().createNativeQuery("SELECT t.competent_unit_code, t.procedure_code"
                + counts + " FROM province.dossier t WHERE t.received_at IS NOT NULL AND " + (twice ? TWICE + " AND " : "")
                + "(" + any + ") GROUP BY 1, 2")
                .getResultList()) {
            Object[] r = (Object[]) row;
            List<String> key = List.of((String) r[0], (String) r[1]);
            for (int i = 0; i < distinct.size(); i++) {
                long n = ((Number) r[2 + i]).longValue();
                if (n > 0) {
                    out.get(distinct.get(i)).put(key, n);
                }
            }
        }
        return out;
    }

    static String channel(String channel, String inPeriod) {
        return "(" + during("c.received", inPeriod) + " AND t.channel = '" + channel + "')";
    }

    /** The dossier contributes {@code count} on a day of the period. */
    static String during(String count, String inPeriod) {
        return "EXISTS (SELECT 1" + CONTRIBUTIONS + " WHERE " + count + " <> 0 AND c.day" + inPeriod + ")";
    }

    /** The dossier's contributions of {@code count} summed over the days up to d are positive. */
    static String upTo(String count, String d) {
        return "(SELECT coalesce(sum(" + count + "), 0)" + CONTRIBUTIONS + " WHERE c.day <= " + d + ") > 0";
    }

    /** The first instant of day d in Vietnam, as SQL. */
    static String startOf(java.time.LocalDate d) {
        return "(" + day(d) + "::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')";
    }

    static String day(java.time.LocalDate d) {
        return "DATE '" + d + "'";
    }

    /** Open at the end of day d: received by then and not ended by then. */
    static String openAt(String d) {
        return upTo("c.received - (" + ENDED + ")", d);
    }

    /** Open and overdue at the end of day d: its overdue changes up to d add up to one. */
    static String overdueAt(String d) {
        return upTo("c.overdue", d);
    }

    static OffsetDateTime instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.ofHours(7));
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.ofHours(7));
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.ofHours(7));
        }
        throw new IllegalStateException("not an instant: " + o.getClass());
    }
}
