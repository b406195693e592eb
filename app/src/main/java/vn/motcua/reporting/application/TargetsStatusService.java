package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.reporting.domain.MetricFacts;
import vn.motcua.reporting.domain.MetricRatio;
import vn.motcua.reporting.domain.IndexScores;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.MetricSources;
import vn.motcua.reporting.domain.ScoreEvaluation;
import vn.motcua.reporting.domain.TargetEvaluation;
import vn.motcua.reporting.domain.UnitRollup;
import vn.motcua.reporting.infrastructure.ServiceRateFactRepository;
import vn.motcua.reporting.infrastructure.TimelinessFactRepository;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.domain.KpiTarget;
import vn.motcua.targets.domain.Metric;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitHistory;

/**
 * The caller's province's KPI targets of a year against their actual values, read only from the day facts: for each
 * target the months of its period (1 January to its deadline, or the year's end) measured up to the day asked for,
 * the actual value over them, the projection to the deadline and the status ({@link TargetEvaluation}); for a
 * province-wide target, the units of today projected to miss it, the most dossiers short first. A target on an index
 * score (the total or a group) is scored by the index area ({@link IndexScores}, {@link ScoreEvaluation}).
 *
 * <p>Units: a target's {@code unitRef} is a unit's portal code. A code in force today stands for that unit with the
 * dossiers of its predecessors (units as they are now, {@link UnitRollup}, as the timeliness report's
 * {@code unitView=AS_IS}); a code no unit carries today counts the dossiers stored under it (the unit as it was).
 * A unit target counts the unit's own dossiers (competent unit), not its subtree's, like the report's unit scope.
 *
 * <p>Who: as the timeliness report (province administrators and leaders, unit leaders).
 */
@ApplicationScoped
public class TargetsStatusService {

    /**
     * A unit that will miss (or missed) a province-wide target: {@code evaluation} for a target on counts, {@code score}
     * for one on an index score (the other null).
     */
    public record UnitAtRisk(String code, String name, TargetEvaluation evaluation, ScoreEvaluation score) { }

    /**
     * One target and where it stands; {@code notComputed} set (and both evaluations null) when its metric has no
     * source yet; {@code evaluation} for a target on counts, {@code score} for one on an index score.
     */
    public record TargetLine(KpiTarget target, String unitName, LocalDate from, LocalDate measuredTo, LocalDate end,
                             MetricSources.NotComputed notComputed, TargetEvaluation evaluation,
                             List<UnitAtRisk> unitsAtRisk, ScoreEvaluation score) { }

    public record TargetsStatus(int year, LocalDate asOf, List<TargetLine> targets) { }

    @Inject
    TargetService targets;

    @Inject
    TimelinessFactRepository facts;

    @Inject
    ServiceRateFactRepository rateFacts;

    @Inject
    UnitService units;

    /** The index's scores, when the index area is deployed (it always is; the reports do not depend on it). */
    @Inject
    Instance<IndexScores> indexScores;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public TargetsStatus status(int year, LocalDate asOf) {
        List<KpiTarget> list = targets.list(year).targets();
        LocalDate today = UnitService.today();
        UnitHistory history = units.snapshot().history();
        Facts f = new Facts(LocalDate.of(year, 1, 1), UnitRollup.of(history, today), new UnitNames(history, today));
        List<TargetLine> out = new ArrayList<>();
        for (KpiTarget t : list) {
            out.add(line(t, asOf, f));
        }
        return new TargetsStatus(year, asOf, out);
    }

