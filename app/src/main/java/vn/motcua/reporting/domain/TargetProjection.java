package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where a rate will stand at a target's deadline if the recent trend goes on: the value a target is judged on at its
 * deadline is the rate over its whole period (the year up to the deadline), so the projection is <b>cumulative</b> —
 * the counts so far plus the counts projected for the days left:
 * <ol>
 *   <li>the <b>window</b>: the last {@value #WINDOW} complete months of the period (months ended on or before the
 *       day measured to; the current, partial month is left out: it holds only the dossiers that ended early);</li>
 *   <li>the <b>trend</b>: a straight line through the window's monthly rates (numerator / denominator) by least
 *       squares <b>weighted by each month's denominator</b>, so that a month of three dossiers does not tilt the line
 *       as much as a month of three hundred (its weighted mean is the window's summed rate); months without
 *       dossiers carry no rate; one month, or all in one month, gives a flat line at its rate; no month in the window
 *       with dossiers: flat at the rate so far;</li>
 *   <li>the <b>volume</b> of each month left: the window's mean monthly denominator (months without dossiers
 *       counted as zero), in proportion to the month's days left before the deadline; with no complete month yet,
 *       the volume per day so far;</li>
 *   <li>each month left gets the line's rate at that month, kept within 0–100 %, times its volume; the projection is
 *       (numerator so far + projected numerators) / (denominator so far + projected denominators).</li>
 * </ol>
 * Why not the rate of the last month alone: monthly rates of a small unit jump by tens of percent. Why not the line's
 * value at the deadline: a target is met or missed over the period, and the months already done weigh in it. The
 * window stays inside the target's period (a year), so January projects from the partial month only.
 */
public final class TargetProjection {

    /** The number of complete months the trend is fitted on. */
    public static final int WINDOW = 6;

    /** One month's counts (the period's first and last months may be partial). */
    public record Month(YearMonth month, MetricRatio ratio) { }

    /** The projected counts at the deadline (fractions of dossiers: a mean). */
    public record Projected(double numerator, double denominator) {

        /** In percent, 2 decimals (half up). */
        public BigDecimal percent() {
            return BigDecimal.valueOf(numerator * 100 / denominator).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private TargetProjection() { }

    /**
     * @param months every month from the period's start to {@code measuredTo}, in order, zero ones included
     * @param start the period's first day
     * @param measuredTo the last day counted in {@code months}
     * @param end the deadline (the period's last day); on or before {@code measuredTo}, the counts so far
     * @return null when there are no dossiers to project from
     */
    public static Projected project(List<Month> months, LocalDate start, LocalDate measuredTo, LocalDate end) {
        MetricRatio sofar = months.stream().map(Month::ratio).reduce(MetricRatio.ZERO, MetricRatio::plus);
        if (sofar.denominator() == 0) {
            return null;
        }
        if (!end.isAfter(measuredTo)) {
            return new Projected(sofar.numerator(), sofar.denominator());
        }
        List<Month> complete = months.stream().filter(m -> !m.month().atEndOfMonth().isAfter(measuredTo)).toList();
        List<Month> window = complete.subList(Math.max(0, complete.size() - WINDOW), complete.size());
        Line line = Line.fit(window, sofar);
        double numerator = sofar.numerator();
        double denominator = sofar.denominator();
        long windowVolume = window.stream().mapToLong(m -> m.ratio().denominator()).sum();
        double perDay = (double) sofar.denominator() / (ChronoUnit.DAYS.between(start, measuredTo) + 1);
        for (YearMonth m = YearMonth.from(measuredTo.plusDays(1)); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            LocalDate from = later(m.atDay(1), measuredTo.plusDays(1));
            LocalDate to = end.isBefore(m.atEndOfMonth()) ? end : m.atEndOfMonth();
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            double volume = window.isEmpty() ? perDay * days
                    : (double) windowVolume / window.size() * days / m.lengthOfMonth();
            numerator += volume * line.at(m);
            denominator += volume;
        }
        return new Projected(numerator, denominator);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static double index(YearMonth m) {
        return m.getYear() * 12.0 + m.getMonthValue() - 1;
    }

    /** rate(x) = mean + slope · (x − meanX), kept within 0..1. */
    record Line(double meanX, double mean, double slope) {

        static Line fit(List<Month> window, MetricRatio sofar) {
            double w = 0;
            double wx = 0;
            double n = 0;
            for (Month m : window) {
                w += m.ratio().denominator();
                wx += m.ratio().denominator() * index(m.month());
                n += m.ratio().numerator();
            }
            if (w == 0) {
                return new Line(0, (double) sofar.numerator() / sofar.denominator(), 0);
            }
            double meanX = wx / w;
            double mean = n / w;
            double sxy = 0;
            double sxx = 0;
            for (Month m : window) {
                double d = m.ratio().denominator();
                if (d > 0) {
                    double dx = index(m.month()) - meanX;
                    sxy += d * dx * ((double) m.ratio().numerator() / d - mean);
                    sxx += d * dx * dx;
                }
            }
            return new Line(meanX, mean, sxx == 0 ? 0 : sxy / sxx);
        }

        double at(YearMonth m) {
            return Math.max(0, Math.min(1, mean + slope * (index(m) - meanX)));
        }
    }
}
