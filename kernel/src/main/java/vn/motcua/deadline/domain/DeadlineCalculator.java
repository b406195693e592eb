package vn.motcua.deadline.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.calendar.domain.DayStatus;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.deadline.domain.Explanation.CutOffDecision;
import vn.motcua.deadline.domain.Explanation.DueDayShift;
import vn.motcua.deadline.domain.Explanation.StartRule;

/**
 * Computes the due time of a dossier from its receipt instant and the procedure's statutory time, on one
 * province's {@link WorkingCalendar}, following the convention documented in the product ({@code docs/deadlines.md}),
 * summarised here:
 *
 * <h2>When the clock starts</h2>
 * The receipt is first read in the business zone (Asia/Ho_Chi_Minh) whatever offset it carries, then moved to
 * the <em>effective start</em>:
 * <ul>
 *   <li>inside an office period, {@code start <= t < end}: the receipt itself (its seconds kept);</li>
 *   <li>on a working day before opening: opening that day;</li>
 *   <li><b>in the lunch break</b> (from 11:30:00 inclusive to 13:30 exclusive with the default hours): the start of
 *       the afternoon period that day. We decided this because nobody handles a dossier during the break, and
 *       because counting "same time of day" from 12:10 would put the due time in a lunch break, outside office
 *       hours;</li>
 *   <li><b>at or after closing</b> (a receipt at exactly 17:00:00 included): opening of the next working day;</li>
 *   <li>on a day off: opening of the next working day.</li>
 * </ul>
 * Every unit counts from the effective start: "a receipt outside office hours counts as received at the next
 * opening" is a rule about receipts, not about one unit.
 *
 * <h2>Units</h2>
 * <ul>
 *   <li>{@link StatutoryUnit#WORKING_DAYS N working days}: the same time of day as the effective start, on the N-th
 *       working day after the effective start's day (swapped working Saturdays count, holidays, Tết and swapped
 *       days off do not).</li>
 *   <li>{@link StatutoryUnit#WORKING_HOURS N working hours}: N hours of office time from the effective start,
 *       skipping lunch breaks and days off. A duration that ends exactly at the end of a period is due at that end
 *       (11:30, 17:00), not at the next opening.</li>
 *   <li>{@link StatutoryUnit#SAME_DAY Same day with a cut-off}: effective start at or before the cut-off (15:00:00
 *       itself counts as "by the cut-off", as the rule says "after 15:00") → closing the same day; after it →
 *       closing the next working day.</li>
 *   <li>{@link StatutoryUnit#CALENDAR_DAYS Calendar days} and {@link StatutoryUnit#MONTHS months}: added to the
 *       effective start (a month keeps the day of month, clamped to the month's end: 31/01 + 1 month = 28/02 or
 *       29/02); a due day that is not a working day moves to the next working day, same time.</li>
 * </ul>
 * Every due time therefore falls on a working day, within an office period with its end included.
 *
 * <h2>Time zone</h2>
 * Due times carry the business zone's offset. Vietnam has kept +07:00 without daylight saving since 1975, so the
 * engine uses that fixed offset; were a zone with transitions configured, it would convert through the zone rules
 * instead (a local time in a gap resolved as {@link ZonedDateTime#ofLocal} does).
 *
 * <h2>Speed</h2>
 * {@link #due} does O(1) work for working days, working hours, calendar days and same-day procedures: array reads on
 * the calendar's precomputed working-day ordinals, dates taken from a cache of the range, and no allocation but the
 * result (two objects for a working-day due time). {@link #compute} adds the explanation, which walks the days
 * between receipt and due time. Measured in {@code DeadlineBenchmark} (app test sources).
 *
 * Thread-safe: immutable.
 */
public final class DeadlineCalculator {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final ZoneId zone;
    /** The zone's offset over the calendar's range if constant (always, for Vietnam), else null. */
    private final ZoneOffset fixedOffset;
    private final long firstEpochDay;
    private final long lastEpochDay;
    /**
     * The dates of the range, built once: turning an epoch day back into a {@link LocalDate} is the costliest step
     * left on the hot path, and twenty years are only 7,305 small objects.
     */
    private final LocalDate[] dates;
    /** The period starts and ends (07:30, 11:30, 13:30, 17:00): the times a normalised start or a due time takes. */
    private final LocalTime[] edgeTimes;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = calendar.officeHours();
        this.zone = calendar.zone();
        this.fixedOffset = calendar.fixedOffset();
        this.firstEpochDay = calendar.firstEpochDay();
        this.lastEpochDay = calendar.lastEpochDay();
        this.dates = new LocalDate[Math.toIntExact(lastEpochDay - firstEpochDay + 1)];
        LocalDate d = calendar.firstDay();
        for (int i = 0; i < dates.length; i++, d = d.plusDays(1)) {
            dates[i] = d;
        }
        this.edgeTimes = hours.periods().stream()
                .flatMap(p -> Stream.of(p.start(), p.end()))
                .toArray(LocalTime[]::new);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The due time only: the fast path for bulk work (appointment dates of many dossiers, recomputations). */
    public OffsetDateTime due(OffsetDateTime receipt, StatutoryTime time) {
        if (time.unit() == StatutoryUnit.WORKING_DAYS && receipt.getOffset().equals(fixedOffset)) {
            return workingDaysInBusinessTime(receipt, time.value());
        }
        long start = effectiveStart(toLocal(receipt));
        return toOffsetDateTime(dueFrom(start, time), receipt);
    }

