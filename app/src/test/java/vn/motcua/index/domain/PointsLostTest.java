package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sharing a province's lost points among units in proportion to their shortfalls. */
class PointsLostTest {

    @Test
    void sharesAddUpToWhatEachMetricLostMostFirst() {
        IndexScoring engine = new IndexScoring(RuleSet2026.rules());
        // the province: 70 of 100 on time (14 of 20 points: 6 lost); 60 of 100 digitised (2.4 of 4: 1.6 lost)
        UnitScore province = engine.score(List.of(new UnitInput("H48", UnitKind.PROVINCE, List.of(
                MetricInput.counts("TDGQ_ON_TIME", 70, 100),
                MetricInput.counts("SO_HOA_GIAY_TO_GIAI_QUYET", 60, 100),
                // at 100 %: nothing lost, whatever a unit's shortfall
                MetricInput.counts("ORIGINAL_RESULT_AVAILABLE", 10, 10))))).get(0);
        List<PointsLost.Cost> costs = PointsLost.rank(province, Map.of(
                "TDGQ_ON_TIME", Map.of("A", 20L, "B", 10L),
                "SO_HOA_GIAY_TO_GIAI_QUYET", Map.of("A", 10L, "B", 30L),
                "ORIGINAL_RESULT_AVAILABLE", Map.of("C", 5L)));
        // A: 6 × 20/30 + 1.6 × 10/40 = 4 + 0.4 = 4.4; B: 6 × 10/30 + 1.6 × 30/40 = 2 + 1.2 = 3.2; C: nothing
        assertEquals(List.of("A", "B"), costs.stream().map(PointsLost.Cost::key).toList());
        assertEquals(4.4, costs.get(0).points(), 0.0);
        assertEquals(3.2, costs.get(1).points(), 0.0);
        assertEquals(Map.of("TDGQ_ON_TIME", 2.0, "SO_HOA_GIAY_TO_GIAI_QUYET", 1.2), costs.get(1).pointsByMetric());
        assertEquals(Map.of("TDGQ_ON_TIME", 10L, "SO_HOA_GIAY_TO_GIAI_QUYET", 30L), costs.get(1).shortfall());
    }
}
