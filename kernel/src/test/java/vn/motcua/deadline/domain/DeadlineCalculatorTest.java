package vn.motcua.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;

/**
 * Hand-computed due times on the shipped national calendar with standard office hours (07:30–11:30, 13:30–17:00,
 * +07:00). Each expected instant is written out, with the counting that leads to it.
 */
class DeadlineCalculatorTest {

    private static final DeadlineCalculator CALC = new DeadlineCalculator(TestCalendars.NATIONAL);

    private static OffsetDateTime due(String receipt, StatutoryTime time) {
        return CALC.due(OffsetDateTime.parse(receipt), time);
    }

    private static void assertDue(String expected, String receipt, StatutoryTime time) {
        OffsetDateTime actual = due(receipt, time);
        assertEquals(OffsetDateTime.parse(expected), actual, () -> receipt + " + " + time);
        // compute() must agree with due(), and the reference loop with both.
        assertEquals(actual, CALC.compute(OffsetDateTime.parse(receipt), time).due());
        assertEquals(actual, new NaiveDeadlineCalculator(TestCalendars.NATIONAL).due(OffsetDateTime.parse(receipt), time));
    }

    @Nested
    class WorkingDays {

        @Test
        void fridayAfternoon() {
            // Fri 06/03/2026 14:20, inside office hours. Mon 09 (1), Tue 10 (2), Wed 11 (3), Thu 12 (4), Fri 13 (5).
            assertDue("2026-03-13T14:20+07:00", "2026-03-06T14:20+07:00", StatutoryTime.workingDays(5));
        }

        @Test
        void fridayAfternoonBeforeALongWeekend() {
            // Fri 24/04/2026 16:00. Sat 25, Sun 26 (Hùng Kings), Mon 27 (compensatory) are off: Tue 28 (1), Wed 29 (2).
            assertDue("2026-04-29T16:00+07:00", "2026-04-24T16:00+07:00", StatutoryTime.workingDays(2));
        }

        @Test
        void acrossTet2024() {
            // Tue 06/02/2024 09:00. Wed 07 (1); Thu 08 – Wed 14 is the Tết break; Thu 15 (2), Fri 16 (3),
            // Sat 17 and Sun 18 off, Mon 19 (4), Tue 20 (5).
            assertDue("2024-02-20T09:00+07:00", "2024-02-06T09:00+07:00", StatutoryTime.workingDays(5));
        }

        @Test
        void acrossTet2026() {
            // Thu 12/02/2026 10:15. Fri 13 (1); Sat 14 – Sun 22 is the Tết break; Mon 23 (2), Tue 24 (3).
            assertDue("2026-02-24T10:15+07:00", "2026-02-12T10:15+07:00", StatutoryTime.workingDays(3));
        }

        @Test
        void ontoASwappedWorkingSaturday() {
            // Thu 20/08/2026 09:00. Fri 21 (1), Sat 22 is worked to pay back Mon 31/08 (2).
            assertDue("2026-08-22T09:00+07:00", "2026-08-20T09:00+07:00", StatutoryTime.workingDays(2));
            // Fri 25/04/2025 16:00. Sat 26/04/2025 is worked to pay back Fri 02/05 (1).
            assertDue("2025-04-26T16:00+07:00", "2025-04-25T16:00+07:00", StatutoryTime.workingDays(1));
        }

        @Test
        void acrossTheSwappedDayOffOfNationalDay2026() {
            // Fri 28/08/2026 10:00. Sat 29, Sun 30, Mon 31 (swapped off), Tue 01/09 and Wed 02/09 (National Day) are
            // off: Thu 03/09 (1).
            assertDue("2026-09-03T10:00+07:00", "2026-08-28T10:00+07:00", StatutoryTime.workingDays(1));
        }

        @Test
        void yearBoundary() {
            // Mon 29/12/2025 10:00. Tue 30 (1), Wed 31 (2); Thu 01/01 holiday, Fri 02/01 swapped off, weekend;
            // Mon 05 (3), Tue 06 (4), Wed 07 (5).
            assertDue("2026-01-07T10:00+07:00", "2025-12-29T10:00+07:00", StatutoryTime.workingDays(5));
            // … Thu 08 (6), Fri 09 (7), and Sat 10/01/2026 is the make-up Saturday (8).
            assertDue("2026-01-10T10:00+07:00", "2025-12-29T10:00+07:00", StatutoryTime.workingDays(8));
        }