    /**
     * The dominant case — working days, receipt already written in business time — without the round trip through
     * local nanoseconds: read the receipt's date and time, move to the effective start, take the n-th working day,
     * and build the result from the cached date and the start's own {@link LocalTime}. Same rules as the general
     * path; the property tests hold both to the naive loop.
     */
    private OffsetDateTime workingDaysInBusinessTime(OffsetDateTime receipt, int n) {
        LocalTime time = receipt.toLocalTime();
        long day = receipt.toLocalDate().toEpochDay();
        if (day < firstEpochDay || day > lastEpochDay) {
            throw outOfRange(day);
        }
        int period = calendar.isWorkingEpochDay(day) ? hours.periodAtOrAfter(time.toNanoOfDay()) : -1;
        if (period < 0) {
            day = calendar.plusWorkingDays(day, 1);
            time = hours.opening();
        } else {
            LocalTime periodStart = hours.periods().get(period).start();
            if (time.isBefore(periodStart)) {
                time = periodStart;
            }
        }
        LocalDate due = dates[(int) (calendar.plusWorkingDays(day, n) - firstEpochDay)];
        return OffsetDateTime.of(LocalDateTime.of(due, time), fixedOffset);
    }

    /** The due time and how it was reached. */
    public Deadline compute(OffsetDateTime receipt, StatutoryTime time) {
        long received = toLocal(receipt);
        long start = effectiveStart(received);
        long due = dueFrom(start, time);
        Explanation explanation = explain(received, start, due, time);
        return new Deadline(toOffsetDateTime(due, receipt), explanation);
    }

    /** Where the clock starts for a receipt, in the business zone (see the class comment). */
    public OffsetDateTime effectiveStart(OffsetDateTime receipt) {
        return toOffsetDateTime(effectiveStart(toLocal(receipt)), receipt);
    }

    /**
     * The number of whole working days between a receipt and a later instant: the largest n such that the due time
     * of n working days from {@code receipt} is not after {@code to}; 0 when {@code to} is before the effective
     * start. The inverse of {@link StatutoryUnit#WORKING_DAYS}: {@code workingDaysBetween(r, due(r, N days)) == N}.
     */
    public int workingDaysBetween(OffsetDateTime receipt, OffsetDateTime to) {
        long start = effectiveStart(toLocal(receipt));
        long end = toLocal(to);
        if (end < start) {
            return 0;
        }
        long startDay = firstEpochDay + start / NANOS_PER_DAY;
        long endDay = firstEpochDay + end / NANOS_PER_DAY;
        int k = calendar.workingDaysBetween(startDay, endDay);
        // The k-th working day after the start is the end's own day only when that day is worked; then the time of
        // day decides whether the k-th day is complete.
        if (k > 0 && calendar.plusWorkingDays(startDay, k) == endDay && end % NANOS_PER_DAY < start % NANOS_PER_DAY) {
            k--;
        }
        return k;
    }

    /**
     * Office time between two instants (lunch breaks, evenings and days off excluded); negative when {@code to} is
     * before {@code from}. Used to stop the clock while a dossier waits for the applicant and to measure how long a
     * processing step really took.
     */
    public long officeNanosBetween(OffsetDateTime from, OffsetDateTime to) {
        return officePosition(toLocal(to)) - officePosition(toLocal(from));
    }

    /**
     * The instant at which {@code officeNanos} of office time have elapsed after {@code from} (counting from the next
     * opening when {@code from} is outside office hours). A duration that ends exactly at a period's end is due at
     * that end. Zero returns {@code from} itself.
     */
    public OffsetDateTime plusOfficeNanos(OffsetDateTime from, long officeNanos) {
        if (officeNanos < 0) {
            throw new IllegalArgumentException("negative office time: " + officeNanos);
        }
        if (officeNanos == 0) {
            return from;
        }
        long local = toLocal(from);
        long day = firstEpochDay + local / NANOS_PER_DAY;
        // A day off counts as fully used, so the time runs from the next working day's opening.
        long used = calendar.isWorkingEpochDay(day) ? hours.officeNanosBefore(local % NANOS_PER_DAY) : hours.officeNanosPerDay();
        long perDay = hours.officeNanosPerDay();
        long total = used + officeNanos;
        long q = (total - 1) / perDay;
        long offset = total - q * perDay;
        long dueDay = calendar.plusWorkingDays(day, Math.toIntExact(q));
        return toOffsetDateTime(at(dueDay, hours.nanosOfDayAtOfficeOffset(offset)), from);
    }