    private TargetLine line(KpiTarget t, LocalDate asOf, Facts f) {
        LocalDate yearEnd = f.start().withMonth(12).withDayOfMonth(31);
        LocalDate end = t.getDeadline() == null || t.getDeadline().isAfter(yearEnd) ? yearEnd
                : t.getDeadline().isBefore(f.start()) ? f.start() : t.getDeadline();
        LocalDate measuredTo = asOf.isBefore(end) ? asOf : end;
        String unitName = t.getUnitRef() == null ? null : f.names().name(t.getUnitRef());
        Function<MetricFacts, MetricRatio> source = MetricSources.of(t.getMetric());
        if (isIndex(t) && indexScores.isResolvable()) {
            return indexLine(t, unitName, measuredTo, end, f);
        }
        if (source == null) {
            return new TargetLine(t, unitName, f.start(), measuredTo, end, MetricSources.whyNot(t.getMetric()), null,
                    List.of(), null);
        }
        Sums sums = f.to(measuredTo);
        if (t.getUnitRef() != null) {
            String ref = t.getUnitRef();
            boolean ofToday = ref.equals(f.rollup().today(ref));
            Map<YearMonth, MetricFacts> unit = (ofToday ? sums.byUnitOfToday() : sums.byStoredUnit()).getOrDefault(ref, Map.of());
            return new TargetLine(t, unitName, f.start(), measuredTo, end, null,
                    evaluate(t, unit, source, f.start(), measuredTo, end), List.of(), null);
        }
        Map<YearMonth, MetricFacts> province = new HashMap<>();
        sums.byUnitOfToday().values().forEach(m -> m.forEach((month, s) -> province.merge(month, s, MetricFacts::plus)));
        List<UnitAtRisk> atRisk = new ArrayList<>();
        sums.byUnitOfToday().forEach((code, m) -> {
            TargetEvaluation e = evaluate(t, m, source, f.start(), measuredTo, end);
            if (e.misses()) {
                atRisk.add(new UnitAtRisk(code, f.names().name(code), e, null));
            }
        });
        atRisk.sort(Comparator.comparingLong((UnitAtRisk u) -> -u.evaluation().shortBy())
                .thenComparing(UnitAtRisk::code, UnitRollup.CODE_ORDER));
        return new TargetLine(t, null, f.start(), measuredTo, end, null,
                evaluate(t, province, source, f.start(), measuredTo, end), atRisk, null);
    }

    private static boolean isIndex(KpiTarget t) {
        return t.getMetric() == Metric.INDEX_TOTAL || t.getMetric() == Metric.INDEX_GROUP_SCORE;
    }

