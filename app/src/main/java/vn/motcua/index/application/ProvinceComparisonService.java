package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.index.domain.AggregatePeriod;
import vn.motcua.index.domain.CompetitionRanks;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.IndexScoring;
import vn.motcua.index.domain.MetricRule;
import vn.motcua.index.domain.MetricScore;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.ProcedureAggregate;
import vn.motcua.index.domain.ScoreDistribution;
import vn.motcua.index.domain.UnitInput;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.index.domain.UnitScore;
import vn.motcua.index.infrastructure.AggregateRepository;
import vn.motcua.index.infrastructure.AggregateRepository.PeriodRow;
import vn.motcua.index.domain.ProcedureVolume;
import vn.motcua.index.domain.PublishedUnit;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * What central agencies see (issue 14 item 7), read from the aggregates the provinces published and from nothing
 * else: the provinces ranked for a period, chosen provinces side by side group by group with their trend and the
 * spread of their units, and one procedure across provinces. A province that absorbed others is one line: for a
 * period the absorbed ones published themselves (before they merged), their counts are pooled into its line (summed
 * numerators and denominators, scored again), and they are listed inside it.
 */
@ApplicationScoped
public class ProvinceComparisonService {

    /** The most provinces compared side by side. */
    public static final int MAX_COMPARED = 8;

    /** A province absorbed by the line's province: when it merged, and its own total for the period if it published one. */
    public record Absorbed(String tenant, String code, String name, LocalDate mergedOn, Double total) { }

    /**
     * One province for a period: its index (pooled with the provinces it absorbed where they published), the days
     * covered, when it published, the spread of its units' scores.
     */
    public record ProvinceLine(String tenant, String code, String name, int rank, UnitScore score,
                               Map<String, MetricValue> values, LocalDate from, LocalDate to,
                               OffsetDateTime publishedAt, List<Absorbed> absorbed, ScoreDistribution units) { }

    /** The provinces ranked for a period; the active provinces that have not published it are named. */
    public record Ranking(AggregatePeriod kind, YearMonth month, String ruleSet, List<ProvinceLine> provinces,
                          List<String> notPublished) { }

    /** A month of a province's trend. */
    public record TrendPoint(YearMonth month, double total, Map<String, Double> groups) { }

    /** Chosen provinces side by side, each with its trend and its units' scores. */
    public record Comparison(AggregatePeriod kind, YearMonth month, IndexRuleSet ruleSet, List<ProvinceLine> provinces,
                             Map<String, List<TrendPoint>> trends, Map<String, List<PublishedUnit>> units) { }

    /** One procedure in every province that published it, and all of them pooled. */
    public record ProcedureComparison(String code, String name, AggregatePeriod kind, YearMonth month,
                                      Map<String, ProcedureAggregate> byProvince, Map<String, String> provinceNames,
                                      ProcedureAggregate all) { }

    @Inject
    AggregateRepository aggregates;

    @Inject
    TenantRegistry tenants;

    @Inject
    IndexScoringService scoring;

    /** The latest month published for this kind of period, or 404 when no province has published one. */
    @Transactional
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    public YearMonth latestMonth(AggregatePeriod kind) {
        return aggregates.latestMonth(kind).orElseThrow(() -> DomainException.notFound("aggregates.none", kind));
    }

    @Transactional
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    public Ranking ranking(AggregatePeriod kind, YearMonth month) {
        YearMonth m = month == null ? latestMonth(kind) : month;
        List<PeriodRow> rows = aggregates.periods(kind, m);
        Map<String, Tenant> all = tenantsById();
        List<ProvinceLine> lines = lines(rows, all, aggregates.unitTotals(kind, m), new HashMap<>());
        List<String> missing = all.values().stream().filter(Tenant::isActive)
                .filter(t -> lines.stream().noneMatch(l -> l.tenant().equals(t.getSlug())))
                .map(Tenant::getProvinceCode).sorted().toList();
        return new Ranking(kind, m, lines.isEmpty() ? null : rows.get(0).ruleSet(), lines, missing);
    }

