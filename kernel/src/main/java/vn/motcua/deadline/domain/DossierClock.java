package vn.motcua.deadline.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.motcua.calendar.domain.WorkingCalendar;

/**
 * The clock of one dossier: every rule that decides when a dossier is due and whether, and by how much, it was late.
 * The live dossier ({@code Dossier}, its steps in {@code StepPlan}), the importer ({@code ImportedClock},
 * {@code StepReplay}), {@code Lateness} and the data generator all call these
 * methods, so a dossier gets the same due instant whichever path it came through. The arithmetic of office time
 * itself (working days, office hours, lunch breaks) is the {@link DeadlineCalculator}'s; this class says which
 * instants it is applied to. The convention is written out in {@code docs/deadlines.md}.
 *
 * <ul>
 *   <li><b>Start.</b> The clock starts when the desk accepts the dossier: at that instant, moved to the next opening
 *       when outside office hours ({@link DeadlineCalculator#effectiveStart}). The due instant at the start is the
 *       appointment written on the receipt slip.</li>
 *   <li><b>Hand-over.</b> A paper dossier accepted at or after {@link #PAPER_TRANSFER_CUT_OFF 15:00} reaches the
 *       processing unit at the next working day's opening; before it, and for online dossiers, at once.</li>
 *   <li><b>Step budgets.</b> The office time between the start and the appointment, less the fixed budgets, is shared
 *       among the steps by their percentages (whole nanoseconds, rounded down).</li>
 *   <li><b>Pauses.</b> While the dossier waits for the applicant (a supplement or a payment), the clock stops: when the
 *       applicant is back, the due instant (and the current step's) moves by the office time spent waiting.</li>
 *   <li><b>Lateness.</b> Finished after the due instant = late, by the office time between them. A late dossier's
 *       lateness is shared among the steps that overran their budgets, in proportion to the overruns.</li>
 *   <li><b>Overdue.</b> Open and past the due instant; a dossier waiting for the applicant is overdue only if it
 *       already was when the pause began. For the index, a second supplement request counts as overdue.</li>
 * </ul>
 *
 * Thread-safe: immutable.
 */
public final class DossierClock {

    /** Paper dossiers accepted from this time on are handed to the processing unit the next working day. */
    public static final LocalTime PAPER_TRANSFER_CUT_OFF = LocalTime.of(15, 0);

    /** For the index (Decision 766), a dossier with this many supplement requests counts as overdue. */
    public static final int SUPPLEMENTS_COUNTED_AS_OVERDUE = 2;

    private final DeadlineCalculator calculator;

    public DossierClock(DeadlineCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public DossierClock(WorkingCalendar calendar) {
        this(new DeadlineCalculator(calendar));
    }

    public DeadlineCalculator calculator() {
        return calculator;
    }

    public WorkingCalendar calendar() {
        return calculator.calendar();
    }

    /** Where the clock stands when it starts: its effective start and the due instant (= the appointment). */
    public record Start(OffsetDateTime clockStartAt, OffsetDateTime dueAt) {
    }

    /** The clock starts at acceptance, under the procedure's statutory time. */
    public Start start(OffsetDateTime acceptedAt, StatutoryTime time) {
        return new Start(calculator.effectiveStart(acceptedAt), calculator.due(acceptedAt, time));
    }

    /** The day a receipt belongs to, in the business zone (what decides the procedure version and form set). */
    public LocalDate receiptDay(OffsetDateTime at) {
        return dayOf(at);
    }

    /** The business zone's day of an instant. */
    public LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(calendar().zone()).toLocalDate();
    }

    /** When the first processing step starts: at acceptance, or for paper after the cut-off at the next opening. */
    public OffsetDateTime handOver(OffsetDateTime acceptedAt, boolean paper) {
        if (!paper) {
            return acceptedAt;
        }
        LocalDateTime local = acceptedAt.atZoneSameInstant(calendar().zone()).toLocalDateTime();
        if (local.toLocalTime().isBefore(PAPER_TRANSFER_CUT_OFF)) {
            return acceptedAt;
        }
        LocalDate day = calendar().nextWorkingDay(local.toLocalDate());
        return calculator.effectiveStart(day.atTime(calendar().officeHours().opening())
                .atZone(calendar().zone()).toOffsetDateTime());
    }

