package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.time.LocalDate;
import vn.motcua.deadline.application.DeadlineService;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.calendar.domain.DayStatus;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.deadline.domain.Deadline;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.shared.DomainException;

/**
 * calendar/due-date.xhtml: "what date do I write on the receipt?" for anyone of a province (clerks first). The
 * computation runs on the signed-in person's province calendar, local days included.
 */
@Named
@ViewScoped
public class DueDateView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    DeadlineService deadlines;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    @Inject
    LocaleView localeView;

    @Inject
    CatalogService catalog;

    private LocalDateTime receivedAt = LocalDateTime.now(OfficeHours.VIETNAM).withSecond(0).withNano(0);
    private Integer value = 15;
    private StatutoryUnit unit = StatutoryUnit.WORKING_DAYS;
    private LocalTime cutOff = LocalTime.of(15, 0);
    private String due;
    private String explanation;
    private boolean unverified;
    private List<String> skipped = List.of();
    /** "code — name" of the procedure chosen, if any: its statutory time then fills the form. */
    private String procedure;
    /** Online dossiers may have their own statutory time. */
    private boolean online;
    private String appliedTime;

    public void load() {
        if (user.getTenantId() == null) {
            access.refuse();
        }
    }

    public void compute() {
        if (user.getTenantId() == null) {
            access.refuse();
            return;
        }
        try {
            applyProcedure();
            StatutoryTime time = unit == StatutoryUnit.SAME_DAY ? StatutoryTime.sameDay(cutOff)
                    : new StatutoryTime(value == null ? 0 : value, unit, null);
            OffsetDateTime receipt = receivedAt.atZone(OfficeHours.VIETNAM).toOffsetDateTime();
            Deadline d = deadlines.compute(receipt, time);
            due = DISPLAY.format(d.due());
            explanation = d.explanation().render(localeView.getLocale());
            skipped = d.explanation().skippedDays().stream()
                    .map(s -> localeView.isEnglish() ? s.reasonEn() : s.reasonVi()).toList();
            unverified = d.explanation().skippedDays().stream()
                    .anyMatch(s -> s.special().map(x -> !x.verified()).orElse(false));
        } catch (IllegalArgumentException e) {
            due = null;
            explanation = null;
            feedback.error("dueDate.invalid");
        } catch (DomainException e) {
            due = null;
            explanation = null;
            feedback.refused(e);
        }
    }

    /** Procedures of the province matching what the clerk types (code or words, accents optional). */
    public List<String> completeProcedure(String text) {
        if (user.getTenantId() == null) {
            return List.of();
        }
        return catalog.search(new CatalogService.Query(text, null, null, null, 0, 15)).items().stream()
                .map(v -> v.getCode() + SEPARATOR + v.getName()).toList();
    }

    /** A procedure or the channel was chosen: show its time at once. */
    public void procedureChanged() {
        try {
            applyProcedure();
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    /**
     * Fills the statutory time from the procedure version in force on the day of receipt (a dossier keeps the
     * version it was received under), the online time for online dossiers when the procedure has one.
     */
    private void applyProcedure() {
        if (procedure == null || procedure.isBlank()) {
            appliedTime = null;
            return;
        }
        String code = procedure.split(SEPARATOR, 2)[0].strip();
        ProcedureVersion version = catalog.get(code, receivedAt == null ? LocalDate.now(OfficeHours.VIETNAM)
                : receivedAt.toLocalDate());
        StatutoryTime st = online && version.content().onlineTime() != null ? version.content().onlineTime()
                : version.content().time();
        unit = st.unit();
        if (st.unit() == StatutoryUnit.SAME_DAY) {
            cutOff = st.cutOff();
        } else {
            value = st.value();
        }
        appliedTime = localeView.isEnglish() ? st.toEnglish() : st.toVietnamese();
    }

    private static final String SEPARATOR = " — ";

    public String getProcedure() { return procedure; }
    public void setProcedure(String procedure) { this.procedure = procedure; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getAppliedTime() { return appliedTime; }

    public List<StatutoryUnit> getUnits() {
        return List.of(StatutoryUnit.values());
    }

    public static String reasonOf(DayStatus s) {
        return s.reasonVi();
    }

    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime receivedAt) { this.receivedAt = receivedAt; }
    public Integer getValue() { return value; }
    public void setValue(Integer value) { this.value = value; }
    public StatutoryUnit getUnit() { return unit; }
    public void setUnit(StatutoryUnit unit) { this.unit = unit; }
    public LocalTime getCutOff() { return cutOff; }
    public void setCutOff(LocalTime cutOff) { this.cutOff = cutOff; }
    public String getDue() { return due; }
    public String getExplanation() { return explanation; }
    public boolean isUnverified() { return unverified; }
    public List<String> getSkipped() { return skipped; }
}
