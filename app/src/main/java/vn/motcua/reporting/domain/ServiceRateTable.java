package vn.motcua.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The service rates report: rows and their total, the total being the sum of the rows' counts (all of them flows
 * over the period, so months add up too) with its rates computed from those sums.
 */
public record ServiceRateTable(List<Row> rows, ServiceRateCounts total) {

    /** One row: its key (unit code, field code, procedure code, yyyy-MM, or ALL), name and counts. */
    public record Row(String key, String name, ServiceRateCounts counts) { }

    /** Rows by key (unit, field or procedure), in key order; keys with nothing in the period are left out. */
    public static ServiceRateTable byKey(Map<String, ServiceRateCounts> during, Function<String, String> names) {
        List<Row> rows = new ArrayList<>();
        ServiceRateCounts total = ServiceRateCounts.ZERO;
        for (String key : new TreeSet<>(during.keySet())) {
            ServiceRateCounts c = during.get(key);
            if (!c.empty()) {
                rows.add(new Row(key, names.apply(key), c));
                total = total.plus(c);
            }
        }
        return new ServiceRateTable(rows, total);
    }

    /** One row for the whole scope, keyed {@link TimelinessTable#ALL}. */
    public static ServiceRateTable single(ServiceRateCounts c, String name) {
        return new ServiceRateTable(List.of(new Row(TimelinessTable.ALL, name, c)), c);
    }

    /** A row per month of the period (every month, also an empty one), keyed yyyy-MM. */
    public static ServiceRateTable byMonth(ReportPeriod period, Map<String, ServiceRateCounts> during) {
        List<Row> rows = new ArrayList<>();
        ServiceRateCounts total = ServiceRateCounts.ZERO;
        for (ReportPeriod part : period.months()) {
            ServiceRateCounts c = during.getOrDefault(part.monthKey(), ServiceRateCounts.ZERO);
            rows.add(new Row(part.monthKey(), TimelinessTable.monthName(part), c));
            total = total.plus(c);
        }
        return new ServiceRateTable(rows, total);
    }

    /** Whether no count of any row is negative. */
    public boolean nonNegative() {
        return total.nonNegative() && rows.stream().allMatch(r -> r.counts().nonNegative());
    }
}
