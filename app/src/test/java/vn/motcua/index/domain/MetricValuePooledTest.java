package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One metric of several provinces (an absorbing one and those it absorbed) as one. */
class MetricValuePooledTest {

    static MetricRule rule(String code) {
        return RuleSet2026.rules().metric(code).orElseThrow();
    }

    @Test
    void provinceLevelCountsOfTwoProvincesAreSummed() {
        MetricValue pooled = MetricValue.pooled(rule("PUBLISH_ON_TIME"), List.of(
                MetricValue.counts("PUBLISH_ON_TIME", 40, 47, MetricSource.COMPUTED, List.of()),
                MetricValue.counts("PUBLISH_ON_TIME", 10, 13, MetricSource.COMPUTED, List.of())));
        assertEquals(50L, pooled.numerator());
        assertEquals(60L, pooled.denominator());
    }

    @Test
    void aRatioIsRecomputedFromTheSums() {
        MetricValue pooled = MetricValue.pooled(rule("ONLINE"), List.of(
                MetricValue.ratioOf("ONLINE", 1, 10, MetricSource.COMPUTED, List.of()),
                MetricValue.ratioOf("ONLINE", 90, 90, MetricSource.ENTERED, List.of())));
        // 91 / 100, not the mean of 10 % and 100 %
        assertEquals(91.0, pooled.ratioPct());
        assertEquals(MetricSource.ENTERED, pooled.source());
    }

    @Test
    void aMetricTakenByRuleStaysSoAndOneNobodyHasIsMissing() {
        MetricValue rule = new MetricValue("ELECTRONIC_CERTIFIED_COPY", null, null, null, MetricSource.RULE, List.of());
        assertEquals(rule, MetricValue.pooled(rule("ELECTRONIC_CERTIFIED_COPY"), List.of(rule, rule)));
        assertEquals(MetricSource.MISSING, MetricValue.pooled(rule("DOSSIER_SYNC"),
                Arrays.asList(MetricValue.missing("DOSSIER_SYNC"), null)).source());
    }
}
