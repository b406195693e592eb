package vn.motcua.ui.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.dossier.application.DossierSearch;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierFilter.Lateness;
import vn.motcua.dossier.domain.DossierFilter.Sort;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.shared.DomainException;
import vn.motcua.units.application.UnitService;

/**
 * dossiers/index.xhtml: find any dossier of the province (issue 15) — by code, applicant name without accents or
 * identity number, filtered by period of receipt, status, channel, units, procedure, field and lateness — page by
 * page over the whole province, sortable, with the count of matches (counted again only when the filters change,
 * up to {@link DossierSearch#COUNT_CAP}) and an Excel export of every match ({@link DossiersExport}).
 */
@Named
@ViewScoped
public class DossiersView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(String code, int status, String procedureName, String applicantName, Channel channel,
                      OffsetDateTime receivedAt, OffsetDateTime dueAt, boolean overdue) implements Serializable {

        static Row of(Dossier d, OffsetDateTime now) {
            return new Row(d.getCode(), d.status().code(), d.getProcedureName(), d.getApplicantName(), d.getChannel(),
                    d.getReceivedAt() != null ? d.getReceivedAt() : d.getSubmittedAt(), d.getDueAt(), d.overdueAt(now));
        }
    }

    @Inject
    DossierSearch search;
    @Inject
    CurrentUser user;
    @Inject
    Access access;
    @Inject
    Feedback feedback;
    @Inject
    UnitService unitService;
    @Inject
    DossiersExport exporter;

    private String code;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private Integer status;
    private String channel;
    private String receivingUnitCode;
    private String competentUnitCode;
    private String procedureCode;
    private String fieldCode;
    private String lateness;
    private Integer dueWithinDays;
    private List<ReceiveView.UnitOption> units;
    /** The count of the criteria last counted: the filters, not the page or the sort, decide it. */
    private DossierSearch.Criteria counted;
    private DossierSearch.Count count;
    private Sort sort = Sort.RECEIVED_DESC;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) getCount().total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            sort = sortOf(sortBy);
            if (!user.isDossierUser()) {
                return List.of();
            }
            setRowCount((int) getCount().total());
            OffsetDateTime now = OffsetDateTime.now();
            return search.items(criteria(), first, pageSize).stream().map(d -> Row.of(d, now)).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.code();
        }
    };

    public void load() {
        access.allowDossiers();
    }

    /** The filters changed: count again (the table reloads its first page itself). */
    public void search() {
        if (!user.isDossierUser()) {
            access.refuse();
            return;
        }
        counted = null;
    }

    public void clearFilters() {
        text = null;
        from = null;
        to = null;
        status = null;
        channel = null;
        receivingUnitCode = null;
        competentUnitCode = null;
        procedureCode = null;
        fieldCode = null;
        lateness = null;
        dueWithinDays = null;
        counted = null;
    }

    DossierSearch.Criteria criteria() {
        Lateness l = lateness == null || lateness.isBlank() ? null : Lateness.valueOf(lateness);
        return new DossierSearch.Criteria(text, null, null, null, from, to, status,
                channel == null || channel.isBlank() ? null : Channel.valueOf(channel), receivingUnitCode,
                competentUnitCode, procedureCode, fieldCode, l, l == Lateness.DUE_SOON ? dueWithinDays : null, sort);
    }

    /** How many match the current filters, counted once per change of the filters. */
    public DossierSearch.Count getCount() {
        DossierSearch.Criteria c = criteria();
        DossierSearch.Criteria key = new DossierSearch.Criteria(c.text(), null, null, null, c.from(), c.to(),
                c.status(), c.channel(), c.receivingUnitCode(), c.competentUnitCode(), c.procedureCode(),
                c.fieldCode(), c.lateness(), c.dueWithinDays(), null);
        if (count == null || !key.equals(counted)) {
            if (!user.isDossierUser()) {
                return new DossierSearch.Count(0, false);
            }
            count = search.count(c);
            counted = key;
        }
        return count;
    }

    /** More match than one export holds: the page says so instead of offering the file. */
    public boolean isExportTooLarge() {
        return getCount().more() || getCount().total() > DossierSearch.EXPORT_MAX;
    }

    public int getExportMax() {
        return DossierSearch.EXPORT_MAX;
    }

    /** Every match as XLSX, or a message asking to narrow the filters. */
    public StreamedContent export() {
        try {
            return exporter.xlsx(search.export(criteria()), search.now());
        } catch (DomainException e) {
            feedback.refused(e);
            return null;
        }
    }

    static Sort sortOf(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return Sort.RECEIVED_DESC;
        }
        SortMeta m = sortBy.values().iterator().next();
        boolean desc = m.getOrder() == SortOrder.DESCENDING;
        return switch (m.getField() == null ? "" : m.getField()) {
            case "code" -> desc ? Sort.CODE_DESC : Sort.CODE_ASC;
            case "dueAt" -> desc ? Sort.DUE_DESC : Sort.DUE_ASC;
            case "receivedAt" -> desc ? Sort.RECEIVED_DESC : Sort.RECEIVED_ASC;
            default -> Sort.RECEIVED_DESC;
        };
    }

    /** Opens the dossier page; an unknown code gets the page's own "not found". */
    public void open() {
        if (code == null || code.isBlank()) {
            return;
        }
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + "/dossiers/dossier.xhtml?code="
                    + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ReceiveView.UnitOption> getUnits() {
        if (units == null) {
            units = ReceiveView.unitOptions(unitService);
        }
        return units;
    }

    public DossierStatus[] getStatuses() { return DossierStatus.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public Lateness[] getLatenesses() { return Lateness.values(); }
    public List<ProcedureField> getFields() { return ProcedureFields.all(); }
    public LazyDataModel<Row> getModel() { return model; }
    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getReceivingUnitCode() { return receivingUnitCode; }
    public void setReceivingUnitCode(String v) { this.receivingUnitCode = v; }
    public String getCompetentUnitCode() { return competentUnitCode; }
    public void setCompetentUnitCode(String v) { this.competentUnitCode = v; }
    public String getProcedureCode() { return procedureCode; }
    public void setProcedureCode(String procedureCode) { this.procedureCode = procedureCode; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public String getLateness() { return lateness; }
    public void setLateness(String lateness) { this.lateness = lateness; }
    public Integer getDueWithinDays() { return dueWithinDays; }
    public void setDueWithinDays(Integer dueWithinDays) { this.dueWithinDays = dueWithinDays; }
}
