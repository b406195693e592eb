package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step facts' lines (day|unit|official|received|early|onTime|late|overdue), expected values by hand. */
class StepFactsTest {

    private static Step step(StepKind kind, String assignee, String started, String due, String finished, String by) {
        return new Step("Bước", kind, "OFFICER", "H21.05", assignee, 0, t(started), t(due), t(finished), 0, by);
    }

    private static OffsetDateTime t(String s) {
        return s == null ? null : OffsetDateTime.parse(s);
    }

    @Test
    void onlyStartedProcessingStepsCountAndTheDeskStepsDoNot() {
        List<Step> steps = List.of(
                step(StepKind.RECEIVE, "clerk", "2026-03-02T09:00+07:00", null, "2026-03-02T09:00+07:00", "clerk"),
                step(StepKind.PROCESS, "an", "2026-03-02T09:00+07:00", "2026-03-04T17:00+07:00", null, null),
                step(StepKind.CONSULT, "binh", null, null, null, null),
                step(StepKind.RETURN, "clerk", null, null, null, null));
        // open, not paused: received on its start day, overdue +1 on its due day (an open step's overdue, as V12)
        assertEquals("2026-03-02|H21.05|an|1|0|0|0|0\n2026-03-04|H21.05|an|0|0|0|0|1", StepFacts.write(steps, null));
    }

    @Test
    void earlyOnTimeAndLateAgainstTheDueInstantOnTheFinishingDayOfTheBusinessZone() {
        List<Step> steps = List.of(
                // finished the day before its due day: early
                step(StepKind.PROCESS, "an", "2026-03-02T09:00+07:00", "2026-03-04T17:00+07:00",
                        "2026-03-03T10:00+07:00", "an"),
                // finished on its due day before the instant: on time; finished by someone else than the assignee
                step(StepKind.TRANSFER, "an", "2026-03-03T10:00+07:00", "2026-03-05T17:00+07:00",
                        "2026-03-05T16:00+07:00", "chi"),
                // finished after its due instant (01:00 UTC on the 7th is 08:00 in Vietnam): late, overdue +1 and −1
                step(StepKind.CONSULT, "binh", "2026-03-05T16:00+07:00", "2026-03-06T17:00+07:00",
                        "2026-03-07T01:00Z", null));
        assertEquals("2026-03-02|H21.05|an|1|0|0|0|0\n"
                + "2026-03-03|H21.05|an|0|1|0|0|0\n"
                + "2026-03-03|H21.05|chi|1|0|0|0|0\n"
                + "2026-03-05|H21.05|chi|0|0|1|0|0\n"
                + "2026-03-05|H21.05|binh|1|0|0|0|0\n"
                + "2026-03-07|H21.05|binh|0|0|0|1|-1\n"
                + "2026-03-06|H21.05|binh|0|0|0|0|1", StepFacts.write(steps, null));
    }

    @Test
    void anOpenStepIsNotOverdueWhileTheDossierWaitsForTheApplicantSinceBeforeItsDueInstant() {
        List<Step> steps = List.of(step(StepKind.PROCESS, null, "2026-03-02T09:00+07:00", "2026-03-04T17:00+07:00",
                null, null));
        assertEquals("2026-03-02|H21.05||1|0|0|0|0", StepFacts.write(steps, t("2026-03-04T10:00+07:00")));
        // paused at or after the due instant: overdue all the same
        assertEquals("2026-03-02|H21.05||1|0|0|0|0\n2026-03-04|H21.05||0|0|0|0|1",
                StepFacts.write(steps, t("2026-03-04T17:00+07:00")));
    }

    @Test
    void aStepWithoutDueInstantIsOnTimeAndSeparatorsInNamesAreCleanedAsInTheStepsText() {
        List<Step> steps = List.of(step(StepKind.PROCESS, "a|b", "2026-03-02T09:00+07:00", null,
                "2026-03-09T09:00+07:00", ""));
        assertEquals("2026-03-02|H21.05|a/b|1|0|0|0|0\n2026-03-09|H21.05|a/b|0|0|1|0|0", StepFacts.write(steps, null));
        assertEquals("", StepFacts.write(List.of(), null));
    }

    @Test
    void aStepFinishedTheEveningBeforeItsClockStartedIsReceivedOnTheDayItFinished() {
        // a dossier received at 17:15 on Monday 7 December 2026: its clock (and its first step) starts on Tuesday
        // at 08:00; the officer finished the step at 17:30 on Monday
        List<Step> steps = List.of(step(StepKind.PROCESS, "an", "2026-12-08T08:00+07:00", "2026-12-10T17:00+07:00",
                "2026-12-07T17:30+07:00", "an"));
        assertEquals("2026-12-07|H21.05|an|1|1|0|0|0", StepFacts.write(steps, null));
    }
}
