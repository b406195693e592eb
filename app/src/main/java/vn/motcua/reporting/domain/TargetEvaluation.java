package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.targets.domain.Direction;

/**
 * One target (of the province, or of a unit) against its actual counts: the months of its period measured so far,
 * the actual value over them, the projection to the deadline and the status.
 *
 * @param months every month from the period's start to the day measured to, zero ones included
 * @param shortBy the dossiers short of the target at the deadline: for AT_LEAST, target × denominator − numerator,
 *                rounded up (for AT_MOST the excess); by the projection before the deadline, by the actual from it on;
 *                0 when the target is (projected to be) reached — how responsible a unit is for missing it
 */
public record TargetEvaluation(List<TargetProjection.Month> months, MetricRatio actual,
                               TargetProjection.Projected projected, TargetStatus status, long shortBy) {

    private static final double EPSILON = 1e-9;

    /**
     * @param byMonth the counts per month (absent = none)
     * @param start the period's first day
     * @param measuredTo the last day counted (the day asked for, or the deadline if that came first)
     * @param end the deadline (or the year's end)
     */
    public static TargetEvaluation of(Map<YearMonth, MetricRatio> byMonth, LocalDate start, LocalDate measuredTo,
                                      LocalDate end, Direction direction, BigDecimal target) {
        List<TargetProjection.Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !measuredTo.isBefore(start) && !m.isAfter(YearMonth.from(measuredTo));
             m = m.plusMonths(1)) {
            months.add(new TargetProjection.Month(m, byMonth.getOrDefault(m, MetricRatio.ZERO)));
        }
        MetricRatio actual = months.stream().map(TargetProjection.Month::ratio).reduce(MetricRatio.ZERO, MetricRatio::plus);
        TargetProjection.Projected projected = TargetProjection.project(months, start, measuredTo, end);
        boolean over = !measuredTo.isBefore(end);
        if (projected == null) {
            return new TargetEvaluation(months, actual, null, TargetStatus.NO_DATA, 0);
        }
        double t = target.doubleValue() / 100;
        double gap = direction == Direction.AT_LEAST ? t * projected.denominator() - projected.numerator()
                : projected.numerator() - t * projected.denominator();
        boolean reached = gap <= EPSILON;
        TargetStatus status = over ? (reached ? TargetStatus.MET : TargetStatus.MISSED)
                : (reached ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK);
        return new TargetEvaluation(months, actual, over ? null : projected, status,
                reached ? 0 : (long) Math.ceil(gap - EPSILON));
    }

    /** Whether the unit or province will miss (or missed) the target. */
    public boolean misses() {
        return status == TargetStatus.AT_RISK || status == TargetStatus.MISSED;
    }
}
