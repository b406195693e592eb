package vn.motcua.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Office-time arithmetic used to stop the clock while a dossier waits for the applicant. */
class OfficeTimeTest {

    static final DeadlineCalculator CLOCK = new DeadlineCalculator(TestCalendars.NATIONAL);
    static final long HOUR = 3_600_000_000_000L;

    static OffsetDateTime at(String s) {
        return OffsetDateTime.parse(s + ":00+07:00");
    }

    @Test
    void handWorkedExamples() {
        // Mon 03/11/2025 10:00 → 14:00: 1 h 30 before lunch + 30 min after.
        assertEquals(2 * HOUR, CLOCK.officeNanosBetween(at("2025-11-03T10:00"), at("2025-11-03T14:00")));
        // Fri 07/11 16:00 → Mon 10/11 08:30: 1 h + 1 h, the weekend is not office time.
        assertEquals(2 * HOUR, CLOCK.officeNanosBetween(at("2025-11-07T16:00"), at("2025-11-10T08:30")));
        assertEquals(-2 * HOUR, CLOCK.officeNanosBetween(at("2025-11-10T08:30"), at("2025-11-07T16:00")));
        // 7.5 h from Mon 09:00 → Tue 09:00 (a whole office day).
        assertEquals(at("2025-11-04T09:00"), CLOCK.plusOfficeNanos(at("2025-11-03T09:00"), 15 * HOUR / 2));
        // 3.5 h from 13:30 ends at 17:00 the same day, not at the next opening.
        assertEquals(at("2025-11-03T17:00"), CLOCK.plusOfficeNanos(at("2025-11-03T13:30"), 7 * HOUR / 2));
        // From a Saturday: the time runs from Monday's opening.
        assertEquals(at("2025-11-10T08:30"), CLOCK.plusOfficeNanos(at("2025-11-08T10:00"), HOUR));
        // From the lunch break: counted from 13:30.
        assertEquals(at("2025-11-03T14:30"), CLOCK.plusOfficeNanos(at("2025-11-03T12:00"), HOUR));
        // Across Tết 2026 (break 14–22 Feb): Fri 13/02 16:00 + 2 h → Mon 23/02 08:30.
        assertEquals(at("2026-02-23T08:30"), CLOCK.plusOfficeNanos(at("2026-02-13T16:00"), 2 * HOUR));
    }

    @Test
    void addingThenMeasuringGivesTheSameDuration() {
        Random r = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            OffsetDateTime start = at("2025-01-02T07:30").plusMinutes(r.nextInt(60 * 24 * 600));
            long n = (long) r.nextInt(400) * 15 * 60_000_000_000L;
            OffsetDateTime end = CLOCK.plusOfficeNanos(start, n);
            assertEquals(n, CLOCK.officeNanosBetween(start, end), () -> start + " + " + n);
        }
    }
}
