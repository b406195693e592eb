package vn.motcua.dossierimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.deadline.domain.TestCalendars;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepKind;

/**
 * An imported dossier's COMPLETE_STEP events mapped to its procedure version's steps, on the national calendar
 * (07:30–11:30, 13:30–17:00). The procedure: 10 working days, "Thẩm định" (officer, 60 %) then "Phê duyệt" (unit
 * leader, 40 %). Received online Mon 04/03/2024 09:00 (no paper hand-over): due Mon 18/03 09:00, 75 office hours, so
 * "Thẩm định" has 45 hours (due Tue 12/03 09:00: 6 h on Monday, 5 days, 1.5 h on Tuesday) and "Phê duyệt", started
 * Fri 08/03 10:00, 30 hours (due Thu 14/03 10:00: 5 h on Friday, 3 days, 2.5 h on Thursday). All worked out by hand.
 */
class ImportedStepsTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(TestCalendars.NATIONAL);
    static final ImportCatalog.Entry PROCEDURE = new ImportCatalog.Entry(9, "1.000099", "Thủ tục hai bước",
            LocalDate.of(2019, 1, 1), null, new StatutoryTime(10, StatutoryUnit.WORKING_DAYS, null), null,
            List.of(new ProcessStep("Thẩm định", 60, 0, "", "OFFICER"),
                    new ProcessStep("Phê duyệt", 40, 0, "", "UNIT_LEADER")));
    static final long HOUR = 3_600_000_000_000L;

    static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s + ":00+07:00");
    }

    static ImportedDossier.Event ev(String at, String actor, String role, Action a, Integer from, int to) {
        return new ImportedDossier.Event(t(at), actor, role, a, from, to, null);
    }

    static final ImportedDossier.Event RECEIVED = ev("2024-03-04T09:00", "le.thi.c", "CLERK", Action.RECEIVE, null, 2);
    static final ImportedDossier.Event EXAMINED = ev("2024-03-08T10:00", "tran.duc.huy3", "OFFICER",
            Action.COMPLETE_STEP, 2, 4);

    static ImportedSteps steps(DossierStatus status, String processedAt, ImportedDossier.Event... events) {
        ImportedDossier d = new ImportedDossier(3, "000.00.30.H21-240304-0009", PROCEDURE, Channel.ONLINE,
                ApplicantKind.PERSON, "Lê Văn Bước", null, null, null, null, "H21.30", "H21.05", "le.thi.c",
                t("2024-03-04T09:00"), null, status, processedAt == null ? null : t(processedAt), null, null, null,
                false, 0, false, null, null, null, null, null, List.of(events));
        return ImportedSteps.of(d, ImportedClock.compute(d, CALC), CALC);
    }

    static void assertStep(Step s, String name, StepKind kind, String unit, long budgetHours, String started,
                           String due, String finished, String finishedBy) {
        assertEquals(name, s.name());
        assertEquals(kind, s.kind());
        assertEquals(unit, s.unitCode());
        assertEquals(budgetHours * HOUR, s.budgetNanos(), name + " budget");
        assertEquals(started == null ? null : t(started).toInstant(),
                s.startedAt() == null ? null : s.startedAt().toInstant(), name + " started");
        assertEquals(due == null ? null : t(due).toInstant(), s.dueAt() == null ? null : s.dueAt().toInstant(),
                name + " due");
        assertEquals(finished == null ? null : t(finished).toInstant(),
                s.finishedAt() == null ? null : s.finishedAt().toInstant(), name + " finished");
        assertEquals(finishedBy, s.finishedBy(), name + " finished by");
    }

    @Test
    void anOpenDossiersStepsAreFinishedInOrderByTheirEventsAndItsCurrentStepGoesToItsLastActor() {
        ImportedSteps s = steps(DossierStatus.PROCESSING, null, RECEIVED, EXAMINED);
        assertEquals(4, s.steps().size());
        assertStep(s.steps().get(0), "Tiếp nhận hồ sơ", StepKind.RECEIVE, "H21.30", 0, "2024-03-04T09:00",
                "2024-03-04T09:00", "2024-03-04T09:00", "le.thi.c");
        assertStep(s.steps().get(1), "Thẩm định", StepKind.PROCESS, "H21.05", 45, "2024-03-04T09:00",
                "2024-03-12T09:00", "2024-03-08T10:00", "tran.duc.huy3");
        assertStep(s.steps().get(2), "Phê duyệt", StepKind.PROCESS, "H21.05", 30, "2024-03-08T10:00",
                "2024-03-14T10:00", null, null);
        assertStep(s.steps().get(3), "Trả kết quả", StepKind.RETURN, "H21.30", 0, null, null, null, null);
        // no unit leader acted yet: the step goes to whoever handed it on, the last event's actor
        assertEquals(2, s.current());
        assertEquals("tran.duc.huy3", s.assignee());
        assertEquals("tran.duc.huy3", s.steps().get(2).assignee());
        assertEquals(60, s.steps().get(1).sharePercent());
    }

    @Test
    void aProcessedDossierWaitsInItsReturnStepHeldByTheLastClerk() {
        ImportedSteps s = steps(DossierStatus.PROCESSED, "2024-03-15T09:00", RECEIVED, EXAMINED,
                ev("2024-03-15T09:00", "nguyen.van.lanh", "UNIT_LEADER", Action.COMPLETE_STEP, 4, 9));
        assertStep(s.steps().get(2), "Phê duyệt", StepKind.PROCESS, "H21.05", 30, "2024-03-08T10:00",
                "2024-03-14T10:00", "2024-03-15T09:00", "nguyen.van.lanh");
        // the return step is due with the dossier
        assertStep(s.steps().get(3), "Trả kết quả", StepKind.RETURN, "H21.30", 0, "2024-03-15T09:00",
                "2024-03-18T09:00", null, null);
        assertEquals(3, s.current());
        assertEquals("le.thi.c", s.assignee());
        assertEquals("Phê duyệt|PROCESS|UNIT_LEADER|H21.05||108000000000000|2024-03-08T10:00+07:00|"
                + "2024-03-14T10:00+07:00|2024-03-15T09:00+07:00|0|nguyen.van.lanh|40", s.text().split("\n")[2]);
    }

    @Test
    void aProcessedDossierWithFewerEventsThanStepsHasItsOtherStepsEndedWhenProcessingEndedByNobody() {
        // the source went from accepted straight to processed with one COMPLETE_STEP
        ImportedSteps s = steps(DossierStatus.PROCESSED, "2024-03-13T15:00", RECEIVED,
                ev("2024-03-13T15:00", "tran.duc.huy3", "OFFICER", Action.COMPLETE_STEP, 2, 9));
        assertStep(s.steps().get(1), "Thẩm định", StepKind.PROCESS, "H21.05", 45, "2024-03-04T09:00",
                "2024-03-12T09:00", "2024-03-13T15:00", "tran.duc.huy3");
        // started by the event, 30 office hours from Wed 13/03 15:00 (2 h, 3 days, 4 h + 1.5 h): due Tue 19/03 15:00
        assertStep(s.steps().get(2), "Phê duyệt", StepKind.PROCESS, "H21.05", 30, "2024-03-13T15:00",
                "2024-03-19T15:00", "2024-03-13T15:00", null);
        assertStep(s.steps().get(3), "Trả kết quả", StepKind.RETURN, "H21.30", 0, "2024-03-13T15:00",
                "2024-03-18T09:00", null, null);
        assertEquals(3, s.current());
    }

    @Test
    void aReturnedDossierHasNoCurrentStepAndAWithdrawnOneEndsItsStepByNobody() {
        ImportedSteps returned = steps(DossierStatus.RETURNED, "2024-03-15T09:00", RECEIVED, EXAMINED,
                ev("2024-03-15T09:00", "nguyen.van.lanh", "UNIT_LEADER", Action.COMPLETE_STEP, 4, 9),
                ev("2024-03-18T08:00", "le.thi.c", "CLERK", Action.RETURN_RESULT, 9, 10));
        assertNull(returned.current());
        assertNull(returned.assignee());
        assertStep(returned.steps().get(3), "Trả kết quả", StepKind.RETURN, "H21.30", 0, "2024-03-15T09:00",
                "2024-03-18T09:00", "2024-03-18T08:00", "le.thi.c");

        ImportedSteps withdrawn = steps(DossierStatus.WITHDRAWN, null, RECEIVED, EXAMINED,
                ev("2024-03-11T14:00", "le.thi.c", "CLERK", Action.WITHDRAW, 4, 7));
        assertNull(withdrawn.current());
        assertStep(withdrawn.steps().get(2), "Phê duyệt", StepKind.PROCESS, "H21.05", 30, "2024-03-08T10:00",
                "2024-03-14T10:00", "2024-03-11T14:00", null);
    }

    @Test
    void aDossierNeverAcceptedHasNoSteps() {
        assertSame(ImportedSteps.NONE, steps(DossierStatus.SUBMITTED, null));
        assertEquals("", ImportedSteps.NONE.text());
    }
}
