package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularReader;

/** catalog/import.xhtml: a province administrator imports a CSV or XLSX catalog; refusals list row and column. */
@Named
@ViewScoped
public class ProcedureImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record ErrorRow(int row, String column, String message) implements Serializable { }

    @Inject
    CatalogService catalog;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    @Inject
    LocaleView localeView;

    private transient UploadedFile file;
    private List<ErrorRow> errors = List.of();
    private transient CatalogService.ImportResult result;

    public void load() {
        access.allowProvinceAdmin();
    }

    public void upload() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        errors = List.of();
        result = null;
        if (file == null || file.getSize() == 0) {
            feedback.error("procedureImport.noFile");
            return;
        }
        TabularFormat format = TabularFormat.detect(file.getFileName());
        if (format == null) {
            feedback.error("procedureImport.badFormat");
            return;
        }
        try {
            result = catalog.importTable(TabularReader.read(format, file.getContent()));
            feedback.info("procedureImport.done", result.created(), result.updated(), result.unchanged());
        } catch (ImportRejectedException e) {
            errors = e.errors().stream().map(x -> new ErrorRow(x.row(), x.column(), x.message(localeView.getLocale()))).toList();
            feedback.refused(e);
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<ErrorRow> getErrors() { return errors; }
    public CatalogService.ImportResult getResult() { return result; }

}
