package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.domain.DrillDownDossier;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.TimelinessColumn;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The dossiers behind one number of the timeliness report, read from {@code province.dossier} with exactly the
 * definitions of the facts (V10, {@code province.dossier_day_contribution}): a dossier counts once received
 * ({@code received_at}); it is received on the day of {@code received_at}, ended on the day of
 * {@code coalesce(processed_at, closed_at)} when it has a timeliness, and overdue from the day of
 * {@code overdue_from} when it was still open after that instant; days in Asia/Ho_Chi_Minh. So the list's total is
 * the number. A list, so one query per request is fine here.
 */
@ApplicationScoped
public class DrillDownRepository {

    static final String RD = "(t.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
    static final String END = "coalesce(t.processed_at, t.closed_at)";
    static final String ED = "(" + END + " AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
    static final String WAS_OVERDUE = "(t.overdue_from IS NOT NULL AND (" + END + " IS NULL OR " + END
            + " > t.overdue_from))";

    @Inject
    TenantPersistence persistence;

    /**
     * The dossiers counted in {@code column} for {@code period}, within the scope, and of the row {@code key} when
     * grouped by unit, field or procedure (MONTH: the caller narrows the period; NONE: no key).
     */
    public DrillDownPage page(TimelinessColumn column, ReportPeriod period, ReportGrouping by, String key, ReportScope scope,
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
        long total = ((Number) bind(persistence.tenantEm().createNativeQuery("SELECT count(*)" + where), params)
                .getSingleResult()).longValue();
        List<DrillDownDossier> items = new ArrayList<>();
        if (total > first) {
            params.add(first);
            params.add(size);
            String sql = "SELECT t.code, t.procedure_code, t.competent_unit_code, t.channel, t.received_at, t.due_at, "
                    + END + ", CASE WHEN t.timeliness IS NOT NULL AND " + END + " IS NOT NULL THEN t.timeliness END"
                    + where + " ORDER BY t.received_at, t.code OFFSET ?" + (params.size() - 1) + " LIMIT ?" + params.size();
            for (Object row : bind(persistence.tenantEm().createNativeQuery(sql), params).getResultList()) {
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
    static String condition(TimelinessColumn column, ReportPeriod period) {
        String from = day(period.from());
        String to = day(period.to());
        String before = day(period.dayBefore());
        String inPeriod = " BETWEEN " + from + " AND " + to;
        return switch (column) {
            case receivedOnline -> "(" + RD + inPeriod + " AND t.channel = 'ONLINE')";
            case receivedInPersonOrPostal -> "(" + RD + inPeriod + " AND t.channel <> 'ONLINE')";
            case carriedOver -> openAt(before);
            case receivedTotal -> "(" + openAt(before) + " OR " + RD + inPeriod + ")";
            case finishedTotal -> "(t.timeliness IS NOT NULL AND " + ED + inPeriod + ")";
            case finishedEarly -> "(t.timeliness = 'EARLY' AND " + ED + inPeriod + ")";
            case finishedOnTime -> "(t.timeliness = 'ON_TIME' AND " + ED + inPeriod + ")";
            case finishedLate -> "(t.timeliness = 'LATE' AND " + ED + inPeriod + ")";
            case openTotal -> openAt(to);
            case openOverdue -> overdueAt(to);
            case openWithinTime -> "(" + openAt(to) + " AND NOT " + overdueAt(to) + ")";
        };
    }

    static String day(java.time.LocalDate d) {
        return "DATE '" + d + "'";
    }

    /** Counted as ended by the end of day d: it has a timeliness and ended on or before d. */
    static String endedBy(String d) {
        return "coalesce(t.timeliness IS NOT NULL AND " + ED + " <= " + d + ", false)";
    }

    /** Open at the end of day d: received on or before d and not ended by then. */
    static String openAt(String d) {
        return "(" + RD + " <= " + d + " AND NOT " + endedBy(d) + ")";
    }

    /** Open and overdue at the end of day d. */
    static String overdueAt(String d) {
        return "(" + WAS_OVERDUE + " AND (t.overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= " + d
                + " AND NOT " + endedBy(d) + ")";
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
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