        @Test
        void thirtyWorkingDaysThroughTet2026() {
            // Mon 05/01/2026 09:00. January: Tue 06 – Fri 09 (4), Sat 10 worked (5), 12–16 (10), 19–23 (15),
            // 26–30 (20); February: Mon 02 – Fri 06 (25), Mon 09 – Fri 13 (30).
            assertDue("2026-02-13T09:00+07:00", "2026-01-05T09:00+07:00", StatutoryTime.workingDays(30));
            // One more day jumps the whole Tết break to Mon 23/02.
            assertDue("2026-02-23T09:00+07:00", "2026-01-05T09:00+07:00", StatutoryTime.workingDays(31));
        }
    }

    @Nested
    class OutsideOfficeHours {

        @Test
        void eveningBeforeTheNewYear() {
            // Wed 31/12/2025 17:30 is after closing. 01/01 holiday, 02/01 swapped off, 03–04 weekend: the clock
            // starts at 07:30 Mon 05/01/2026; one working day later is Tue 06/01 07:30.
            assertDue("2026-01-06T07:30+07:00", "2025-12-31T17:30+07:00", StatutoryTime.workingDays(1));
            assertEquals(OffsetDateTime.parse("2026-01-05T07:30+07:00"),
                    CALC.effectiveStart(OffsetDateTime.parse("2025-12-31T17:30+07:00")));
        }

        @Test
        void exactlyAtClosingIsAfterHours() {
            // Tue 10/03/2026 17:00:00: the office is closed, starts Wed 11 07:30; one day later Thu 12 07:30.
            assertDue("2026-03-12T07:30+07:00", "2026-03-10T17:00+07:00", StatutoryTime.workingDays(1));
            // One second earlier is still inside: same time on Wed 11.
            assertDue("2026-03-11T16:59:59+07:00", "2026-03-10T16:59:59+07:00", StatutoryTime.workingDays(1));
        }

        @Test
        void weekend() {
            // Sat 07/03/2026 10:00: starts Mon 09 07:30; Tue 10 (1), Wed 11 (2).
            assertDue("2026-03-11T07:30+07:00", "2026-03-07T10:00+07:00", StatutoryTime.workingDays(2));
        }

        @Test
        void beforeOpening() {
            // Tue 10/03/2026 06:45: starts 07:30 the same day; Wed 11 (1), Thu 12 (2).
            assertDue("2026-03-12T07:30+07:00", "2026-03-10T06:45+07:00", StatutoryTime.workingDays(2));
        }

        @Test
        void lunchBreakStartsAtTheAfternoonOpening() {
            // Tue 10/03/2026 12:10: starts 13:30 the same day; Wed 11 (1) at 13:30.
            assertDue("2026-03-11T13:30+07:00", "2026-03-10T12:10+07:00", StatutoryTime.workingDays(1));
            // 11:30:00 sharp is already the break.
            assertDue("2026-03-11T13:30+07:00", "2026-03-10T11:30+07:00", StatutoryTime.workingDays(1));
        }

        @Test
        void receiptsInOtherOffsetsAreReadInVietnamTime() {
            // 03:00 UTC = 10:00 in Hà Nội on Tue 10/03/2026; Wed 11 (1) at 10:00, written with +07:00.
            assertDue("2026-03-11T10:00+07:00", "2026-03-10T03:00Z", StatutoryTime.workingDays(1));
            // 21:00 UTC on Fri 06/03 is 04:00 on Sat 07/03 in Hà Nội: starts Mon 09 07:30; Tue 10 (1).
            assertDue("2026-03-10T07:30+07:00", "2026-03-06T21:00Z", StatutoryTime.workingDays(1));
        }

        @Test
        void fractionsOfASecondAreKept() {
            assertDue("2026-03-11T16:59:59.5+07:00", "2026-03-10T16:59:59.5+07:00", StatutoryTime.workingDays(1));
        }
    }

    @Nested
    class SameDayWithCutOff {

        private final StatutoryTime sameDay = StatutoryTime.sameDay(LocalTime.of(15, 0));

