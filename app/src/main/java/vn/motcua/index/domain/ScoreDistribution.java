package vn.motcua.index.domain;

import java.util.Arrays;
import java.util.Collection;

/**
 * How the units of a province spread on the index (issue 14 item 7): how many, the lowest, the quartiles by nearest
 * rank, the highest, and how many fall in each ten-point band (0–9.99, 10–19.99, …, 90–100, the last one closed).
 * Read from the units' published totals; a province is never described by their mean.
 */
public record ScoreDistribution(int count, Double min, Double q1, Double median, Double q3, Double max, int[] bins) {

    public static final int BINS = 10;

    public static ScoreDistribution of(Collection<Double> totals) {
        double[] sorted = totals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int[] bins = new int[BINS];
        for (double t : sorted) {
            bins[Math.min(BINS - 1, Math.max(0, (int) Math.floor(t / 10)))]++;
        }
        if (sorted.length == 0) {
            return new ScoreDistribution(0, null, null, null, null, null, bins);
        }
        return new ScoreDistribution(sorted.length, sorted[0], rank(sorted, 25), rank(sorted, 50), rank(sorted, 75),
                sorted[sorted.length - 1], bins);
    }

    /** Nearest rank: the smallest total with at least {@code p} % of the units at or below it. */
    static double rank(double[] sorted, int p) {
        int rank = (int) Math.max(1, ((long) sorted.length * p + 99) / 100);
        return sorted[rank - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreDistribution d && d.count == count && java.util.Objects.equals(d.min, min)
                && java.util.Objects.equals(d.q1, q1) && java.util.Objects.equals(d.median, median)
                && java.util.Objects.equals(d.q3, q3) && java.util.Objects.equals(d.max, max)
                && Arrays.equals(d.bins, bins);
    }

    @Override
    public int hashCode() {
        return count * 31 + Arrays.hashCode(bins);
    }

    @Override
    public String toString() {
        return "ScoreDistribution[" + count + ": " + min + " " + q1 + " " + median + " " + q3 + " " + max + " "
                + Arrays.toString(bins) + "]";
    }
}
