package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.motcua.dossier.domain.DossierTest.CLOCK;
import static vn.motcua.dossier.domain.DossierTest.at;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.DomainException;

/**
 * Every action from every status: allowed ones succeed and land where the table says, refused ones are refused with
 * a conflict naming the action and the status, and change nothing.
 */
class TransitionTableTest {

    /** Holds every role, so only the transition table decides. */
    static final Actor ANYONE = new Actor("leader", Set.of(Role.PROVINCE_LEADER, Role.CLERK, Role.OFFICER), "H21");
    static final OffsetDateTime LATER = at("2025-11-05T10:00");

    /** A dossier brought to the status by real actions. */
    static Dossier in(DossierStatus s) {
        Dossier d = switch (s) {
            case SUBMITTED -> DossierTest.receive("2025-11-03T09:00", 4, Channel.ONLINE, Receipt.Outcome.SUBMITTED);
            case REFUSED_AT_RECEIPT -> DossierTest.receive("2025-11-03T09:00", 4, Channel.IN_PERSON,
                    Receipt.Outcome.REFUSED_AT_RECEIPT);
            default -> DossierTest.accepted("2025-11-03T09:00", 4);
        };
        OffsetDateTime t = at("2025-11-04T09:00");
        switch (s) {
            case PROCESSING -> d.completeStep(t, ANYONE, CLOCK, null);
            case SUPPLEMENT_REQUESTED -> d.requestSupplement(t, ANYONE, "Thiếu tờ khai");
            case PAYMENT_REQUESTED -> d.requestPayment(t, ANYONE, "Lệ phí");
            case WITHDRAWN -> d.withdraw(t, ANYONE, "Rút");
            case STOPPED -> d.stop(t, ANYONE, "Dừng");
            case PROCESSED -> {
                d.completeStep(t, ANYONE, CLOCK, null);
                d.completeStep(t.plusHours(1), ANYONE, CLOCK, null);
            }
            case RETURNED -> {
                d.completeStep(t, ANYONE, CLOCK, null);
                d.completeStep(t.plusHours(1), ANYONE, CLOCK, null);
                d.returnResult(t.plusHours(2), ANYONE, ReturnMethod.IN_PERSON, false);
            }
            default -> { }
        }
        assertEquals(s, d.status());
        return d;
    }

    static Transition apply(Dossier d, Action a) {
        return switch (a) {
            case ACCEPT -> d.accept(LATER, ANYONE, CLOCK, DossierTest.PEOPLE);
            case GUIDE -> d.guide(LATER, ANYONE, "Thiếu bản sao");
            case REFUSE_AT_RECEIPT -> d.refuseAtReceipt(LATER, ANYONE, "Không thuộc thẩm quyền");
            case COMPLETE_STEP -> d.completeStep(LATER, ANYONE, CLOCK, null);
            case REASSIGN -> d.reassign(LATER, ANYONE, null, "other", null);
            case ADD_STEP -> d.addStep(LATER, ANYONE, CLOCK, StepKind.TRANSFER, null, "H21.09", "other", 4, null);
            case REQUEST_SUPPLEMENT -> d.requestSupplement(LATER, ANYONE, "Thiếu tờ khai");
            case RECEIVE_SUPPLEMENT -> d.receiveSupplement(LATER, ANYONE, CLOCK, null);
            case REQUEST_PAYMENT -> d.requestPayment(LATER, ANYONE, "Lệ phí");
            case CONFIRM_PAYMENT -> d.confirmPayment(LATER, ANYONE, CLOCK, null);
            case WITHDRAW -> d.withdraw(LATER, ANYONE, "Rút");
            case STOP -> d.stop(LATER, ANYONE, "Dừng");
            case REFUSE -> d.refuse(LATER, ANYONE, CLOCK, "Không đủ điều kiện");
            case RETURN_RESULT -> d.returnResult(LATER, ANYONE, ReturnMethod.ONLINE, true);
            case APOLOGISE -> d.apologise(LATER, ANYONE, at("2025-11-20T17:00"), "Xin lỗi");
            case RATE -> d.rate(LATER, 5, null);
            case RECEIVE, IMPORT -> throw new IllegalArgumentException("not an action on an existing dossier");
        };
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        List<Arguments> out = new ArrayList<>();
        for (DossierStatus s : DossierStatus.values()) {
            for (Action a : Action.values()) {
                if (a != Action.RECEIVE && a != Action.IMPORT) {
                    out.add(Arguments.of(s, a));
                }
            }
        }
        return out.stream();
    }

