package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.index.domain.IndexInput;
import vn.motcua.index.domain.DossierCounts;
import vn.motcua.index.domain.DossierMetrics;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.MetricRule;
import vn.motcua.index.domain.MetricSource;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.Publicity;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.index.infrastructure.IndexInputRepository;
import vn.motcua.index.infrastructure.PublicationHistoryRepository;
import vn.motcua.reporting.application.ReportUnits;
import vn.motcua.reporting.application.ServiceRatesService;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.CodeCarriers;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.ServiceRateCounts;
import vn.motcua.reporting.domain.ServiceRateTable;
import vn.motcua.reporting.domain.ShortfallColumn;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitVersion;

/**
 * The counts the bound province's index is scored from, for a period (issue 14 item 3): the report facts per unit as
 * it is now (table 06a and the service rates, {@link DossierMetrics}), the catalog's publication history
 * ({@link Publicity}), the inputs the administrator entered for the period, and the constant metrics. Every value
 * carries its source. Read only; nothing here writes.
 */
@ApplicationScoped
public class IndexCountsService {

    /** The kinds of unit the portal scores, as today's units carry them; any other unit with dossiers too. */
    private static final java.util.Set<vn.motcua.units.domain.UnitKind> SCORED = java.util.EnumSet.of(
            vn.motcua.units.domain.UnitKind.DEPARTMENT, vn.motcua.units.domain.UnitKind.COMMUNE,
            vn.motcua.units.domain.UnitKind.WARD);

    @Inject
    IndexScoringService scoring;

    @Inject
    TimelinessService timeliness;

    @Inject
    ServiceRatesService serviceRates;

    @Inject
    ReportUnits reportUnits;

    @Inject
    UnitService unitService;

    @Inject
    CalendarService calendars;

    @Inject
    PublicationHistoryRepository publications;

    @Inject
    IndexInputRepository inputs;

    @Inject
    TenantRegistry tenants;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public IndexCounts of(ReportPeriod p) {
        return of(List.of(p)).get(p);
    }

    /**
     * The counts of several periods (the targets score the index month by month): the second supplement requests,
     * which no fact keeps, read for all of them in one statement.
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Map<ReportPeriod, IndexCounts> of(List<ReportPeriod> periods) {
        Map<ReportPeriod, Map<List<String>, Long>> twice = timeliness.shortfalls(
                ShortfallColumn.supplementedTwiceInTime, periods);
        Map<ReportPeriod, IndexCounts> out = new LinkedHashMap<>();
        for (ReportPeriod p : periods) {
            out.computeIfAbsent(p, k -> counts(k, twice.get(k)));
        }
        return out;
    }

    private IndexCounts counts(ReportPeriod p, Map<List<String>, Long> twice) {
        IndexRuleSet rules = scoring.ruleSetOn(p.to());
        LocalDate today = UnitService.today();
        Tenant tenant = tenants.get(TenantContext.require());
        TimelinessService.Request byUnit = new TimelinessService.Request(p, ReportGrouping.UNIT, ReportScope.PROVINCE,
                UnitView.AS_IS);
        Map<String, DossierCounts> counts = counts(timeliness.report(byUnit).rows(),
                serviceRates.report(byUnit).rows(), twiceInTime(twice, byUnit, true));

        Map<String, MetricValue> wide = new LinkedHashMap<>(Publicity.of(publications.versions(p.from(), p.to(), today),
                p.from(), p.to(), calendars.calendar()));
        Map<String, Map<String, IndexInput>> entered = new HashMap<>();
        for (IndexInput e : inputs.of(p.from(), p.to())) {
            entered.computeIfAbsent(e.unitCode(), k -> new HashMap<>()).put(e.metricCode(), e);
        }
        for (MetricRule m : rules.metrics()) {
            if (m.formula() == MetricRule.Formula.CONSTANT_FULL) {
                wide.put(m.code(), new MetricValue(m.code(), null, null, null, MetricSource.RULE, List.of()));
            } else if (m.level() == MetricRule.Level.PROVINCE && !wide.containsKey(m.code())) {
                wide.put(m.code(), enteredOrMissing(entered.getOrDefault("", Map.of()).get(m.code()), m.code()));
            }
        }

        Map<String, IndexCounts.Unit> units = new LinkedHashMap<>();
        Map<String, UnitVersion> carriersToday = CodeCarriers.on(unitService.snapshot().history(), today);
        TreeMap<String, UnitVersion> scored = new TreeMap<>(vn.motcua.reporting.domain.UnitRollup.CODE_ORDER);
        carriersToday.forEach((code, v) -> {
            if (SCORED.contains(v.kind()) || counts.containsKey(code)) {
                scored.put(code, v);
            }
        });
        counts.keySet().forEach(code -> scored.putIfAbsent(code, null));
        for (var e : scored.entrySet()) {
            String code = e.getKey();
            UnitVersion v = e.getValue();
            DossierCounts c = counts.getOrDefault(code, DossierCounts.ZERO);
            Map<String, MetricValue> values = new LinkedHashMap<>();
            Map<String, MetricValue> computed = DossierMetrics.of(c);
            Map<String, IndexInput> own = entered.getOrDefault(code, Map.of());
            for (MetricRule m : rules.metrics()) {
                MetricValue value = wide.get(m.code());
                if (value == null) {
                    value = computed.containsKey(m.code()) ? computed.get(m.code())
                            : enteredOrMissing(own.get(m.code()), m.code());
                }
                values.put(m.code(), value);
            }
            units.put(code, new IndexCounts.Unit(code, v == null ? code : v.name(),
                    v != null && v.level() == UnitLevel.COMMUNE ? UnitKind.COMMUNE : UnitKind.AGENCY, c, values));
        }
        return new IndexCounts(rules, p, tenant.getProvinceCode(), tenant.getNameVi(), units, wide);
    }

    /** The dossier counts of a period by procedure code (as stored), with the procedures' names. */
    public record ByProcedure(Map<String, DossierCounts> counts, Map<String, String> names) { }

