package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates of the reports: always from summed counts, never an average of rates. */
public final class Percent {

    private Percent() { }

    /** part / whole in percent, two decimals (half up); null when whole is 0. */
    public static BigDecimal of(long part, long whole) {
        return ratio(part * 100L, whole);
    }

    /** a / b with two decimals (half up); null when b is 0. */
    public static BigDecimal ratio(long a, long b) {
        if (b == 0) {
            return null;
        }
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
    }
}
