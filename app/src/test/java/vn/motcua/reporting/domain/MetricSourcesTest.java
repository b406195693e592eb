package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.motcua.targets.domain.Metric;

class MetricSourcesTest {

    /** 3 online and 2 in person received; 4 early, 5 on time, 1 late. */
    static final FactSums F = new FactSums(3, 2, 4, 5, 1, 0);

    /**
     * 2 online, 5 in person, 1 postal received (8), 6 of them digitised; 4 fee-bearing, 3 paid online; 10 finished,
     * 7 with an electronic result; rated 1×1, 2×0, 3×2, 4×3, 5×4 (10 ratings, 7 of them 4 or 5).
     */
    static final ServiceRateCounts R = new ServiceRateCounts(2, 5, 1, 6, 4, 3, 10, 7, 0, 0, 0, 0, 1, 0, 2, 3, 4);

    static final MetricFacts BOTH = new MetricFacts(F, R);

    @Test
    void onTimeIsEarlyPlusOnTimeOfFinishedAndOnlineIsOnlineOfReceived() {
        assertEquals(new MetricRatio(9, 10), MetricSources.of(Metric.ON_TIME_RATE).apply(BOTH));
        assertEquals(new MetricRatio(3, 5), MetricSources.of(Metric.ONLINE_SUBMISSION_RATE).apply(BOTH));
        assertNull(MetricSources.whyNot(Metric.ON_TIME_RATE));
    }

    @Test
    void serviceRateMetricsReadTheirCounters() {
        assertEquals(new MetricRatio(3, 4), MetricSources.of(Metric.ONLINE_PAYMENT_RATE).apply(BOTH));
        assertEquals(new MetricRatio(6, 8), MetricSources.of(Metric.DIGITISATION_RATE).apply(BOTH));
        assertEquals(new MetricRatio(6, 8), MetricSources.of(Metric.DIGITISED_DOSSIER_RATE).apply(BOTH));
        assertEquals(new MetricRatio(7, 10), MetricSources.of(Metric.DIGITISED_RESULT_RATE).apply(BOTH));
        assertEquals(new MetricRatio(7, 10), MetricSources.of(Metric.SATISFACTION_RATE).apply(BOTH));
        assertNull(MetricSources.whyNot(Metric.SATISFACTION_RATE));
        assertEquals(new MetricRatio(0, 0), MetricSources.of(Metric.SATISFACTION_RATE).apply(MetricFacts.ZERO));
    }

    @Test
    void factsOfMonthsAddUp() {
        MetricFacts two = BOTH.plus(new MetricFacts(null, R));
        assertEquals(new MetricRatio(12, 16), MetricSources.of(Metric.DIGITISATION_RATE).apply(two));
        assertEquals(new MetricRatio(9, 10), MetricSources.of(Metric.ON_TIME_RATE).apply(two));
    }

    @Test
    void theOthersSayWhyTheyAreNotComputed() {
        assertNull(MetricSources.of(Metric.DIGITISED_REUSE_RATE));
        assertEquals(MetricSources.NotComputed.NO_REUSE_DATA, MetricSources.whyNot(Metric.DIGITISED_REUSE_RATE));
        assertEquals("the product does not hold data on the reuse of digitised documents yet",
                MetricSources.whyNot(Metric.DIGITISED_REUSE_RATE).text());
        assertEquals(MetricSources.NotComputed.AWAITING_INDEX, MetricSources.whyNot(Metric.INDEX_TOTAL));
        assertEquals("awaiting the index, issue 14", MetricSources.whyNot(Metric.INDEX_GROUP_SCORE).text());
    }

    @Test
    void ratesAreSummedCountsDivided() {
        MetricRatio both = new MetricRatio(1, 3).plus(new MetricRatio(99, 100));
        assertEquals(new MetricRatio(100, 103), both);
        assertEquals("97.09", both.percent().toPlainString());
    }
}
