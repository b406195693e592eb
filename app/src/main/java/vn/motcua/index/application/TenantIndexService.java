package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.index.domain.IndexInput;
import vn.motcua.index.domain.CompetitionRanks;
import vn.motcua.index.domain.DossierMetrics;
import vn.motcua.index.domain.IndexScoring;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.index.domain.MetricInput;
import vn.motcua.index.domain.MetricRule;
import vn.motcua.index.domain.MetricSource;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.PointsLost;
import vn.motcua.index.domain.Publicity;
import vn.motcua.index.domain.PublishedScore;
import vn.motcua.index.domain.UnitInput;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.index.domain.UnitScore;
import vn.motcua.index.infrastructure.IndexInputRepository;
import vn.motcua.index.infrastructure.PublishedScoreRepository;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The bound province's own index for a period (issue 14 items 3–5): every unit and the province scored from
 * {@link IndexCounts}, the province's place among the latest published ranking, who costs it points, the dossiers
 * behind each shortfall, what-if scenarios, and the inputs the administrator enters. The province is scored from the
 * units' summed counts, never from their scores. Who: the province's administrators and leaders, and unit leaders
 * (reading); entering inputs is the administrator's.
 */
@ApplicationScoped
public class TenantIndexService {

    /** A scored unit (or the province): its code, name, score, and every metric's value with its source. */
    public record UnitIndex(String code, String name, UnitScore score, Map<String, MetricValue> values) { }

    /**
     * Where the province's total would place it in a publication of the national ranking (the latest unless one is
     * asked for), its own published line replaced by this total: competition rank among {@code of} provinces.
     */
    public record Standing(LocalDate publishedOn, String period, int place, int of, Double publishedTotal,
                           Integer publishedPlace) { }

    public record TenantIndex(IndexCounts counts, UnitIndex province, List<UnitIndex> units, Standing standing) { }

    public record Simulation(TenantIndex before, TenantIndex after, List<MetricChange> changes) { }

    /**
     * A what-if scored, or why it cannot be: {@code refusals} (each naming the change, as simulate's 400 lists them)
     * and no simulation.
     */
    public record WhatIf(Simulation simulation, List<FieldError> refusals) { }

    /** Who costs the province its points, most first, with the keys' names and the province's total. */
    public record PointsLostList(double provinceTotal, List<PointsLost.Cost> costs, Map<String, String> names) { }

    /** What the points-lost list is ranked by. */
    public enum CostBy { UNIT, PROCEDURE }

    @Inject
    IndexCountsService counts;

    @Inject
    PublishedScoreRepository published;

    @Inject
    TimelinessService timeliness;

    @Inject
    IndexInputRepository inputs;

    @Inject
    IndexScoringService scoring;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public TenantIndex index(ReportPeriod p, LocalDate comparedWith) {
        return score(counts.of(p), comparedWith);
    }

    /** The index of several periods (each as {@link #index}), their counts read together (IndexCountsService). */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Map<ReportPeriod, TenantIndex> indexes(List<ReportPeriod> periods, LocalDate comparedWith) {
        Map<ReportPeriod, TenantIndex> out = new LinkedHashMap<>();
        counts.of(periods).forEach((p, c) -> out.put(p, score(c, comparedWith)));
        return out;
    }

