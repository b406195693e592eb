package vn.motcua.index.domain;

/**
 * The national portal's arithmetic, reproduced: binary floating point (IEEE 754 doubles) and rounding half up to two
 * decimals as {@code Math.round(x * 100) / 100} does. The published figures come out of that arithmetic, so where a
 * value lands on a half cent the result is whatever the double gives: 0.305 (from 15.25 % of 2 points) is 30.5 when
 * multiplied by 100 and rounds up to 0.31, but 0.285 is 28.499999999999996 and rounds down to 0.28, where exact
 * decimal arithmetic would give 0.29. Exact decimals would disagree with the portal in such cases (docs/index.md).
 */
public final class PortalArithmetic {

    private PortalArithmetic() { }

    /** Rounded half up to two decimals, as the portal rounds a double. */
    public static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** The ratio in percent, two decimals: numerator / denominator * 100 (the denominator is above 0). */
    public static double ratioPct(long numerator, long denominator) {
        return round2((double) numerator / denominator * 100);
    }

    /** Points for a ratio: full points from the threshold on (100 for a linear metric), in proportion below it. */
    public static double points(double ratioPct, double thresholdPct, double max) {
        return round2(Math.min(1.0, ratioPct / thresholdPct) * max);
    }

    /** A sum of scores in the given order (group scores, totals), rounded as the portal rounds it. */
    public static double sum(Iterable<Double> scores) {
        double s = 0;
        for (Double x : scores) {
            s += x == null ? 0 : x;
        }
        return round2(s);
    }
}
