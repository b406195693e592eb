package vn.motcua.index.domain;

import java.util.List;

/**
 * One metric of one unit before scoring: its counts (null when not known), the ratio for a metric the rule set takes
 * as a ratio (computed here from the counts, as the portal does, so that it can be pooled from them), where it comes
 * from, and the dossiers (or procedures) that fall short, by the drill-down column that lists them.
 */
public record MetricValue(String code, Long numerator, Long denominator, Double ratioPct, MetricSource source,
                          List<Shortfall> shortfall) {

    /** A part of a metric's shortfall: a drill-down column (or a procedure code) and how many it counts. */
    public record Shortfall(String column, long count) { }

    public MetricValue {
        shortfall = shortfall == null ? List.of() : List.copyOf(shortfall);
    }

    public static MetricValue counts(String code, long numerator, long denominator, MetricSource source,
                                     List<Shortfall> shortfall) {
        return new MetricValue(code, numerator, denominator, null, source, shortfall);
    }

    /** Counts for a metric taken as a ratio: the ratio is the portal's, 0 when nothing divides. */
    public static MetricValue ratioOf(String code, long numerator, long denominator, MetricSource source,
                                      List<Shortfall> shortfall) {
        double ratio = denominator == 0 ? 0.0 : PortalArithmetic.ratioPct(numerator, denominator);
        return new MetricValue(code, numerator, denominator, ratio, source, shortfall);
    }

    public static MetricValue missing(String code) {
        return new MetricValue(code, null, null, null, MetricSource.MISSING, List.of());
    }

    /** What the scoring engine reads: the ratio when the rule set takes one, else the counts. */
    public MetricInput input() {
        if (source == MetricSource.MISSING) {
            return null;
        }
        return ratioPct != null ? MetricInput.ratio(code, ratioPct) : new MetricInput(code, numerator, denominator, null);
    }

    /** How many fall short: the denominator less the numerator, 0 when not counted. */
    public long shortBy() {
        return numerator == null || denominator == null ? 0 : Math.max(0, denominator - numerator);
    }

    /**
     * One metric of several units (or provinces) as one: their numerators and denominators summed over those that
     * have counts, the ratio recomputed from the sums where the rule set takes one, the weakest of their sources (a
     * simulated member makes it simulated; an entered one, entered), the parts of their shortfalls summed; missing
     * when none has counts (or the rule's own value, when they are all taken by rule). Never a mean of ratios.
     */
    public static MetricValue pooled(MetricRule rule, java.util.Collection<MetricValue> values) {
        long n = 0;
        long d = 0;
        boolean any = false;
        MetricSource source = MetricSource.COMPUTED;
        java.util.Map<String, Long> parts = new java.util.LinkedHashMap<>();
        for (MetricValue v : values) {
            if (v == null || v.source() == MetricSource.MISSING || v.numerator() == null) {
                continue;
            }
            any = true;
            n += v.numerator();
            d += v.denominator();
            if (v.source().ordinal() > source.ordinal()) {
                source = v.source();
            }
            v.shortfall().forEach(s -> parts.merge(s.column(), s.count(), Long::sum));
        }
        if (!any) {
            return values.stream().filter(v -> v != null && v.source() == MetricSource.RULE).findFirst()
                    .orElse(missing(rule.code()));
        }
        List<Shortfall> shortfall = parts.entrySet().stream().map(e -> new Shortfall(e.getKey(), e.getValue()))
                .toList();
        return rule.input() == MetricRule.Input.RATIO ? ratioOf(rule.code(), n, d, source, shortfall)
                : counts(rule.code(), n, d, source, shortfall);
    }
}
