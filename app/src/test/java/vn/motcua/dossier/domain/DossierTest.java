package vn.motcua.dossier.domain;

import vn.motcua.forms.domain.FormRegime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.TestCalendars;
import vn.motcua.deadline.domain.Timeliness;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.DomainException;

/**
 * The lifecycle on the national calendar with the standard office hours (07:30–11:30, 13:30–17:00: 7 h 30 a day).
 * Every expected instant below is worked out by hand in the comment next to it. November 2025 has no holidays:
 * Mon 03/11, Tue 04/11, … Fri 07/11, Mon 10/11.
 */
class DossierTest {

    static final DeadlineCalculator CLOCK = new DeadlineCalculator(TestCalendars.NATIONAL);
    static final long HOUR = 3_600_000_000_000L;

    static final Actor CLERK = new Actor("clerk", Set.of(Role.CLERK), "H21.30");
    static final Actor OFFICER = new Actor("officer", Set.of(Role.OFFICER), "H21.05");
    static final Actor OTHER_OFFICER = new Actor("other", Set.of(Role.OFFICER), "H21.05");
    static final Actor LEADER = new Actor("leader", Set.of(Role.PROVINCE_LEADER), "H21");
    static final Assignees PEOPLE = (unit, role) -> switch (role) {
        case "OFFICER" -> "officer";
        case "UNIT_LEADER" -> "leader";
        default -> "clerk";
    };

    /** Receipt 10 %, appraisal 50 %, signature 50 % of the rest, return: two processing steps sharing the time. */
    static final List<ProcessStep> STEPS = List.of(
            new ProcessStep("Tiếp nhận", 10, 0, "H21.30", "CLERK"),
            new ProcessStep("Thẩm định", 50, 0, "H21.05", "OFFICER"),
            new ProcessStep("Ký duyệt", 50, 0, "H21.05", "UNIT_LEADER"),
            new ProcessStep("Trả kết quả", 10, 0, "H21.30", "CLERK"));