    /**
     * The budgets of the processing steps, in office nanoseconds: a step with a share gets that share of the time
     * between the start and the appointment left after the fixed budgets; a step without one keeps its fixed budget.
     *
     * @param fixedNanos   each step's fixed budget (ignored where it has a share)
     * @param sharePercent each step's share in percent, 0 for a fixed budget
     */
    public long[] budgets(Start start, long[] fixedNanos, int[] sharePercent) {
        if (fixedNanos.length != sharePercent.length) {
            throw new IllegalArgumentException("one fixed budget and one share per step");
        }
        long total = Math.max(0, calculator.officeNanosBetween(start.clockStartAt(), start.dueAt()));
        long fixed = 0;
        int shares = 0;
        for (int i = 0; i < fixedNanos.length; i++) {
            if (sharePercent[i] > 0) {
                shares += sharePercent[i];
            } else {
                fixed += fixedNanos[i];
            }
        }
        long forShares = Math.max(0, total - fixed);
        long[] out = new long[fixedNanos.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sharePercent[i] > 0 ? forShares * sharePercent[i] / shares : fixedNanos[i];
        }
        return out;
    }

    /** A step started at {@code startedAt} with this budget is due here. */
    public OffsetDateTime stepDue(OffsetDateTime startedAt, long budgetNanos) {
        return calculator.plusOfficeNanos(startedAt, budgetNanos);
    }

    /** The office time a pause from {@code pausedAt} to {@code resumedAt} stopped the clock for (never negative). */
    public long waited(OffsetDateTime pausedAt, OffsetDateTime resumedAt) {
        return Math.max(0, calculator.officeNanosBetween(pausedAt, resumedAt));
    }

    /** A due instant moved by a pause of {@code waitedNanos} of office time. */
    public OffsetDateTime moved(OffsetDateTime dueAt, long waitedNanos) {
        return calculator.plusOfficeNanos(dueAt, waitedNanos);
    }

    /** What a pause did once the applicant is back: the office time it stopped the clock for, and the moved due. */
    public record Resumption(long waitedNanos, OffsetDateTime dueAt) {
    }

    /**
     * The applicant is back at {@code resumedAt} after a pause from {@code pausedAt}: the due instant moves by the
     * office time spent waiting ({@link #waited}, {@link #moved}). The one place pauses are accounted for.
     */
    public Resumption resume(OffsetDateTime dueAt, OffsetDateTime pausedAt, OffsetDateTime resumedAt) {
        long waited = waited(pausedAt, resumedAt);
        return new Resumption(waited, moved(dueAt, waited));
    }

    /** How a finished dossier (processed, or refused on the merits) stands against its due instant. */
    public record Outcome(boolean late, long lateNanos) {
    }

    /** Late when finished after the due instant (the instant itself is on time), by the office time between. */
    public Outcome finish(OffsetDateTime dueAt, OffsetDateTime finishedAt) {
        boolean late = finishedAt.isAfter(dueAt);
        return new Outcome(late, late ? calculator.officeNanosBetween(dueAt, finishedAt) : 0L);
    }

    /**
     * Open and past its due instant at {@code now}. Waiting for the applicant stops the clock: a paused dossier is
     * overdue only if the pause began after its due instant.
     */
    public static boolean overdueAt(boolean open, OffsetDateTime dueAt, OffsetDateTime pausedAt, OffsetDateTime now) {
        if (!open || dueAt == null) {
            return false;
        }
        return pausedAt != null ? pausedAt.isAfter(dueAt) : now.isAfter(dueAt);
    }

    /** How processing ended: with a result (processed), refused on the merits, withdrawn, or stopped. */
    public enum Ending { PROCESSED, REFUSED, WITHDRAWN, STOPPED }

