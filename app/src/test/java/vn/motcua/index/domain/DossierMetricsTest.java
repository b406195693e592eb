package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index's metrics counted from a unit's dossiers, with hand-counted figures. */
class DossierMetricsTest {

    /**
     * 40 handled (30 received, 10 carried over): 25 finished early or on time or open within time, of which 2 were
     * asked for a supplement twice; 6 finished late, 9 open and overdue. Received 30: 12 online, 15 in person, 3 by
     * post; 21 digitised; 8 fee-bearing, 6 paid online. Finished 28, 20 with an electronic result. Rated 1: 1, 2: 3.
     */
    static final DossierCounts UNIT = new DossierCounts(40, 25, 6, 9, 2, 12, 15, 3, 21, 28, 20, 8, 6, 1, 3);

    @Test
    void eachMetricCountsWhatItsDefinitionSays() {
        Map<String, MetricValue> m = DossierMetrics.of(UNIT);
        // on time: 25 - 2 = 23 of 40; short by 6 late + 9 overdue + 2 asked twice = 17
        assertCounts(m.get("TDGQ_ON_TIME"), 23, 40, null);
        assertEquals(List.of(new MetricValue.Shortfall("finishedLate", 6), new MetricValue.Shortfall("openOverdue", 9),
                new MetricValue.Shortfall("supplementedTwiceInTime", 2)), m.get("TDGQ_ON_TIME").shortfall());
        assertEquals(17, m.get("TDGQ_ON_TIME").shortBy());
        // online 12 of 30 received = 40 %, kept as a ratio (the rule set takes ONLINE as a ratio)
        assertCounts(m.get("ONLINE"), 12, 30, 40.0);
        // paid online 6 of 8 fee-bearing = 75 %
        assertCounts(m.get("TTTT"), 6, 8, 75.0);
        assertCounts(m.get("TTTT_DOSSIER_PAYMENT"), 6, 8, null);
        assertCounts(m.get("ORIGINAL_RESULT_AVAILABLE"), 20, 28, null);
        assertCounts(m.get("SO_HOA_GIAY_TO_GIAI_QUYET"), 21, 30, null);
        assertEquals(9, m.get("SO_HOA_GIAY_TO_GIAI_QUYET").shortfall().get(0).count());
        // satisfaction: 40 - (17 not in time + 1 + 3 dissatisfied) = 19 of 40
        assertCounts(m.get("DOSSIER_RECEIVING_SATISFACTION"), 19, 40, null);
        m.values().forEach(v -> assertEquals(MetricSource.COMPUTED, v.source()));
    }

    @Test
    void nothingHandledGivesEmptyDenominatorsAndSatisfactionNeverGoesBelowZero() {
        Map<String, MetricValue> none = DossierMetrics.of(DossierCounts.ZERO);
        assertCounts(none.get("TDGQ_ON_TIME"), 0, 0, null);
        // nothing received: the ratio is 0 (scored 0), as the portal shows a unit with no dossier
        assertCounts(none.get("ONLINE"), 0, 0, 0.0);
        // 3 handled, all overdue and rated 1: 3 - 3 - 3 would be -3
        DossierCounts angry = new DossierCounts(3, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0);
        assertCounts(DossierMetrics.of(angry).get("DOSSIER_RECEIVING_SATISFACTION"), 0, 3, null);
    }

    @Test
    void aProvinceIsItsUnitsSummedAndScoredFromTheSums() {
        DossierCounts other = new DossierCounts(10, 10, 0, 0, 0, 10, 0, 0, 10, 10, 10, 0, 0, 0, 0);
        MetricValue province = DossierMetrics.of(UNIT.plus(other)).get("TDGQ_ON_TIME");
        assertCounts(province, 33, 50, null);
        MetricScore score = IndexScoring.metric(RuleSet2026.rules().metric("TDGQ_ON_TIME").orElseThrow(),
                province.input());
        // 33 / 50 = 66 % of 20 = 13.2; the mean of the units' scores would be (11.5 + 20) / 2 = 15.75
        assertEquals(13.2, score.score(), 0.0);
    }

    static void assertCounts(MetricValue v, long numerator, long denominator, Double ratio) {
        assertEquals(numerator, v.numerator(), v.code() + " numerator");
        assertEquals(denominator, v.denominator(), v.code() + " denominator");
        assertEquals(ratio, v.ratioPct(), v.code() + " ratio");
    }
}
