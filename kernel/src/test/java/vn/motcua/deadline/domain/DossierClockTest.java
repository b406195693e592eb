package vn.motcua.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.WorkingCalendar;

/**
 * The dossier clock's rules on the national calendar with the standard office hours (07:30–11:30, 13:30–17:00:
 * 7 h 30 a day). Every expected value is worked out by hand in the comment next to it. November 2025 has no
 * holidays (Mon 03/11 … Fri 07/11, Mon 10/11); Mon 01/09 and Tue 02/09/2025 are the National Day holidays.
 */
class DossierClockTest {

    static final DossierClock CLOCK = new DossierClock(WorkingCalendar.nationalDefault(2019, 2026));
    static final long HOUR = 3_600_000_000_000L;
    static final long MINUTE = 60_000_000_000L;

    static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + "+07:00");
    }

    @Test
    void theClockStartsAtAcceptanceAndIsDueAtTheAppointment() {
        DossierClock.Start s = CLOCK.start(at("2025-11-03T09:00:00"), StatutoryTime.workingDays(4));
        assertEquals(at("2025-11-03T09:00:00"), s.clockStartAt());
        // 4 working days from Mon 03/11 09:00 → Fri 07/11 09:00.
        assertEquals(at("2025-11-07T09:00:00"), s.dueAt());
    }

    @Test
    void acceptedDuringLunchTheClockStartsWhenTheOfficeReopens() {
        assertEquals(at("2025-11-03T13:30:00"),
                CLOCK.start(at("2025-11-03T12:00:00"), StatutoryTime.workingDays(1)).clockStartAt());
    }

    @Test
    void paperAtThreeOnAFridayReachesTheUnitOnMondayMorning() {
        assertEquals(at("2025-11-10T07:30:00"), CLOCK.handOver(at("2025-11-07T15:00:00"), true));
    }

    @Test
    void paperAMinuteBeforeThreeIsHandedOverAtOnce() {
        assertEquals(at("2025-11-07T14:59:00"), CLOCK.handOver(at("2025-11-07T14:59:00"), true));
        assertEquals(at("2025-11-07T14:59:59.999999"), CLOCK.handOver(at("2025-11-07T14:59:59.999999"), true));
    }

    @Test
    void onlineDossiersAreHandedOverAtOnceWhateverTheTime() {
        assertEquals(at("2025-11-07T16:30:00"), CLOCK.handOver(at("2025-11-07T16:30:00"), false));
    }

    @Test
    void paperAfterThreeBeforeALongHolidayWaitsForTheNextWorkingDay() {
        // Fri 29/08/2025 15:30: Sat, Sun, Mon 01/09 and Tue 02/09 (National Day) are off → Wed 03/09 07:30.
        assertEquals(at("2025-09-03T07:30:00"), CLOCK.handOver(at("2025-08-29T15:30:00"), true));
    }

    @Test
    void sharesSplitWhatTheFixedBudgetsLeave() {
        DossierClock.Start s = CLOCK.start(at("2025-11-03T09:00:00"), StatutoryTime.workingDays(4));
        // 4 days × 7.5 h = 30 h; less the fixed 2 h = 28 h shared 50:30 → 17.5 h and 10.5 h.
        long[] b = CLOCK.budgets(s, new long[] {2 * HOUR, 0, 99 * HOUR}, new int[] {0, 50, 30});
        assertArrayEquals(new long[] {2 * HOUR, 17 * HOUR + 30 * MINUTE, 10 * HOUR + 30 * MINUTE}, b);
    }

    @Test
    void fixedBudgetsLargerThanTheTimeLeaveTheSharesNothing() {
        DossierClock.Start s = CLOCK.start(at("2025-11-03T09:00:00"), StatutoryTime.workingDays(1));
        // 7.5 h in all, 10 h fixed: the share gets 0.
        assertArrayEquals(new long[] {10 * HOUR, 0},
                CLOCK.budgets(s, new long[] {10 * HOUR, 0}, new int[] {0, 100}));
        assertThrows(IllegalArgumentException.class, () -> CLOCK.budgets(s, new long[] {1}, new int[] {}));
    }

    @Test
    void aStepIsDueWhenItsBudgetRunsOut() {
        // Mon 03/11 09:00 + 15 h: Mon 6 h, Tue 7.5 h, Wed 1.5 h → Wed 05/11 09:00.
        assertEquals(at("2025-11-05T09:00:00"), CLOCK.stepDue(at("2025-11-03T09:00:00"), 15 * HOUR));
    }

    @Test
    void aPauseAcrossTheWeekendStopsTheClockForTheOfficeTimeOnly() {
        // Fri 07/11 16:00 → Mon 10/11 08:30: 1 h on Friday + 1 h on Monday = 2 h.
        assertEquals(2 * HOUR, CLOCK.waited(at("2025-11-07T16:00:00"), at("2025-11-10T08:30:00")));
        DossierClock.Resumption r = CLOCK.resume(at("2025-11-11T10:00:00"), at("2025-11-07T16:00:00"),
                at("2025-11-10T08:30:00"));
        assertEquals(2 * HOUR, r.waitedNanos());
        // Tue 11/11 10:00 + 2 h: 1.5 h to 11:30, 0.5 h after 13:30 → 14:00.
        assertEquals(at("2025-11-11T14:00:00"), r.dueAt());
    }

    @Test
    void aPauseWithinAWeekendWaitsNoOfficeTime() {
        DossierClock.Resumption r = CLOCK.resume(at("2025-11-11T10:00:00"), at("2025-11-08T09:00:00"),
                at("2025-11-09T15:00:00"));
        assertEquals(0, r.waitedNanos());
        assertEquals(at("2025-11-11T10:00:00"), r.dueAt());
    }

    @Test
    void finishingAtTheDueInstantIsOnTimeAndAfterItLateByTheOfficeTimeBetween() {
        OffsetDateTime due = at("2025-11-07T09:00:00");
        assertEquals(new DossierClock.Outcome(false, 0), CLOCK.finish(due, due));
        // Fri 09:00 → Mon 10/11 08:00: Fri 2.5 h + 3.5 h, Mon 0.5 h = 6.5 h.
        assertEquals(new DossierClock.Outcome(true, 6 * HOUR + 30 * MINUTE), CLOCK.finish(due, at("2025-11-10T08:00:00")));
        // Late on a Saturday: late, by the office time up to Friday's closing (6 h).
        assertEquals(new DossierClock.Outcome(true, 6 * HOUR), CLOCK.finish(due, at("2025-11-08T10:00:00")));
    }

    @Test
    void aPausedDossierIsOverdueOnlyIfThePauseBeganAfterItsDueInstant() {
        OffsetDateTime due = at("2025-11-07T10:00:00");
        OffsetDateTime muchLater = at("2025-11-20T10:00:00");
        assertFalse(DossierClock.overdueAt(true, due, at("2025-11-07T09:00:00"), muchLater));
        assertFalse(DossierClock.overdueAt(true, due, due, muchLater));
        assertTrue(DossierClock.overdueAt(true, due, at("2025-11-07T11:00:00"), muchLater));
        assertTrue(DossierClock.overdueAt(true, due, null, at("2025-11-07T10:00:00.000001")));
        assertFalse(DossierClock.overdueAt(true, due, null, due));
        assertFalse(DossierClock.overdueAt(false, due, null, muchLater));
        assertFalse(DossierClock.overdueAt(true, null, null, muchLater));
    }

    @Test
    void theSecondSupplementRequestCountsAsOverdueForTheIndex() {
        assertFalse(DossierClock.countsAsOverdueForIndex(1));
        assertTrue(DossierClock.countsAsOverdueForIndex(2));
    }

    @Test
    void aStepWorkedItsOfficeTimeLessItsPauses() {
        // Fri 07/11 16:00 → Mon 10/11 09:00 = 1 h + 1.5 h, less 30 min waiting = 2 h.
        assertEquals(2 * HOUR, CLOCK.worked(at("2025-11-07T16:00:00"), at("2025-11-10T09:00:00"), 30 * MINUTE));
        assertEquals(0, CLOCK.worked(at("2025-11-07T16:00:00"), at("2025-11-07T16:10:00"), HOUR));
    }

    @Test
    void latenessIsSharedInProportionToTheOverruns() {
        // 6.5 h late, overruns 1 h and 3 h (the step within its budget gets nothing): 6.5 × 1/4 = 1 h 37.5 min and
        // 6.5 × 3/4 = 4 h 52.5 min.
        assertArrayEquals(new long[] {HOUR + 37 * MINUTE + 30_000_000_000L, 0, 4 * HOUR + 52 * MINUTE + 30_000_000_000L},
                DossierClock.attribute(6 * HOUR + 30 * MINUTE, new long[] {HOUR, -2 * HOUR, 3 * HOUR}));
        // 10 ns over three equal overruns: 3 each, rounded down.
        assertArrayEquals(new long[] {3, 3, 3}, DossierClock.attribute(10, new long[] {5, 5, 5}));
        assertArrayEquals(new long[] {0, 0}, DossierClock.attribute(0, new long[] {5, 5}));
        assertArrayEquals(new long[] {0, 0}, DossierClock.attribute(10, new long[] {0, -1}));
    }

    @Test
    void theReceiptDayIsTheBusinessZonesDay() {
        assertEquals(LocalDate.of(2025, 11, 8), CLOCK.receiptDay(OffsetDateTime.parse("2025-11-07T20:00:00Z")));
    }

    @Test
    void dueSoonIsAtMostOneWorkingDayOfOfficeTimeLeft() {
        // From Fri 07/11 15:00, one working day (7 h 30) of office time: 2 h to 17:00, then 4 h Monday morning to
        // 11:30 and 1 h 30 from 13:30 → Mon 10/11 15:00.
        assertEquals(at("2025-11-10T15:00:00"), CLOCK.dueSoonUntil(at("2025-11-07T15:00:00")));
        assertTrue(CLOCK.dueSoon(at("2025-11-07T15:00:00"), at("2025-11-10T15:00:00")));
        assertFalse(CLOCK.dueSoon(at("2025-11-07T15:00:00"), at("2025-11-10T15:01:00")));
        // Already past its due instant: overdue, not due soon.
        assertFalse(CLOCK.dueSoon(at("2025-11-07T15:00:00"), at("2025-11-07T14:00:00")));
        // 2 h left on Friday afternoon.
        assertEquals(2 * HOUR, CLOCK.left(at("2025-11-07T15:00:00"), at("2025-11-07T17:00:00")));
    }

    @Test
    void processedTheDayBeforeTheDueDayIsEarlyOnTheDueDayOnTimeAfterTheInstantLate() {
        OffsetDateTime due = at("2025-11-07T09:00:00");
        var p = DossierClock.Ending.PROCESSED;
        // Thu 06/11 16:59: a day before Fri 07/11 → early
        assertEquals(Timeliness.EARLY, CLOCK.finishedAs(p, due, null, at("2025-11-06T16:59:00")));
        // Fri 07/11 07:30, before the instant but on its day → on time; the instant itself → on time
        assertEquals(Timeliness.ON_TIME, CLOCK.finishedAs(p, due, null, at("2025-11-07T07:30:00")));
        assertEquals(Timeliness.ON_TIME, CLOCK.finishedAs(p, due, null, due));
        // a minute after → late
        assertEquals(Timeliness.LATE, CLOCK.finishedAs(p, due, null, at("2025-11-07T09:01:00")));
    }

    @Test
    void theDayOfTheDueInstantIsTheBusinessZonesDay() {
        // due Fri 07/11 07:30 +07:00 is Thu 06/11 in UTC; finished Thu 06/11 at 23:30 UTC = Fri 07/11 06:30 +07:00
        OffsetDateTime due = at("2025-11-07T07:30:00");
        assertEquals(Timeliness.ON_TIME, CLOCK.finishedAs(DossierClock.Ending.PROCESSED, due, null,
                OffsetDateTime.parse("2025-11-06T23:30:00Z")));
    }

    @Test
    void refusedWithdrawnOrStoppedCountAsOnTimeUnlessAlreadyLate() {
        OffsetDateTime due = at("2025-11-07T09:00:00");
        OffsetDateTime early = at("2025-11-04T10:00:00");
        OffsetDateTime after = at("2025-11-10T10:00:00");
        for (DossierClock.Ending e : DossierClock.Ending.values()) {
            if (e != DossierClock.Ending.PROCESSED) {
                // never early: they end without a result
                assertEquals(Timeliness.ON_TIME, CLOCK.finishedAs(e, due, due, early), e.name());
                assertEquals(Timeliness.LATE, CLOCK.finishedAs(e, due, due, after), e.name());
            }
        }
        // a dossier never accepted (withdrawn while submitted online) has no due instant
        assertEquals(Timeliness.ON_TIME, CLOCK.finishedAs(DossierClock.Ending.WITHDRAWN, null, null, after));
    }

    @Test
    void oneOverdueFromInstantAnswersOverdueAtAnyInstant() {
        OffsetDateTime due = at("2025-11-07T09:00:00");
        // a supplement asked for on Wed 05/11, within time: not overdue while waiting, whatever the date
        OffsetDateTime waiting = DossierClock.overdueFromWhenPaused(due, at("2025-11-05T10:00:00"));
        assertEquals(null, waiting);
        assertFalse(DossierClock.overdueSince(waiting, at("2025-12-01T10:00:00")));
        // stopped on Mon 10/11 while still waiting: on time
        assertEquals(Timeliness.ON_TIME, DossierClock.endedWithoutResult(waiting, at("2025-11-10T10:00:00")));
        // back on Mon 10/11 10:00: the due instant moved (say to Wed 12/11 09:00) is the new overdue-from instant
        OffsetDateTime back = DossierClock.overdueFromWhenResumed(waiting, at("2025-11-12T09:00:00"));
        assertEquals(at("2025-11-12T09:00:00"), back);
        assertFalse(DossierClock.overdueSince(back, at("2025-11-12T09:00:00")));
        assertTrue(DossierClock.overdueSince(back, at("2025-11-12T09:00:01")));
        // asked for on Fri 07/11 at 10:00, an hour after the due instant: overdue since 09:00, paused or back
        OffsetDateTime late = DossierClock.overdueFromWhenPaused(due, at("2025-11-07T10:00:00"));
        assertEquals(due, late);
        assertEquals(due, DossierClock.overdueFromWhenResumed(late, at("2025-11-10T08:30:00")));
        assertEquals(Timeliness.LATE, DossierClock.endedWithoutResult(late, at("2025-11-10T10:00:00")));
        // a pause beginning at the due instant itself began within time
        assertEquals(null, DossierClock.overdueFromWhenPaused(due, due));
    }
    // ---- working days taken (the report's average and 90th percentile): hundredths of 7 h 30, rounded up ----

    @Test
    void twoWorkingDaysFromMondayNineToWednesdayNine() {
        // Mon 03/11 09:00 → Wed 05/11 09:00 = 2 × 7 h 30 = 2.00 days.
        assertEquals(200, CLOCK.workedHundredths(at("2025-11-03T09:00:00"), at("2025-11-05T09:00:00"), 0));
    }

    @Test
    void partOfADayIsRoundedUpToTheNextHundredth() {
        // 1 h of 7 h 30 = 0.1333… day → 0.14.
        assertEquals(14, CLOCK.workedHundredths(at("2025-11-03T09:00:00"), at("2025-11-03T10:00:00"), 0));
        // 4 min 30 s is exactly one hundredth; a nanosecond more is two.
        assertEquals(1, CLOCK.workedHundredths(at("2025-11-03T09:00:00"), at("2025-11-03T09:04:30"), 0));
        assertEquals(2, CLOCK.workedHundredths(at("2025-11-03T09:00:00"),
                at("2025-11-03T09:04:30.000000001"), 0));
    }

    @Test
    void timeWaitingForTheApplicantIsNotCounted() {
        // Mon 03/11 09:00 → Fri 07/11 09:00 = 4 days (30 h), less 7 h 30 waited = 3.00 days.
        assertEquals(300, CLOCK.workedHundredths(at("2025-11-03T09:00:00"), at("2025-11-07T09:00:00"),
                7 * HOUR + 30 * MINUTE));
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingTime() {
        // Fri 29/08/2025 09:00–17:00 = 2 h 30 + 3 h 30; Sat, Sun, Mon 01/09 and Tue 02/09 (National Day) off;
        // Wed 03/09 07:30–09:00 = 1 h 30: 7 h 30 in all = 1.00 day.
        assertEquals(100, CLOCK.workedHundredths(at("2025-08-29T09:00:00"), at("2025-09-03T09:00:00"), 0));
    }

    @Test
    void finishedBeforeTheClockStartedTookNothing() {
        // Clock start at 13:30 (accepted at lunch), result signed at 12:00 the same day.
        assertEquals(0, CLOCK.workedHundredths(at("2025-11-03T13:30:00"), at("2025-11-03T12:00:00"), 0));
    }
}