    /** What the points-lost list by procedure needs: the dossier counts of each procedure in the period. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public ByProcedure byProcedure(ReportPeriod p) {
        TimelinessService.Request r = new TimelinessService.Request(p, ReportGrouping.PROCEDURE, ReportScope.PROVINCE,
                UnitView.AS_WAS);
        var table = timeliness.report(r);
        Map<String, String> names = new HashMap<>();
        table.rows().forEach(row -> names.put(row.key(), row.name()));
        return new ByProcedure(counts(table.rows(), serviceRates.report(r).rows(), twiceInTime(
                timeliness.shortfalls(ShortfallColumn.supplementedTwiceInTime, p), r, false)), names);
    }

    /** The portal codes of the province's units in force today: what an entered input may name. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public java.util.Set<String> unitCodesToday() {
        return CodeCarriers.on(unitService.snapshot().history(), UnitService.today()).keySet();
    }

    /** A value the administrator entered, the ratio computed from it where the rule set takes one. */
    private MetricValue enteredOrMissing(IndexInput e, String code) {
        if (e == null) {
            return MetricValue.missing(code);
        }
        return MetricValue.counts(code, e.numerator(), e.denominator(), MetricSource.ENTERED, List.of());
    }

    /** The second supplement requests within time, by unit as it is now (or as stored, by procedure). */
    private Map<String, Long> twiceInTime(Map<List<String>, Long> shortfalls, TimelinessService.Request r,
                                          boolean byUnit) {
        Map<String, Long> byKey = new HashMap<>();
        shortfalls.forEach((key, n) -> byKey.merge(byUnit ? key.get(0) : key.get(1), n, Long::sum));
        return byUnit ? reportUnits.of(r).rows(ReportGrouping.UNIT, byKey, Long::sum) : byKey;
    }

    private static Map<String, DossierCounts> counts(List<TimelinessRow> rows, List<ServiceRateTable.Row> rates,
                                                     Map<String, Long> twice) {
        Map<String, DossierCounts> out = new HashMap<>();
        for (TimelinessRow r : rows) {
            TimelinessCounts t = r.counts();
            out.merge(r.key(), new DossierCounts(t.receivedTotal(), t.finishedEarly() + t.finishedOnTime()
                    + t.openWithinTime(), t.finishedLate(), t.openOverdue(), twice.getOrDefault(r.key(), 0L),
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0), DossierCounts::plus);
        }
        for (ServiceRateTable.Row r : rates) {
            ServiceRateCounts s = r.counts();
            out.merge(r.key(), new DossierCounts(0, 0, 0, 0, 0, s.receivedOnline(), s.receivedInPerson(),
                    s.receivedPostal(), s.digitised(), s.finishedTotal(), s.electronicResults(), s.feeBearing(),
                    s.paidOnline(), s.rated1(), s.rated2()), DossierCounts::plus);
        }
        return out;
    }
}
