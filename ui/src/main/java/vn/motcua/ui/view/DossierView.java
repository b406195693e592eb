package vn.motcua.ui.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.deadline.domain.Deadline;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.application.Officials;
import vn.motcua.dossier.application.TransitionCommand;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.DeadlineText;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.EventSteps;
import vn.motcua.dossier.domain.Lateness;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;
import vn.motcua.ui.view.DossierActions.Choice;
import vn.motcua.ui.view.DossierActions.Form;
import vn.motcua.units.application.UnitService;

/**
 * dossiers/dossier.xhtml?code=…: one dossier — state, steps, the explanation of its deadline, step-level lateness,
 * the timeline of its events with the check of the hash chain — and the actions this person may take now. Every
 * action carries the version the page showed: if someone changed the dossier meanwhile the action is refused and
 * the page offers to reload, never overwriting what the other person did.
 */
@Named
@ViewScoped
public class DossierView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CHANGED_MEANWHILE = "dossier.changedMeanwhile";

    @Inject
    DossierService dossiers;
    @Inject
    Officials officials;
    @Inject
    UnitService unitService;
    @Inject
    CurrentUser user;
    @Inject
    Access access;
    @Inject
    Feedback feedback;
    @Inject
    LocaleView localeView;
    @Inject
    UiText text;
    @Inject
    Formats formats;

    private String code;
    private boolean notFound;
    /** The version the page shows: every action is applied to it or refused. */
    private long loadedVersion;
    private boolean stale;
    private String staleMessage;

    private transient DossierService.View view;
    private transient List<DossierEvents.Event> timeline;
    private transient DossierEvents.Verification audit;
    private transient List<Lateness.StepOverrun> lateness;
    private transient List<Choice> choices;
    private String explanation;
    private boolean explanationUnverified;
    private Map<String, String> people;
    /** Each official's own unit (the account's), which may not be the unit of the step he does. */
    private Map<String, String> officialUnits;
    private List<ReceiveView.UnitOption> units;

    // the action being prepared in the dialog
    private Choice pending;
    private String reason;
    private LocalDateTime newDate;
    private String unitCode;
    private String assignee;
    private String stepName;
    private Integer stepHours;
    private ReturnMethod returnMethod = ReturnMethod.IN_PERSON;
    private boolean electronicResult;

    /** f:viewAction: clerks, officers and leaders of the province; the dossier must be the province's own. */
    public void load() {
        if (!access.allowDossiers()) {
            return;
        }
        read(true);
    }

    private void read(boolean takeVersion) {
        view = null;
        timeline = null;
        audit = null;
        lateness = null;
        choices = null;
        explanation = null;
        if (code == null || code.isBlank()) {
            notFound();
            return;
        }
        DossierService.Details details;
        try {
            details = dossiers.details(code.strip());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                notFound();
                return;
            }
            throw e;
        }
        view = details.view();
        notFound = false;
        Dossier d = view.dossier();
        if (takeVersion) {
            loadedVersion = d.getVersion();
            stale = false;
            staleMessage = null;
        }
        timeline = details.events();
        audit = DossierEvents.verify(d, timeline);
        lateness = details.lateness();
        Actor actor = user.caller().map(officials::actor).orElse(null);
        choices = stale ? List.of() : DossierActions.allowed(d, actor);
        details.deadline().ifPresent(this::explain);
    }

    /** The same words as the receipt calculator, plus the time the clock stood still for the applicant. */
    private void explain(Deadline dl) {
        explanation = DeadlineText.explain(dl.explanation(), view.dossier().getPausedNanos(), localeView.getLocale());
        explanationUnverified = dl.explanation().skippedDays().stream()
                .anyMatch(s -> s.special().map(x -> !x.verified()).orElse(false));
    }

    /** Another province's code, or a wrong one: the same answer, and nothing of the dossier. */
    private void notFound() {
        notFound = true;
        view = null;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getExternalContext().isResponseCommitted()) {
            context.getExternalContext().setResponseStatus(404);
        }
    }

    private DossierService.View view() {
        if (view == null && !notFound && code != null) {
            read(false);
        }
        return view;
    }

    // ---- actions ----

    public void prepare(String choiceId) {
        pending = getChoices().stream().filter(c -> c.id().equals(choiceId)).findFirst().orElse(null);
        reason = null;
        newDate = null;
        unitCode = null;
        assignee = null;
        stepName = null;
        stepHours = null;
        returnMethod = ReturnMethod.IN_PERSON;
        electronicResult = false;
        if (pending == null) {
            feedback.error("dossier.action.unavailable");
            return;
        }
        Dossier d = getDossier();
        if (pending.action() == Action.APOLOGISE && d.getDueAt() != null) {
            newDate = Formats.inVietnam(d.getDueAt()).toLocalDateTime().plusDays(5);
        }
        if (pending.action() == Action.REASSIGN) {
            unitCode = d.getCurrentUnitCode();
        }
        if (pending.action() == Action.ADD_STEP) {
            stepHours = 8;
        }
    }

    public void apply() {
        if (pending == null || !user.isDossierUser()) {
            access.refuse();
            return;
        }
        String label = getPendingLabel();
        try {
            OffsetDateTime when = newDate == null ? null : newDate.atZone(Formats.VIETNAM).toOffsetDateTime();
            dossiers.transition(code.strip(), new TransitionCommand(pending.action(), loadedVersion, reason, when,
                    unitCode, assignee, pending.stepKind(), stepName, stepHours == null ? 0 : stepHours, returnMethod,
                    electronicResult));
            pending = null;
            read(true);
            feedback.info("dossier.action.done", label);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT && CHANGED_MEANWHILE.equals(e.messageKey())) {
                changedMeanwhile(Messages.format(Messages.pick(localeView.getLocale()), e.messageKey(), e.args()));
            } else {
                feedback.refused(e, "actionForm");
            }
        } catch (RuntimeException e) {
            if (!optimisticLock(e)) {
                throw e;
            }
            changedMeanwhile(text.get(localeView.getLocale(), "dossier.stale"));
        }
    }

    /** Someone else acted first: say so, offer a reload, and offer no more actions on the old version. */
    private void changedMeanwhile(String message) {
        pending = null;
        stale = true;
        staleMessage = message;
        choices = List.of();
    }

    /** Two commits racing past the version check meet at the row's @Version: same answer. */
    static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    // ---- what the page shows ----

    public Dossier getDossier() {
        DossierService.View v = view();
        return v == null ? null : v.dossier();
    }

    public String unitName(String unitCode) {
        DossierService.View v = view();
        if (unitCode == null || unitCode.isBlank()) {
            return "";
        }
        String name = v == null ? null : v.unitNames().get(unitCode);
        if (name == null) {
            // units the dossier does not name itself (e.g. the unit of an official in the timeline)
            name = getUnits().stream().filter(u -> u.code().equals(unitCode)).map(ReceiveView.UnitOption::label)
                    .findFirst().orElse(unitCode);
        }
        return name;
    }

    /** An event's reason as people read it: the return method of RETURN_RESULT is stored by its code. */
    public String reasonText(DossierEvents.Event e) {
        if (e == null || e.reason() == null) {
            return null;
        }
        if ("RETURN_RESULT".equals(e.action())) {
            for (ReturnMethod m : ReturnMethod.values()) {
                if (m.name().equals(e.reason())) {
                    return m.label(localeView.isEnglish() ? "en" : "vi");
                }
            }
        }
        return e.reason();
    }

    /** "Nguyễn Văn A (gia-lai.officer)", or the username alone. */
    public String person(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String name = getPeople().get(username);
        return name == null || name.equals(username) ? username : name + " (" + username + ")";
    }

    public Map<String, String> getPeople() {
        if (people == null) {
            Map<String, String> m = new LinkedHashMap<>();
            Map<String, String> unitsOf = new LinkedHashMap<>();
            for (AppUser u : dossiers.provinceOfficials()) {
                m.put(u.getUsername(), u.getDisplayName() == null || u.getDisplayName().isBlank()
                        ? u.getUsername() : u.getDisplayName());
                if (u.getUnitCode() != null && !u.getUnitCode().isBlank()) {
                    unitsOf.put(u.getUsername(), u.getUnitCode());
                }
            }
            people = m;
            officialUnits = unitsOf;
        }
        return people;
    }

    /** The official of a step: who finished it, else who holds it. */
    public String official(Step s) {
        return s.finished() && s.finishedBy() != null && !s.finishedBy().isBlank() ? s.finishedBy() : s.assignee();
    }

    /** "thuộc Sở Tư pháp": the official's own unit (the account's), or "" when the account has none. */
    public String officialUnit(String username) {
        getPeople();
        String unit = username == null ? null : officialUnits.get(username);
        return unit == null ? "" : text.get(localeView.getLocale(), "dossier.official.unit", unitName(unit));
    }

    /**
     * Who acted, as the timeline says it: the official, his role and his own unit — the one the event recorded, else
     * his account's — apart from the step's unit, which the step line names.
     */
    public String who(DossierEvents.Event e) {
        StringBuilder b = new StringBuilder(person(e.actor()));
        String role = e.actorRole() == null ? "" : formats.role(e.actorRole());
        if (!role.isEmpty()) {
            b.append(" · ").append(role);
        }
        String unit = e.actorUnit() == null || e.actorUnit().isBlank() ? officialUnit(e.actor())
                : text.get(localeView.getLocale(), "dossier.official.unit", unitName(e.actorUnit()));
        if (!unit.isEmpty()) {
            b.append(", ").append(unit);
        }
        return b.toString();
    }

    /** "Bước 2: Thẩm định hồ sơ (đơn vị thực hiện: Sở Tư pháp)": the step the event concerns, or null. */
    public String stepOf(DossierEvents.Event e) {
        List<Step> steps = getSteps();
        int i = EventSteps.of(steps, e.occurredAt(), e.actor());
        if (i < 0) {
            return null;
        }
        Step s = steps.get(i);
        return text.get(localeView.getLocale(), "dossier.timeline.step", i + 1, s.name(), unitName(s.unitCode()));
    }

    public List<Map.Entry<String, String>> getPeopleOptions() {
        return List.copyOf(getPeople().entrySet());
    }

    public List<ReceiveView.UnitOption> getUnits() {
        if (units == null) {
            units = ReceiveView.unitOptions(unitService);
        }
        return units;
    }

    public List<Step> getSteps() {
        Dossier d = getDossier();
        return d == null ? List.of() : d.steps();
    }

    public boolean isOverdue() {
        Dossier d = getDossier();
        return d != null && d.overdueAt(OffsetDateTime.now());
    }

    public List<DossierEvents.Event> getTimeline() {
        view();
        return timeline == null ? List.of() : timeline;
    }

    public DossierEvents.Verification getAudit() {
        view();
        return audit;
    }

    public List<Lateness.StepOverrun> getLateness() {
        view();
        return lateness == null ? List.of() : lateness;
    }

    public List<Choice> getChoices() {
        view();
        return choices == null ? List.of() : choices;
    }

    /** For the page: {@code rendered="#{dossierView.can('REQUEST_SUPPLEMENT')}"} on each button. */
    public boolean can(String choiceId) {
        return getChoices().stream().anyMatch(c -> c.id().equals(choiceId));
    }

    public List<Form> getForms() {
        return DossierActions.forms(getDossier());
    }

    public String getPendingLabel() {
        Dossier d = getDossier();
        if (pending == null || d == null) {
            return "";
        }
        return text.get(localeView.getLocale(), DossierActions.labelKey(pending.action().name(), d.getFormSet(),
                pending.stepKind()));
    }

    public String getPendingAction() {
        return pending == null ? "" : pending.action().name();
    }

    public boolean isReasonRequired() {
        return pending != null && DossierActions.needsReason(pending.action());
    }

    public ReturnMethod[] getReturnMethods() {
        return ReturnMethod.values();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isNotFound() { return notFound; }
    public long getLoadedVersion() { return loadedVersion; }
    public boolean isStale() { return stale; }
    public String getStaleMessage() { return staleMessage; }
    public String getExplanation() { view(); return explanation; }
    public boolean isExplanationUnverified() { return explanationUnverified; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getNewDate() { return newDate; }
    public void setNewDate(LocalDateTime newDate) { this.newDate = newDate; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getStepName() { return stepName; }
    public void setStepName(String stepName) { this.stepName = stepName; }
    public Integer getStepHours() { return stepHours; }
    public void setStepHours(Integer stepHours) { this.stepHours = stepHours; }
    public ReturnMethod getReturnMethod() { return returnMethod; }
    public void setReturnMethod(ReturnMethod returnMethod) { this.returnMethod = returnMethod; }
    public boolean isElectronicResult() { return electronicResult; }
    public void setElectronicResult(boolean electronicResult) { this.electronicResult = electronicResult; }
    public StepKind getPendingStepKind() { return pending == null ? null : pending.stepKind(); }
}
