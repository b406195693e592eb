package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The open dossiers (accepted, processing, paused for a supplement or a payment) with no apology letter that are
 * overdue at an instant or were asked for a supplement twice: the two partial indexes of V15, one per branch.
 */
@ApplicationScoped
public class OverdueWithoutApologyRepository {

    /** One row as read: code, procedure code and name, unit, assignee, overdue_from, supplement_count. */
    public record Row(String code, String procedureCode, String procedureName, String unitCode, String assignee,
                      OffsetDateTime overdueFrom, int supplementCount) { }

    private static final String WHERE = " FROM province.dossier d WHERE d.status IN (2, 4, 5, 6)"
            + " AND d.apology_at IS NULL AND (d.overdue_from < ?1 OR d.supplement_count >= 2)";

    @Inject
    TenantPersistence persistence;

    /** Longest overdue first (then the twice-supplemented within time, soonest due first), a page at a time. */
    public List<Row> page(OffsetDateTime now, int first, int size) {
        List<Row> out = new ArrayList<>();
        for (Object o : persistence.tenantEm().createNativeQuery("SELECT d.code, d.procedure_code, d.procedure_name,"
                        + " d.competent_unit_code, d.current_assignee, d.overdue_from, d.supplement_count" + WHERE
                        + " ORDER BY d.overdue_from NULLS LAST, d.due_at NULLS LAST, d.code")
                .setParameter(1, now).setFirstResult(first).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                    ((Number) r[6]).intValue()));
        }
        return out;
    }

    public long count(OffsetDateTime now) {
        return ((Number) persistence.tenantEm().createNativeQuery("SELECT count(*)" + WHERE).setParameter(1, now)
                .getSingleResult()).longValue();
    }

    private static OffsetDateTime instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