    /** Office time elapsed from the calendar's first day to a local instant. */
    private long officePosition(long local) {
        long day = firstEpochDay + local / NANOS_PER_DAY;
        long workedBefore = calendar.workingDaysBetween(firstEpochDay - 1, day - 1);
        long today = calendar.isWorkingEpochDay(day) ? hours.officeNanosBefore(local % NANOS_PER_DAY) : 0;
        return workedBefore * hours.officeNanosPerDay() + today;
    }

    // ---- the arithmetic, on "local nanos": nanoseconds since 00:00 of the calendar's first day, business zone ----

    private long dueFrom(long start, StatutoryTime time) {
        long day = firstEpochDay + start / NANOS_PER_DAY;
        long timeOfDay = start % NANOS_PER_DAY;
        return switch (time.unit()) {
            case WORKING_DAYS -> at(calendar.plusWorkingDays(day, time.value()), timeOfDay);
            case WORKING_HOURS -> plusWorkingHours(day, timeOfDay, time.value());
            case CALENDAR_DAYS -> at(onWorkingDay(day + time.value()), timeOfDay);
            case MONTHS -> at(onWorkingDay(LocalDate.ofEpochDay(day).plusMonths(time.value()).toEpochDay()), timeOfDay);
            case SAME_DAY -> {
                long cutOff = checkedCutOff(time.cutOff());
                long dueDay = timeOfDay <= cutOff ? day : calendar.plusWorkingDays(day, 1);
                yield at(dueDay, hours.closingNanos());
            }
        };
    }

    /**
     * Office time is laid end to end across working days: with D nanoseconds of office time a day and the start
     * {@code used} nanoseconds into its day, the end lies {@code q = (used + h - 1) / D} working days later at office
     * offset {@code used + h - q·D}, which is in (0, D] so that a duration filling a period ends at its close.
     */
    private long plusWorkingHours(long day, long timeOfDay, int h) {
        long perDay = hours.officeNanosPerDay();
        long total = hours.officeNanosBefore(timeOfDay) + h * NANOS_PER_HOUR;
        long q = (total - 1) / perDay;
        long offset = total - q * perDay;
        return at(calendar.plusWorkingDays(day, Math.toIntExact(q)), hours.nanosOfDayAtOfficeOffset(offset));
    }

    private long effectiveStart(long local) {
        long dayIndex = local / NANOS_PER_DAY;
        long day = firstEpochDay + dayIndex;
        if (calendar.isWorkingEpochDay(day)) {
            long t = hours.effectiveNanosOfDay(local % NANOS_PER_DAY);
            if (t >= 0) {
                return dayIndex * NANOS_PER_DAY + t;
            }
        }
        return at(calendar.plusWorkingDays(day, 1), hours.openingNanos());
    }

    private long onWorkingDay(long epochDay) {
        if (epochDay > lastEpochDay) {
            throw outOfRange(epochDay);
        }
        return calendar.firstWorkingEpochDayOnOrAfter(epochDay);
    }

    private long at(long epochDay, long timeOfDay) {
        return (epochDay - firstEpochDay) * NANOS_PER_DAY + timeOfDay;
    }

    private long checkedCutOff(LocalTime cutOff) {
        long c = cutOff.toNanoOfDay();
        if (c < hours.openingNanos() || c > hours.closingNanos()) {
            throw new IllegalArgumentException("cut-off " + cutOff + " is outside the office hours " + hours);
        }
        return c;
    }

    private long toLocal(OffsetDateTime instant) {
        long epochDay;
        long nanoOfDay;
        if (instant.getOffset().equals(fixedOffset)) {
            // Already in business time (the usual case): read the fields, no conversion.
            epochDay = instant.toLocalDate().toEpochDay();
            nanoOfDay = instant.toLocalTime().toNanoOfDay();
        } else {
            long localSecond = fixedOffset != null
                    ? instant.toEpochSecond() + fixedOffset.getTotalSeconds()
                    : LocalDateTime.ofInstant(instant.toInstant(), zone).toEpochSecond(ZoneOffset.UTC);
            epochDay = Math.floorDiv(localSecond, SECONDS_PER_DAY);
            nanoOfDay = Math.floorMod(localSecond, SECONDS_PER_DAY) * 1_000_000_000L + instant.getNano();
        }
        if (epochDay < firstEpochDay || epochDay > lastEpochDay) {
            throw outOfRange(epochDay);
        }
        return (epochDay - firstEpochDay) * NANOS_PER_DAY + nanoOfDay;
    }

