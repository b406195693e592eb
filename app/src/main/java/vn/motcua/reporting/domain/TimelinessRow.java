package vn.motcua.reporting.domain;

/**
 * One row of the timeliness report: its key (unit code, field code, procedure code, yyyy-MM, or ALL), name, counts
 * and how long its dossiers finished with a result took ({@link FinishTimes}; none for rows of steps).
 */
public record TimelinessRow(String key, String name, TimelinessCounts counts, FinishTimes finishTimes) {

    public TimelinessRow {
        finishTimes = finishTimes == null ? FinishTimes.NONE : finishTimes;
    }

    /** A row whose working days are not known (yet). */
    public TimelinessRow(String key, String name, TimelinessCounts counts) {
        this(key, name, counts, FinishTimes.NONE);
    }
}
