package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Assignees;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Receipt;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.DomainException;
import vn.motcua.ui.view.DossierActions.Choice;
import vn.motcua.ui.view.DossierActions.Form;

/**
 * The dossier page offers exactly the actions the domain would carry out: every button shown succeeds when pressed
 * (with the fields its dialog asks for), and every action of the table that is not shown would be refused.
 */
class DossierActionsTest {

    static final DeadlineCalculator CLOCK = new DeadlineCalculator(WorkingCalendar.nationalDefault(2019, 2026));
    static final Actor CLERK = new Actor("clerk", Set.of(Role.CLERK), "H21.30");
    static final Actor OFFICER = new Actor("officer", Set.of(Role.OFFICER), "H21.05");
    static final Actor OTHER_OFFICER = new Actor("other", Set.of(Role.OFFICER), "H21.05");
    static final Actor LEADER = new Actor("leader", Set.of(Role.PROVINCE_LEADER), "H21");
    static final List<Actor> EVERYONE = List.of(CLERK, OFFICER, OTHER_OFFICER, LEADER);
    static final Assignees PEOPLE = (unit, role) -> "UNIT_LEADER".equals(role) ? "leader"
            : "OFFICER".equals(role) ? "officer" : "clerk";
    static final List<ProcessStep> STEPS = List.of(
            new ProcessStep("Tiếp nhận", 10, 0, "H21.30", "CLERK"),
            new ProcessStep("Thẩm định", 50, 0, "H21.05", "OFFICER"),
            new ProcessStep("Ký duyệt", 50, 0, "H21.05", "UNIT_LEADER"),
            new ProcessStep("Trả kết quả", 10, 0, "H21.30", "CLERK"));
    /** Mon 03/11/2025 09:00, a working day; the actions follow an hour later. */
    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-11-03T09:00:00+07:00");
    static final OffsetDateTime LATER = RECEIVED.plusHours(1);

    static Dossier receive(Receipt.Outcome outcome) {
        return Dossier.receive(new Receipt("H21.30-251103-0001", "ABCD2345", Channel.IN_PERSON, 1L, "1.000001",
                "Thủ tục thử", StatutoryTime.workingDays(5), STEPS, ApplicantKind.PERSON, "Nguyễn Thị Hồng Nhung", null,
                null, null, null, "H21.30", "H21.05", "clerk", "H21.30", RECEIVED, outcome,
                outcome == Receipt.Outcome.GUIDED ? "Thiếu tờ khai" : null, "", "", 0, false, false), CLOCK, PEOPLE);
    }

    /** The dossier in each state the page meets, built fresh each time (actions change it). */
    static List<Function<Void, Dossier>> states() {
        List<Function<Void, Dossier>> s = new ArrayList<>();
        s.add(v -> receive(Receipt.Outcome.GUIDED));
        s.add(v -> receive(Receipt.Outcome.ACCEPTED));
        s.add(v -> {
            Dossier d = receive(Receipt.Outcome.ACCEPTED);
            d.requestSupplement(LATER, OFFICER, "Bản sao căn cước");
            return d;
        });
        s.add(v -> {
            Dossier d = receive(Receipt.Outcome.ACCEPTED);
            d.requestPayment(LATER, CLERK, "Lệ phí");
            return d;
        });
        s.add(v -> {
            Dossier d = receive(Receipt.Outcome.ACCEPTED);
            d.completeStep(LATER, OFFICER, CLOCK, null);
            d.completeStep(LATER.plusHours(1), LEADER, CLOCK, null);
            return d;
        });
        s.add(v -> {
            Dossier d = receive(Receipt.Outcome.ACCEPTED);
            d.apologise(LATER, LEADER, d.getDueAt().plusDays(3), "Cần xác minh");
            return d;
        });
        return s;
    }

    @Test
    void everyButtonShownSucceedsAndEveryActionNotShownIsRefused() {
        int shown = 0;
        for (Function<Void, Dossier> state : states()) {
            for (Actor actor : EVERYONE) {
                Dossier d = state.apply(null);
                List<Choice> choices = DossierActions.allowed(d, actor);
                for (Choice c : choices) {
                    shown++;
                    try {
                        press(state.apply(null), c, actor);
                    } catch (DomainException e) {
                        fail(c.id() + " shown to " + actor.username() + " in " + d.status() + " but refused: "
                                + e.messageKey());
                    }
                }
                for (Action a : Action.values()) {
                    if (!a.transition() || choices.stream().anyMatch(c -> c.action() == a)) {
                        continue;
                    }
                    Dossier fresh = state.apply(null);
                    try {
                        press(fresh, new Choice(a.name(), a, a == Action.ADD_STEP ? StepKind.TRANSFER : null), actor);
                        fail(a + " not shown to " + actor.username() + " in " + fresh.status() + " but allowed");
                    } catch (DomainException | NullPointerException | IllegalStateException expected) {
                        // refused (or impossible) as the page said
                    }
                }
            }
        }
        assertTrue(shown > 20, "the states offer something to someone: " + shown);
    }

