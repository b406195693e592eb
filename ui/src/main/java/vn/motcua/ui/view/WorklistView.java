package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.forms.domain.FormRegime;

/**
 * dossiers/my-work.xhtml: the signed-in official's open steps, soonest due first, each coloured by the office
 * time left (overdue, due within one working day, on track); for leaders also the reminder list of late
 * dossiers without an apology.
 */
@Named
@ViewScoped
public class WorklistView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** One line of the worklist. */
    public record Row(String code, int status, String procedureName, String applicantName, String step,
                      String unitCode, OffsetDateTime stepDueAt, OffsetDateTime dossierDueAt, String urgency,
                      long remainingNanos, int supplementCount) implements Serializable { }

    /** A late dossier without an apology: the leader's reminder. */
    public record LateRow(String code, int status, String procedureName, String applicantName, String assignee,
                          String unitCode, OffsetDateTime dueAt, FormRegime formSet) implements Serializable { }

    @Inject
    DossierService dossiers;
    @Inject
    CurrentUser user;
    @Inject
    Access access;

    private long overdue;
    private long dueSoon;
    private long total;
    private List<LateRow> late;
    private String text;
    /** 0: already overdue; 24 or 72: also those due within so many hours (the reminder before the due time). */
    private int lateWithinHours;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) dossiers.worklistSize(user.getUsername(), text);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            setRowCount((int) dossiers.worklistSize(user.getUsername(), text));
            return dossiers.worklist(user.getUsername(), text, first, pageSize).stream().map(WorklistView.this::row)
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.code();
        }
    };

    public void load() {
        if (!access.allowDossiers()) {
            return;
        }
        DossierService.WorkCounts counts = dossiers.worklistCounts(user.getUsername());
        total = counts.total();
        overdue = counts.overdue();
        dueSoon = counts.dueSoon();
    }

    Row row(Dossier d) {
        DossierService.Remaining r = dossiers.remaining(d.getCurrentStepDueAt());
        return new Row(d.getCode(), d.status().code(), d.getProcedureName(), d.getApplicantName(),
                d.current() == null ? "" : d.current().name(), d.getCurrentUnitCode(), d.getCurrentStepDueAt(),
                d.getDueAt(), r.urgency().name(), r.officeNanos(), d.getSupplementCount());
    }

    /** Open dossiers past their due time without an apology (leaders only), oldest first. */
    public List<LateRow> getLate() {
        if (late == null) {
            late = !user.isLeader() ? List.of() : dossiers.lateWithoutApology(
                            OffsetDateTime.now().plusHours(lateWithinHours), 0, 50).stream()
                    .map(d -> new LateRow(d.getCode(), d.status().code(), d.getProcedureName(), d.getApplicantName(),
                            d.getCurrentAssignee(), d.getCurrentUnitCode(), d.getDueAt(), d.getFormSet()))
                    .toList();
        }
        return late;
    }

    public LazyDataModel<Row> getModel() { return model; }
    public String getText() { return text; }
    public int getLateWithinHours() { return lateWithinHours; }
    public void setLateWithinHours(int hours) {
        this.lateWithinHours = Math.max(0, Math.min(hours, 24 * 30));
        this.late = null;
    }
    public void setText(String text) { this.text = text; }
    public long getOverdue() { return overdue; }
    public long getDueSoon() { return dueSoon; }
    public long getTotal() { return total; }
    public long getOnTrack() { return Math.max(0, total - overdue - dueSoon); }
}