    /** The index with the changes applied (nothing is written), beside the index as it is. 400 naming every bad change. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Simulation simulate(ReportPeriod p, List<MetricChange> changes, LocalDate comparedWith) {
        WhatIf w = whatIf(p, changes, comparedWith);
        if (w.simulation() == null) {
            throw DomainException.invalid(w.refusals());
        }
        return w.simulation();
    }

    /**
     * As {@link #simulate}, but changes that cannot be applied are answered, not thrown: a saved scenario is opened on
     * the data as they are now, where a change saved earlier may no longer apply (its unit merged away).
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public WhatIf whatIf(ReportPeriod p, List<MetricChange> changes, LocalDate comparedWith) {
        IndexCounts before = counts.of(p);
        IndexCounts after = before;
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            MetricChange c = changes.get(i);
            String at = "changes[" + i + "]";
            Optional<MetricRule> rule = before.ruleSet().metric(c.metricCode());
            if (rule.isEmpty()) {
                errors.add(new FieldError(at + ".metricCode", "index.metric.unknown", c.metricCode(),
                        before.ruleSet().code()));
                continue;
            }
            if (!changeable(rule.get(), c, before, at, errors)) {
                continue;
            }
            MetricValue v = rule.get().input() == MetricRule.Input.RATIO
                    ? MetricValue.ratioOf(c.metricCode(), c.numerator(), c.denominator(), MetricSource.SIMULATED, null)
                    : MetricValue.counts(c.metricCode(), c.numerator(), c.denominator(), MetricSource.SIMULATED, null);
            after = after.with(rule.get().level() == MetricRule.Level.PROVINCE ? null : c.unitCode(), v);
        }
        if (!errors.isEmpty()) {
            return new WhatIf(null, List.copyOf(errors));
        }
        return new WhatIf(new Simulation(score(before, comparedWith), score(after, comparedWith), List.copyOf(changes)),
                List.of());
    }

    private static boolean changeable(MetricRule rule, MetricChange c, IndexCounts counts, String at,
                                      List<FieldError> errors) {
        int before = errors.size();
        if (rule.formula() == MetricRule.Formula.CONSTANT_FULL) {
            errors.add(new FieldError(at + ".metricCode", "index.simulate.constant", c.metricCode()));
        }
        checkCounts(rule, c.unitCode(), counts.units()::containsKey, c.numerator(), c.denominator(), at, errors);
        return errors.size() == before;
    }

    /**
     * Counts given for a metric at a unit ({@code unitCode} null: the province), as a what-if or an entered input
     * takes them: a province-wide metric names no unit, any other a unit {@code knownUnit} accepts; 0 ≤ numerator ≤
     * denominator.
     */
    private static void checkCounts(MetricRule rule, String unitCode, java.util.function.Predicate<String> knownUnit,
                                    long numerator, long denominator, String at, List<FieldError> errors) {
        boolean wide = rule.level() == MetricRule.Level.PROVINCE;
        if (wide && unitCode != null) {
            errors.add(new FieldError(at + ".unitCode", "index.input.provinceLevel", rule.code()));
        } else if (!wide && (unitCode == null || !knownUnit.test(unitCode))) {
            errors.add(new FieldError(at + ".unitCode", "index.input.unit", unitCode == null ? "" : unitCode,
                    rule.code()));
        }
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            errors.add(new FieldError(at + ".numerator", "index.input.counts", numerator, denominator));
        }
    }

    /**
     * Who costs the province its points in the index's period, most first: units (as they are now, from the index's
     * own counts) or procedures (their dossier counts read for it).
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public PointsLostList pointsLost(TenantIndex index, CostBy by) {
        IndexCounts c = index.counts();
        Map<String, Map<String, Long>> shortfalls = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (by == CostBy.UNIT) {
            for (IndexCounts.Unit u : c.units().values()) {
                names.put(u.code(), u.name());
                u.values().forEach((code, v) -> {
                    if (!c.provinceWide().containsKey(code) && v.shortBy() > 0) {
                        shortfalls.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(u.code(), v.shortBy());
                    }
                });
            }
        } else {
            IndexCountsService.ByProcedure procedures = counts.byProcedure(c.period());
            names.putAll(procedures.names());
            procedures.counts().forEach((procedure, n) -> DossierMetrics.of(n).forEach((code, v) -> {
                if (v.shortBy() > 0) {
                    shortfalls.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(procedure, v.shortBy());
                }
            }));
            c.provinceWide().forEach((code, v) -> v.shortfall().forEach(s -> shortfalls
                    .computeIfAbsent(code, k -> new LinkedHashMap<>()).put(s.column(), s.count())));
        }
        return new PointsLostList(index.province().score().total(),
                PointsLost.rank(index.province().score(), shortfalls), names);
    }

    /** The metrics the administrator may enter for the period, under the rule set in force on its last day. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public List<MetricRule> enterable(ReportPeriod p) {
        return scoring.ruleSetOn(p.to()).metrics().stream().filter(TenantIndexService::enterable).toList();
    }

    /**
     * The dossiers behind one part of a metric's shortfall ({@code column}, as the index names it), for the province,
     * a unit (as it is now) or a procedure, a page at a time.
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public DrillDownPage drillDown(ReportPeriod p, String metricCode, String column, String unitCode,
                                   String procedureCode, int first, int size) {
        List<String> columns = DossierMetrics.of(vn.motcua.index.domain.DossierCounts.ZERO)
                .getOrDefault(metricCode == null ? "" : metricCode, MetricValue.missing(""))
                .shortfall().stream().map(MetricValue.Shortfall::column).toList();
        if (columns.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError("metric", "index.drillDown.metric",
                    String.valueOf(metricCode), String.join(", ", DossierMetrics.CODES))));
        }
        if (!columns.contains(column)) {
            throw DomainException.invalid(List.of(new FieldError("column", "index.drillDown.column",
                    String.valueOf(column), metricCode, String.join(", ", columns))));
        }
        ReportScope scope = ReportScope.of(unitCode, procedureCode, null);
        return timeliness.drillDown(new TimelinessService.Request(p, ReportGrouping.NONE, scope, UnitView.AS_IS),
                ReportColumn.named(column).orElseThrow(), null, first, size);
    }

    /** The inputs entered for exactly this period. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public List<IndexInput> inputs(ReportPeriod p) {
        return inputs.of(p.from(), p.to());
    }

    /**
     * Replaces the inputs of the period with these (all or nothing): only metrics the product does not count, each
     * for a scored unit (or, for a metric counted once for the province, for no unit). 400 naming every bad entry.
     */
    @Transactional
    @RolesAllowed("PROVINCE_ADMIN")
    public int putInputs(ReportPeriod p, List<IndexInput> entries) {
        var rules = scoring.ruleSetOn(p.to());
        java.util.Set<String> units = counts.unitCodesToday();
        List<FieldError> errors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            IndexInput e = entries.get(i);
            String at = "inputs[" + i + "]";
            Optional<MetricRule> rule = rules.metric(e.metricCode());
            if (rule.isEmpty()) {
                errors.add(new FieldError(at + ".metricCode", "index.metric.unknown", e.metricCode(), rules.code()));
                continue;
            }
            if (!enterable(rule.get())) {
                errors.add(new FieldError(at + ".metricCode", "index.input.computed", e.metricCode()));
                continue;
            }
            checkCounts(rule.get(), e.unitCode().isEmpty() ? null : e.unitCode(), units::contains, e.numerator(),
                    e.denominator(), at, errors);
            if (!seen.add(e.unitCode() + "\u0000" + e.metricCode())) {
                errors.add(new FieldError(at, "index.input.duplicate", e.metricCode(), e.unitCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return inputs.replace(p.from(), p.to(), entries, CallerContext.actorName());
    }

    /**
     * A metric the administrator may enter: one the product does not count (from dossiers or the catalog), not
     * constant, taken as counts.
     */
    static boolean enterable(MetricRule rule) {
        return !DossierMetrics.CODES.contains(rule.code()) && !Publicity.CODES.contains(rule.code())
                && rule.formula() != MetricRule.Formula.CONSTANT_FULL && rule.input() == MetricRule.Input.COUNTS;
    }

    /** The units and the province scored; the standing in the publication of {@code comparedWith} (null: latest). */
    TenantIndex score(IndexCounts c, LocalDate comparedWith) {
        IndexScoring engine = new IndexScoring(c.ruleSet());
        List<UnitInput> unitInputs = new ArrayList<>();
        for (IndexCounts.Unit u : c.units().values()) {
            unitInputs.add(new UnitInput(u.code(), u.kind(), inputsOf(u.values())));
        }
        List<UnitScore> scored = engine.score(unitInputs);
        List<UnitIndex> units = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            IndexCounts.Unit u = c.units().get(scored.get(i).code());
            units.add(new UnitIndex(u.code(), u.name(), scored.get(i), u.values()));
        }
        units.sort(Comparator.comparingInt((UnitIndex u) -> u.score().rank()).thenComparing(UnitIndex::code));
        Map<String, MetricValue> pooled = pooled(c);
        UnitScore province = engine.score(List.of(new UnitInput(c.provinceCode(), UnitKind.PROVINCE,
                inputsOf(pooled)))).get(0);
        return new TenantIndex(c, new UnitIndex(c.provinceCode(), c.provinceName(), province, pooled), units,
                standing(c.provinceCode(), province.total(), comparedWith));
    }

    private static List<MetricInput> inputsOf(Map<String, MetricValue> values) {
        return values.values().stream().map(MetricValue::input).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The province's values: those counted once for it as they are; every other metric pooled from the units' counts
     * (summed numerators and denominators, the ratio recomputed where the rule set takes one), its source the
     * weakest of the units' (a simulated unit makes it simulated; a unit missing an entry makes it entered only in
     * part, shown as entered).
     */
    static Map<String, MetricValue> pooled(IndexCounts c) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (MetricRule m : c.ruleSet().metrics()) {
            MetricValue wide = c.provinceWide().get(m.code());
            if (wide != null) {
                out.put(m.code(), wide);
                continue;
            }
            out.put(m.code(), MetricValue.pooled(m, c.units().values().stream().map(u -> u.values().get(m.code()))
                    .toList()));
        }
        return out;
    }

    private Standing standing(String provinceCode, double total, LocalDate comparedWith) {
        var publication = published.publication(comparedWith);
        if (publication.isEmpty()) {
            if (comparedWith != null) {
                throw DomainException.notFound("index.published.notOn", comparedWith);
            }
            return null;
        }
        List<PublishedScore> scores = published.scores(publication.get().publishedOn());
        List<Double> totals = new ArrayList<>();
        Double own = null;
        for (PublishedScore s : scores) {
            if (s.provinceCode().equals(provinceCode)) {
                own = s.total();
            } else {
                totals.add(s.total());
            }
        }
        Integer publishedPlace = null;
        if (own != null) {
            double[] all = scores.stream().mapToDouble(PublishedScore::total).toArray();
            int[] ranks = CompetitionRanks.of(all);
            for (int i = 0; i < scores.size(); i++) {
                if (scores.get(i).provinceCode().equals(provinceCode)) {
                    publishedPlace = ranks[i];
                }
            }
        }
        int place = 1 + (int) totals.stream().filter(t -> t > total).count();
        return new Standing(publication.get().publishedOn(), publication.get().period(), place, totals.size() + 1,
                own, publishedPlace);
    }
}
