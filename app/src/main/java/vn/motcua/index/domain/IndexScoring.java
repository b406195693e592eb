package vn.motcua.index.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The scoring engine: metric counts in, metric scores, group scores, total, band and competition ranks out, by one
 * rule set. Plain Java on the portal's arithmetic ({@link PortalArithmetic}): ratios from numerator and denominator,
 * never from a rounded percentage given back; points from the two-decimal ratio as the portal publishes it; group
 * scores the sums of their metrics' scores, the total the sum of the group scores. Aggregates of units are scored from
 * pooled counts ({@link #pool}), never as a mean of unit scores.
 */
public final class IndexScoring {

    private final IndexRuleSet rules;

    public IndexScoring(IndexRuleSet rules) {
        this.rules = rules;
    }

    public IndexRuleSet rules() {
        return rules;
    }

    /** Scores the units together (ranks are among them); refuses the whole request if any input is wrong. */
    public List<UnitScore> score(List<UnitInput> units) {
        List<FieldError> errors = check(units);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        List<UnitScore> unranked = units.stream().map(this::unit).toList();
        double[] totals = unranked.stream().mapToDouble(UnitScore::total).toArray();
        int[] ranks = CompetitionRanks.of(totals);
        List<UnitScore> scored = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            UnitScore u = unranked.get(i);
            scored.add(new UnitScore(u.code(), u.kind(), u.total(), u.band(), ranks[i], kindRank(unranked, i),
                    u.groups(), u.metrics(), u.missing()));
        }
        return scored;
    }

    private static int kindRank(List<UnitScore> units, int i) {
        UnitScore u = units.get(i);
        return 1 + (int) units.stream().filter(o -> o.kind() == u.kind() && o.total() > u.total()).count();
    }

    private UnitScore unit(UnitInput in) {
        Map<String, Double> groups = new LinkedHashMap<>();
        List<MetricScore> metrics = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<GroupRule, List<MetricRule>> g : rules.metricsByGroup().entrySet()) {
            List<Double> scores = new ArrayList<>();
            for (MetricRule rule : g.getValue()) {
                MetricScore s = metric(rule, in.metric(rule.code()));
                metrics.add(s);
                scores.add(s.score());
                if (!s.given()) {
                    missing.add(rule.code());
                }
            }
            groups.put(g.getKey().code(), PortalArithmetic.sum(scores));
        }
        double total = PortalArithmetic.sum(groups.values());
        return new UnitScore(in.code(), in.kind(), total, rules.band(total), 0, 0, groups, metrics, missing);
    }

    /** One metric's ratio and points from what was given for it (null: not given). */
    public static MetricScore metric(MetricRule rule, MetricInput in) {
        if (in == null) {
            return new MetricScore(rule.code(), rule.group(), null, null, null, null, rule.maxScore(), false);
        }
        Long n = in.numerator();
        Long d = in.denominator();
        Double max = rule.maxScore();
        return switch (rule.formula()) {
            case COUNTS_ONLY -> new MetricScore(rule.code(), rule.group(), n, d, null, null, null, true);
            case CONSTANT_FULL -> new MetricScore(rule.code(), rule.group(), n, d, 100.0, max, max, true);
            case INFORMATIONAL -> new MetricScore(rule.code(), rule.group(), n, d,
                    d != null && d > 0 ? PortalArithmetic.ratioPct(n, d) : 0.0, null, max, true);
            case LINEAR, THRESHOLD -> scored(rule, in);
        };
    }

    private static MetricScore scored(MetricRule rule, MetricInput in) {
        Long n = in.numerator();
        Long d = in.denominator();
        double max = rule.maxScore();
        Double ratio;
        if (in.isRatio()) {
            ratio = in.ratioPct();
        } else if (d == null || d == 0) {
            return switch (rule.emptyDenominator()) {
                case ZERO -> new MetricScore(rule.code(), rule.group(), n, d, 0.0, 0.0, max, true);
                case NONE -> new MetricScore(rule.code(), rule.group(), n, d, null, null, max, true);
                case FULL -> new MetricScore(rule.code(), rule.group(), n, d, 0.0, max, max, true);
            };
        } else {
            ratio = PortalArithmetic.ratioPct(n, d);
        }
        return new MetricScore(rule.code(), rule.group(), n, d, ratio,
                PortalArithmetic.points(ratio, rule.fullFromPct(), max), max, true);
    }

    /**
     * An aggregate of units (a province from its units, a merged province, a group of communes) as one unit: each
     * metric's numerators and denominators summed over the members. A province-level metric (the same counts copied
     * to every unit of a province) is taken once when all members carry the same counts, summed otherwise (members
     * from different provinces). A metric given as a ratio cannot be pooled: refused. A metric some member lacks is
     * not pooled (missing in the aggregate).
     */
    public UnitInput pool(String code, UnitKind kind, List<UnitInput> members, String path) {
        List<MetricInput> pooled = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (MetricRule rule : rules.metrics()) {
            List<MetricInput> given = members.stream().map(m -> m.metric(rule.code())).toList();
            if (given.isEmpty() || given.stream().anyMatch(g -> g == null)) {
                continue;
            }
            if (given.stream().anyMatch(MetricInput::isRatio)) {
                errors.add(new FieldError(path, "index.pool.ratio", rule.code()));
                continue;
            }
            boolean once = rule.level() == MetricRule.Level.PROVINCE
                    && given.stream().map(g -> g.numerator() + "/" + g.denominator()).distinct().count() == 1;
            pooled.add(once ? given.get(0) : sum(rule.code(), given));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new UnitInput(code, kind, pooled);
    }

    private static MetricInput sum(String code, List<MetricInput> given) {
        if (given.stream().anyMatch(g -> g.denominator() == null)) {
            return new MetricInput(code, null, null, null);
        }
        long n = given.stream().mapToLong(MetricInput::numerator).sum();
        long d = given.stream().mapToLong(MetricInput::denominator).sum();
        return MetricInput.counts(code, n, d);
    }

    /** What is wrong with the inputs, each refusal named by its path ({@code units[2].metrics[0].numerator}). */
    public List<FieldError> check(List<UnitInput> units) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            UnitInput u = units.get(i);
            String at = "units[" + i + "]";
            if (!codes.add(u.code())) {
                errors.add(new FieldError(at + ".code", "index.unit.duplicate", u.code()));
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < u.metrics().size(); j++) {
                checkMetric(u.metrics().get(j), at + ".metrics[" + j + "]", seen, errors);
            }
        }
        return errors;
    }

    private void checkMetric(MetricInput m, String at, Set<String> seen, List<FieldError> errors) {
        MetricRule rule = rules.metric(m.code()).orElse(null);
        if (rule == null) {
            errors.add(new FieldError(at + ".code", "index.metric.unknown", m.code(), rules.code()));
            return;
        }
        if (!seen.add(m.code())) {
            errors.add(new FieldError(at + ".code", "index.metric.duplicate", m.code()));
        }
        if (rule.input() == MetricRule.Input.RATIO) {
            if (m.numerator() != null || m.denominator() != null || m.ratioPct() == null) {
                errors.add(new FieldError(at + ".ratioPct", "index.metric.ratioRequired", m.code()));
            } else if (m.ratioPct() < 0 || m.ratioPct() > 100) {
                errors.add(new FieldError(at + ".ratioPct", "index.metric.ratioRange", m.code()));
            }
            return;
        }
        if (m.ratioPct() != null) {
            errors.add(new FieldError(at + ".ratioPct", "index.metric.countsRequired", m.code()));
        } else if ((m.numerator() == null) != (m.denominator() == null)) {
            errors.add(new FieldError(at + (m.numerator() == null ? ".numerator" : ".denominator"),
                    "index.metric.bothCounts", m.code()));
        } else if (m.numerator() != null && (m.numerator() < 0 || m.denominator() < 0)) {
            errors.add(new FieldError(at + ".numerator", "index.metric.negative", m.code()));
        } else if (m.numerator() != null && m.numerator() > m.denominator()) {
            errors.add(new FieldError(at + ".numerator", "index.metric.numeratorAboveDenominator", m.code(),
                    m.numerator(), m.denominator()));
        }
    }
}