    @Test
    void whoSeesWhatOnAnAcceptedDossier() {
        Dossier d = receive(Receipt.Outcome.ACCEPTED);
        assertEquals(List.of("COMPLETE_STEP", "TRANSFER", "CONSULT", "REQUEST_SUPPLEMENT", "REQUEST_PAYMENT", "STOP",
                "REFUSE", "APOLOGISE"), ids(DossierActions.allowed(d, OFFICER)));
        assertEquals(List.of(), ids(DossierActions.allowed(d, OTHER_OFFICER)), "not his dossier");
        assertEquals(List.of("REQUEST_SUPPLEMENT", "REQUEST_PAYMENT", "WITHDRAW"), ids(DossierActions.allowed(d, CLERK)));
        assertTrue(ids(DossierActions.allowed(d, LEADER)).contains("REASSIGN"));
        assertEquals(List.of(), DossierActions.allowed(d, null));
    }

    @Test
    void theFormsOfferedAreThoseWithContent() {
        Dossier guided = receive(Receipt.Outcome.GUIDED);
        assertEquals(List.of(Form.SUPPLEMENT_REQUEST, Form.CONTROL_SLIP), DossierActions.forms(guided));
        Dossier d = receive(Receipt.Outcome.ACCEPTED);
        assertEquals(List.of(Form.RECEIPT, Form.CONTROL_SLIP), DossierActions.forms(d));
        d.requestSupplement(LATER, OFFICER, "Bản sao căn cước");
        d.apologise(LATER, LEADER, d.getDueAt().plusDays(3), "Cần xác minh");
        d.stop(LATER.plusHours(1), LEADER, "Không bổ sung");
        assertEquals(List.of(Form.RECEIPT, Form.SUPPLEMENT_REQUEST, Form.APOLOGY, Form.CONTROL_SLIP, Form.STOP_NOTICE),
                DossierActions.forms(d));
        assertFalse(DossierActions.forms(null).contains(Form.RECEIPT));
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }

    /** What the dialog sends for the choice, applied as DossierService.transition does. */
    private static void press(Dossier d, Choice c, Actor actor) {
        OffsetDateTime at = LATER.plusHours(2);
        switch (c.action()) {
            case ACCEPT -> d.accept(at, actor, CLOCK, PEOPLE);
            case GUIDE -> d.guide(at, actor, "Thiếu tờ khai");
            case REFUSE_AT_RECEIPT -> d.refuseAtReceipt(at, actor, "Không thuộc thẩm quyền");
            case COMPLETE_STEP -> d.completeStep(at, actor, CLOCK, null);
            case REASSIGN -> d.reassign(at, actor, null, "other", null);
            case ADD_STEP -> d.addStep(at, actor, CLOCK, c.stepKind(), null, "H21.07", null, 8, null);
            case REQUEST_SUPPLEMENT -> d.requestSupplement(at, actor, "Bản sao");
            case RECEIVE_SUPPLEMENT -> d.receiveSupplement(at, actor, CLOCK, null);
            case REQUEST_PAYMENT -> d.requestPayment(at, actor, "Lệ phí");
            case CONFIRM_PAYMENT -> d.confirmPayment(at, actor, CLOCK, null);
            case WITHDRAW -> d.withdraw(at, actor, "Công dân rút");
            case STOP -> d.stop(at, actor, "Dừng");
            case REFUSE -> d.refuse(at, actor, CLOCK, "Không đủ điều kiện");
            case RETURN_RESULT -> d.returnResult(at, actor, ReturnMethod.IN_PERSON, false);
            case APOLOGISE -> d.apologise(at, actor, d.getDueAt() == null ? at.plusDays(30) : d.getDueAt().plusDays(3),
                    "Trễ hạn");
            case RECEIVE, RATE, IMPORT -> throw new IllegalStateException("not a page action");
        }
    }
}
