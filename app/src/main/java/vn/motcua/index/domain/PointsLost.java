package vn.motcua.index.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who costs the province its points: each scored metric's points lost (its maximum less the province's score) shared
 * among units (or procedures) in proportion to the dossiers each has short of the target, so that the shares add up
 * to what the metric lost. A metric at or above its threshold loses nothing, whatever its shortfall.
 */
public final class PointsLost {

    /** One unit's (or procedure's) cost: points over every metric, and per metric its points and its shortfall. */
    public record Cost(String key, double points, Map<String, Double> pointsByMetric, Map<String, Long> shortfall) { }

    private PointsLost() {
    }

    /**
     * @param province   the province's score, metric by metric
     * @param shortfalls per metric code, the shortfall counts by key (unit or procedure code)
     * @return the keys that cost points, most first (then by key)
     */
    public static List<Cost> rank(UnitScore province, Map<String, Map<String, Long>> shortfalls) {
        Map<String, Map<String, Double>> byKey = new LinkedHashMap<>();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (MetricScore m : province.metrics()) {
            Map<String, Long> s = shortfalls.getOrDefault(m.code(), Map.of());
            long total = s.values().stream().mapToLong(Long::longValue).sum();
            double lost = m.pointsLost();
            if (total == 0 || lost == 0) {
                continue;
            }
            s.forEach((key, n) -> {
                if (n > 0) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(m.code(), lost * n / total);
                    counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(m.code(), n);
                }
            });
        }
        List<Cost> out = new ArrayList<>();
        byKey.forEach((key, perMetric) -> {
            Map<String, Double> rounded = new LinkedHashMap<>();
            double sum = 0;
            for (var e : perMetric.entrySet()) {
                rounded.put(e.getKey(), PortalArithmetic.round2(e.getValue()));
                sum += e.getValue();
            }
            out.add(new Cost(key, PortalArithmetic.round2(sum), rounded, counts.get(key)));
        });
        out.sort(Comparator.comparingDouble(Cost::points).reversed().thenComparing(Cost::key));
        return out;
    }
}
