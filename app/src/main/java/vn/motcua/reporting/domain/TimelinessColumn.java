package vn.motcua.reporting.domain;

/**
 * The count columns of the timeliness report (table 06a, columns 3–13), named as in the REST answer, so that a
 * drill-down names the number it opens; and finishedWithResult, the dossiers its average and 90th-percentile
 * working days are measured on ({@link FinishTimes#count()}).
 */
public enum TimelinessColumn implements ReportColumn {
    receivedTotal, receivedOnline, receivedInPersonOrPostal, carriedOver,
    finishedTotal, finishedEarly, finishedOnTime, finishedLate,
    openTotal, openWithinTime, openOverdue,
    finishedWithResult
}
