package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;

/** Constructed cases: the portal's binary rounding, empty denominators, pooling, ranks, bands and refusals. */
class IndexScoringTest {

    private final IndexScoring engine = new IndexScoring(RuleSet2026.rules());

    @Test
    void halfCentsRoundAsTheDoublesGive() {
        // 15.25 % of 2 points: 0.305, times 100 is exactly 30.5 in binary: up to 0.31 (the fixture's H21.13 row)
        assertEquals(0.31, PortalArithmetic.points(15.25, 100, 2), 0.0);
        // 28.5 % of 1 point: 0.285 is 0.28499999999999998 in binary, times 100 is 28.499999999999996: down to
        // 0.28, where exact decimals give 0.29
        assertEquals(0.28, PortalArithmetic.points(28.5, 100, 1), 0.0);
        // 1.005 is 1.00499999999999989 in binary: 1.0, not 1.01
        assertEquals(1.0, PortalArithmetic.round2(1.005), 0.0);
        assertEquals(33.33, PortalArithmetic.ratioPct(1, 3), 0.0);
        assertEquals(66.67, PortalArithmetic.ratioPct(2, 3), 0.0);
    }

    @Test
    void thresholdsGiveFullPointsFromTheTarget() {
        MetricRule reuse = RuleSet2026.rules().metric("REUSED_DIGITIZED_DATA").orElseThrow();
        // 47/80 = 58.75 %: 58.75 / 80 x 2 = 1.46875 -> 1.47; 64/80 = 80 % and above: 2
        assertEquals(1.47, IndexScoring.metric(reuse, MetricInput.counts("REUSED_DIGITIZED_DATA", 47, 80)).score(), 0.0);
        assertEquals(2.0, IndexScoring.metric(reuse, MetricInput.counts("REUSED_DIGITIZED_DATA", 64, 80)).score(), 0.0);
        assertEquals(2.0, IndexScoring.metric(reuse, MetricInput.counts("REUSED_DIGITIZED_DATA", 79, 80)).score(), 0.0);
    }

    @Test
    void emptyDenominatorsAsTheRuleSetSays() {
        IndexRuleSet r = RuleSet2026.rules();
        MetricScore tdgq = IndexScoring.metric(r.metric("TDGQ_ON_TIME").orElseThrow(),
                MetricInput.counts("TDGQ_ON_TIME", 0, 0));
        assertEquals(0.0, tdgq.ratioPct(), 0.0);
        assertEquals(0.0, tdgq.score(), 0.0);
        MetricScore sync = IndexScoring.metric(r.metric("DOSSIER_SYNC").orElseThrow(),
                MetricInput.counts("DOSSIER_SYNC", 0, 0));
        assertNull(sync.ratioPct());
        assertNull(sync.score());
        MetricScore petitions = IndexScoring.metric(r.metric("PETITION_PROCESSING_ON_TIME").orElseThrow(),
                MetricInput.counts("PETITION_PROCESSING_ON_TIME", 0, 0));
        assertEquals(0.0, petitions.ratioPct(), 0.0);
        assertEquals(6.0, petitions.score(), 0.0);
        assertEquals(20.0, tdgq.pointsLost(), 0.0);
    }

    @Test
    void anAggregateIsScoredFromPooledCountsNotAsAMeanOfScores() {
        UnitInput a = new UnitInput("A", UnitKind.COMMUNE, List.of(MetricInput.counts("TDGQ_ON_TIME", 90, 100),
                MetricInput.counts("PUBLISH_ON_TIME", 1, 47)));
        UnitInput b = new UnitInput("B", UnitKind.COMMUNE, List.of(MetricInput.counts("TDGQ_ON_TIME", 10, 10),
                MetricInput.counts("PUBLISH_ON_TIME", 1, 47)));
        UnitInput province = engine.pool("P", UnitKind.PROVINCE, List.of(a, b), "units[2]");
        // 100/110 = 90.91 % -> 18.18 of 20; the mean of 18.00 and 20.00 would be 19.00
        assertEquals(100L, province.metric("TDGQ_ON_TIME").numerator());
        assertEquals(110L, province.metric("TDGQ_ON_TIME").denominator());
        // a province-level metric, the same counts in every unit, is taken once
        assertEquals(47L, province.metric("PUBLISH_ON_TIME").denominator());
        List<UnitScore> s = engine.score(List.of(a, b, province));
        assertEquals(18.0, s.get(0).groups().get("TDGQ"), 0.0);
        assertEquals(20.0, s.get(1).groups().get("TDGQ"), 0.0);
        assertEquals(18.18, s.get(2).groups().get("TDGQ"), 0.0);
        assertNotEquals((18.0 + 20.0) / 2, s.get(2).groups().get("TDGQ"));
        assertThrows(DomainException.class, () -> engine.pool("Q", UnitKind.PROVINCE,
                List.of(new UnitInput("C", UnitKind.COMMUNE, List.of(MetricInput.ratio("ONLINE", 50)))), "units[0]"));
    }

    @Test
    void competitionRanksShareAPlaceAndSkipTheNext() {
        int[] ranks = CompetitionRanks.of(new double[] {70.5, 80.25, 70.5, 60});
        assertEquals(List.of(2, 1, 2, 4), List.of(ranks[0], ranks[1], ranks[2], ranks[3]));
    }

    @Test
    void bandsByTotal() {
        IndexRuleSet r = RuleSet2026.rules();
        assertEquals("XUAT_SAC", r.band(90.0).code());
        assertEquals("TOT", r.band(89.99).code());
        assertEquals("TOT", r.band(80.0).code());
        assertEquals("YEU", r.band(0.0).code());
    }

    @Test
    void wrongInputIsRefusedByPath() {
        List<UnitInput> units = List.of(
                new UnitInput("A", UnitKind.AGENCY, List.of(MetricInput.counts("TDGQ_ON_TIME", 11, 10),
                        MetricInput.counts("NO_SUCH_METRIC", 1, 2), MetricInput.counts("ONLINE", 1, 2),
                        new MetricInput("DOSSIER_SYNC", 3L, null, null), MetricInput.ratio("TTTT", 101))),
                new UnitInput("A", UnitKind.AGENCY, List.of(MetricInput.ratio("TDGQ_ON_TIME", 50))));
        DomainException e = assertThrows(DomainException.class, () -> engine.score(units));
        assertEquals(List.of("units[0].metrics[0].numerator index.metric.numeratorAboveDenominator",
                        "units[0].metrics[1].code index.metric.unknown", "units[0].metrics[2].ratioPct index.metric.ratioRequired",
                        "units[0].metrics[3].denominator index.metric.bothCounts",
                        "units[0].metrics[4].ratioPct index.metric.ratioRange", "units[1].code index.unit.duplicate",
                        "units[1].metrics[0].ratioPct index.metric.countsRequired"),
                e.fieldErrors().stream().map(f -> f.field() + " " + f.messageKey()).toList());
    }

    @Test
    void aRuleSetWhoseMetricsDoNotAddUpToTheirGroupIsRefused() {
        IndexRuleSet r = RuleSet2026.rules();
        List<GroupRule> groups = r.groups().stream()
                .map(g -> g.code().equals("TDGQ") ? new GroupRule("TDGQ", g.position(), 25, "", "") : g).toList();
        assertThrows(IllegalArgumentException.class, () -> new IndexRuleSet("x", "", "", r.validFrom(), null, groups,
                r.metrics(), r.bands()));
    }
}
