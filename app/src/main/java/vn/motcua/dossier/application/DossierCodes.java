package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Dossier codes {@code <agency>-YYMMDD-NNNN}: a daily sequence per receiving agency. The counter row is incremented
 * by an upsert in a transaction of its own, so its row lock is held for that statement only and concurrent receipts
 * at one desk do not queue behind each other's whole receipt. A receipt that fails afterwards leaves a gap, which the
 * numbering tolerates (codes must be unique, not gap-free). The receiving unit is looked up in the same short
 * transaction, so a receipt costs two transactions: this one and the receipt's own.
 */
@ApplicationScoped
public class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    TenantPersistence persistence;

    /**
     * A code taken for a receipt at a unit (looked up once, for the receipt too). Public, like the unit type: Weld
     * silently leaves a method without its interceptors (here: no transaction) when a parameter type is not public.
     */
    public record Taken(String code, DossierService.Units.Unit receivingUnit) { }

    /**
     * The next code of the receiving unit's agency on {@code day}: the unit's QCVN code, else its portal code. An
     * unknown unit, or any error {@code check} finds in the receipt's other references, is refused before a number
     * is taken, so a refused request writes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Taken next(String receivingUnitCode, LocalDate day,
                      Function<DossierService.Units, List<FieldError>> check) {
        var em = persistence.tenantEm();
        DossierService.Units units = new DossierService.Units(em, day);
        DossierService.Units.Unit unit = units.find(receivingUnitCode);
        List<FieldError> errors = new ArrayList<>(check.apply(units));
        if (unit == null) {
            errors.add(0, new FieldError("receivingUnitCode", "dossier.unitUnknown", receivingUnitCode));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        String agency = unit.agencyCode();
        // No wait for the WAL flush of this small commit: the receipt's own (durable) commit comes after it and
        // flushes the WAL up to there, so a crash can lose a counter increment only together with its receipt.
        em.createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)").getSingleResult();
        Number seq = (Number) em.createNativeQuery(
                        "INSERT INTO province.dossier_code_counter (tenant_id, agency, day, last_seq)"
                                + " VALUES (current_setting('app.tenant'), ?1, ?2, 1)"
                                + " ON CONFLICT (tenant_id, agency, day)"
                                + " DO UPDATE SET last_seq = province.dossier_code_counter.last_seq + 1 RETURNING last_seq")
                .setParameter(1, agency).setParameter(2, day).getSingleResult();
        return new Taken(format(agency, day, seq.intValue()), unit);
    }

    static String format(String agency, LocalDate day, int seq) {
        return String.format("%s-%s-%04d", agency, day.format(YYMMDD), seq);
    }
}
