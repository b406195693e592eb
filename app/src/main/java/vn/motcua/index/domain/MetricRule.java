package vn.motcua.index.domain;

/**
 * How one metric of a rule set is scored: its group, maximum points, formula, what an empty denominator gives, the
 * level its counts are taken at and whether its input is counts or a published ratio. Data, not code: a revision of
 * the index is a new rule set (platform.index_metric), read by {@link IndexScoring}.
 *
 * @param code the portal's metric code, e.g. {@code TDGQ_ON_TIME}
 * @param group the displayed group's code, e.g. {@code TDGQ}
 * @param maxScore maximum points; 0 for an informational metric, null for counts only
 * @param thresholdPct for {@link Formula#THRESHOLD}, the ratio from which full points are given (e.g. 80)
 */
public record MetricRule(String code, String group, int position, Double maxScore, Formula formula,
                         Double thresholdPct, EmptyDenominator emptyDenominator, Level level, Input input,
                         String nameVi, String nameEn) {

    /** How points follow from the ratio. */
    public enum Formula {
        /** score = ratio / 100 × max. */
        LINEAR,
        /** score = min(1, ratio / threshold) × max. */
        THRESHOLD,
        /** ratio 100 and full points whatever the counts (the portal's e-certified copies in 2026). */
        CONSTANT_FULL,
        /** a ratio is shown, no points (maximum 0). */
        INFORMATIONAL,
        /** counts only, no ratio and no points (the portal shows them beside a group scored otherwise). */
        COUNTS_ONLY
    }

    /** What a denominator of 0 (or no counts at all) gives. */
    public enum EmptyDenominator {
        /** ratio 0 and score 0. */
        ZERO,
        /** no ratio and no score; the group counts it as 0. */
        NONE,
        /** ratio 0 and full points (nothing to fail at: no petitions). */
        FULL
    }

    /** Where the counts are taken: per unit, or once for the province and the same for each of its units. */
    public enum Level { UNIT, PROVINCE }

    /** What a caller gives: a numerator and a denominator, or a ratio the portal publishes without its counts. */
    public enum Input { COUNTS, RATIO }

    public MetricRule {
        if (formula == Formula.THRESHOLD && (thresholdPct == null || thresholdPct <= 0 || thresholdPct > 100)) {
            throw new IllegalArgumentException(code + ": a threshold metric needs a threshold in (0, 100]");
        }
        if ((formula == Formula.COUNTS_ONLY) != (maxScore == null)) {
            throw new IllegalArgumentException(code + ": counts-only metrics, and only they, have no maximum");
        }
    }

    /** Whether this metric gives points (its maximum is above 0). */
    public boolean scored() {
        return maxScore != null && maxScore > 0;
    }

    /** The ratio from which full points are given: the threshold, or 100 for a linear metric. */
    public double fullFromPct() {
        return formula == Formula.THRESHOLD ? thresholdPct : 100.0;
    }
}
