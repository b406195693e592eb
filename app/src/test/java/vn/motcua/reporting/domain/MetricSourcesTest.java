package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.motcua.targets.domain.Metric;

class MetricSourcesTest {

    /** 3 online and 2 in person received; 4 early, 5 on time, 1 late. */
    static final FactSums F = new FactSums(3, 2, 4, 5, 1, 0);

    @Test
    void onTimeIsEarlyPlusOnTimeOfFinishedAndOnlineIsOnlineOfReceived() {
        assertEquals(new MetricRatio(9, 10), MetricSources.of(Metric.ON_TIME_RATE).apply(F));
        assertEquals(new MetricRatio(3, 5), MetricSources.of(Metric.ONLINE_SUBMISSION_RATE).apply(F));
        assertNull(MetricSources.whyNot(Metric.ON_TIME_RATE));
    }

    @Test
    void theOthersSayWhyTheyAreNotComputed() {
        assertNull(MetricSources.of(Metric.DIGITISATION_RATE));
        assertEquals(MetricSources.NotComputed.AWAITING_SERVICE_RATE_FACTS, MetricSources.whyNot(Metric.SATISFACTION_RATE));
        assertEquals(MetricSources.NotComputed.AWAITING_SERVICE_RATE_FACTS, MetricSources.whyNot(Metric.ONLINE_PAYMENT_RATE));
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
