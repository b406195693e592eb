package vn.motcua.reporting.domain;

import java.math.BigDecimal;

/**
 * One row of table 06a for a period: columns 3–13 (received total, online, in person or by post, carried over;
 * finished total, early, on time, late; open total, within time, overdue). Built from the facts before the period
 * and during it, so that its identities (3 = 4 + 5 + 6, 7 = 8 + 9 + 10, 11 = 12 + 13, 3 = 7 + 11) hold by
 * construction; {@link #holdsIdentities()} checks them anyway (and that no count is negative).
 */
public record TimelinessCounts(long receivedTotal, long receivedOnline, long receivedInPersonOrPostal, long carriedOver,
                               long finishedTotal, long finishedEarly, long finishedOnTime, long finishedLate,
                               long openTotal, long openWithinTime, long openOverdue) {

    public static final TimelinessCounts ZERO = new TimelinessCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The period's row: {@code before} = the facts summed over every day before the period's first day,
     * {@code during} = over the period's days.
     */
    public static TimelinessCounts of(FactSums before, FactSums during) {
        long carried = before.open();
        long finished = during.ended();
        long received = carried + during.received();
        long open = received - finished;
        long overdue = before.overdue() + during.overdue();
        return new TimelinessCounts(received, during.receivedOnline(), during.receivedInPersonOrPostal(), carried,
                finished, during.endedEarly(), during.endedOnTime(), during.endedLate(), open, open - overdue, overdue);
    }

    /** Row by row sums: the total of rows that split the dossiers (by unit, field, procedure). */
    public TimelinessCounts plus(TimelinessCounts o) {
        return new TimelinessCounts(receivedTotal + o.receivedTotal, receivedOnline + o.receivedOnline,
                receivedInPersonOrPostal + o.receivedInPersonOrPostal, carriedOver + o.carriedOver,
                finishedTotal + o.finishedTotal, finishedEarly + o.finishedEarly, finishedOnTime + o.finishedOnTime,
                finishedLate + o.finishedLate, openTotal + o.openTotal, openWithinTime + o.openWithinTime,
                openOverdue + o.openOverdue);
    }

    /**
     * Consecutive periods joined (this one first, {@code next} right after it): what came in and ended are added,
     * carried over is this one's, open is the next one's.
     */
    public TimelinessCounts then(TimelinessCounts next) {
        long online = receivedOnline + next.receivedOnline;
        long other = receivedInPersonOrPostal + next.receivedInPersonOrPostal;
        return new TimelinessCounts(carriedOver + online + other, online, other, carriedOver,
                finishedTotal + next.finishedTotal, finishedEarly + next.finishedEarly,
                finishedOnTime + next.finishedOnTime, finishedLate + next.finishedLate, next.openTotal,
                next.openWithinTime, next.openOverdue);
    }

    /** Whether nothing was to be handled (no dossier received, carried over or finished). */
    public boolean empty() {
        return receivedTotal == 0 && finishedTotal == 0 && openTotal == 0;
    }

    /**
     * On time or early among the finished, as a percentage with two decimals (half up); null when nothing was
     * finished.
     */
    public BigDecimal onTimeRate() {
        return Percent.of(finishedEarly + finishedOnTime, finishedTotal);
    }

    /** The identities of table 06a, and no negative count. */
    public boolean holdsIdentities() {
        boolean nonNegative = receivedOnline >= 0 && receivedInPersonOrPostal >= 0 && carriedOver >= 0
                && finishedEarly >= 0 && finishedOnTime >= 0 && finishedLate >= 0 && openWithinTime >= 0
                && openOverdue >= 0;
        return nonNegative && receivedTotal == receivedOnline + receivedInPersonOrPostal + carriedOver
                && finishedTotal == finishedEarly + finishedOnTime + finishedLate
                && openTotal == openWithinTime + openOverdue
                && receivedTotal == finishedTotal + openTotal;
    }

    /** The count of a column, by its name in the report. */
    public long get(TimelinessColumn column) {
        return switch (column) {
            case receivedTotal -> receivedTotal;
            case receivedOnline -> receivedOnline;
            case receivedInPersonOrPostal -> receivedInPersonOrPostal;
            case carriedOver -> carriedOver;
            case finishedTotal -> finishedTotal;
            case finishedEarly -> finishedEarly;
            case finishedOnTime -> finishedOnTime;
            case finishedLate -> finishedLate;
            case openTotal -> openTotal;
            case openWithinTime -> openWithinTime;
            case openOverdue -> openOverdue;
            case finishedWithResult -> throw new IllegalArgumentException(
                    "finishedWithResult is counted with the working days (FinishTimes), not in table 06a's columns");
        };
    }
}
