package vn.motcua.dossier.domain;

import vn.motcua.forms.domain.FormRegime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/**
 * A dossier and its lifecycle (domain.md, "Dossier lifecycle" and "Time counting"). Every change goes through one of
 * the action methods, which check the transition table ({@link Action}) and who may act, and return a
 * {@link Transition} for the event log.
 *
 * <h2>The clock</h2>
 * The due instant is computed at acceptance by the deadline engine (the appointment printed on the receipt). While
 * the dossier waits for the applicant (supplement, financial obligation) the clock stops: on resumption the due
 * instant, and the current step's own due instant, move by the office time spent waiting. An apology records a new
 * date but never moves the due instant: a late dossier stays late.
 *
 * <h2>Steps</h2>
 * Accepting plans the procedure's internal steps: the desk's receipt step (done at once), the processing steps
 * with their share of the office time between the start of the clock and the due instant, and the return step.
 * Steps run one after another; the one running is the "current step", whose official sees it in the worklist.
 * Paper dossiers accepted after 15:00 reach the competent unit the next working day.
 */
@Entity
@Table(name = "dossier", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class Dossier {

    /** Paper dossiers received after this time move to the competent unit the next working day. */
    public static final LocalTime PAPER_TRANSFER_CUT_OFF = LocalTime.of(15, 0);
    /** For the index, a dossier with this many supplement requests counts as overdue (domain.md). */
    public static final int SUPPLEMENTS_COUNTED_AS_OVERDUE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "province.dossier_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(name = "lookup_secret", nullable = false, updatable = false)
    private String lookupSecret;
    @Column(nullable = false)
    private int status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;
    @Column(name = "procedure_version_id")
    private Long procedureVersionId;
    @Column(name = "procedure_code", nullable = false)
    private String procedureCode;
    @Column(name = "procedure_name", nullable = false)
    private String procedureName;
    @Column(name = "time_value", nullable = false)
    private int timeValue;
    @Column(name = "time_unit", nullable = false)
    private String timeUnit;
    @Column(name = "time_cut_off")
    private LocalTime timeCutOff;
    @Enumerated(EnumType.STRING)
    @Column(name = "form_set", nullable = false)
    private FormRegime formSet;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    private ApplicantKind applicantKind;
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;
    @Column(name = "applicant_id_number")
    private String applicantIdNumber;
    @Column(name = "applicant_address")
    private String applicantAddress;
    @Column(name = "applicant_phone")
    private String applicantPhone;
    @Column(name = "applicant_email")
    private String applicantEmail;
    @Column(name = "receiving_unit_code", nullable = false)
    private String receivingUnitCode;
    @Column(name = "competent_unit_code", nullable = false)
    private String competentUnitCode;
    @Column(name = "received_by", nullable = false)
    private String receivedBy;
    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;
    @Column(name = "received_at")
    private OffsetDateTime receivedAt;
    @Column(name = "clock_start_at")
    private OffsetDateTime clockStartAt;
    @Column(name = "appointment_at")
    private OffsetDateTime appointmentAt;
    @Column(name = "due_at")
    private OffsetDateTime dueAt;
    @Column(nullable = false)
    private String documents = "";
    @Column(nullable = false)
    private String fees = "";
    @Column(name = "fee_total", nullable = false)
    private long feeTotal;
    @Column(name = "paid_online", nullable = false)
    private boolean paidOnline;
    @Column(nullable = false)
    private boolean digitised;
    @Column(name = "steps", nullable = false)
    private String stepText = "";
    @Column(name = "current_step")
    private Integer currentStep;
    @Column(name = "current_assignee")
    private String currentAssignee;
    @Column(name = "current_unit_code")
    private String currentUnitCode;
    @Column(name = "current_step_due_at")
    private OffsetDateTime currentStepDueAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "pause_kind")
    private PauseKind pauseKind;
    @Column(name = "paused_at")
    private OffsetDateTime pausedAt;
    @Column(name = "paused_nanos", nullable = false)
    private long pausedNanos;
    @Column(name = "supplement_count", nullable = false)
    private int supplementCount;
    @Column(name = "guidance_count", nullable = false)
    private int guidanceCount;
    @Column(name = "pending_request")
    private String pendingRequest;
    @Column(name = "apology_at")
    private OffsetDateTime apologyAt;
    @Column(name = "apology_new_due_at")
    private OffsetDateTime apologyNewDueAt;
    @Column(name = "apology_reason")
    private String apologyReason;
    @Column(name = "processed_at")
    private OffsetDateTime processedAt;
    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "return_method")
    private ReturnMethod returnMethod;
    @Column(name = "electronic_result")
    private Boolean electronicResult;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "result_refused", nullable = false)
    private boolean resultRefused;
    @Column(name = "late")
    private Boolean late;
    @Column(name = "late_nanos")
    private Long lateNanos;
    @Column(name = "satisfaction")
    private Integer satisfaction;
    @Column(name = "feedback")
    private String feedback;
    @Column(name = "rated_at")
    private OffsetDateTime ratedAt;
    @Column(nullable = false)
    private String source = "NATIVE";
    @Column(name = "source_system")
    private String sourceSystem;
    @Column(name = "source_appointment_at")
    private OffsetDateTime sourceAppointmentAt;
    @Column(name = "source_disagrees", nullable = false)
    private boolean sourceDisagrees;
    @Column(name = "import_batch")
    private String importBatch;
    @Column(name = "event_count", nullable = false)
    private int eventCount;
    @Column(name = "last_event_hash")
    private String lastEventHash;
    @Version
    private long version;

    @Transient
    private List<Step> steps = new ArrayList<>();

    protected Dossier() {
    }

    // ---- receipt ----

    /**
     * A new dossier from the desk's record. ACCEPTED starts the clock at once; SUBMITTED and GUIDED wait for
     * {@link #accept}; REFUSED_AT_RECEIPT is closed immediately (Mẫu 03).
     */
    public static Dossier receive(Receipt r, DeadlineCalculator clock, Assignees assignees) {
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
        d.formSet = FormRegime.onReceipt(r.at().atZoneSameInstant(clock.calendar().zone()).toLocalDate());
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
        List<Step> out = new ArrayList<>();
        List<ProcessStep> middle = new ArrayList<>(process);
        ProcessStep first = middle.isEmpty() ? null : middle.get(0);
        if (first != null && "CLERK".equals(first.role())) {
            middle.remove(0);
        }
        ProcessStep last = middle.isEmpty() ? null : middle.get(middle.size() - 1);
        if (last != null && "CLERK".equals(last.role())) {
            middle.remove(middle.size() - 1);
        }
        out.add(Step.planned(first != null && "CLERK".equals(first.role()) ? first.name() : "Tiếp nhận hồ sơ",
                StepKind.RECEIVE, "CLERK", receivingUnit, null, 0));
        if (middle.isEmpty()) {
            middle.add(new ProcessStep("Thẩm định, xử lý hồ sơ", 100, 0, competentUnit, "OFFICER"));
        }
        for (ProcessStep p : middle) {
            String unit = p.unitRef() == null || p.unitRef().isBlank() ? competentUnit : p.unitRef();
            // Shares become budgets when the clock starts (the time between its start and the appointment).
            out.add(new Step(p.name(), StepKind.PROCESS, p.role(), unit, null,
                    p.sharePercent() > 0 ? 0 : p.hours() * 3_600_000_000_000L, null, null, null, 0, null,
                    Math.max(0, p.sharePercent())));
        }
        out.add(Step.planned(last != null && "CLERK".equals(last.role()) ? last.name() : "Trả kết quả",
                StepKind.RETURN, "CLERK", receivingUnit, null, 0));
        return out;
    }

    /** The desk accepts a submitted or guided dossier: the clock starts now. */
    public Transition accept(OffsetDateTime at, Actor actor, DeadlineCalculator clock, Assignees assignees) {
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

    private void start(OffsetDateTime at, String by, DeadlineCalculator clock, Assignees assignees) {
        StatutoryTime t = statutoryTime();
        receivedAt = at;
        clockStartAt = clock.effectiveStart(at);
        dueAt = clock.due(at, t);
        appointmentAt = dueAt;
        pendingRequest = null;
        status = DossierStatus.ACCEPTED.code();
        long total = Math.max(0, clock.officeNanosBetween(clockStartAt, dueAt));
        long fixed = 0;
        int shares = 0;
        for (Step s : steps) {
            if (s.kind() == StepKind.PROCESS) {
                if (s.sharePercent() > 0) {
                    shares += s.sharePercent();
                } else {
                    fixed += s.budgetNanos();
                }
            }
        }
        long forShares = Math.max(0, total - fixed);
        List<Step> budgeted = new ArrayList<>();
        for (Step s : steps) {
            long budget = s.budgetNanos();
            if (s.kind() == StepKind.PROCESS && s.sharePercent() > 0) {
                budget = forShares * s.sharePercent() / shares;
            }
            String assignee = s.assignee() != null ? s.assignee()
                    : assignees.pick(s.unitCode(), s.role());
            budgeted.add(new Step(s.name(), s.kind(), s.role(), s.unitCode(), assignee, budget, null, null, null, 0, null,
                    s.sharePercent()));
        }
        steps = budgeted;
        Step receipt = steps.get(0);
        receipt.assign(receipt.unitCode(), by);
        receipt.start(at, at);
        receipt.finish(at, by);
        OffsetDateTime next = at;
        if (channel.paper()) {
            LocalDateTime local = at.atZoneSameInstant(clock.calendar().zone()).toLocalDateTime();
            if (!local.toLocalTime().isBefore(PAPER_TRANSFER_CUT_OFF)) {
                LocalDate day = clock.calendar().nextWorkingDay(local.toLocalDate());
                next = clock.effectiveStart(day.atTime(clock.calendar().officeHours().opening())
                        .atZone(clock.calendar().zone()).toOffsetDateTime());
            }
        }
        startStep(1, next, clock);
    }

    // ---- processing ----

    /** The current step is done; the next starts. After the last processing step the dossier is processed. */
    public Transition completeStep(OffsetDateTime at, Actor actor, DeadlineCalculator clock, String note) {
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

    private void markProcessed(OffsetDateTime at, DeadlineCalculator clock) {
        status = DossierStatus.PROCESSED.code();
        processedAt = at;
        late = at.isAfter(dueAt);
        lateNanos = late ? clock.officeNanosBetween(dueAt, at) : 0L;
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
    public Transition addStep(OffsetDateTime at, Actor actor, DeadlineCalculator clock, StepKind kind, String name,
                              String unitCode, String assignee, int workingHours, String reason) {
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
        String stepName = name == null || name.isBlank()
                ? (kind == StepKind.TRANSFER ? "Chuyển xử lý" : "Lấy ý kiến cơ quan liên quan") : name;
        steps.add(currentStep + 1, Step.planned(stepName, kind, "OFFICER", unitCode, assignee,
                workingHours * 3_600_000_000_000L));
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

    public Transition receiveSupplement(OffsetDateTime at, Actor actor, DeadlineCalculator clock, String note) {
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

    public Transition confirmPayment(OffsetDateTime at, Actor actor, DeadlineCalculator clock, String note) {
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
        pendingRequest = request;
        status = to.code();
    }

    /** The applicant is back: the due instants move by the office time spent waiting. */
    private void resume(OffsetDateTime at, DeadlineCalculator clock) {
        if (at.isBefore(pausedAt)) {
            throw DomainException.invalid("dossier.resumeBeforePause");
        }
        long waited = Math.max(0, clock.officeNanosBetween(pausedAt, at));
        pausedNanos += waited;
        dueAt = clock.plusOfficeNanos(dueAt, waited);
        Step s = current();
        if (s != null && s.dueAt() != null) {
            s.addPause(waited, clock.plusOfficeNanos(s.dueAt(), waited));
        }
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
    public Transition refuse(OffsetDateTime at, Actor actor, DeadlineCalculator clock, String reason) {
        DossierStatus from = check(Action.REFUSE, actor);
        requireReason(reason);
        requireCurrent().finish(at, actor.username());
        resultRefused = true;
        closeReason = reason;
        markProcessed(at, clock);
        startStep(returnStepIndex(), at, clock);
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
        DossierStatus s = status();
        if (!s.open() || dueAt == null) {
            return false;
        }
        if (pausedAt != null) {
            return pausedAt.isAfter(dueAt);
        }
        return now.isAfter(dueAt);
    }

    /** For the index: a second supplement request makes the dossier count as overdue. */
    public boolean countsAsOverdueForIndex() {
        return supplementCount >= SUPPLEMENTS_COUNTED_AS_OVERDUE;
    }

    /**
     * Which steps overran their budget, by how much office time (time waiting for the applicant excluded), and the
     * share of the dossier's lateness attributed to each: in proportion to the overruns.
     */
    public List<Lateness.StepOverrun> lateness(DeadlineCalculator clock, OffsetDateTime now) {
        return Lateness.attribute(steps, lateNanos == null ? 0 : lateNanos, clock, now);
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

    private int returnStepIndex() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == StepKind.RETURN) {
                return i;
            }
        }
        throw new IllegalStateException("no return step");
    }

    private void startStep(int index, OffsetDateTime at, DeadlineCalculator clock) {
        Step s = steps.get(index);
        OffsetDateTime due = s.kind() == StepKind.RETURN ? dueAt : clock.plusOfficeNanos(at, s.budgetNanos());
        s.start(at, due);
        currentStep = index;
    }

    // ---- state ----

    public Step current() {
        return currentStep == null || currentStep >= steps.size() ? null : steps.get(currentStep);
    }

    public StatutoryTime statutoryTime() {
        return new StatutoryTime(timeValue, StatutoryUnit.valueOf(timeUnit), timeCutOff);
    }

    /** The fields whose before/after the event log records. */
    public Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", Integer.toString(status));
        m.put("dueAt", str(dueAt));
        m.put("currentStep", current() == null ? "" : current().name());
        m.put("currentUnit", nz(currentUnitCode));
        m.put("currentAssignee", nz(currentAssignee));
        m.put("pausedNanos", Long.toString(pausedNanos));
        m.put("supplementCount", Integer.toString(supplementCount));
        m.put("pendingRequest", nz(pendingRequest));
        m.put("apologyNewDueAt", str(apologyNewDueAt));
        m.put("processedAt", str(processedAt));
        m.put("returnMethod", returnMethod == null ? "" : returnMethod.name());
        m.put("satisfaction", satisfaction == null ? "" : satisfaction.toString());
        return m;
    }

    /** "field: before → after" lines for the fields that changed. */
    public static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.getOrDefault(e.getKey(), "");
            if (!old.equals(e.getValue())) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(e.getKey()).append(": ").append(old).append(" → ").append(e.getValue());
            }
        }
        return b.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Keeps the stored step text and the worklist columns in line with the steps. */
    private void syncSteps() {
        stepText = StepText.write(steps);
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

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getCode() { return code; }
    public String getLookupSecret() { return lookupSecret; }
    public DossierStatus status() { return DossierStatus.of(status); }
    public Channel getChannel() { return channel; }
    public Long getProcedureVersionId() { return procedureVersionId; }
    public String getProcedureCode() { return procedureCode; }
    public String getProcedureName() { return procedureName; }
    public FormRegime getFormSet() { return formSet; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantIdNumber() { return applicantIdNumber; }
    public String getApplicantAddress() { return applicantAddress; }
    public String getApplicantPhone() { return applicantPhone; }
    public String getApplicantEmail() { return applicantEmail; }
    public String getReceivingUnitCode() { return receivingUnitCode; }
    public String getCompetentUnitCode() { return competentUnitCode; }
    public String getReceivedBy() { return receivedBy; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
    public OffsetDateTime getClockStartAt() { return clockStartAt; }
    public OffsetDateTime getAppointmentAt() { return appointmentAt; }
    public OffsetDateTime getDueAt() { return dueAt; }
    public String getDocuments() { return documents; }
    public String getFees() { return fees; }
    public long getFeeTotal() { return feeTotal; }
    public boolean isPaidOnline() { return paidOnline; }
    public boolean isDigitised() { return digitised; }
    public List<Step> steps() { return List.copyOf(steps); }
    public Integer getCurrentStep() { return currentStep; }
    public String getCurrentAssignee() { return currentAssignee; }
    public String getCurrentUnitCode() { return currentUnitCode; }
    public OffsetDateTime getCurrentStepDueAt() { return currentStepDueAt; }
    public PauseKind getPauseKind() { return pauseKind; }
    public OffsetDateTime getPausedAt() { return pausedAt; }
    public long getPausedNanos() { return pausedNanos; }
    public int getSupplementCount() { return supplementCount; }
    public int getGuidanceCount() { return guidanceCount; }
    public String getPendingRequest() { return pendingRequest; }
    public OffsetDateTime getApologyAt() { return apologyAt; }
    public OffsetDateTime getApologyNewDueAt() { return apologyNewDueAt; }
    public String getApologyReason() { return apologyReason; }
    public OffsetDateTime getProcessedAt() { return processedAt; }
    public OffsetDateTime getReturnedAt() { return returnedAt; }
    public ReturnMethod getReturnMethod() { return returnMethod; }
    public Boolean getElectronicResult() { return electronicResult; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getCloseReason() { return closeReason; }
    public boolean isResultRefused() { return resultRefused; }
    public Boolean getLate() { return late; }
    public Long getLateNanos() { return lateNanos; }
    public Integer getSatisfaction() { return satisfaction; }
    public String getFeedback() { return feedback; }
    public OffsetDateTime getRatedAt() { return ratedAt; }
    public String getSource() { return source; }
    public String getSourceSystem() { return sourceSystem; }
    public OffsetDateTime getSourceAppointmentAt() { return sourceAppointmentAt; }
    public boolean isSourceDisagrees() { return sourceDisagrees; }
    public int getEventCount() { return eventCount; }
    public String getLastEventHash() { return lastEventHash; }
    public long getVersion() { return version; }
}
