package vn.motcua.index.domain;

import java.util.List;

/** One unit to score: its code, kind and inputs per metric (at most one each). */
public record UnitInput(String code, UnitKind kind, List<MetricInput> metrics) {

    public UnitInput {
        metrics = List.copyOf(metrics);
    }

    public MetricInput metric(String metricCode) {
        return metrics.stream().filter(m -> m.code().equals(metricCode)).findFirst().orElse(null);
    }
}
