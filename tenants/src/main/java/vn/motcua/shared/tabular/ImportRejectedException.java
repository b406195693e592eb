package vn.motcua.shared.tabular;

import java.util.List;
import vn.motcua.shared.DomainException;

/** The whole batch is refused because of these errors; nothing was written. */
public class ImportRejectedException extends DomainException {

    private final transient List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(Kind.INVALID, "import.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
