package vn.motcua.index.application;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.index.domain.DossierCounts;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.reporting.domain.ReportPeriod;

/**
 * What a province's index is scored from, for one period: every scored unit (units as they are now) with its metric
 * values, and the values counted once for the province.
 * Built by {@link IndexCountsService}; changed only by a what-if ({@link #with}), which returns a copy.
 *
 * @param provinceCode the province's portal code (H and two digits)
 * @param units        by portal code, in code order
 * @param provinceWide PROVINCE-level metrics (the same for every unit) and constant ones, by metric code
 */
public record IndexCounts(IndexRuleSet ruleSet, ReportPeriod period, String provinceCode, String provinceName,
                          Map<String, Unit> units, Map<String, MetricValue> provinceWide) {

    /** A scored unit: its name and kind today, its dossier counts and its metric values by code. */
    public record Unit(String code, String name, UnitKind kind, DossierCounts counts, Map<String, MetricValue> values) {

        public Unit with(MetricValue v) {
            Map<String, MetricValue> m = new LinkedHashMap<>(values);
            m.put(v.code(), v);
            return new Unit(code, name, kind, counts, m);
        }
    }

    /** A copy with one unit's metric replaced ({@code unitCode} null: a value counted once for the province). */
    public IndexCounts with(String unitCode, MetricValue v) {
        if (unitCode == null) {
            Map<String, MetricValue> wide = new LinkedHashMap<>(provinceWide);
            wide.put(v.code(), v);
            return new IndexCounts(ruleSet, period, provinceCode, provinceName, units, wide);
        }
        Map<String, Unit> u = new LinkedHashMap<>(units);
        u.put(unitCode, units.get(unitCode).with(v));
        return new IndexCounts(ruleSet, period, provinceCode, provinceName, u, provinceWide);
    }
}
