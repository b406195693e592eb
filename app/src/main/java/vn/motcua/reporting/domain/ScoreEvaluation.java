package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.targets.domain.Direction;

/**
 * A target on an index score (the total or a group's points) against the score of its period so far: the score of
 * the period from its start to the day measured to, the score of each month alone (the trend), and the status. A
 * score is not a sum of counts, so it is not projected: before the deadline a target is ON_TRACK when the score so
 * far reaches it and AT_RISK otherwise; from the deadline on, MET or MISSED.
 *
 * @param shortBy the points short of the target (0 when reached), rounded to the cent
 */
public record ScoreEvaluation(List<Month> months, double actual, TargetStatus status, double shortBy) {

    /** One month's own score (null: nothing to score that month). */
    public record Month(YearMonth month, Double score) { }

    public static ScoreEvaluation of(List<Month> months, double actual, LocalDate measuredTo, LocalDate end,
                                     Direction direction, BigDecimal target) {
        double t = target.doubleValue();
        double gap = direction == Direction.AT_LEAST ? t - actual : actual - t;
        boolean reached = gap <= 1e-9;
        boolean over = !measuredTo.isBefore(end);
        TargetStatus status = over ? (reached ? TargetStatus.MET : TargetStatus.MISSED)
                : (reached ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK);
        return new ScoreEvaluation(List.copyOf(months), actual, status,
                reached ? 0 : Math.round(gap * 100) / 100.0);
    }

    public boolean misses() {
        return status == TargetStatus.AT_RISK || status == TargetStatus.MISSED;
    }
}
