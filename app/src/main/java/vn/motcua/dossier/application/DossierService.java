package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.deadline.application.DeadlineService;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.domain.Fee;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.DossierClock;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Receipt;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.infrastructure.DossierRepository;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;
import vn.motcua.units.application.UnitsInForce;
import vn.motcua.units.domain.UnitVersion;

/**
 * Receipt, actions, worklist and reading of the current province's dossiers. The province is the signed-in
 * caller's (bound to the transaction by TransactionTenantBinding); nothing here takes a province from input.
 */
@ApplicationScoped
public class DossierService {

    /** No 0/O, 1/I/L: the secret is read off paper and typed by the applicant. */
    private static final char[] SECRET_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DossierRepository dossiers;
    @Inject
    UnitsInForce unitsInForce;
    @Inject
    DeadlineService deadlines;
    @Inject
    CatalogService catalog;
    @Inject
    DossierEvents events;
    @Inject
    Officials officials;
    @Inject
    DossierCodes codes;
    /** This bean through its proxy, so that the transactions of receive's two parts apply. */
    @Inject
    DossierService self;

    /** A dossier and the units it names, for display. */
    public record View(Dossier dossier, Map<String, String> unitNames) { }

    /**
     * Receives a dossier: the receiving agency's next code is taken in a short transaction of its own (see
     * {@link DossierCodes}), then the dossier is validated and written in another, which also reads back what the
     * receipt shows (so no third transaction reads the new dossier again). A receipt refused by validation after
     * the code was taken leaves a gap in the day's numbers, which is allowed.
     */
    public Details receive(ReceiveCommand c) {
        String receiving = blankToNull(c.receivingUnitCode());
        if (receiving == null) {
            receiving = CallerContext.current().map(Caller::unitCode).orElse(null);
        }
        if (receiving == null) {
            throw DomainException.invalid(List.of(new FieldError("receivingUnitCode", "dossier.field.required",
                    "receivingUnitCode")));
        }
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        DossierCodes.Taken taken = codes.next(receiving, day, units -> references(c, units, day));
        return self.receive(c, taken);
    }

    /**
     * The receipt's references as of {@code day}, looked up by {@link DossierCodes#next} before a number is taken (a
     * receipt naming no real procedure or unit must not use up a code) and handed on to the receipt's own transaction.
     */
    private ReceiptReferences references(ReceiveCommand c, UnitsOnDay units, LocalDate day) {
        List<FieldError> errors = new ArrayList<>();
        String competent = blankToNull(c.competentUnitCode());
        UnitVersion competentUnit = units.find(competent).orElse(null);
        if (competent != null && competentUnit == null) {
            errors.add(new FieldError("competentUnitCode", "dossier.unitUnknown", competent));
        }
        ProcedureVersion procedure = null;
        if (c.procedureCode() != null && !c.procedureCode().isBlank()) {
            try {
                procedure = catalog.get(c.procedureCode().strip(), day);
            } catch (DomainException e) {
                errors.add(new FieldError("procedureCode", "dossier.procedureUnknown", c.procedureCode()));
            }
        }
        return new ReceiptReferences(procedure, competentUnit, errors);
    }

