package vn.motcua.index.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.index.domain.IndexInput;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The index inputs the province administrator enters per period ({@code province.index_input}, V21), for the bound
 * province. Callers hold the transaction.
 */
@ApplicationScoped
public class IndexInputRepository {

    @Inject
    TenantPersistence persistence;

    /** The entries of exactly this period, by unit then metric. */
    @SuppressWarnings("unchecked")
    public List<IndexInput> of(LocalDate from, LocalDate to) {
        List<IndexInput> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) persistence.tenantEm().createNativeQuery("SELECT unit_code, metric_code,"
                        + " numerator, denominator, note, entered_by, entered_at FROM province.index_input"
                        + " WHERE period_from = ?1 AND period_to = ?2 ORDER BY unit_code, metric_code")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            out.add(new IndexInput((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    (String) r[4], (String) r[5], instant(r[6])));
        }
        return out;
    }

    /** Replaces every entry of the period with these; how many there were before. */
    public int replace(LocalDate from, LocalDate to, List<IndexInput> entries, String by) {
        var em = persistence.tenantEm();
        int removed = em.createNativeQuery("DELETE FROM province.index_input WHERE period_from = ?1 AND period_to = ?2")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        for (IndexInput e : entries) {
            em.createNativeQuery("INSERT INTO province.index_input (tenant_id, period_from, period_to, unit_code,"
                            + " metric_code, numerator, denominator, note, entered_by) VALUES"
                            + " (current_setting('app.tenant'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, from).setParameter(2, to).setParameter(3, e.unitCode())
                    .setParameter(4, e.metricCode()).setParameter(5, e.numerator()).setParameter(6, e.denominator())
                    .setParameter(7, e.note()).setParameter(8, by).executeUpdate();
        }
        return removed;
    }

    private static OffsetDateTime instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.ofHours(7));
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.ofHours(7));
    }
}
