package vn.motcua.index.domain;

/**
 * One metric's result for a unit: the counts it came from (null when given as a ratio or not given), the ratio in
 * percent, the points and the maximum. ratioPct and score are null where the rule set says an empty denominator
 * gives nothing, or where the metric was not given; {@code given} tells the two apart.
 */
public record MetricScore(String code, String group, Long numerator, Long denominator, Double ratioPct, Double score,
                          Double maxScore, boolean given) {

    /** Points this metric leaves on the table: its maximum less its score (0 for unscored metrics). */
    public double pointsLost() {
        if (maxScore == null || maxScore == 0) {
            return 0;
        }
        return PortalArithmetic.round2(maxScore - (score == null ? 0 : score));
    }
}