    @Transactional
    public Details receive(ReceiveCommand c, DossierCodes.Taken taken) {
        String code = taken.code();
        Caller caller = CallerContext.current().orElseThrow();
        Actor actor = officials.actor(caller);
        DeadlineCalculator clock = deadlines.calculator();
        OffsetDateTime now = OffsetDateTime.now(clock.calendar().zone()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<FieldError> errors = new ArrayList<>();
        if (c.procedureCode() == null || c.procedureCode().isBlank()) {
            errors.add(new FieldError("procedureCode", "dossier.field.required", "procedureCode"));
        }
        if (c.channel() == null) {
            errors.add(new FieldError("channel", "dossier.field.required", "channel"));
        }
        if (c.applicantName() == null || c.applicantName().isBlank() || c.applicantName().length() > Text.Kind.NAME.max()) {
            errors.add(new FieldError("applicant.name", "dossier.applicantName"));
        }
        Receipt.Outcome outcome = c.outcome() == null ? Receipt.Outcome.ACCEPTED : c.outcome();
        if ((outcome == Receipt.Outcome.GUIDED || outcome == Receipt.Outcome.REFUSED_AT_RECEIPT)
                && (c.reason() == null || c.reason().isBlank())) {
            errors.add(new FieldError("reason", "dossier.reasonRequired"));
        }
        for (int i = 0; i < c.documents().size(); i++) {
            ReceiveCommand.Document d = c.documents().get(i);
            if (d.name() == null || d.name().isBlank() || d.originals() < 0 || d.copies() < 0) {
                errors.add(new FieldError("documents[" + i + "]", "dossier.field.invalid", "documents[" + i + "]"));
            }
        }
        long feesTogether = 0;
        for (int i = 0; i < c.fees().size(); i++) {
            ReceiveCommand.FeeLine f = c.fees().get(i);
            if (f.name() == null || f.name().isBlank() || f.amountVnd() < 0) {
                errors.add(new FieldError("fees[" + i + "]", "dossier.field.invalid", "fees[" + i + "]"));
            } else {
                feesTogether = f.amountVnd() > Fee.MAX_AMOUNT_VND - feesTogether ? Fee.MAX_AMOUNT_VND + 1
                        : feesTogether + f.amountVnd();
            }
        }
        if (feesTogether > Fee.MAX_AMOUNT_VND) {
            // The total is kept within the same bound as each fee: enough of them would otherwise wrap a long.
            errors.add(new FieldError("fees", "request.range", 0, Fee.MAX_AMOUNT_VND));
        }
        String receiving = taken.receivingUnit().spec().portal();
        UnitsOnDay units = new UnitsOnDay(unitsInForce, now.toLocalDate());
        units.known(taken.receivingUnit());
        ReceiptReferences refs = taken.references();
        units.known(refs.competentUnit());
        String competent = blankToNull(c.competentUnitCode());
        errors.addAll(refs.errors());
        ProcedureVersion procedure = refs.procedure();
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        ProcedureContent content = procedure.content();
        if (competent == null) {
            competent = content.unitRefs().stream().filter(u -> units.find(u).isPresent()).findFirst().orElse(receiving);
        }
        StatutoryTime time = c.channel() == Channel.ONLINE && content.onlineTime() != null
                ? content.onlineTime() : content.time();
        long feeTotal = c.fees().stream().mapToLong(ReceiveCommand.FeeLine::amountVnd).sum();
        boolean digitised = !c.documents().isEmpty() && c.documents().stream().allMatch(ReceiveCommand.Document::digitised);
        vn.motcua.dossier.domain.Assignees people = officials.picker();
        Receipt r = new Receipt(code, newSecret(), c.channel(), procedure.getId(), procedure.getCode(), procedure.getName(),
                time, content.steps(), c.applicantKind(), c.applicantName().strip(), blankToNull(c.applicantIdNumber()),
                blankToNull(c.applicantAddress()), blankToNull(c.applicantPhone()), blankToNull(c.applicantEmail()),
                receiving, competent, actor.username(), actor.unitCode(), now, outcome, blankToNull(c.reason()),
                DocumentText.documents(c.documents()), DocumentText.fees(c.fees()), feeTotal, digitised, c.paidOnline());
        Dossier d = Dossier.receive(r, clock, people);
        dossiers.add(d);
        Transition t = new Transition(Action.RECEIVE, null, d.status(), now, blankToNull(c.reason()));
        DossierEvents.Event received = events.append(d, t, actor, Dossier.diff(Map.of(), d.snapshot()));
        return new Details(view(d, units), explain(d), lateness(d), List.of(received));
    }

    @Transactional
    public Dossier transition(String code, TransitionCommand c) {
        Caller caller = CallerContext.current().orElseThrow();
        Actor actor = officials.actor(caller);
        DeadlineCalculator clock = deadlines.calculator();
        OffsetDateTime now = OffsetDateTime.now(clock.calendar().zone()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Dossier d = require(code);
        if (d.getVersion() != c.expectedVersion()) {
            throw DomainException.conflict("dossier.changedMeanwhile", d.getVersion(), c.expectedVersion());
        }
        Map<String, String> before = d.snapshot();
        if (c.action() == Action.REASSIGN || c.action() == Action.ADD_STEP) {
            String unit = blankToNull(c.unitCode());
            if (unit != null && unitsInForce.find(unit, now.toLocalDate()).isEmpty()) {
                throw DomainException.invalid(List.of(new FieldError("unitCode", "dossier.unitUnknown", unit)));
            }
            if (c.assignee() != null && !c.assignee().isBlank() && !officials.exists(c.assignee())) {
                throw DomainException.invalid(List.of(new FieldError("assignee", "dossier.field.invalid", "assignee")));
            }
        }
        Transition t = switch (c.action()) {
            case ACCEPT -> d.accept(now, actor, clock, officials.picker());
            case GUIDE -> d.guide(now, actor, c.reason());
            case REFUSE_AT_RECEIPT -> d.refuseAtReceipt(now, actor, c.reason());
            case COMPLETE_STEP -> d.completeStep(now, actor, clock, blankToNull(c.reason()));
            case REASSIGN -> d.reassign(now, actor, blankToNull(c.unitCode()), blankToNull(c.assignee()), c.reason());
            case ADD_STEP -> d.addStep(now, actor, clock, c.stepKind(), c.stepName(), blankToNull(c.unitCode()),
                    blankToNull(c.assignee()), c.stepHours(), c.reason());
            case REQUEST_SUPPLEMENT -> d.requestSupplement(now, actor, c.reason());
            case RECEIVE_SUPPLEMENT -> d.receiveSupplement(now, actor, clock, blankToNull(c.reason()));
            case REQUEST_PAYMENT -> d.requestPayment(now, actor, c.reason());
            case CONFIRM_PAYMENT -> d.confirmPayment(now, actor, clock, blankToNull(c.reason()));
            case WITHDRAW -> d.withdraw(now, actor, c.reason());
            case STOP -> d.stop(now, actor, c.reason());
            case REFUSE -> d.refuse(now, actor, clock, c.reason());
            case RETURN_RESULT -> d.returnResult(now, actor,
                    c.returnMethod() == null ? ReturnMethod.IN_PERSON : c.returnMethod(), c.electronicResult());
            case APOLOGISE -> d.apologise(now, actor, c.newDate(), c.reason());
            case RECEIVE, RATE, IMPORT -> throw DomainException.invalid("dossier.actionUnknown", c.action().name(),
                    transitionActions());
        };
        events.append(d, t, actor, Dossier.diff(before, d.snapshot()));
        return d;
    }

    public static String transitionActions() {
        return java.util.Arrays.stream(Action.values()).filter(Action::transition).map(Action::name)
                .collect(Collectors.joining(", "));
    }

    @Transactional
    public Dossier get(String code) {
        return require(code);
    }

    @Transactional
    public View view(String code) {
        Dossier d = require(code);
        return view(d, new UnitsOnDay(unitsInForce, LocalDate.now(deadlines.calculator().calendar().zone())));
    }

    private static View view(Dossier d, UnitsOnDay units) {
        Map<String, String> names = new java.util.HashMap<>();
        for (String u : new String[] {d.getReceivingUnitCode(), d.getCompetentUnitCode()}) {
            names.put(u, units.name(u));
        }
        d.steps().forEach(s -> names.putIfAbsent(s.unitCode(), units.name(s.unitCode())));
        return new View(d, names);
    }

    @Transactional
    public Optional<Dossier> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return dossiers.byCode(code.strip());
    }

    private Dossier require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("dossier.notFound", code));
    }

    /** The open steps of one official, soonest due first. */
    @Transactional
    public List<Dossier> worklist(String username, int first, int size) {
        return dossiers.assignedTo(username, Math.max(0, first), clamp(size));
    }

    @Transactional
    public long worklistSize(String username) {
        return dossiers.countAssignedTo(username);
    }

    /**
     * One official's open steps whose code, applicant or procedure contains {@code text} (case and accents
     * ignored), soonest due first, paged.
     */
    @Transactional
    public List<Dossier> worklist(String username, String text, int first, int size) {
        if (text == null || text.isBlank()) {
            return worklist(username, first, size);
        }
        return dossiers.assignedToMatching(username, text, Math.max(0, first), clamp(size));
    }

    @Transactional
    public long worklistSize(String username, String text) {
        if (text == null || text.isBlank()) {
            return worklistSize(username);
        }
        return dossiers.countAssignedToMatching(username, text);
    }

    /** How many of one official's open steps are overdue, and due within one working day. */
    public record WorkCounts(long total, long overdue, long dueSoon) { }

    @Transactional
    public WorkCounts worklistCounts(String username) {
        DossierClock clock = new DossierClock(deadlines.calculator());
        OffsetDateTime now = OffsetDateTime.now(clock.calendar().zone());
        OffsetDateTime soon = clock.dueSoonUntil(now);
        long overdue = dossiers.countOverdue(username, now);
        long dueSoon = dossiers.countDueBetween(username, now, soon);
        return new WorkCounts(worklistSize(username), overdue, dueSoon);
    }

    /** Open dossiers past their due instant (or due before {@code before}) without an apology: the reminder list. */
    @Transactional
    public List<Dossier> lateWithoutApology(OffsetDateTime before, int first, int size) {
        return dossiers.lateWithoutApology(before, Math.max(0, first), clamp(size));
    }

    /** Latest dossiers received (or submitted), newest first, optionally filtered by a status code. */
    /** The dossiers a unit received from {@code from} (included) to {@code to} (excluded), in order, at most {@code max}. */
    @Transactional
    public List<Dossier> receivedBy(String unitCode, OffsetDateTime from, OffsetDateTime to, int max) {
        return dossiers.receivedBy(unitCode, from, to, max);
    }

    @Transactional
    public List<Dossier> recent(Integer status, int first, int size) {
        return dossiers.recent(status, Math.max(0, first), clamp(size));
    }

    private static int clamp(int size) {
        return Math.max(1, Math.min(size <= 0 ? 50 : size, 500));
    }

    static String newSecret() {
        char[] s = new char[8];
        for (int i = 0; i < s.length; i++) {
            s[i] = SECRET_ALPHABET[RANDOM.nextInt(SECRET_ALPHABET.length)];
        }
        return new String(s);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Everything the dossier page and getDossier show, read in one transaction. */
    public record Details(View view, Optional<vn.motcua.deadline.domain.Deadline> deadline,
                          List<vn.motcua.dossier.domain.Lateness.StepOverrun> lateness, List<DossierEvents.Event> events) { }

    @Transactional
    public Details details(String code) {
        View v = view(code);
        return new Details(v, explain(v.dossier()), lateness(v.dossier()), events.of(v.dossier().getId()));
    }

    /** How the appointment was computed (empty before the clock started). */
    @Transactional
    public Optional<vn.motcua.deadline.domain.Deadline> explain(Dossier d) {
        if (d.getReceivedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(deadlines.calculator().compute(d.getReceivedAt(), d.statutoryTime()));
    }

    @Transactional
    public List<vn.motcua.dossier.domain.Lateness.StepOverrun> lateness(Dossier d) {
        DeadlineCalculator clock = deadlines.calculator();
        return d.lateness(clock, OffsetDateTime.now(clock.calendar().zone()));
    }

    /** How urgent an open step is: its colour in the worklist. */
    public enum Urgency { OVERDUE, DUE_SOON, ON_TRACK }

    public record Remaining(Urgency urgency, long officeNanos) { }

    /** Office time left before {@code due}; due soon when at most one working day is left. */
    @Transactional
    public Remaining remaining(OffsetDateTime due) {
        DossierClock clock = new DossierClock(deadlines.calculator());
        if (due == null) {
            return new Remaining(Urgency.ON_TRACK, 0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock.calendar().zone()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long left = clock.left(now, due);
        Urgency u = now.isAfter(due) ? Urgency.OVERDUE : clock.dueSoon(now, due) ? Urgency.DUE_SOON : Urgency.ON_TRACK;
        return new Remaining(u, left);
    }

    /** For the UI's lists of officials (reassignment). */
    @Transactional
    public List<AppUser> provinceOfficials() {
        return officials.all();
    }
}
