package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.units.application.UnitImporter;
import vn.motcua.units.application.UnitService;

/** config/units-import.xhtml: upload a CSV or XLSX file of units; all or nothing, errors by row and column. */
@Named
@ViewScoped
public class UnitsImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Outcome(String fileName, int created, int updated, int unchanged) implements Serializable { }

    @Inject
    UnitService units;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    private List<ImportError> errors = List.of();
    private Outcome outcome;
    private String rejectedFile;

    public void load() {
        access.allowProvinceAdmin();
    }

    public void upload(FileUploadEvent event) {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        String fileName = event.getFile().getFileName();
        errors = List.of();
        outcome = null;
        rejectedFile = null;
        TabularFormat format = TabularFormat.detect(fileName);
        if (format == null) {
            format = TabularFormat.detect(event.getFile().getContentType());
        }
        try {
            if (format == null) {
                throw DomainException.invalid("unit.format.invalid");
            }
            UnitImporter.Result r = units.importTable(TabularReader.read(format, event.getFile().getContent()));
            outcome = new Outcome(fileName, r.created(), r.updated(), r.unchanged());
        } catch (ImportRejectedException e) {
            errors = e.errors();
            rejectedFile = fileName;
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    public String getColumnList() {
        return String.join(", ", UnitImporter.COLUMNS);
    }

    public List<ImportError> getErrors() { return errors; }
    public Outcome getOutcome() { return outcome; }
    public String getRejectedFile() { return rejectedFile; }
}
