package vn.motcua.index.domain;

/**
 * What a unit has for one metric: a numerator and a denominator (counts), or a ratio in percent for a metric whose
 * input the portal publishes only as a ratio. Counts are summed when units are pooled; ratios cannot be.
 */
public record MetricInput(String code, Long numerator, Long denominator, Double ratioPct) {

    public static MetricInput counts(String code, long numerator, long denominator) {
        return new MetricInput(code, numerator, denominator, null);
    }

    public static MetricInput ratio(String code, double ratioPct) {
        return new MetricInput(code, null, null, ratioPct);
    }

    public boolean isRatio() {
        return ratioPct != null;
    }
}
