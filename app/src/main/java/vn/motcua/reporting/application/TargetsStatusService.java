package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.reporting.domain.MetricFacts;
import vn.motcua.reporting.domain.MetricRatio;
import vn.motcua.reporting.domain.MetricSources;
import vn.motcua.reporting.domain.TargetEvaluation;
import vn.motcua.reporting.domain.UnitRollup;
import vn.motcua.reporting.infrastructure.ServiceRateFactRepository;
import vn.motcua.reporting.infrastructure.TimelinessFactRepository;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.domain.KpiTarget;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitHistory;

/**
 * The caller's province's KPI targets of a year against their actual values, read only from the day facts: for each
 * target the months of its period (1 January to its deadline, or the year's end) measured up to the day asked for,
 * the actual value over them, the projection to the deadline and the status ({@link TargetEvaluation}); for a
 * province-wide target, the units of today projected to miss it, the most dossiers short first.
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

    /** A unit that will miss (or missed) a province-wide target. */
    public record UnitAtRisk(String code, String name, TargetEvaluation evaluation) { }

    /**
     * One target and where it stands; {@code notComputed} set (and {@code evaluation} null) when its metric has no
     * source yet.
     */
    public record TargetLine(KpiTarget target, String unitName, LocalDate from, LocalDate measuredTo, LocalDate end,
                             MetricSources.NotComputed notComputed, TargetEvaluation evaluation,
                             List<UnitAtRisk> unitsAtRisk) { }

    public record TargetsStatus(int year, LocalDate asOf, List<TargetLine> targets) { }

    @Inject
    TargetService targets;

    @Inject
    TimelinessFactRepository facts;

    @Inject
    ServiceRateFactRepository rateFacts;

    @Inject
    UnitService units;

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
        if (source == null) {
            return new TargetLine(t, unitName, f.start(), measuredTo, end, MetricSources.whyNot(t.getMetric()), null,
                    List.of());
        }
        Sums sums = f.to(measuredTo);
        if (t.getUnitRef() != null) {
            String ref = t.getUnitRef();
            boolean ofToday = ref.equals(f.rollup().today(ref));
            Map<YearMonth, MetricFacts> unit = (ofToday ? sums.byUnitOfToday() : sums.byStoredUnit()).getOrDefault(ref, Map.of());
            return new TargetLine(t, unitName, f.start(), measuredTo, end, null,
                    evaluate(t, unit, source, f.start(), measuredTo, end), List.of());
        }
        Map<YearMonth, MetricFacts> province = new HashMap<>();
        sums.byUnitOfToday().values().forEach(m -> m.forEach((month, s) -> province.merge(month, s, MetricFacts::plus)));
        List<UnitAtRisk> atRisk = new ArrayList<>();
        sums.byUnitOfToday().forEach((code, m) -> {
            TargetEvaluation e = evaluate(t, m, source, f.start(), measuredTo, end);
            if (e.misses()) {
                atRisk.add(new UnitAtRisk(code, f.names().name(code), e));
            }
        });
        atRisk.sort(Comparator.comparingLong((UnitAtRisk u) -> -u.evaluation().shortBy())
                .thenComparing(UnitAtRisk::code, UnitRollup.CODE_ORDER));
        return new TargetLine(t, null, f.start(), measuredTo, end, null,
                evaluate(t, province, source, f.start(), measuredTo, end), atRisk);
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

        Facts(LocalDate start, UnitRollup rollup, UnitNames names) {
            this.start = start;
            this.rollup = rollup;
            this.names = names;
        }

        LocalDate start() { return start; }
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
