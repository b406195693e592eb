package vn.motcua.index.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.index.domain.DossierCounts;
import vn.motcua.index.domain.MetricSource;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.RuleSet2026;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.reporting.domain.ReportPeriod;

/** The province's values pooled from its units: sums of counts, the weakest source, province-wide values as they are. */
class PooledProvinceTest {

    static IndexCounts counts(Map<String, IndexCounts.Unit> units, Map<String, MetricValue> wide) {
        return new IndexCounts(RuleSet2026.rules(), new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                "H48", "Quảng Ngãi", units, wide);
    }

    static IndexCounts.Unit unit(String code, MetricValue... values) {
        Map<String, MetricValue> m = new LinkedHashMap<>();
        for (MetricValue v : values) {
            m.put(v.code(), v);
        }
        return new IndexCounts.Unit(code, code, UnitKind.AGENCY, DossierCounts.ZERO, m);
    }

    @Test
    void countsAreSummedRatiosRecomputedAndTheWeakestSourceShows() {
        Map<String, IndexCounts.Unit> units = new LinkedHashMap<>();
        units.put("A", unit("A", MetricValue.counts("TDGQ_ON_TIME", 90, 100, MetricSource.COMPUTED, List.of()),
                MetricValue.ratioOf("ONLINE", 1, 4, MetricSource.COMPUTED, List.of()),
                MetricValue.counts("DOSSIER_SYNC", 4, 4, MetricSource.ENTERED, List.of()),
                MetricValue.missing("PETITION_PROCESSING_ON_TIME")));
        units.put("B", unit("B", MetricValue.counts("TDGQ_ON_TIME", 10, 10, MetricSource.COMPUTED, List.of()),
                MetricValue.ratioOf("ONLINE", 3, 4, MetricSource.COMPUTED, List.of()),
                MetricValue.missing("DOSSIER_SYNC"),
                MetricValue.missing("PETITION_PROCESSING_ON_TIME")));
        MetricValue publish = MetricValue.counts("PUBLISH_ON_TIME", 1, 47, MetricSource.COMPUTED, List.of());
        IndexCounts c = counts(units, Map.of("PUBLISH_ON_TIME", publish));
        Map<String, MetricValue> p = TenantIndexService.pooled(c);
        // 100 / 110, computed
        assertEquals(100L, p.get("TDGQ_ON_TIME").numerator());
        assertEquals(110L, p.get("TDGQ_ON_TIME").denominator());
        assertEquals(MetricSource.COMPUTED, p.get("TDGQ_ON_TIME").source());
        // 4 / 8 = 50 %, not the mean of 25 % and 75 % by chance alone: the ratio is recomputed from the sums
        assertEquals(50.0, p.get("ONLINE").ratioPct());
        // only A entered it: the province's figure is A's, and says it was entered
        assertEquals(4L, p.get("DOSSIER_SYNC").denominator());
        assertEquals(MetricSource.ENTERED, p.get("DOSSIER_SYNC").source());
        assertEquals(MetricSource.MISSING, p.get("PETITION_PROCESSING_ON_TIME").source());
        // the province-wide value is taken as it is, once
        assertEquals(publish, p.get("PUBLISH_ON_TIME"));

        // a what-if on B makes the pooled figure a simulated one
        IndexCounts what = c.with("B", MetricValue.counts("TDGQ_ON_TIME", 0, 10, MetricSource.SIMULATED, List.of()));
        MetricValue after = TenantIndexService.pooled(what).get("TDGQ_ON_TIME");
        assertEquals(90L, after.numerator());
        assertEquals(MetricSource.SIMULATED, after.source());
        // and the original is untouched
        assertEquals(100L, TenantIndexService.pooled(c).get("TDGQ_ON_TIME").numerator());
    }
}