    static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + ":00+07:00");
    }

    static Dossier receive(String at, int workingDays, Channel channel, Receipt.Outcome outcome) {
        Receipt r = new Receipt("H21.30-251103-0001", "ABCD2345", channel, 1L, "1.000001", "Thủ tục thử",
                StatutoryTime.workingDays(workingDays), STEPS, ApplicantKind.PERSON, "Nguyễn Thị Hồng Nhung", null,
                null, null, null, "H21.30", "H21.05", "clerk", "H21.30", at(at), outcome,
                outcome == Receipt.Outcome.GUIDED || outcome == Receipt.Outcome.REFUSED_AT_RECEIPT ? "Thiếu tờ khai" : null,
                "", "", 0, false, false);
        return Dossier.receive(r, CLOCK, PEOPLE);
    }

    static Dossier accepted(String at, int days) {
        return receive(at, days, Channel.ONLINE, Receipt.Outcome.ACCEPTED);
    }

    @Nested
    class Receipt_ {

        @Test
        void acceptedAtTheDeskStartsTheClockAndPlansTheSteps() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            assertEquals(DossierStatus.ACCEPTED, d.status());
            // 4 working days from Mon 03/11 09:00 → Fri 07/11 09:00.
            assertEquals(at("2025-11-07T09:00"), d.getDueAt());
            assertEquals(d.getDueAt(), d.getAppointmentAt());
            assertEquals(FormRegime.TT03_2025, d.getFormSet());
            List<Step> s = d.steps();
            assertEquals(4, s.size());
            assertEquals(StepKind.RECEIVE, s.get(0).kind());
            assertTrue(s.get(0).finished());
            // 4 days × 7.5 h = 30 h shared 50/50: 15 h each.
            assertEquals(15 * HOUR, s.get(1).budgetNanos());
            assertEquals(15 * HOUR, s.get(2).budgetNanos());
            // The appraisal starts at once (online) and is due 15 office hours later: Mon 6 h, Tue 7.5 h, Wed 1.5 h.
            assertEquals(at("2025-11-03T09:00"), s.get(1).startedAt());
            assertEquals(at("2025-11-05T09:00"), s.get(1).dueAt());
            assertEquals("officer", d.getCurrentAssignee());
            assertEquals(at("2025-11-05T09:00"), d.getCurrentStepDueAt());
        }

        @Test
        void paperReceivedAfterThreeReachesTheCompetentUnitNextWorkingMorning() {
            Dossier d = receive("2025-11-03T15:30", 4, Channel.IN_PERSON, Receipt.Outcome.ACCEPTED);
            assertEquals(at("2025-11-04T07:30"), d.steps().get(1).startedAt());
            // The dossier's own clock still runs from the receipt: 4 working days → Fri 07/11 15:30.
            assertEquals(at("2025-11-07T15:30"), d.getDueAt());
        }

        @Test
        void before1July2025TheOldFormsApply() {
            Dossier d = accepted("2025-06-30T09:00", 2);
            assertEquals(FormRegime.TT01_2018, d.getFormSet());
            assertEquals(FormRegime.TT03_2025, accepted("2025-07-01T09:00", 2).getFormSet());
        }

        @Test
        void guidedDossierHasNoClockUntilAccepted() {
            Dossier d = receive("2025-11-03T09:00", 4, Channel.IN_PERSON, Receipt.Outcome.GUIDED);
            assertEquals(DossierStatus.SUBMITTED, d.status());
            assertNull(d.getDueAt());
            assertEquals(1, d.getGuidanceCount());
            d.accept(at("2025-11-04T08:00"), CLERK, CLOCK, PEOPLE);
            // Clock from Tue 04/11 08:00: 4 working days → Mon 10/11 08:00.
            assertEquals(at("2025-11-10T08:00"), d.getDueAt());
        }

        @Test
        void refusedAtReceiptIsClosed() {
            Dossier d = receive("2025-11-03T09:00", 4, Channel.IN_PERSON, Receipt.Outcome.REFUSED_AT_RECEIPT);
            assertEquals(DossierStatus.REFUSED_AT_RECEIPT, d.status());
            assertEquals(at("2025-11-03T09:00"), d.getClosedAt());
            assertNull(d.current());
        }
    }

    @Nested
    class Clock {

        @Test
        void supplementStopsTheClockAndTheApplicantsTimeIsExcluded() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.requestSupplement(at("2025-11-04T10:00"), OFFICER, "Thiếu bản sao giấy khai sinh");
            assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, d.status());
            assertEquals(1, d.getSupplementCount());
            // A week later, still not overdue: the clock is stopped.
            assertFalse(d.overdueAt(at("2025-11-14T09:00")));
            d.receiveSupplement(at("2025-11-06T10:00"), CLERK, CLOCK, null);
            // Waited Tue 04/11 10:00 → Thu 06/11 10:00 = 2 working days = 15 h; the due time moves from Fri 07/11 09:00
            // by 15 office hours: Fri 6 h, Mon 7.5 h, Tue 1.5 h → Tue 11/11 09:00.
            assertEquals(at("2025-11-11T09:00"), d.getDueAt());
            assertEquals(15 * HOUR, d.getPausedNanos());
            // The current step (appraisal, due Wed 05/11 09:00) moves by the same 15 h → Fri 07/11 09:00.
            assertEquals(at("2025-11-07T09:00"), d.getCurrentStepDueAt());
            assertEquals(DossierStatus.PROCESSING, d.status());
            assertEquals(at("2025-11-07T09:00"), d.getAppointmentAt(), "the receipt's appointment stays as printed");
        }

        @Test
        void aSecondSupplementRequestIsCountedAndMakesTheDossierCountAsOverdue() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.requestSupplement(at("2025-11-03T10:00"), OFFICER, "Thiếu tờ khai");
            d.receiveSupplement(at("2025-11-03T14:00"), CLERK, CLOCK, null);
            assertFalse(d.countsAsOverdueForIndex());
            d.requestSupplement(at("2025-11-04T09:00"), OFFICER, "Tờ khai chưa ký");
            assertEquals(2, d.getSupplementCount());
            assertTrue(d.countsAsOverdueForIndex());
            d.receiveSupplement(at("2025-11-04T16:00"), CLERK, CLOCK, null);
            // Waited 10:00–14:00 Mon (1.5 h + 0.5 h = 2 h) and 09:00–16:00 Tue (2.5 h + 2.5 h = 5 h): 7 h in all.
            // Fri 07/11 09:00 + 7 office hours: Fri 2.5 h to 11:30, then 4.5 h from 13:30 → beyond 17:00? 13:30 + 3.5 h
            // = 17:00 uses 6 h, so 1 h remains → Mon 10/11 08:30.
            assertEquals(7 * HOUR, d.getPausedNanos());
            assertEquals(at("2025-11-10T08:30"), d.getDueAt());
        }

        @Test
        void theFinancialObligationPauseIsNotCountedEither() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.requestPayment(at("2025-11-05T13:30"), OFFICER, "Nộp lệ phí trước bạ 1.200.000 đồng");
            assertEquals(DossierStatus.PAYMENT_REQUESTED, d.status());
            d.confirmPayment(at("2025-11-06T13:30"), CLERK, CLOCK, "Biên lai số 123");
            // Waited exactly one working day (7.5 h): Fri 07/11 09:00 → Mon 10/11 09:00. No supplement counted.
            assertEquals(at("2025-11-10T09:00"), d.getDueAt());
            assertEquals(0, d.getSupplementCount());
        }

        @Test
        void theApplicantsWaitOverAWeekendCountsOnlyWorkingTime() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.requestSupplement(at("2025-11-07T16:00"), OFFICER, "Thiếu ảnh");
            d.receiveSupplement(at("2025-11-10T08:30"), CLERK, CLOCK, null);
            // Fri 16:00–17:00 (1 h) + Mon 07:30–08:30 (1 h) = 2 h, the weekend excluded. But the dossier was already past
            // its due time (Fri 09:00) when the request came, so it stays overdue: Fri 09:00 + 2 h = Fri 11:00.
            assertEquals(at("2025-11-07T11:00"), d.getDueAt());
            assertTrue(d.overdueAt(at("2025-11-10T08:31")));
        }
    }

    @Nested
    class Lateness_ {

        @Test
        void latenessIsAttributedToTheStepAndOfficialThatOverran() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            // The officer takes Mon 09:00 → Thu 09:00 = 22.5 h against a 15 h budget: 7.5 h over.
            d.completeStep(at("2025-11-06T09:00"), OFFICER, CLOCK, null);
            assertEquals(DossierStatus.PROCESSING, d.status());
            assertEquals("leader", d.getCurrentAssignee());
            // The signature is due 15 office hours after Thu 09:00: Thu 6 h, Fri 7.5 h, Mon 1.5 h → Mon 10/11 09:00.
            assertEquals(at("2025-11-10T09:00"), d.getCurrentStepDueAt());
            d.completeStep(at("2025-11-10T09:00"), LEADER, CLOCK, null);
            assertEquals(DossierStatus.PROCESSED, d.status());
            // Processed Mon 10/11 09:00, due Fri 07/11 09:00: late by 7.5 office hours.
            assertTrue(d.getLate());
            assertEquals(7 * HOUR + HOUR / 2, d.getLateNanos());
            List<Lateness.StepOverrun> over = d.lateness(CLOCK, at("2025-11-10T09:00"));
            assertEquals(1, over.size());
            assertEquals("Thẩm định", over.get(0).step());
            assertEquals("officer", over.get(0).official());
            assertEquals(7 * HOUR + HOUR / 2, over.get(0).overrunNanos());
            assertEquals(7 * HOUR + HOUR / 2, over.get(0).attributedNanos());
        }

        @Test
        void timeWaitingForTheApplicantIsNotTheOfficersOverrun() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.requestSupplement(at("2025-11-04T09:00"), OFFICER, "Thiếu tờ khai");
            d.receiveSupplement(at("2025-11-06T09:00"), CLERK, CLOCK, null);
            // The officer finishes Fri 07/11 09:00: 30 h elapsed, 15 h of it waiting → worked 15 h = the budget.
            d.completeStep(at("2025-11-07T09:00"), OFFICER, CLOCK, null);
            assertTrue(d.lateness(CLOCK, at("2025-11-07T09:00")).isEmpty());
        }

        @Test
        void twoStepsOverrunningShareTheLatenessInProportion() {
            Dossier d = accepted("2025-11-03T09:00", 2);
            // Budgets: 2 days × 7.5 h = 15 h → 7.5 h each. Due Wed 05/11 09:00.
            // Officer Mon 09:00 → Tue 16:00: 6 h + 6.5 h = 12.5 h (5 h over).
            d.completeStep(at("2025-11-04T16:00"), OFFICER, CLOCK, null);
            // Leader Tue 16:00 → Thu 09:00: 1 h + 7.5 h + 1.5 h = 10 h (2.5 h over).
            d.completeStep(at("2025-11-06T09:00"), LEADER, CLOCK, null);
            // Late Wed 09:00 → Thu 09:00 = 7.5 h: 5/7.5 of it to the officer (5 h), 2.5/7.5 to the leader (2.5 h).
            assertEquals(7 * HOUR + HOUR / 2, d.getLateNanos());
            List<Lateness.StepOverrun> over = d.lateness(CLOCK, at("2025-11-06T09:00"));
            assertEquals(2, over.size());
            assertEquals(5 * HOUR, over.get(0).attributedNanos());
            assertEquals(2 * HOUR + HOUR / 2, over.get(1).attributedNanos());
            assertEquals("leader", over.get(1).official());
        }
    }

    @Nested
    class Apology {

        @Test
        void onceWithALaterDateAndTheDossierStaysLate() {
            Dossier d = accepted("2025-11-03T09:00", 2);
            assertThrows(DomainException.class,
                    () -> d.apologise(at("2025-11-04T10:00"), LEADER, at("2025-11-05T09:00"), "Chờ ý kiến"),
                    "the new date must be after the due time");
            d.apologise(at("2025-11-04T10:00"), LEADER, at("2025-11-07T17:00"), "Chờ ý kiến cơ quan phối hợp");
            assertEquals(at("2025-11-07T17:00"), d.getApologyNewDueAt());
            assertEquals(at("2025-11-05T09:00"), d.getDueAt(), "an apology does not move the due time");
            DomainException again = assertThrows(DomainException.class,
                    () -> d.apologise(at("2025-11-04T11:00"), LEADER, at("2025-11-10T17:00"), "Lần hai"));
            assertEquals(DomainException.Kind.CONFLICT, again.kind());
            assertEquals("dossier.apologyOnce", again.messageKey());
            d.completeStep(at("2025-11-06T09:00"), LEADER, CLOCK, null);
            d.completeStep(at("2025-11-06T10:00"), LEADER, CLOCK, null);
            assertTrue(d.getLate(), "finished after the due time: late, apology or not");
        }
    }

    @Nested
    class Endings {

        @Test
        void returnedWithMethodAndElectronicResult() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.completeStep(at("2025-11-04T09:00"), OFFICER, CLOCK, null);
            d.completeStep(at("2025-11-04T10:00"), LEADER, CLOCK, null);
            assertFalse(d.getLate());
            assertEquals("clerk", d.getCurrentAssignee(), "the return step is the desk's");
            d.returnResult(at("2025-11-05T08:00"), CLERK, ReturnMethod.POST, true);
            assertEquals(DossierStatus.RETURNED, d.status());
            assertEquals(ReturnMethod.POST, d.getReturnMethod());
            assertTrue(d.getElectronicResult());
            assertNull(d.current());
            d.rate(at("2025-11-06T08:00"), 5, "Rất hài lòng");
            assertThrows(DomainException.class, () -> d.rate(at("2025-11-06T09:00"), 4, null));
        }

        @Test
        void refusalDuringProcessingIsAResultToReturn() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.refuse(at("2025-11-04T09:00"), OFFICER, CLOCK, "Không đủ điều kiện theo quy định");
            assertEquals(DossierStatus.PROCESSED, d.status());
            assertTrue(d.isResultRefused());
            d.returnResult(at("2025-11-04T10:00"), CLERK, ReturnMethod.IN_PERSON, false);
            assertEquals(DossierStatus.RETURNED, d.status());
        }

        @Test
        void withdrawalAndStopCloseTheDossier() {
            Dossier w = accepted("2025-11-03T09:00", 4);
            w.requestSupplement(at("2025-11-03T10:00"), OFFICER, "Thiếu tờ khai");
            w.withdraw(at("2025-11-04T10:00"), CLERK, "Công dân xin rút");
            assertEquals(DossierStatus.WITHDRAWN, w.status());
            assertNull(w.getCurrentAssignee());
            Dossier s = accepted("2025-11-03T09:00", 4);
            s.stop(at("2025-11-04T10:00"), LEADER, "Quá hạn bổ sung");
            assertEquals(DossierStatus.STOPPED, s.status());
        }
    }

    /** What the periodic report (06a) reads off the dossier: its overdue-from instant and, once ended, its timeliness. */
    @Nested
    class PeriodicReport {

        @Test
        void processedOnTheDayBeforeTheDueDayIsEarlyAndOnTheDueDayOnTime() {
            // due Fri 07/11 09:00 (4 working days from Mon 03/11 09:00)
            Dossier early = accepted("2025-11-03T09:00", 4);
            assertEquals(at("2025-11-07T09:00"), early.getOverdueFrom());
            assertNull(early.getTimeliness(), "open: not counted as finished");
            early.completeStep(at("2025-11-05T09:00"), OFFICER, CLOCK, null);
            early.completeStep(at("2025-11-06T16:00"), LEADER, CLOCK, null);
            assertEquals(Timeliness.EARLY, early.getTimeliness());
            Dossier onTime = accepted("2025-11-03T09:00", 4);
            onTime.completeStep(at("2025-11-05T09:00"), OFFICER, CLOCK, null);
            onTime.completeStep(at("2025-11-07T08:00"), LEADER, CLOCK, null);
            assertEquals(Timeliness.ON_TIME, onTime.getTimeliness());
        }

        @Test
        void aSupplementWaitedForWithinTimeTurnsALateFinishIntoAnOnTimeOne() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.requestSupplement(at("2025-11-04T10:00"), OFFICER, "Thiếu bản sao giấy khai sinh");
            assertNull(d.getOverdueFrom(), "waiting within time: not overdue whenever the period ends");
            d.receiveSupplement(at("2025-11-06T10:00"), CLERK, CLOCK, null);
            // the due instant moved by 15 office hours to Tue 11/11 09:00 (supplementStopsTheClock… above)
            assertEquals(at("2025-11-11T09:00"), d.getOverdueFrom());
            d.completeStep(at("2025-11-10T09:00"), OFFICER, CLOCK, null);
            d.completeStep(at("2025-11-11T09:00"), LEADER, CLOCK, null);
            // Tue 11/11 09:00 is after the first due instant but exactly the moved one: on time, not late
            assertEquals(Timeliness.ON_TIME, d.getTimeliness());
            assertFalse(d.getLate());
        }

        @Test
        void stoppedWhileWaitingIsOnTimeUnlessThePauseBeganOverdue() {
            Dossier within = accepted("2025-11-03T09:00", 4);
            within.requestSupplement(at("2025-11-05T10:00"), OFFICER, "Thiếu tờ khai");
            within.stop(at("2025-11-20T10:00"), LEADER, "Quá hạn bổ sung");
            assertEquals(Timeliness.ON_TIME, within.getTimeliness());
            Dossier overdue = accepted("2025-11-03T09:00", 4);
            // asked for on Fri 07/11 at 10:00, an hour after the due instant
            overdue.requestSupplement(at("2025-11-07T10:00"), OFFICER, "Thiếu tờ khai");
            assertEquals(at("2025-11-07T09:00"), overdue.getOverdueFrom(), "overdue since its due instant");
            overdue.stop(at("2025-11-20T10:00"), LEADER, "Quá hạn bổ sung");
            assertEquals(Timeliness.LATE, overdue.getTimeliness());
        }

        @Test
        void refusedOrWithdrawnInTimeCountAsOnTimeNeverEarly() {
            Dossier refused = accepted("2025-11-03T09:00", 4);
            refused.refuse(at("2025-11-04T09:00"), OFFICER, CLOCK, "Không đủ điều kiện theo quy định");
            assertEquals(Timeliness.ON_TIME, refused.getTimeliness());
            Dossier withdrawn = accepted("2025-11-03T09:00", 4);
            withdrawn.withdraw(at("2025-11-04T10:00"), CLERK, "Công dân xin rút");
            assertEquals(Timeliness.ON_TIME, withdrawn.getTimeliness());
            Dossier lateWithdrawal = accepted("2025-11-03T09:00", 4);
            lateWithdrawal.withdraw(at("2025-11-10T10:00"), CLERK, "Công dân xin rút");
            assertEquals(Timeliness.LATE, lateWithdrawal.getTimeliness());
            Dossier submitted = receive("2025-11-03T09:00", 4, Channel.ONLINE, Receipt.Outcome.SUBMITTED);
            submitted.withdraw(at("2025-11-04T10:00"), CLERK, "Công dân xin rút");
            assertNull(submitted.getTimeliness(), "never accepted: never received for handling");
        }
    }

    @Nested
    class Permissions {

        @Test
        void onlyTheAssigneeOrALeaderCompletesAStep() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            DomainException e = assertThrows(DomainException.class,
                    () -> d.completeStep(at("2025-11-03T10:00"), OTHER_OFFICER, CLOCK, null));
            assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
            assertThrows(DomainException.class, () -> d.completeStep(at("2025-11-03T10:00"), CLERK, CLOCK, null));
            d.completeStep(at("2025-11-03T10:00"), OFFICER, CLOCK, null);
        }

        @Test
        void onlyLeadersReassign() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            assertThrows(DomainException.class, () -> d.reassign(at("2025-11-03T10:00"), OFFICER, null, "other", null));
            d.reassign(at("2025-11-03T10:00"), LEADER, "H21.06", "other", "Cân đối công việc");
            assertEquals("other", d.getCurrentAssignee());
            assertEquals("H21.06", d.getCurrentUnitCode());
            d.completeStep(at("2025-11-03T11:00"), OTHER_OFFICER, CLOCK, null);
        }

        @Test
        void aTransferIsAStepOfItsOwn() {
            Dossier d = accepted("2025-11-03T09:00", 4);
            d.addStep(at("2025-11-03T10:00"), OFFICER, CLOCK, StepKind.CONSULT, null, "H21.09", "other", 8,
                    "Lấy ý kiến Sở Tài chính");
            assertEquals("other", d.getCurrentAssignee());
            // 8 office hours from Mon 10:00: Mon 1.5 h + 3.5 h = 5 h, Tue 3 h → Tue 04/11 10:30.
            assertEquals(at("2025-11-04T10:30"), d.getCurrentStepDueAt());
            assertEquals(5, d.steps().size());
            d.completeStep(at("2025-11-04T10:00"), OTHER_OFFICER, CLOCK, null);
            assertEquals("leader", d.getCurrentAssignee(), "then the planned next step");
        }
    }
}