    @Transactional
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    public Comparison compare(AggregatePeriod kind, YearMonth month, List<String> provinceCodes) {
        Map<String, Tenant> all = tenantsById();
        Map<String, Tenant> byCode = new HashMap<>();
        all.values().forEach(t -> byCode.put(t.getProvinceCode(), t));
        List<FieldError> errors = new ArrayList<>();
        if (provinceCodes.isEmpty() || provinceCodes.size() > MAX_COMPARED) {
            errors.add(new FieldError("provinces", "aggregates.compare.count", MAX_COMPARED));
        }
        List<String> chosen = new ArrayList<>();
        for (String code : provinceCodes) {
            Tenant t = byCode.get(code);
            if (t == null || !t.isActive()) {
                errors.add(new FieldError("provinces", "aggregates.compare.province", code));
            } else if (!chosen.contains(t.getSlug())) {
                chosen.add(t.getSlug());
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        YearMonth m = month == null ? latestMonth(kind) : month;
        List<String> withAbsorbed = new ArrayList<>(chosen);
        all.values().stream().filter(t -> chosen.contains(absorber(t, all))).map(Tenant::getSlug)
                .filter(s -> !withAbsorbed.contains(s)).forEach(withAbsorbed::add);
        YearMonth first = kind == AggregatePeriod.YEAR_TO_DATE ? YearMonth.of(m.getYear(), 1) : m.minusMonths(11);
        Map<YearMonth, List<PeriodRow>> byMonth = new java.util.TreeMap<>();
        for (PeriodRow r : aggregates.periods(kind, first, m, withAbsorbed)) {
            byMonth.computeIfAbsent(r.month(), k -> new ArrayList<>()).add(r);
        }
        List<PeriodRow> current = byMonth.getOrDefault(m, List.of());
        List<PublishedUnit> unitRows = aggregates.units(kind, m, withAbsorbed);
        // one read of the rule sets for every period of the request; ranks among all provinces
        Map<LocalDate, IndexRuleSet> rulesOn = new HashMap<>();
        List<ProvinceLine> ranked = lines(aggregates.periods(kind, m), all, aggregates.unitTotals(kind, m), rulesOn);
        List<ProvinceLine> lines = chosen.stream().map(s -> ranked.stream().filter(l -> l.tenant().equals(s)).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
        chosen.forEach(s -> trends.put(all.get(s).getProvinceCode(), new ArrayList<>()));
        byMonth.forEach((month1, rows) -> lines(rows, all, Map.of(), rulesOn).forEach(l -> {
            List<TrendPoint> t = trends.get(l.code());
            if (t != null) {
                t.add(new TrendPoint(month1, l.score().total(), l.score().groups()));
            }
        }));
        Map<String, List<PublishedUnit>> units = new LinkedHashMap<>();
        for (String s : chosen) {
            units.put(all.get(s).getProvinceCode(), unitRows.stream()
                    .filter(u -> s.equals(u.tenant()) || s.equals(absorber(all.get(u.tenant()), all))).toList());
        }
        IndexRuleSet rules = current.isEmpty() ? null
                : rulesOn.computeIfAbsent(current.get(0).to(), scoring::ruleSetOn);
        return new Comparison(kind, m, rules, lines, trends, units);
    }

    @Transactional
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    public List<ProcedureVolume> procedures(AggregatePeriod kind, YearMonth month, String q, int limit) {
        return aggregates.procedures(kind, month == null ? latestMonth(kind) : month, q, limit);
    }

    @Transactional
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    public ProcedureComparison procedure(String code, AggregatePeriod kind, YearMonth month) {
        YearMonth m = month == null ? latestMonth(kind) : month;
        Map<String, ProcedureAggregate> byTenant = aggregates.procedure(code, kind, m);
        if (byTenant.isEmpty()) {
            throw DomainException.notFound("aggregates.procedure.none", code, m);
        }
        Map<String, Tenant> all = tenantsById();
        Map<String, ProcedureAggregate> byProvince = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        byTenant.forEach((tenant, a) -> {
            Tenant owner = all.get(absorber(all.get(tenant), all));
            byProvince.merge(owner.getProvinceCode(), a, ProcedureAggregate::plus);
            names.put(owner.getProvinceCode(), owner.getNameVi());
        });
        ProcedureAggregate pooled = byProvince.values().stream().reduce(ProcedureAggregate::plus).orElseThrow();
        Map<String, ProcedureAggregate> sorted = new LinkedHashMap<>();
        byProvince.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new ProcedureComparison(code, pooled.name(), kind, m, sorted, names, pooled);
    }

    /**
     * The active provinces' lines for one period, ranked: each with the rows of the provinces it absorbed pooled
     * into it, scored again from the summed counts when there are any. {@code rulesOn}: the rule sets read so far in
     * this request, by the day they are in force on (each is read once).
     */
    private List<ProvinceLine> lines(List<PeriodRow> rows, Map<String, Tenant> all, Map<String, List<Double>> units,
                                     Map<LocalDate, IndexRuleSet> rulesOn) {
        Map<String, List<PeriodRow>> byOwner = new LinkedHashMap<>();
        for (PeriodRow r : rows) {
            Tenant t = all.get(r.tenant());
            if (t == null) {
                continue;
            }
            String owner = absorber(t, all);
            if (owner != null && all.get(owner).isActive()) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
            }
        }
        List<ProvinceLine> unranked = new ArrayList<>();
        for (var e : byOwner.entrySet()) {
            Tenant owner = all.get(e.getKey());
            Optional<PeriodRow> own = e.getValue().stream().filter(r -> r.tenant().equals(owner.getSlug())).findFirst();
            if (own.isEmpty()) {
                continue; // only absorbed provinces published this period: the province itself has not
            }
            PeriodRow o = own.get();
            IndexRuleSet rules = rulesOn.computeIfAbsent(o.to(), scoring::ruleSetOn);
            List<Absorbed> absorbed = new ArrayList<>();
            for (Tenant t : all.values()) {
                if (!t.getSlug().equals(owner.getSlug()) && owner.getSlug().equals(absorber(t, all))) {
                    Double total = e.getValue().stream().filter(r -> r.tenant().equals(t.getSlug())).findFirst()
                            .map(PeriodRow::total).orElse(null);
                    absorbed.add(new Absorbed(t.getSlug(), t.getProvinceCode(), t.getNameVi(),
                            t.getActiveTo() == null ? null : t.getActiveTo().plusDays(1), total));
                }
            }
            absorbed.sort(Comparator.comparing(Absorbed::code));
            Map<String, MetricValue> values = new LinkedHashMap<>();
            for (MetricRule rule : rules.metrics()) {
                values.put(rule.code(), MetricValue.pooled(rule, e.getValue().stream()
                        .map(r -> r.metrics().get(rule.code())).toList()));
            }
            UnitScore score = new IndexScoring(rules).score(List.of(new UnitInput(owner.getProvinceCode(),
                    UnitKind.PROVINCE, values.values().stream().map(MetricValue::input)
                    .filter(java.util.Objects::nonNull).toList()))).get(0);
            List<Double> unitTotals = e.getValue().stream()
                    .flatMap(r -> units.getOrDefault(r.tenant(), List.of()).stream()).toList();
            unranked.add(new ProvinceLine(owner.getSlug(), owner.getProvinceCode(), owner.getNameVi(), 0, score,
                    values, o.from(), o.to(), o.publishedAt(), absorbed, ScoreDistribution.of(unitTotals)));
        }
        int[] ranks = CompetitionRanks.of(unranked.stream().mapToDouble(l -> l.score().total()).toArray());
        List<ProvinceLine> out = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            ProvinceLine l = unranked.get(i);
            out.add(new ProvinceLine(l.tenant(), l.code(), l.name(), ranks[i], l.score(), l.values(), l.from(), l.to(),
                    l.publishedAt(), l.absorbed(), l.units()));
        }
        out.sort(Comparator.comparingInt(ProvinceLine::rank).thenComparing(ProvinceLine::code));
        return out;
    }

    private Map<String, Tenant> tenantsById() {
        Map<String, Tenant> m = new LinkedHashMap<>();
        tenants.list().forEach(t -> m.put(t.getSlug(), t));
        return m;
    }

    /** The province a tenant is part of today: itself, or the one that absorbed it (following mergers of mergers). */
    static String absorber(Tenant t, Map<String, Tenant> all) {
        Tenant at = t;
        for (int hops = 0; at != null && at.getMergedInto() != null && hops < 10; hops++) {
            at = all.get(at.getMergedInto());
        }
        return at == null ? null : at.getSlug();
    }

    /** The score of one metric in a line, for the comparison's table. */
    public static MetricScore metricScore(ProvinceLine line, String code) {
        return line.score().metrics().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