    /**
     * Local nanos back to an instant in the business zone. When the time of day is the receipt's own (working days,
     * calendar days and months from a receipt inside office hours) its {@link LocalTime} is reused.
     */
    private OffsetDateTime toOffsetDateTime(long local, OffsetDateTime receipt) {
        long nanoOfDay = local % NANOS_PER_DAY;
        LocalTime receiptTime = receipt.toLocalTime();
        LocalTime time = receipt.getOffset().equals(fixedOffset) && receiptTime.toNanoOfDay() == nanoOfDay
                ? receiptTime : timeOfDay(nanoOfDay);
        LocalDateTime t = LocalDateTime.of(dates[(int) (local / NANOS_PER_DAY)], time);
        return fixedOffset != null ? OffsetDateTime.of(t, fixedOffset) : ZonedDateTime.ofLocal(t, zone, null).toOffsetDateTime();
    }

    private LocalTime timeOfDay(long nanoOfDay) {
        for (LocalTime edge : edgeTimes) {
            if (edge.toNanoOfDay() == nanoOfDay) {
                return edge;
            }
        }
        return LocalTime.ofNanoOfDay(nanoOfDay);
    }

    private LocalDateTime localDateTime(long local) {
        return LocalDateTime.of(dates[(int) (local / NANOS_PER_DAY)], LocalTime.ofNanoOfDay(local % NANOS_PER_DAY));
    }

    private CalendarOutOfRangeException outOfRange(long epochDay) {
        return new CalendarOutOfRangeException(LocalDate.ofEpochDay(epochDay), calendar.firstDay(), calendar.lastDay());
    }

    // ---- the explanation ----

    private Explanation explain(long received, long start, long due, StatutoryTime time) {
        LocalDateTime receivedAt = localDateTime(received);
        LocalDateTime countedFrom = localDateTime(start);
        LocalDateTime dueAt = localDateTime(due);
        LocalDate receiptDay = receivedAt.toLocalDate();
        LocalDate startDay = countedFrom.toLocalDate();
        LocalDate dueDay = dueAt.toLocalDate();
        DayStatus receiptStatus = calendar.status(receiptDay);

        List<LocalDate> counted = switch (time.unit()) {
            case WORKING_DAYS -> calendar.workingDays(startDay.plusDays(1), dueDay);
            case WORKING_HOURS -> calendar.workingDays(startDay, dueDay);
            case SAME_DAY -> List.of(dueDay);
            case CALENDAR_DAYS, MONTHS -> List.of();
        };

        List<DayStatus> skipped = new ArrayList<>();
        CutOffDecision cutOff = null;
        DueDayShift shift = null;
        if (time.unit() == StatutoryUnit.CALENDAR_DAYS || time.unit() == StatutoryUnit.MONTHS) {
            // Days off between start and the nominal due day count like any other; only those before the start
            // and those the due day is moved across are passed over.
            skipped.addAll(calendar.nonWorkingDays(receiptDay, startDay.minusDays(1)));
            LocalDate nominal = time.unit() == StatutoryUnit.CALENDAR_DAYS
                    ? startDay.plusDays(time.value())
                    : startDay.plusMonths(time.value());
            if (!nominal.equals(dueDay)) {
                skipped.addAll(calendar.nonWorkingDays(nominal, dueDay.minusDays(1)));
                shift = new DueDayShift(nominal, dueDay, calendar.status(nominal));
            }
        } else {
            skipped.addAll(calendar.nonWorkingDays(receiptDay, dueDay.minusDays(1)));
            if (time.unit() == StatutoryUnit.SAME_DAY) {
                cutOff = new CutOffDecision(time.cutOff(), dueDay.equals(startDay));
            }
        }

        StartRule rule;
        if (received == start) {
            rule = StartRule.INSIDE_OFFICE_HOURS;
        } else if (!receiptStatus.working()) {
            rule = StartRule.NON_WORKING_DAY;
        } else {
            long t = received % NANOS_PER_DAY;
            rule = t < hours.openingNanos() ? StartRule.BEFORE_OPENING
                    : t >= hours.closingNanos() ? StartRule.AFTER_CLOSING
                    : StartRule.LUNCH_BREAK;
        }
        ZoneOffset offset = fixedOffset != null ? fixedOffset : zone.getRules().getOffset(dueAt);
        return new Explanation(time, receivedAt, receiptStatus, rule, countedFrom, counted, skipped, cutOff, shift,
                dueAt, offset);
    }
}
