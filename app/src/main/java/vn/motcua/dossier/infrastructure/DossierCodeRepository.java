package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The per-agency, per-day counters of dossier codes ({@code province.dossier_code_counter}). */
@ApplicationScoped
public class DossierCodeRepository {

    @Inject
    TenantPersistence persistence;

    /**
     * Increments the agency's counter of {@code day} (creating it at 1) and returns the new value. The caller's
     * transaction should be short and of its own: the upsert holds the counter row's lock until it commits.
     */
    public int next(String agency, LocalDate day) {
        var em = persistence.tenantEm();
        // No wait for the WAL flush of this small commit: the receipt's own (durable) commit comes after it and
        // flushes the WAL up to there, so a crash can lose a counter increment only together with its receipt.
        em.createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)").getSingleResult();
        Number seq = (Number) em.createNativeQuery(
                        "INSERT INTO province.dossier_code_counter (tenant_id, agency, day, last_seq)"
                                + " VALUES (current_setting('app.tenant'), ?1, ?2, 1)"
                                + " ON CONFLICT (tenant_id, agency, day)"
                                + " DO UPDATE SET last_seq = province.dossier_code_counter.last_seq + 1 RETURNING last_seq")
                .setParameter(1, agency).setParameter(2, day).getSingleResult();
        return seq.intValue();
    }
}
