package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.motcua.dossier.infrastructure.DossierCodeRepository;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.units.application.UnitsInForce;
import vn.motcua.units.domain.UnitVersion;

/**
 * Dossier codes {@code <agency>-YYMMDD-NNNN}: a daily sequence per receiving agency. The counter row is incremented
 * by an upsert in a transaction of its own, so its row lock is held for that statement only and concurrent receipts
 * at one desk do not queue behind each other's whole receipt. A receipt that fails afterwards leaves a gap, which the
 * numbering tolerates (codes must be unique, not gap-free). The receiving unit and the receipt's other references
 * are looked up in the same short transaction and handed on, so a receipt costs two transactions: this one and the
 * receipt's own.
 */
@ApplicationScoped
public class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    DossierCodeRepository counters;
    @Inject
    UnitsInForce unitsInForce;

    /**
     * A code taken for a receipt at a unit, with the receiving unit and the receipt's references as looked up for it
     * (for the receipt to use, not to look up again). Public, like every parameter type of a transactional method:
     * Weld silently leaves a method without its interceptors (here: no transaction) when one is not public.
     */
    public record Taken(String code, UnitVersion receivingUnit, ReceiptReferences references) { }

    /**
     * The next code of the receiving unit's agency on {@code day}: the unit's QCVN code, else its portal code. An
     * unknown unit, or any error {@code check} finds in the receipt's other references, is refused before a number
     * is taken, so a refused request writes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Taken next(String receivingUnitCode, LocalDate day, Function<UnitsOnDay, ReceiptReferences> check) {
        UnitsOnDay units = new UnitsOnDay(unitsInForce, day);
        UnitVersion unit = units.find(receivingUnitCode).orElse(null);
        ReceiptReferences references = check.apply(units);
        List<FieldError> errors = new ArrayList<>(references.errors());
        if (unit == null) {
            errors.add(0, new FieldError("receivingUnitCode", "dossier.unitUnknown", receivingUnitCode));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        String agency = agencyCode(unit);
        return new Taken(format(agency, day, counters.next(agency, day)), unit, references);
    }

    /** The agency part of a dossier code: the QCVN 102:2016 code when the unit has one, else the portal code. */
    static String agencyCode(UnitVersion unit) {
        String qcvn = unit.spec().qcvn();
        return qcvn != null && !qcvn.isBlank() ? qcvn : unit.spec().portal();
    }

    static String format(String agency, LocalDate day, int seq) {
        return String.format("%s-%s-%04d", agency, day.format(YYMMDD), seq);
    }
}
