package vn.motcua.deadline.domain;

/**
 * How a finished dossier counts in the periodic report (table II.06a: "trước hạn", "đúng hạn", "quá hạn"). The
 * convention is decided in one place, {@link DossierClock#finishedAs}, and written in docs/deadlines.md.
 */
public enum Timeliness {
    /** Finished on a day before the day of its due instant. */
    EARLY,
    /** Finished on the day of its due instant, not after the instant; or ended without a result before being late. */
    ON_TIME,
    /** Finished after its due instant; or ended without a result when it was already overdue. */
    LATE
}
