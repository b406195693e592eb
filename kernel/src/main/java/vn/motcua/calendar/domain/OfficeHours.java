package vn.motcua.calendar.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A province's office hours on a working day, in its business time zone. The default is the common public-sector
 * schedule 07:30–11:30 and 13:30–17:00 in Asia/Ho_Chi_Minh (7 h 30 of office time a day).
 *
 * <p>Two readings of "inside office hours" are needed, and they differ only at the closing edge of a period:
 * <ul>
 *   <li>a <em>receipt</em> is inside when {@code start <= t < end} (half-open): a dossier arriving at exactly 17:00 is
 *       after hours, since nobody can act on it that day;</li>
 *   <li>a <em>due instant</em> is inside when {@code start <= t <= end} (closed): "due at closing" is 17:00 itself.</li>
 * </ul>
 * The arithmetic helpers work in nanoseconds of the day so receipts keep their exact time.
 */
public final class OfficeHours {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;
    private final List<OfficePeriod> periods;
    private final long[] start;
    private final long[] end;
    /** Office time elapsed in the day before period i starts. */
    private final long[] before;
    private final long perDay;

    public OfficeHours(ZoneId zone, List<OfficePeriod> periods) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one period");
        }
        int n = this.periods.size();
        start = new long[n];
        end = new long[n];
        before = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            OfficePeriod p = this.periods.get(i);
            start[i] = p.start().toNanoOfDay();
            end[i] = p.end().toNanoOfDay();
            // A real break between periods keeps "end of one period" and "start of the next" distinct instants,
            // which the end-inclusive due rule relies on. Back-to-back periods are one period.
            if (i > 0 && start[i] <= end[i - 1]) {
                throw new IllegalArgumentException("office periods must be in order with a break between them: "
                        + this.periods);
            }
            before[i] = total;
            total += end[i] - start[i];
        }
        perDay = total;
    }

    /** 07:30–11:30 and 13:30–17:00, Asia/Ho_Chi_Minh. */
    public static OfficeHours standard() {
        return new OfficeHours(VIETNAM, List.of(OfficePeriod.of("07:30", "11:30"), OfficePeriod.of("13:30", "17:00")));
    }

    public ZoneId zone() { return zone; }

    public List<OfficePeriod> periods() { return periods; }

    public LocalTime opening() { return periods.get(0).start(); }

    public LocalTime closing() { return periods.get(periods.size() - 1).end(); }

    /** Office time in one working day, in nanoseconds. */
    public long officeNanosPerDay() { return perDay; }

    public long openingNanos() { return start[0]; }

    public long closingNanos() { return end[end.length - 1]; }

    /** Whether a receipt at this time of day is inside office hours (half-open periods). */
    public boolean receiptInside(LocalTime time) {
        long t = time.toNanoOfDay();
        for (int i = 0; i < start.length; i++) {
            if (t >= start[i] && t < end[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a due instant at this time of day is inside office hours (closed periods). */
    public boolean dueInside(LocalTime time) {
        long t = time.toNanoOfDay();
        for (int i = 0; i < start.length; i++) {
            if (t >= start[i] && t <= end[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clock starts for something received at {@code nanoOfDay} on a working day: the time itself when
     * inside a period, the start of the next period when before it (before opening, lunch break), or -1 when at or
     * after closing (the start then moves to the next working day).
     */
    public long effectiveNanosOfDay(long nanoOfDay) {
        for (int i = 0; i < start.length; i++) {
            if (nanoOfDay < end[i]) {
                return Math.max(nanoOfDay, start[i]);
            }
        }
        return -1;
    }

    /**
     * The index of the period a receipt at {@code nanoOfDay} starts in: the period containing it, else the next one
     * to open; -1 at or after closing. Same rule as {@link #effectiveNanosOfDay}, for callers that want the
     * {@link OfficePeriod} itself.
     */
    public int periodAtOrAfter(long nanoOfDay) {
        for (int i = 0; i < end.length; i++) {
            if (nanoOfDay < end[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Office time elapsed on a working day from opening until {@code nanoOfDay}. */
    public long officeNanosBefore(long nanoOfDay) {
        for (int i = start.length - 1; i >= 0; i--) {
            if (nanoOfDay >= start[i]) {
                return before[i] + Math.min(nanoOfDay, end[i]) - start[i];
            }
        }
        return 0;
    }

    /**
     * The time of day at which {@code officeNanos} of office time have elapsed since opening. End-inclusive: an offset
     * that exactly exhausts a period gives that period's end (11:30, 17:00), not the next period's start, so a
     * duration that fills the day is due at closing the same day.
     */
    public long nanosOfDayAtOfficeOffset(long officeNanos) {
        if (officeNanos < 0 || officeNanos > perDay) {
            throw new IllegalArgumentException("office offset outside the day: " + officeNanos);
        }
        if (officeNanos == 0) {
            return start[0];
        }
        for (int i = 0; i < start.length; i++) {
            if (officeNanos <= before[i] + (end[i] - start[i])) {
                return start[i] + (officeNanos - before[i]);
            }
        }
        throw new AssertionError("unreachable: offset " + officeNanos);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHours other && zone.equals(other.zone) && periods.equals(other.periods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, periods);
    }

    @Override
    public String toString() {
        return periods + " " + zone;
    }
}
