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
import org.primefaces.model.StreamedContent;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.reporting.application.OverdueWithoutApologyService;
import vn.motcua.reporting.domain.OverdueWithoutApology;

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

    @Inject
    DossierService dossiers;
    @Inject
    CurrentUser user;
    @Inject
    Access access;
    @Inject
    OverdueWithoutApologyService lateList;
    @Inject
    UiText uiText;
    @Inject
    LocaleView localeView;

    private long overdue;
    private long dueSoon;
    private long total;
    /** The instant "now" of the leader's list, fixed per choice so its pages and total agree. */
    private OffsetDateTime lateNow;
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

    /**
     * The leader's reminder: open dossiers overdue (or becoming overdue within the hours chosen) or asked twice for a
     * supplement, without an apology, longest overdue first; the same list as the dashboard's
     * (OverdueWithoutApologyService), paged, with its total.
     */
    private final LazyDataModel<OverdueWithoutApology.Line> late = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) lateTotal();
        }

        @Override
        public List<OverdueWithoutApology.Line> load(int first, int pageSize, Map<String, SortMeta> sort,
                                                     Map<String, FilterMeta> filters) {
            OverdueWithoutApology.Page page = lateList.page(lateNow(), lateUntil(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(OverdueWithoutApology.Line line) {
            return line.code();
        }
    };

    private Long lateTotal;

    private OffsetDateTime lateNow() {
        if (lateNow == null) {
            lateNow = OffsetDateTime.now();
        }
        return lateNow;
    }

    private OffsetDateTime lateUntil() {
        return lateNow().plusHours(lateWithinHours);
    }

    /** How many dossiers are on the leader's list (0 for others). */
    public long lateTotal() {
        if (lateTotal == null) {
            lateTotal = !user.isLeader() ? 0L : lateList.total(lateNow(), lateUntil());
        }
        return lateTotal;
    }

    public LazyDataModel<OverdueWithoutApology.Line> getLate() { return late; }

    public long getLateTotal() { return lateTotal(); }

    /** The whole list as the table shows it, as XLSX. */
    public StreamedContent exportLate() {
        return OverdueListExport.workbook(lateList, uiText, localeView.getLocale(), this::lateReasons, lateNow(),
                lateUntil());
    }

    /** Why a dossier is on the list, in the reader's language. */
    public String lateReasons(OverdueWithoutApology.Line line) {
        return OverdueListExport.reasons(uiText, localeView.getLocale(), line);
    }

    public LazyDataModel<Row> getModel() { return model; }
    public String getText() { return text; }
    public int getLateWithinHours() { return lateWithinHours; }
    public void setLateWithinHours(int hours) {
        this.lateWithinHours = Math.max(0, Math.min(hours, 24 * 30));
        this.lateNow = null;
        this.lateTotal = null;
    }
    public void setText(String text) { this.text = text; }
    public long getOverdue() { return overdue; }
    public long getDueSoon() { return dueSoon; }
    public long getTotal() { return total; }
    public long getOnTrack() { return Math.max(0, total - overdue - dueSoon); }
}