        @Test
        void beforeTheCutOffDueAtClosingTheSameDay() {
            // Tue 10/03/2026 14:59 ≤ 15:00: closing the same day.
            assertDue("2026-03-10T17:00+07:00", "2026-03-10T14:59+07:00", sameDay);
            // 15:00:00 itself is not "after 15:00".
            assertDue("2026-03-10T17:00+07:00", "2026-03-10T15:00+07:00", sameDay);
            // Lunch break: starts 13:30, before the cut-off.
            assertDue("2026-03-10T17:00+07:00", "2026-03-10T12:00+07:00", sameDay);
        }

        @Test
        void afterTheCutOffDueAtClosingTheNextWorkingDay() {
            // Tue 10/03/2026 15:01 > 15:00: closing Wed 11.
            assertDue("2026-03-11T17:00+07:00", "2026-03-10T15:01+07:00", sameDay);
            // Wed 29/04/2026 15:30: Thu 30/04 and Fri 01/05 are holidays, then the weekend: closing Mon 04/05.
            assertDue("2026-05-04T17:00+07:00", "2026-04-29T15:30+07:00", sameDay);
        }

        @Test
        void outsideOfficeHoursCountsFromTheNextOpening() {
            // Tue 10/03/2026 18:00: starts Wed 11 07:30, before the cut-off: closing Wed 11.
            assertDue("2026-03-11T17:00+07:00", "2026-03-10T18:00+07:00", sameDay);
            // Sat 07/03/2026: starts Mon 09 07:30: closing Mon 09.
            assertDue("2026-03-09T17:00+07:00", "2026-03-07T09:00+07:00", sameDay);
        }

        @Test
        void aCutOffOutsideOfficeHoursIsRefused() {
            assertThrows(IllegalArgumentException.class,
                    () -> due("2026-03-10T09:00+07:00", StatutoryTime.sameDay(LocalTime.of(18, 0))));
        }
    }

    @Nested
    class CalendarDaysAndMonths {

        @Test
        void calendarDaysLandingOnASunday() {
            // Thu 05/03/2026 09:00 + 10 days = Sun 15/03, not worked: Mon 16/03, same time.
            assertDue("2026-03-16T09:00+07:00", "2026-03-05T09:00+07:00", StatutoryTime.calendarDays(10));
        }

        @Test
        void calendarDaysLandingInTet() {
            // Mon 09/02/2026 10:00 + 7 days = Mon 16/02, inside the Tết break 14–22/02: Mon 23/02.
            assertDue("2026-02-23T10:00+07:00", "2026-02-09T10:00+07:00", StatutoryTime.calendarDays(7));
        }

        @Test
        void calendarDaysCountFromTheEffectiveStart() {
            // Sat 07/03/2026 10:00: starts Mon 09/03 07:30; + 3 days = Thu 12/03 07:30.
            assertDue("2026-03-12T07:30+07:00", "2026-03-07T10:00+07:00", StatutoryTime.calendarDays(3));
        }

        @Test
        void monthEndIsClamped() {
            // Tue 31/01/2023 10:00 + 1 month: February 2023 has 28 days → Tue 28/02/2023, a working day.
            assertDue("2023-02-28T10:00+07:00", "2023-01-31T10:00+07:00", StatutoryTime.months(1));
            // Wed 31/01/2024 + 1 month: leap year → Thu 29/02/2024.
            assertDue("2024-02-29T09:00+07:00", "2024-01-31T09:00+07:00", StatutoryTime.months(1));
        }

        @Test
        void monthEndClampedOntoAWeekend() {
            // Fri 30/01/2026 14:00 + 1 month → 28/02/2026 (clamped), a Saturday → Mon 02/03/2026 14:00.
            assertDue("2026-03-02T14:00+07:00", "2026-01-30T14:00+07:00", StatutoryTime.months(1));
        }

        @Test
        void monthsLandingInTetAndAcrossTheYear() {
            // Fri 16/01/2026 09:00 + 1 month = Mon 16/02/2026 (Tết) → Mon 23/02/2026.
            assertDue("2026-02-23T09:00+07:00", "2026-01-16T09:00+07:00", StatutoryTime.months(1));
            // Fri 28/11/2025 08:00 + 3 months = Sat 28/02/2026 → Mon 02/03/2026.
            assertDue("2026-03-02T08:00+07:00", "2025-11-28T08:00+07:00", StatutoryTime.months(3));
        }
    }

