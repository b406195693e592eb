package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine against the national portal's published scores (test resources index766/, see the shared fixture's
 * README): Gia Lai's 14 agencies and first 6 communes on 10/10/2026, every metric, group and total to the cent, and the
 * 34 provinces' order of 17/09/2026.
 */
class IndexScoringFixtureTest {

    private static final List<String> GROUPS = List.of("CKMB", "TDGQ", "ONLINE", "TTTT", "MDSH", "MDHL");

    private final IndexScoring engine = new IndexScoring(RuleSet2026.rules());

    /** The fixture's units as scoreIndex would receive them: counts per metric, ONLINE and TTTT as ratios. */
    static List<UnitInput> giaLaiUnits() {
        Map<String, List<MetricInput>> metrics = new LinkedHashMap<>();
        Map<String, UnitKind> kinds = new LinkedHashMap<>();
        for (Map<String, String> row : FixtureCsv.read("gia-lai-2026-10-10-metrics.csv")) {
            kinds.put(row.get("unit_code"), UnitKind.valueOf(row.get("unit_kind")));
            metrics.computeIfAbsent(row.get("unit_code"), c -> new ArrayList<>()).add(new MetricInput(
                    row.get("metric_code"), whole(row.get("numerator")), whole(row.get("denominator")), null));
        }
        for (Map<String, String> row : FixtureCsv.read("gia-lai-2026-10-10-groups.csv")) {
            List<MetricInput> m = metrics.get(row.get("unit_code"));
            m.add(MetricInput.ratio("ONLINE", Double.parseDouble(row.get("ONLINE_ratio_pct"))));
            m.add(MetricInput.ratio("TTTT", Double.parseDouble(row.get("TTTT_ratio_pct"))));
        }
        List<UnitInput> units = new ArrayList<>();
        metrics.forEach((code, m) -> units.add(new UnitInput(code, kinds.get(code), m)));
        return units;
    }

    private static Long whole(String cell) {
        return cell.isEmpty() ? null : Long.valueOf(cell);
    }

    private Map<String, UnitScore> scored() {
        Map<String, UnitScore> byCode = new LinkedHashMap<>();
        for (UnitScore s : engine.score(giaLaiUnits())) {
            byCode.put(s.code(), s);
        }
        return byCode;
    }

    @Test
    void everyPublishedMetricScoreAndRatioToTheCent() {
        Map<String, UnitScore> scored = scored();
        int scores = 0;
        int ratios = 0;
        for (Map<String, String> row : FixtureCsv.read("gia-lai-2026-10-10-metrics.csv")) {
            String where = row.get("unit_code") + " " + row.get("metric_code");
            MetricScore m = scored.get(row.get("unit_code")).metrics().stream()
                    .filter(x -> x.code().equals(row.get("metric_code"))).findFirst().orElseThrow();
            if (!row.get("score").isEmpty()) {
                assertEquals(Double.parseDouble(row.get("score")), m.score(), 0.0, where);
                scores++;
            } else {
                assertEquals(null, m.score(), where + ": published without a score");
            }
            if (!row.get("ratio_pct").isEmpty()) {
                assertEquals(Double.parseDouble(row.get("ratio_pct")), m.ratioPct(), 0.0, where);
                ratios++;
            }
            if (!row.get("max_score").isEmpty()) {
                assertEquals(Double.parseDouble(row.get("max_score")), m.maxScore(), 0.0, where);
            }
        }
        assertEquals(293, scores, "rows with a published score");
        assertEquals(333, ratios, "rows with a published ratio");
    }

    @Test
    void everyGroupScoreTotalAndRankWithinKind() {
        Map<String, UnitScore> scored = scored();
        for (Map<String, String> row : FixtureCsv.read("gia-lai-2026-10-10-groups.csv")) {
            UnitScore u = scored.get(row.get("unit_code"));
            for (String g : GROUPS) {
                assertEquals(Double.parseDouble(row.get(g)), u.groups().get(g), 0.0, row.get("unit_code") + " " + g);
            }
            assertEquals(Double.parseDouble(row.get("total")), u.total(), 0.0, row.get("unit_code") + " total");
            assertEquals(Integer.parseInt(row.get("group_rank")), u.kindRank(), row.get("unit_code") + " rank");
        }
    }

    @Test
    void theProvincesComeOutInThePublishedOrder() {
        List<Map<String, String>> provinces = FixtureCsv.read("provinces-2026-09-17.csv");
        double[] totals = provinces.stream().mapToDouble(p -> Double.parseDouble(p.get("total"))).toArray();
        int[] ranks = CompetitionRanks.of(totals);
        for (int i = 0; i < provinces.size(); i++) {
            Map<String, String> p = provinces.get(i);
            assertEquals(Integer.parseInt(p.get("order")), ranks[i], p.get("province_name"));
            List<Double> groups = GROUPS.stream().map(g -> Double.parseDouble(p.get(g))).toList();
            assertEquals(Double.parseDouble(p.get("total")), PortalArithmetic.sum(groups), 0.0,
                    p.get("province_name") + ": total = sum of its groups");
        }
    }
}