    /**
     * How a dossier that ended at {@code endedAt} counts in the periodic report. Processed: early when it ended on a
     * day before the day of its due instant, on time on that day up to the instant itself, late after it. Refused on
     * the merits: on time, or late after the due instant. Withdrawn or stopped: {@link #endedWithoutResult}.
     * A dossier never accepted has no due instant and is on time.
     *
     * @param overdueFrom the dossier's {@link #overdueFromWhenPaused overdue-from instant} when it ended
     */
    public Timeliness finishedAs(Ending ending, OffsetDateTime dueAt, OffsetDateTime overdueFrom,
                                 OffsetDateTime endedAt) {
        if (dueAt == null) {
            return Timeliness.ON_TIME;
        }
        if (ending == Ending.WITHDRAWN || ending == Ending.STOPPED) {
            return endedWithoutResult(overdueFrom, endedAt);
        }
        if (endedAt.isAfter(dueAt)) {
            return Timeliness.LATE;
        }
        return ending == Ending.PROCESSED && dayOf(endedAt).isBefore(dayOf(dueAt))
                ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    /** Withdrawn or stopped: on time unless it was already overdue when it ended; never early (no result). */
    public static Timeliness endedWithoutResult(OffsetDateTime overdueFrom, OffsetDateTime endedAt) {
        return overdueSince(overdueFrom, endedAt) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /*
     * Overdue is monotonic: once past its due instant a dossier stays overdue (a pause that begins then does not
     * make it within time, and the due instant it moves to is still before the applicant came back). So one instant
     * per dossier, its overdue-from instant, answers "overdue at t?" for every t: after it and not yet ended. It is
     * the due instant at the start; unknown (null) while the dossier waits for the applicant within time; the moved
     * due instant when the applicant is back. The periodic report's open-overdue counts at any period end rest on it.
     */

    /** A pause begins at {@code pausedAt}: already overdue, it stays overdue from the same instant; else null. */
    public static OffsetDateTime overdueFromWhenPaused(OffsetDateTime overdueFrom, OffsetDateTime pausedAt) {
        return overdueSince(overdueFrom, pausedAt) ? overdueFrom : null;
    }

    /** The applicant is back: a dossier that waited within time is overdue from its moved due instant. */
    public static OffsetDateTime overdueFromWhenResumed(OffsetDateTime overdueFrom, OffsetDateTime movedDueAt) {
        return overdueFrom != null ? overdueFrom : movedDueAt;
    }

    /** Overdue at {@code at}, given its overdue-from instant (the instant itself is not yet overdue). */
    public static boolean overdueSince(OffsetDateTime overdueFrom, OffsetDateTime at) {
        return overdueFrom != null && at.isAfter(overdueFrom);
    }

    /** For the index: a second supplement request makes the dossier count as overdue. */
    public static boolean countsAsOverdueForIndex(int supplementRequests) {
        return supplementRequests >= SUPPLEMENTS_COUNTED_AS_OVERDUE;
    }

    /** Office time left from {@code now} until {@code dueAt}; negative once it has passed. */
    public long left(OffsetDateTime now, OffsetDateTime dueAt) {
        return calculator.officeNanosBetween(now, dueAt);
    }

    /**
     * Due soon: not yet due, with at most one working day of office time left. The worklist's colour and its
     * "due soon" count both ask this (the count as the window up to {@link #dueSoonUntil}).
     */
    public boolean dueSoon(OffsetDateTime now, OffsetDateTime dueAt) {
        return !now.isAfter(dueAt) && left(now, dueAt) <= oneWorkingDay();
    }

    /** The end of the "due soon" window that starts at {@code now}: one working day of office time later. */
    public OffsetDateTime dueSoonUntil(OffsetDateTime now) {
        return workingDaysLater(now, 1);
    }

    /**
     * The end of a window of {@code days} working days of office time that starts at {@code now}: the dossier list's
     * "due within N working days" (issue 15). One day is {@link #dueSoonUntil}.
     */
    public OffsetDateTime workingDaysLater(OffsetDateTime now, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative working days: " + days);
        }
        return calculator.plusOfficeNanos(now, days * oneWorkingDay());
    }

    private long oneWorkingDay() {
        return calendar().officeHours().officeNanosPerDay();
    }

    /**
     * The working days a dossier took, for the report's average and 90th percentile (docs/deadlines.md): the office
     * time from its clock start to its finish, less the time it waited for the applicant, in hundredths of a working
     * day (office hours of the calendar), rounded up — 3 h 30 of an 8-hour day is 0.44 day. Never negative: a
     * dossier finished before its clock started (outside office hours) took 0.
     */
    public int workedHundredths(OffsetDateTime clockStartAt, OffsetDateTime finishedAt, long pausedNanos) {
        long worked = Math.max(0, calculator.officeNanosBetween(clockStartAt, finishedAt) - pausedNanos);
        long hundredth = oneWorkingDay() / 100;
        return Math.toIntExact(-Math.floorDiv(-worked, hundredth));
    }

    /** The office time a step worked from its start to {@code end}, less the time it waited for the applicant. */
    public long worked(OffsetDateTime startedAt, OffsetDateTime end, long pausedNanos) {
        return Math.max(0, calculator.officeNanosBetween(startedAt, end) - pausedNanos);
    }

    /**
     * A dossier's lateness shared among the steps that overran, in proportion to their overruns (each share rounded
     * down, so the shares add up to the lateness less at most one nanosecond per step). No lateness or no overrun
     * gives zeros.
     *
     * @param overrunNanos each step's overrun (0 or less for a step within its budget)
     */
    public static long[] attribute(long lateNanos, long[] overrunNanos) {
        long[] out = new long[overrunNanos.length];
        long sum = 0;
        for (long o : overrunNanos) {
            sum += Math.max(0, o);
        }
        if (lateNanos <= 0 || sum == 0) {
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            if (overrunNanos[i] > 0) {
                out[i] = BigInteger.valueOf(lateNanos).multiply(BigInteger.valueOf(overrunNanos[i]))
                        .divide(BigInteger.valueOf(sum)).longValueExact();
            }
        }
        return out;
    }
}
