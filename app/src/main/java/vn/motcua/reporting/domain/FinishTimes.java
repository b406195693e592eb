package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long the dossiers of a report row took to finish with a result, in working days (the duration facts, V16; the
 * measure per dossier is {@code DossierClock.workedHundredths}): how many, the sum of their hundredths of a working
 * day, and how many finished within each whole number of working days. Rows and periods add up (histograms and sums,
 * never averages), so the total's average and percentile are those of all its dossiers.
 *
 * <p>Average = Σ hundredths / count, in working days with two decimals (half up). 90th percentile = nearest rank:
 * the smallest whole N such that at least 90 % of the dossiers finished within N working days.
 */
public final class FinishTimes {

    public static final FinishTimes NONE = new FinishTimes(Map.of(), 0);

    private final Map<Integer, Long> withinDays;
    private final long count;
    private final long hundredths;

    private FinishTimes(Map<Integer, Long> withinDays, long hundredths) {
        TreeMap<Integer, Long> kept = new TreeMap<>(withinDays);
        kept.values().removeIf(n -> n == 0); // a fact row whose dossiers all moved on
        this.withinDays = Collections.unmodifiableMap(kept);
        this.count = withinDays.values().stream().mapToLong(Long::longValue).sum();
        this.hundredths = hundredths;
    }

    /** {@code withinDays}: whole working days (rounded up) → dossiers; {@code hundredths}: their summed measure. */
    public static FinishTimes of(Map<Integer, Long> withinDays, long hundredths) {
        for (Map.Entry<Integer, Long> e : withinDays.entrySet()) {
            if (e.getKey() < 0 || e.getValue() < 0) {
                throw new IllegalArgumentException("negative days or count: " + e);
            }
        }
        return new FinishTimes(withinDays, hundredths);
    }

    public FinishTimes plus(FinishTimes o) {
        if (o.count == 0 && o.hundredths == 0) {
            return this;
        }
        TreeMap<Integer, Long> sum = new TreeMap<>(withinDays);
        o.withinDays.forEach((days, n) -> sum.merge(days, n, Long::sum));
        return new FinishTimes(sum, hundredths + o.hundredths);
    }

    /** Dossiers measured (finished with a result). */
    public long count() {
        return count;
    }

    /** Their working days summed, in hundredths. */
    public long hundredths() {
        return hundredths;
    }

    /** Whole working days → dossiers finished within that many (and more than one fewer), in day order. */
    public Map<Integer, Long> withinDays() {
        return withinDays;
    }

    /** Average working days to finish, two decimals (half up); null when none finished with a result. */
    public BigDecimal average() {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(hundredths).divide(BigDecimal.valueOf(count * 100L), 2, RoundingMode.HALF_UP);
    }

    /** 90th percentile in whole working days (nearest rank); null when none finished with a result. */
    public Integer p90() {
        return percentile(90);
    }

    /** The smallest N with at least {@code p} % of the dossiers finished within N working days; null when none. */
    public Integer percentile(int p) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (count * p + 99) / 100); // ceil(p % of count): nearest rank
        long seen = 0;
        for (Map.Entry<Integer, Long> e : withinDays.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: rank " + rank + " of " + count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FinishTimes f && f.hundredths == hundredths && f.withinDays.equals(withinDays);
    }

    @Override
    public int hashCode() {
        return withinDays.hashCode() * 31 + Long.hashCode(hundredths);
    }

    @Override
    public String toString() {
        return "FinishTimes" + withinDays + " Σ" + hundredths;
    }
}
