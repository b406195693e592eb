package vn.motcua.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The timeliness report (table 06a) from the summed day facts: rows and their total. The total is the sum of the
 * rows' counts, never an average of their rates; for months the flows (received, finished) are added and the stocks
 * are the first month's carried over and the last month's open, since one month's open is the next one's carried
 * over.
 */
public record TimelinessTable(List<TimelinessRow> rows, TimelinessCounts total, FinishTimes totalFinishTimes) {

    public TimelinessTable {
        totalFinishTimes = totalFinishTimes == null ? FinishTimes.NONE : totalFinishTimes;
    }

    /** A table whose working days are not known (yet). */
    public TimelinessTable(List<TimelinessRow> rows, TimelinessCounts total) {
        this(rows, total, FinishTimes.NONE);
    }

    /** The key of the one row of an ungrouped report. */
    public static final String ALL = "ALL";

    /**
     * Rows by key (unit, field or procedure): {@code before} = each key's facts summed over the days before the
     * period, {@code during} = over the period. Keys with nothing to handle in the period are left out; rows in key
     * order.
     */
    public static TimelinessTable byKey(Map<String, FactSums> before, Map<String, FactSums> during,
                                        Function<String, String> names) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(during.keySet());
        List<TimelinessRow> rows = new ArrayList<>();
        TimelinessCounts total = TimelinessCounts.ZERO;
        for (String key : keys) {
            TimelinessCounts c = TimelinessCounts.of(before.getOrDefault(key, FactSums.ZERO),
                    during.getOrDefault(key, FactSums.ZERO));
            if (!c.empty()) {
                rows.add(new TimelinessRow(key, names.apply(key), c));
                total = total.plus(c);
            }
        }
        return new TimelinessTable(rows, total);
    }

    /** One row for the whole scope. */
    public static TimelinessTable single(FactSums before, FactSums during, String name) {
        TimelinessCounts c = TimelinessCounts.of(before, during);
        return new TimelinessTable(List.of(new TimelinessRow(ALL, name, c)), c);
    }

    /**
     * A row per month of the period (every month, also an empty one), keyed yyyy-MM: {@code before} = the facts
     * summed over the days before the period, {@code during} = per month key over the period's days of that month.
     * Each month carries over what was open at the end of the day before it.
     */
    public static TimelinessTable byMonth(ReportPeriod period, FactSums before, Map<String, FactSums> during) {
        List<TimelinessRow> rows = new ArrayList<>();
        FactSums upTo = before;
        TimelinessCounts total = null;
        for (ReportPeriod part : period.months()) {
            FactSums in = during.getOrDefault(part.monthKey(), FactSums.ZERO);
            TimelinessCounts c = TimelinessCounts.of(upTo, in);
            rows.add(new TimelinessRow(part.monthKey(), monthName(part), c));
            total = total == null ? c : total.then(c);
            upTo = upTo.plus(in);
        }
        return new TimelinessTable(rows, total);
    }

    /** "Tháng 10/2026". */
    static String monthName(ReportPeriod part) {
        return String.format("Tháng %02d/%d", part.from().getMonthValue(), part.from().getYear());
    }

    /**
     * The same rows with the working days of their dossiers finished with a result ({@code byKey}: per row key; for
     * the one row of an ungrouped report, {@link #ALL}); the total's are the rows' added up.
     */
    public TimelinessTable withFinishTimes(Map<String, FinishTimes> byKey) {
        List<TimelinessRow> out = new ArrayList<>(rows.size());
        FinishTimes sum = FinishTimes.NONE;
        for (TimelinessRow r : rows) {
            FinishTimes t = byKey.getOrDefault(r.key(), FinishTimes.NONE);
            out.add(new TimelinessRow(r.key(), r.name(), r.counts(), t));
            sum = sum.plus(t);
        }
        return new TimelinessTable(out, total, sum);
    }

    /** Whether every row and the total hold the identities of table 06a. */
    public boolean holdsIdentities() {
        return total.holdsIdentities() && rows.stream().allMatch(r -> r.counts().holdsIdentities());
    }
}
