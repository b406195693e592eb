package vn.motcua.dossier.application;

import java.util.List;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.units.domain.UnitVersion;

/**
 * What a receipt names, looked up on the day of receipt before its code is taken ({@link DossierCodes#next}) and
 * handed on to the receipt's own transaction instead of being looked up again: the procedure version in force
 * (null when not named or unknown), the competent unit (null when not named or unknown) and what is wrong with them.
 * Public because it is a parameter of a transactional method (see {@link DossierCodes.Taken}).
 */
public record ReceiptReferences(ProcedureVersion procedure, UnitVersion competentUnit, List<FieldError> errors) {

    public ReceiptReferences {
        errors = List.copyOf(errors);
    }
}
