package vn.motcua.index.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One effective-dated version of the index's rules (platform.index_rule_set and its groups, metrics and bands): in
 * force from {@code validFrom} to {@code validTo} (both included; open-ended when null). A revision by decree, or a
 * change the portal makes to how it scores, is a new rule set, not a code change.
 */
public record IndexRuleSet(String code, String name, String source, LocalDate validFrom, LocalDate validTo,
                           List<GroupRule> groups, List<MetricRule> metrics, List<Band> bands) {

    public IndexRuleSet {
        groups = groups.stream().sorted(Comparator.comparingInt(GroupRule::position)).toList();
        metrics = metrics.stream().sorted(Comparator.comparingInt(MetricRule::position)).toList();
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::minTotal).reversed()).toList();
        for (MetricRule m : metrics) {
            if (groups.stream().noneMatch(g -> g.code().equals(m.group()))) {
                throw new IllegalArgumentException(code + ": metric " + m.code() + " names no group of the set");
            }
        }
        for (GroupRule g : groups) {
            double sum = metrics.stream().filter(m -> m.group().equals(g.code()) && m.maxScore() != null)
                    .mapToDouble(MetricRule::maxScore).sum();
            if (Math.abs(sum - g.maxPoints()) > 1e-9) {
                throw new IllegalArgumentException(code + ": the metrics of group " + g.code() + " add up to " + sum
                        + " points, not its " + g.maxPoints());
            }
        }
    }

    /** Whether the rule set is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Optional<MetricRule> metric(String metricCode) {
        return metrics.stream().filter(m -> m.code().equals(metricCode)).findFirst();
    }

    /** The metrics of each group, groups in display order. */
    public Map<GroupRule, List<MetricRule>> metricsByGroup() {
        Map<GroupRule, List<MetricRule>> byGroup = new LinkedHashMap<>();
        for (GroupRule g : groups) {
            byGroup.put(g, metrics.stream().filter(m -> m.group().equals(g.code())).toList());
        }
        return byGroup;
    }

    /** The band a total falls in; null below the lowest band. */
    public Band band(double total) {
        return bands.stream().filter(b -> total >= b.minTotal()).findFirst().orElse(null);
    }

    /** The rule set in force on {@code day} among {@code sets}. */
    public static Optional<IndexRuleSet> inForce(List<IndexRuleSet> sets, LocalDate day) {
        return sets.stream().filter(s -> s.inForceOn(day)).findFirst();
    }

    /**
     * The rule set a year's targets are measured against: the one in force on its last day; for a year before the
     * first rule set, that first one (a province set its index targets before the product kept the rules, under the
     * same decision); for a year after the last one ended, that last one. Empty when there is no rule set at all.
     */
    public static Optional<IndexRuleSet> forYear(List<IndexRuleSet> sets, int year) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return inForce(sets, last).or(() -> sets.stream().filter(s -> s.validFrom().isAfter(last))
                .min(Comparator.comparing(IndexRuleSet::validFrom))).or(() -> sets.stream()
                .max(Comparator.comparing(IndexRuleSet::validFrom)));
    }

    /** A group's maximum points, by its code; empty when the set has no such group. */
    public java.util.OptionalDouble groupPoints(String groupCode) {
        return groups.stream().filter(g -> g.code().equals(groupCode)).mapToDouble(GroupRule::maxPoints).findFirst();
    }
}
