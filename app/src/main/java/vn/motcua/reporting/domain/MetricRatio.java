package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate as the counts it is made of: {@code numerator} of {@code denominator} dossiers. Rates over several days,
 * months or units are the sums of their counts divided, never averages of rates.
 */
public record MetricRatio(long numerator, long denominator) {

    public static final MetricRatio ZERO = new MetricRatio(0, 0);

    public MetricRatio plus(MetricRatio o) {
        return new MetricRatio(numerator + o.numerator, denominator + o.denominator);
    }

    /** In percent, 2 decimals (half up); null when there is nothing to divide by. */
    public BigDecimal percent() {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