    /**
     * A target on an index score: the score from 1 January to the day measured to, each month's own score, and for a
     * province-wide target the units of today whose own score misses it, the most points short first.
     */
    private TargetLine indexLine(KpiTarget t, String unitName, LocalDate measuredTo, LocalDate end, Facts f) {
        if (measuredTo.isBefore(f.start())) {
            return new TargetLine(t, unitName, f.start(), measuredTo, end, null, null, List.of(),
                    new ScoreEvaluation(List.of(), 0, vn.motcua.reporting.domain.TargetStatus.NO_DATA, 0));
        }
        // each month to the day measured to, and the year to date, scored together (their second supplement
        // requests in one read)
        List<ReportPeriod> monthly = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.start()); !m.isAfter(YearMonth.from(measuredTo)); m = m.plusMonths(1)) {
            monthly.add(new ReportPeriod(m.atDay(1), m.atEndOfMonth().isAfter(measuredTo) ? measuredTo : m.atEndOfMonth()));
        }
        List<ReportPeriod> periods = new ArrayList<>(monthly);
        periods.add(new ReportPeriod(f.start(), measuredTo));
        f.prepareScores(periods);
        Optional<Map<String, Map<String, Double>>> ytd = f.scores(f.start(), measuredTo);
        if (ytd.isEmpty()) {
            return new TargetLine(t, unitName, f.start(), measuredTo, end, MetricSources.NotComputed.NO_INDEX_RULES,
                    null, List.of(), null);
        }
        String key = t.getMetric() == Metric.INDEX_TOTAL ? IndexScores.TOTAL : t.getGroupCode().name();
        String unit = t.getUnitRef() == null ? IndexScores.PROVINCE : f.rollup().today(t.getUnitRef());
        List<ScoreEvaluation.Month> months = new ArrayList<>();
        for (ReportPeriod m : monthly) {
            months.add(new ScoreEvaluation.Month(YearMonth.from(m.from()), f.scores(m.from(), m.to())
                    .map(s -> s.getOrDefault(unit, Map.of()).get(key)).orElse(null)));
        }
        double actual = ytd.get().getOrDefault(unit, Map.of()).getOrDefault(key, 0.0);
        ScoreEvaluation e = ScoreEvaluation.of(months, actual, measuredTo, end, t.getDirection(), t.getTargetValue());
        List<UnitAtRisk> atRisk = new ArrayList<>();
        if (t.getUnitRef() == null) {
            ytd.get().forEach((code, scores) -> {
                if (!code.equals(IndexScores.PROVINCE)) {
                    ScoreEvaluation u = ScoreEvaluation.of(List.of(), scores.getOrDefault(key, 0.0), measuredTo, end,
                            t.getDirection(), t.getTargetValue());
                    if (u.misses()) {
                        atRisk.add(new UnitAtRisk(code, f.names().name(code), null, u));
                    }
                }
            });
            atRisk.sort(Comparator.comparingDouble((UnitAtRisk u) -> -u.score().shortBy())
                    .thenComparing(UnitAtRisk::code, UnitRollup.CODE_ORDER));
        }
        return new TargetLine(t, unitName, f.start(), measuredTo, end, null, null, atRisk, e);
    }

    private static TargetEvaluation evaluate(KpiTarget t, Map<YearMonth, MetricFacts> byMonth,
                                             Function<MetricFacts, MetricRatio> source, LocalDate start,
                                             LocalDate measuredTo, LocalDate end) {
        Map<YearMonth, MetricRatio> ratios = new HashMap<>();
        byMonth.forEach((m, s) -> ratios.put(m, source.apply(s)));
        return TargetEvaluation.of(ratios, start, measuredTo, end, t.getDirection(), t.getTargetValue());
    }

    /** The facts from 1 January to a day, per unit and month: as stored, and rolled into the units of today. */
    private record Sums(Map<String, Map<YearMonth, MetricFacts>> byStoredUnit,
                        Map<String, Map<YearMonth, MetricFacts>> byUnitOfToday) { }

    /** What one request reads, each day measured to read once (most targets share the year's end or asOf). */
    private final class Facts {
        private final LocalDate start;
        private final UnitRollup rollup;
        private final UnitNames names;
        private final Map<LocalDate, Sums> byDay = new HashMap<>();
        private final Map<List<LocalDate>, Optional<Map<String, Map<String, Double>>>> scores = new HashMap<>();

        Facts(LocalDate start, UnitRollup rollup, UnitNames names) {
            this.start = start;
            this.rollup = rollup;
            this.names = names;
        }

        LocalDate start() { return start; }

        /** The index's scores of a period, each period scored once per request. */
        Optional<Map<String, Map<String, Double>>> scores(LocalDate from, LocalDate to) {
            return scores.computeIfAbsent(List.of(from, to), k -> indexScores.get().scores(from, to));
        }

        /** Scores the periods not scored yet in this request, together. */
        void prepareScores(List<ReportPeriod> periods) {
            List<ReportPeriod> missing = periods.stream()
                    .filter(p -> !scores.containsKey(List.of(p.from(), p.to()))).distinct().toList();
            if (!missing.isEmpty()) {
                indexScores.get().scores(missing).forEach((p, s) -> scores.put(List.of(p.from(), p.to()), s));
            }
        }

        UnitRollup rollup() { return rollup; }
        UnitNames names() { return names; }

        Sums to(LocalDate day) {
            return byDay.computeIfAbsent(day, d -> {
                Map<String, Map<YearMonth, MetricFacts>> stored = d.isBefore(start) ? Map.of() : read(d);
                Map<String, Map<YearMonth, MetricFacts>> rolled = new HashMap<>();
                stored.forEach((code, months) -> months.forEach((m, s) -> rolled
                        .computeIfAbsent(rollup.today(code), c -> new HashMap<>()).merge(m, s, MetricFacts::plus)));
                return new Sums(stored, rolled);
            });
        }

        /** Both sets of counters of the facts, 1 January to {@code day}, per stored unit and month. */
        private Map<String, Map<YearMonth, MetricFacts>> read(LocalDate day) {
            Map<String, Map<YearMonth, MetricFacts>> out = new HashMap<>();
            facts.byUnitAndMonth(start, day).forEach((code, months) -> months.forEach((m, s) -> out
                    .computeIfAbsent(code, c -> new HashMap<>()).merge(m, new MetricFacts(s, null), MetricFacts::plus)));
            rateFacts.byUnitAndMonth(start, day).forEach((code, months) -> months.forEach((m, s) -> out
                    .computeIfAbsent(code, c -> new HashMap<>()).merge(m, new MetricFacts(null, s), MetricFacts::plus)));
            return out;
        }
    }
}
