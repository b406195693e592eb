package vn.motcua.dossier.domain;

import vn.motcua.forms.domain.FormRegime;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.DossierClock;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/**
 * A dossier and its lifecycle (docs/dossiers.md; its clock: docs/deadlines.md). Every change goes through one of
 * the action methods, which check the transition table ({@link Action}) and who may act, and return a
 * {@link Transition} for the event log.
 *
 * <h2>The clock</h2>
 * The rules of the clock are {@link DossierClock}'s, shared with the importer: the due instant is computed at
 * acceptance (the appointment printed on the receipt); while the dossier waits for the applicant (supplement,
 * financial obligation) the clock stops, and on resumption the due instant, and the current step's own due instant,
 * move by the office time spent waiting. An apology records a new date but never moves the due instant: a late
 * dossier stays late.
 *
 * <h2>Steps</h2>
 * Accepting plans the procedure's internal steps: the desk's receipt step (done at once), the processing steps
 * with their share of the office time between the start of the clock and the due instant, and the return step.
 * Steps run one after another ({@link StepPlan}); the one running is the "current step", whose official sees it in
 * the worklist. Paper dossiers accepted from {@link DossierClock#PAPER_TRANSFER_CUT_OFF 15:00} on reach the competent
 * unit the next working day. The stored columns are in {@link DossierRecord}.
 */
