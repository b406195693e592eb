package vn.motcua.dossierimport.domain;

import java.util.List;
import java.util.function.Consumer;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;

/**
 * The lines of a batch in either format, counted before they are read (the batch's size is checked first), then
 * handed one by one as {@link ImportLine}s, numbered as in the file.
 */
public interface ImportLines {

    /** The lines that hold a dossier (blank NDJSON lines are not counted). */
    int count();

    /** Reads each line in file order. */
    void forEach(Consumer<ImportLine> action);

    /** The CSV columns a batch cannot do without; their absence is reported on the header's row. */
    List<String> CSV_REQUIRED = List.of("code", "procedure_code", "channel", "applicant_name",
            "receiving_unit", "received_at", "status");

    /** The lines of {@code body}; a CSV header without a required column adds its problem to {@code errors}. */
    static ImportLines of(ImportFormat format, byte[] body, List<ImportError> errors) {
        if (format == ImportFormat.CSV) {
            Table t = TabularReader.readCsv(body);
            for (String c : CSV_REQUIRED) {
                if (!t.hasColumn(c)) {
                    errors.add(ImportValidator.error(1, c, "dossier.import.columnMissing", c));
                }
            }
            return new ImportLines() {
                public int count() { return t.rows().size(); }

                public void forEach(Consumer<ImportLine> action) {
                    t.rows().forEach(r -> action.accept(ImportLine.csv(r)));
                }
            };
        }
        return NdjsonLines.of(body);
    }
}