    @Nested
    class WorkingHours {

        @Test
        void acrossLunchAndAWeekend() {
            // Fri 06/03/2026 15:00, 8 h: 15:00–17:00 is 2 h (6 h left); Sat/Sun skipped; Mon 09 07:30–11:30 is 4 h
            // (2 h left); lunch skipped; 13:30 + 2 h = 15:30.
            assertDue("2026-03-09T15:30+07:00", "2026-03-06T15:00+07:00", StatutoryTime.workingHours(8));
        }

        @Test
        void acrossLunch() {
            // Tue 10/03/2026 10:00, 4 h: 10:00–11:30 is 1 h 30 (2 h 30 left); 13:30 + 2 h 30 = 16:00.
            assertDue("2026-03-10T16:00+07:00", "2026-03-10T10:00+07:00", StatutoryTime.workingHours(4));
        }

        @Test
        void endingExactlyAtClosingIsDueAtClosing() {
            // Tue 10/03/2026 14:00, 3 h: 14:00–17:00 is exactly 3 h: due 17:00 the same day, not 07:30 Wed.
            assertDue("2026-03-10T17:00+07:00", "2026-03-10T14:00+07:00", StatutoryTime.workingHours(3));
            // Tue 10/03 07:30, 15 h = two full days of 7 h 30: due 17:00 Wed 11/03.
            assertDue("2026-03-11T17:00+07:00", "2026-03-10T07:30+07:00", StatutoryTime.workingHours(15));
        }

        @Test
        void receivedDuringLunch() {
            // Tue 10/03/2026 12:00: starts 13:30; + 2 h = 15:30.
            assertDue("2026-03-10T15:30+07:00", "2026-03-10T12:00+07:00", StatutoryTime.workingHours(2));
        }

        @Test
        void acrossTet2026() {
            // Fri 13/02/2026 16:00, 2 h: 16:00–17:00 is 1 h; Tết break 14–22/02; Mon 23/02 07:30 + 1 h = 08:30.
            assertDue("2026-02-23T08:30+07:00", "2026-02-13T16:00+07:00", StatutoryTime.workingHours(2));
        }
    }

    @Nested
    class CountingBack {

        @Test
        void wholeWorkingDaysBetweenTwoInstants() {
            OffsetDateTime receipt = OffsetDateTime.parse("2025-12-29T10:00+07:00");
            assertEquals(5, CALC.workingDaysBetween(receipt, OffsetDateTime.parse("2026-01-07T10:00+07:00")));
            assertEquals(4, CALC.workingDaysBetween(receipt, OffsetDateTime.parse("2026-01-07T09:59+07:00")));
            // Sunday 04/01 counts the days up to Wed 31/12: 2.
            assertEquals(2, CALC.workingDaysBetween(receipt, OffsetDateTime.parse("2026-01-04T12:00+07:00")));
            assertEquals(0, CALC.workingDaysBetween(receipt, OffsetDateTime.parse("2025-12-29T08:00+07:00")));
        }
    }

    @Test
    void outsideTheCalendarIsRefused() {
        assertThrows(CalendarOutOfRangeException.class,
                () -> due("2026-12-28T10:00+07:00", StatutoryTime.workingDays(10)));
        assertThrows(CalendarOutOfRangeException.class,
                () -> due("2018-12-31T10:00+07:00", StatutoryTime.workingDays(1)));
        assertThrows(CalendarOutOfRangeException.class,
                () -> due("2026-12-01T10:00+07:00", StatutoryTime.months(1)));
    }

    @Test
    void statutoryTimesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> StatutoryTime.workingDays(0));
        assertThrows(IllegalArgumentException.class, () -> StatutoryTime.months(StatutoryTime.MAX_VALUE + 1));
        assertThrows(NullPointerException.class, () -> StatutoryTime.sameDay(null));
        assertThrows(IllegalArgumentException.class,
                () -> new StatutoryTime(3, StatutoryUnit.WORKING_DAYS, LocalTime.of(15, 0)));
    }
}