@Entity
@Table(name = "dossier", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class Dossier extends DossierRecord {

    @Transient
    private List<Step> steps = new ArrayList<>();

    protected Dossier() {
    }

    // ---- receipt ----

    /**
     * A new dossier from the desk's record. ACCEPTED starts the clock at once; SUBMITTED and GUIDED wait for
     * {@link #accept}; REFUSED_AT_RECEIPT is closed immediately (Mẫu 03).
     */
    public static Dossier receive(Receipt r, DeadlineCalculator calculator, Assignees assignees) {
        DossierClock clock = new DossierClock(calculator);
        Dossier d = new Dossier();
        d.code = Objects.requireNonNull(r.code(), "code");
        d.lookupSecret = Objects.requireNonNull(r.lookupSecret(), "lookupSecret");
        d.channel = Objects.requireNonNull(r.channel(), "channel");
        d.procedureVersionId = r.procedureVersionId();
        d.procedureCode = r.procedureCode();
        d.procedureName = r.procedureName();
        StatutoryTime t = Objects.requireNonNull(r.time(), "time");
        d.timeValue = t.value();
        d.timeUnit = t.unit().name();
        d.timeCutOff = t.cutOff();
        d.formSet = FormRegime.onReceipt(clock.receiptDay(r.at()));
        d.applicantKind = r.applicantKind() == null ? ApplicantKind.PERSON : r.applicantKind();
        d.applicantName = r.applicantName();
        d.applicantIdNumber = r.applicantIdNumber();
        d.applicantAddress = r.applicantAddress();
        d.applicantPhone = r.applicantPhone();
        d.applicantEmail = r.applicantEmail();
        d.receivingUnitCode = r.receivingUnitCode();
        d.competentUnitCode = r.competentUnitCode() == null || r.competentUnitCode().isBlank()
                ? r.receivingUnitCode() : r.competentUnitCode();
        d.receivedBy = r.receivedBy();
        d.submittedAt = r.at();
        d.documents = r.documents() == null ? "" : r.documents();
        d.fees = r.fees() == null ? "" : r.fees();
        d.feeTotal = r.feeTotal();
        d.digitised = r.digitised();
        d.paidOnline = r.paidOnline();
        d.steps = plan(r.processSteps(), d.receivingUnitCode, d.competentUnitCode);
        switch (r.outcome()) {
            case ACCEPTED -> d.start(r.at(), r.receivedBy(), clock, assignees);
            case SUBMITTED -> d.status = DossierStatus.SUBMITTED.code();
            case GUIDED -> {
                d.status = DossierStatus.SUBMITTED.code();
                d.guidanceCount = 1;
                d.pendingRequest = r.reason();
            }
            case REFUSED_AT_RECEIPT -> {
                d.status = DossierStatus.REFUSED_AT_RECEIPT.code();
                d.closedAt = r.at();
                d.closeReason = r.reason();
            }
        }
        d.syncSteps();
        return d;
    }

    /** The internal process as planned from the catalog: receipt, processing steps, return. Budgets come at start. */
    static List<Step> plan(List<ProcessStep> process, String receivingUnit, String competentUnit) {
        return StepPlan.plan(process, receivingUnit, competentUnit);
    }

    /** The desk accepts a submitted or guided dossier: the clock starts now. */
    public Transition accept(OffsetDateTime at, Actor actor, DeadlineCalculator calculator, Assignees assignees) {
        DossierClock clock = new DossierClock(calculator);
        DossierStatus from = check(Action.ACCEPT, actor);
        start(at, actor.username(), clock, assignees);
        syncSteps();
        return new Transition(Action.ACCEPT, from, status(), at, null);
    }

    public Transition guide(OffsetDateTime at, Actor actor, String whatIsMissing) {
        DossierStatus from = check(Action.GUIDE, actor);
        requireReason(whatIsMissing);
        guidanceCount++;
        pendingRequest = whatIsMissing;
        return new Transition(Action.GUIDE, from, status(), at, whatIsMissing);
    }

    public Transition refuseAtReceipt(OffsetDateTime at, Actor actor, String reason) {
        DossierStatus from = check(Action.REFUSE_AT_RECEIPT, actor);
        requireReason(reason);
        status = DossierStatus.REFUSED_AT_RECEIPT.code();
        closedAt = at;
        closeReason = reason;
        pendingRequest = null;
        return new Transition(Action.REFUSE_AT_RECEIPT, from, status(), at, reason);
    }

    /** The clock starts (DossierClock#start) and the steps get their budgets; the first runs from the hand-over. */
    private void start(OffsetDateTime at, String by, DossierClock clock, Assignees assignees) {
        DossierClock.Start start = clock.start(at, statutoryTime());
        receivedAt = at;
        clockStartAt = start.clockStartAt();
        dueAt = start.dueAt();
        appointmentAt = dueAt;
        overdueFrom = dueAt;
        pendingRequest = null;
        status = DossierStatus.ACCEPTED.code();
        steps = StepPlan.budgeted(steps, start, clock, assignees);
        StepPlan.received(steps, at, by);
        startStep(1, clock.handOver(at, channel.paper()), clock);
    }

    // ---- processing ----

    /** The current step is done; the next starts. After the last processing step the dossier is processed. */
    public Transition completeStep(OffsetDateTime at, Actor actor, DeadlineCalculator calculator, String note) {
        DossierClock clock = new DossierClock(calculator);
        DossierStatus from = check(Action.COMPLETE_STEP, actor);
        Step s = requireCurrent();
        s.finish(at, actor.username());
        int next = currentStep + 1;
        if (steps.get(next).kind() == StepKind.RETURN) {
            markProcessed(at, clock);
        } else {
            status = DossierStatus.PROCESSING.code();
        }
        startStep(next, at, clock);
        syncSteps();
        return new Transition(Action.COMPLETE_STEP, from, status(), at, note);
    }

    private void markProcessed(OffsetDateTime at, DossierClock clock) {
        DossierClock.Outcome outcome = clock.finish(dueAt, at);
        status = DossierStatus.PROCESSED.code();
        processedAt = at;
        late = outcome.late();
        lateNanos = outcome.lateNanos();
        timeliness = clock.finishedAs(resultRefused ? DossierClock.Ending.REFUSED : DossierClock.Ending.PROCESSED,
                dueAt, overdueFrom, at);
        workedHundredths = clock.workedHundredths(clockStartAt, at, pausedNanos);
    }

    /** A leader gives the current step to another official (and possibly another unit). */
    public Transition reassign(OffsetDateTime at, Actor actor, String unitCode, String assignee, String reason) {
        DossierStatus from = check(Action.REASSIGN, actor);
        if (assignee == null || assignee.isBlank()) {
            throw DomainException.invalid("dossier.assigneeRequired");
        }
        requireCurrent().assign(unitCode, assignee);
        syncSteps();
        return new Transition(Action.REASSIGN, from, status(), at, reason);
    }

    /** Transfer to another unit or consultation of another agency: the current step ends and the new one runs. */
    public Transition addStep(OffsetDateTime at, Actor actor, DeadlineCalculator calculator, StepKind kind, String name,
                              String unitCode, String assignee, int workingHours, String reason) {
        DossierClock clock = new DossierClock(calculator);
        DossierStatus from = check(Action.ADD_STEP, actor);
        if (kind != StepKind.TRANSFER && kind != StepKind.CONSULT) {
            throw DomainException.invalid("dossier.stepKind");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw DomainException.invalid("dossier.unitRequired");
        }
        if (workingHours < 0 || workingHours > 2_000) {
            throw DomainException.invalid("dossier.stepHours");
        }
        Step s = requireCurrent();
        s.finish(at, actor.username());
        steps.add(currentStep + 1, StepPlan.added(kind, name, unitCode, assignee, workingHours));
        status = DossierStatus.PROCESSING.code();
        startStep(currentStep + 1, at, clock);
        syncSteps();
        return new Transition(Action.ADD_STEP, from, status(), at, reason);
    }

    // ---- waiting for the applicant ----

    public Transition requestSupplement(OffsetDateTime at, Actor actor, String whatIsMissing) {
        DossierStatus from = check(Action.REQUEST_SUPPLEMENT, actor);
        requireReason(whatIsMissing);
        supplementCount++;
        pause(PauseKind.SUPPLEMENT, at, whatIsMissing, DossierStatus.SUPPLEMENT_REQUESTED);
        return new Transition(Action.REQUEST_SUPPLEMENT, from, status(), at, whatIsMissing);
    }

    public Transition receiveSupplement(OffsetDateTime at, Actor actor, DeadlineCalculator calculator, String note) {
        DossierClock clock = new DossierClock(calculator);
        DossierStatus from = check(Action.RECEIVE_SUPPLEMENT, actor);
        resume(at, clock);
        return new Transition(Action.RECEIVE_SUPPLEMENT, from, status(), at, note);
    }

    public Transition requestPayment(OffsetDateTime at, Actor actor, String what) {
        DossierStatus from = check(Action.REQUEST_PAYMENT, actor);
        requireReason(what);
        pause(PauseKind.PAYMENT, at, what, DossierStatus.PAYMENT_REQUESTED);
        return new Transition(Action.REQUEST_PAYMENT, from, status(), at, what);
    }

    public Transition confirmPayment(OffsetDateTime at, Actor actor, DeadlineCalculator calculator, String note) {
        DossierClock clock = new DossierClock(calculator);
        DossierStatus from = check(Action.CONFIRM_PAYMENT, actor);
        resume(at, clock);
        return new Transition(Action.CONFIRM_PAYMENT, from, status(), at, note);
    }

    private void pause(PauseKind kind, OffsetDateTime at, String request, DossierStatus to) {
        if (at.isBefore(receivedAt)) {
            throw DomainException.invalid("dossier.beforeReceipt");
        }
        pauseKind = kind;
        pausedAt = at;
        storeSteps(); // an open step's overdue depends on the pause
        overdueFrom = DossierClock.overdueFromWhenPaused(overdueFrom, at);
        pendingRequest = request;
        status = to.code();
    }

    /** The applicant is back: the due instants move by the office time spent waiting. */
    private void resume(OffsetDateTime at, DossierClock clock) {
        if (at.isBefore(pausedAt)) {
            throw DomainException.invalid("dossier.resumeBeforePause");
        }
        DossierClock.Resumption r = clock.resume(dueAt, pausedAt, at);
        pausedNanos += r.waitedNanos();
        dueAt = r.dueAt();
        overdueFrom = DossierClock.overdueFromWhenResumed(overdueFrom, dueAt);
        StepPlan.waited(current(), r.waitedNanos(), clock);
        pauseKind = null;
        pausedAt = null;
        pendingRequest = null;
        status = DossierStatus.PROCESSING.code();
        syncSteps();
    }

    // ---- endings ----

    public Transition withdraw(OffsetDateTime at, Actor actor, String reason) {
        DossierStatus from = check(Action.WITHDRAW, actor);
        return close(Action.WITHDRAW, from, DossierStatus.WITHDRAWN, at, reason);
    }

    public Transition stop(OffsetDateTime at, Actor actor, String reason) {
        DossierStatus from = check(Action.STOP, actor);
        requireReason(reason);
        return close(Action.STOP, from, DossierStatus.STOPPED, at, reason);
    }

    private Transition close(Action action, DossierStatus from, DossierStatus to, OffsetDateTime at, String reason) {
        status = to.code();
        closedAt = at;
        closeReason = reason;
        timeliness = dueAt == null ? null : DossierClock.endedWithoutResult(overdueFrom, at);
        pauseKind = null;
        pausedAt = null;
        Step s = current();
        if (s != null) {
            s.finish(at, null);
        }
        currentStep = null;
        syncSteps();
        return new Transition(action, from, to, at, reason);
    }

    /** Refused on the merits: the refusal letter is the result, returned to the applicant like any result. */
    public Transition refuse(OffsetDateTime at, Actor actor, DeadlineCalculator calculator, String reason) {
        DossierClock clock = new DossierClock(calculator);
        DossierStatus from = check(Action.REFUSE, actor);
        requireReason(reason);
        requireCurrent().finish(at, actor.username());
        resultRefused = true;
        closeReason = reason;
        markProcessed(at, clock);
        startStep(StepPlan.returnIndex(steps), at, clock);
        syncSteps();
        return new Transition(Action.REFUSE, from, status(), at, reason);
    }

    public Transition returnResult(OffsetDateTime at, Actor actor, ReturnMethod method, boolean electronic) {
        DossierStatus from = check(Action.RETURN_RESULT, actor);
        returnMethod = Objects.requireNonNull(method, "method");
        electronicResult = electronic;
        returnedAt = at;
        status = DossierStatus.RETURNED.code();
        Step s = requireCurrent();
        s.assign(null, s.assignee() == null ? actor.username() : s.assignee());
        s.finish(at, actor.username());
        currentStep = null;
        syncSteps();
        return new Transition(Action.RETURN_RESULT, from, status(), at, method.name());
    }

    // ---- late dossiers ----

    /**
     * The apology slip with a new date (under the 2025 rules also the extension request): once per dossier. It does
     * not move the due instant: a dossier finished after its due instant is late whatever the apology said.
     */
    public Transition apologise(OffsetDateTime at, Actor actor, OffsetDateTime newDate, String reason) {
        DossierStatus from = check(Action.APOLOGISE, actor);
        if (apologyAt != null) {
            throw DomainException.conflict("dossier.apologyOnce");
        }
        requireReason(reason);
        if (newDate == null || !newDate.isAfter(dueAt)) {
            throw DomainException.invalid("dossier.apologyDate");
        }
        apologyAt = at;
        apologyNewDueAt = newDate;
        apologyReason = reason;
        return new Transition(Action.APOLOGISE, from, status(), at, reason);
    }

    /** Open and past its due instant now (the clock stopped while waiting for the applicant counts as not passing). */
    public boolean overdueAt(OffsetDateTime now) {
        return DossierClock.overdueAt(status().open(), dueAt, pausedAt, now);
    }

    /** For the index: a second supplement request makes the dossier count as overdue. */
    public boolean countsAsOverdueForIndex() {
        return DossierClock.countsAsOverdueForIndex(supplementCount);
    }

    /**
     * Which steps overran their budget, by how much office time (time waiting for the applicant excluded), and the
     * share of the dossier's lateness attributed to each: in proportion to the overruns.
     */
    public List<Lateness.StepOverrun> lateness(DeadlineCalculator clock, OffsetDateTime now) {
        return Lateness.attribute(steps, lateNanos == null ? 0 : lateNanos, new DossierClock(clock), now);
    }

    // ---- rating ----

    public Transition rate(OffsetDateTime at, int score, String text) {
        if (status() != DossierStatus.RETURNED) {
            throw DomainException.conflict("dossier.rateAfterResult");
        }
        if (ratedAt != null) {
            throw DomainException.conflict("dossier.rateOnce");
        }
        if (score < 1 || score > 5) {
            throw DomainException.invalid("dossier.ratingRange");
        }
        satisfaction = score;
        feedback = text == null || text.isBlank() ? null : text.strip();
        ratedAt = at;
        return new Transition(Action.RATE, status(), status(), at, feedback);
    }

    // ---- checks ----

    private DossierStatus check(Action action, Actor actor) {
        DossierStatus s = status();
        if (!action.allowedFrom(s)) {
            throw DomainException.conflict("dossier.transitionRefused", action.name(), s.code(), s.vi());
        }
        authorise(action, actor);
        return s;
    }

    /** Who may act (see {@link Action.Who}); refusals name the rule. */
    public void authorise(Action action, Actor actor) {
        boolean assignee = currentAssignee != null && currentAssignee.equals(actor.username());
        boolean unassignedFits = currentAssignee == null && current() != null
                && actor.roles().stream().anyMatch(r -> r.name().equals(current().role()));
        boolean ok = switch (action.who()) {
            case DESK -> actor.desk();
            case ASSIGNEE -> assignee || unassignedFits || actor.leader();
            case ASSIGNEE_OR_DESK -> assignee || unassignedFits || actor.desk();
            case LEADER -> actor.leader();
            case LEADER_OR_ASSIGNEE -> assignee || unassignedFits || actor.leader();
            case APPLICANT, ADMIN -> false;
        };
        if (!ok) {
            throw DomainException.forbidden("dossier.notYours", action.name());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("dossier.reasonRequired");
        }
    }

    private Step requireCurrent() {
        Step s = current();
        if (s == null) {
            throw DomainException.conflict("dossier.noCurrentStep");
        }
        return s;
    }

    private void startStep(int index, OffsetDateTime at, DossierClock clock) {
        StepPlan.start(steps.get(index), at, dueAt, clock);
        currentStep = index;
    }

    // ---- state ----

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public Step current() {
        return currentStep == null || currentStep >= steps.size() ? null : steps.get(currentStep);
    }

    /** The fields whose before/after the event log records. */
    public Map<String, String> snapshot() {
        return EventDiff.snapshot(this);
    }

    /** "field: before → after" lines for the fields that changed. */
    public static String diff(Map<String, String> before, Map<String, String> after) {
        return EventDiff.diff(before, after);
    }

    /** Keeps the stored step text and the worklist columns in line with the steps. */
    private void syncSteps() {
        storeSteps();
        Step s = current();
        currentAssignee = s == null ? null : s.assignee();
        currentUnitCode = s == null ? null : s.unitCode();
        currentStepDueAt = s == null ? null : s.dueAt();
    }

    @PostLoad
    void loadSteps() {
        steps = StepText.read(stepText);
    }

    @PrePersist
    @PreUpdate
    void storeSteps() {
        stepText = StepText.write(steps);
        stepFacts = StepFacts.write(steps, pausedAt);
    }

    /** Records the event appended for the last transition (the chain's head). */
    public void chained(int count, String hash) {
        this.eventCount = count;
        this.lastEventHash = hash;
    }

    public void markImported(String system, String batch, OffsetDateTime sourceAppointment, boolean disagrees) {
        this.source = "IMPORT";
        this.sourceSystem = system;
        this.importBatch = batch;
        this.sourceAppointmentAt = sourceAppointment;
        this.sourceDisagrees = disagrees;
    }

}
