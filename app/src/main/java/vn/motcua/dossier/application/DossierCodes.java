package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Dossier codes {@code <agency>-YYMMDD-NNNN}: a daily sequence per receiving agency. The counter row is incremented
 * by an upsert in a transaction of its own, so its row lock is held for that statement only and concurrent receipts
 * at one desk do not queue behind each other's whole receipt. A receipt that fails afterwards leaves a gap, which the
 * numbering tolerates (codes must be unique, not gap-free).
 */
@ApplicationScoped
public class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    TenantPersistence persistence;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next(String agency, LocalDate day) {
        // No wait for the WAL flush of this small commit: the receipt's own (durable) commit comes after it and
        // flushes the WAL up to there, so a crash can lose a counter increment only together with its receipt.
        persistence.tenantEm().createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)").getSingleResult();
        Number seq = (Number) persistence.tenantEm().createNativeQuery(
                        "INSERT INTO province.dossier_code_counter (tenant_id, agency, day, last_seq)"
                                + " VALUES (current_setting('app.tenant'), ?1, ?2, 1)"
                                + " ON CONFLICT (tenant_id, agency, day)"
                                + " DO UPDATE SET last_seq = province.dossier_code_counter.last_seq + 1 RETURNING last_seq")
                .setParameter(1, agency).setParameter(2, day).getSingleResult();
        return format(agency, day, seq.intValue());
    }

    static String format(String agency, LocalDate day, int seq) {
        return String.format("%s-%s-%04d", agency, day.format(YYMMDD), seq);
    }
}