    /**
     * The allowed transitions written out by hand, so that the test does not take its expectation from the table it
     * tests: a change to {@link Action} must be made here too. Columns are the status codes 1 to 10
     * ({@link DossierStatus#values()} order); {@code x} = allowed, {@code .} = refused.
     */
    static final String ALLOWED = """
            action               1 2 3 4 5 6 7 8 9 10
            ACCEPT               x . . . . . . . . .
            GUIDE                x . . . . . . . . .
            REFUSE_AT_RECEIPT    x . . . . . . . . .
            COMPLETE_STEP        . x . x . . . . . .
            REASSIGN             . x . x . . . . x .
            ADD_STEP             . x . x . . . . . .
            REQUEST_SUPPLEMENT   . x . x . . . . . .
            RECEIVE_SUPPLEMENT   . . . . x . . . . .
            REQUEST_PAYMENT      . x . x . . . . . .
            CONFIRM_PAYMENT      . . . . . x . . . .
            WITHDRAW             x x . x x x . . . .
            STOP                 . x . x x x . . . .
            REFUSE               . x . x . . . . . .
            RETURN_RESULT        . . . . . . . . x .
            APOLOGISE            . x . x x x . . . .
            RATE                 . . . . . . . . . x
            """;

    static boolean allowed(Action action, DossierStatus from) {
        for (String line : ALLOWED.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells[0].equals(action.name())) {
                return "x".equals(cells[from.ordinal() + 1]);
            }
        }
        throw new AssertionError(action + " has no row in ALLOWED");
    }

    @Test
    void everyActionOnAnExistingDossierHasARow() {
        for (Action a : Action.values()) {
            if (a != Action.RECEIVE && a != Action.IMPORT) {
                assertEquals(11, ALLOWED.lines().filter(l -> l.startsWith(a.name() + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError(a + " has no row")).trim().split("\\s+").length);
            }
        }
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyActionFromEveryStatus")
    void theTableDecides(DossierStatus from, Action action) {
        Dossier d = in(from);
        assertEquals(allowed(action, from), action.allowedFrom(from), "the table agrees with the matrix written here");
        if (allowed(action, from)) {
            Transition t = apply(d, action);
            assertEquals(from, t.from());
            assertEquals(d.status(), t.to());
            assertEquals(expectedTo(action, from), d.status());
        } else {
            String before = d.snapshot().toString();
            DomainException e = assertThrows(DomainException.class, () -> apply(d, action));
            assertEquals(DomainException.Kind.CONFLICT, e.kind());
            assertEquals(before, d.snapshot().toString(), "a refused action changes nothing");
        }
    }

    /** Where allowed actions land; absent = the status does not change. */
    static final java.util.Map<Action, DossierStatus> EXPECTED_TO = java.util.Map.ofEntries(
            java.util.Map.entry(Action.ACCEPT, DossierStatus.ACCEPTED),
            java.util.Map.entry(Action.REFUSE_AT_RECEIPT, DossierStatus.REFUSED_AT_RECEIPT),
            java.util.Map.entry(Action.ADD_STEP, DossierStatus.PROCESSING),
            java.util.Map.entry(Action.REQUEST_SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED),
            java.util.Map.entry(Action.RECEIVE_SUPPLEMENT, DossierStatus.PROCESSING),
            java.util.Map.entry(Action.REQUEST_PAYMENT, DossierStatus.PAYMENT_REQUESTED),
            java.util.Map.entry(Action.CONFIRM_PAYMENT, DossierStatus.PROCESSING),
            java.util.Map.entry(Action.WITHDRAW, DossierStatus.WITHDRAWN),
            java.util.Map.entry(Action.STOP, DossierStatus.STOPPED),
            java.util.Map.entry(Action.REFUSE, DossierStatus.PROCESSED),
            java.util.Map.entry(Action.RETURN_RESULT, DossierStatus.RETURNED));

    /** COMPLETE_STEP: the first processing step leads to PROCESSING, the last (of two) to PROCESSED. */
    private static DossierStatus expectedTo(Action a, DossierStatus from) {
        if (a == Action.COMPLETE_STEP) {
            return from == DossierStatus.ACCEPTED ? DossierStatus.PROCESSING : DossierStatus.PROCESSED;
        }
        return EXPECTED_TO.getOrDefault(a, from);
    }

    @Test
    void terminalStatusesAllowNothingButTheRating() {
        for (DossierStatus s : EnumSet.of(DossierStatus.REFUSED_AT_RECEIPT, DossierStatus.WITHDRAWN,
                DossierStatus.STOPPED, DossierStatus.RETURNED)) {
            for (Action a : Action.values()) {
                if (a.allowedFrom(s)) {
                    assertEquals(Action.RATE, a, a + " from " + s);
                    assertEquals(DossierStatus.RETURNED, s);
                }
            }
        }
    }

    @Test
    void refusalsNameTheActionAndTheStatus() {
        DomainException e = assertThrows(DomainException.class,
                () -> in(DossierStatus.PROCESSING).returnResult(LATER, ANYONE, ReturnMethod.POST, false));
        assertEquals("dossier.transitionRefused", e.messageKey());
        assertEquals("RETURN_RESULT", e.args()[0]);
        assertEquals(4, e.args()[1]);
        assertNotEquals(0, e.args().length);
    }
}
