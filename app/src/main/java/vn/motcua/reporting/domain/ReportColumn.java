package vn.motcua.reporting.domain;

/**
 * A count column of a report that the drill-down can open: one of the timeliness report (table 06a) or of the service
 * rates, named as in the REST answers, or a shortfall the index takes points for ({@link ShortfallColumn}). The two
 * reports share receivedOnline and finishedTotal, with the same meaning.
 */
public sealed interface ReportColumn permits TimelinessColumn, ServiceRateColumn, ShortfallColumn {

    String name();
}
