package vn.motcua.reporting.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A count column of a report that the drill-down can open: one of the timeliness report (table 06a) or of the service
 * rates, named as in the REST answers, or a shortfall the index takes points for ({@link ShortfallColumn}). The two
 * reports share receivedOnline and finishedTotal, with the same meaning.
 */
public sealed interface ReportColumn permits TimelinessColumn, ServiceRateColumn, ShortfallColumn {

    /**
     * Every column, in the order a name is looked up: the timeliness report's, then the service rates', then the
     * index's shortfalls (a name both reports use is the timeliness report's).
     */
    List<ReportColumn> ALL = Stream.of(TimelinessColumn.values(), ServiceRateColumn.values(),
            ShortfallColumn.values()).<ReportColumn>flatMap(Stream::of).toList();

    String name();

    /** The column of that exact name (surrounding blanks ignored), if any. */
    static Optional<ReportColumn> named(String name) {
        String v = name == null ? "" : name.strip();
        return ALL.stream().filter(c -> c.name().equals(v)).findFirst();
    }
}
