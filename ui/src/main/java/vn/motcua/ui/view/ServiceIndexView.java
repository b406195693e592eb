package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.index.application.IndexScenarioService;
import vn.motcua.index.application.TenantIndexService;
import vn.motcua.index.domain.GroupRule;
import vn.motcua.index.domain.IndexScenario;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.index.domain.MetricScore;
import vn.motcua.index.domain.MetricSource;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.PointsLost;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;

/**
 * reports/service-index.xhtml: the province's Decision 766 index from its own data (issue 14 item 8) for a year to
 * date or a month — the total, band and place in the latest published ranking, the groups against their maximum as a
 * chart, every metric with its counts, source and the dossiers behind its shortfall, the units ranked, who costs the
 * most points (units and procedures), and a what-if of changed counts with the province's saved scenarios (opened
 * into the what-if on their own period and scored again). Who: the province's administrators and leaders, unit
 * leaders; saving and deleting scenarios: administrators and province leaders.
 */
@Named
@ViewScoped
public class ServiceIndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many lines each points-lost list shows. */
    static final int COSTS = 10;

    /** One metric's line: its score, its counts and source, and its shortfall with drill-down links. */
    public record MetricLine(MetricScore score, MetricValue value, List<MetricValue.Shortfall> shortfall)
            implements Serializable { }

    /** One change of the what-if. */
    public record ChangeLine(String unitCode, String metricCode, long numerator, long denominator)
            implements Serializable { }

    @Inject
    TenantIndexService index;

    @Inject
    Access access;

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    @Inject
    IndexScenarioService scenarioService;

    @Inject
    CurrentUser user;

    private String period;
    private transient TenantIndexService.TenantIndex current;
    private transient List<PointsLost.Cost> unitCosts;
    private transient List<PointsLost.Cost> procedureCosts;
    private transient Map<String, String> procedureNames;
    private final List<ChangeLine> changes = new ArrayList<>();
    private transient TenantIndexService.Simulation simulation;
    /** The what-if's period and publication: the page's (latest), or an opened scenario's. */
    private LocalDate simFrom;
    private LocalDate simTo;
    private LocalDate simComparedWith;
    /** The scenario opened (null: none); saving under its name updates it. */
    private Long openedId;
    private String openedName;
    private long openedVersion;
    private String scenarioName;
    private String scenarioNotice;
    private transient List<IndexScenario> scenarios;
    private String simUnit;
    private String simMetric = "TDGQ_ON_TIME";
    private Long simNumerator;
    private Long simDenominator;
    private String simError;

    public void load() {
        if (!access.allowReports()) {
            return;
        }
        ReportPeriod p = period();
        current = index.index(p, null);
        unitCosts = index.pointsLost(current, TenantIndexService.CostBy.UNIT).costs();
        TenantIndexService.PointsLostList byProcedure = index.pointsLost(current, TenantIndexService.CostBy.PROCEDURE);
        procedureCosts = byProcedure.costs();
        procedureNames = byProcedure.names();
        clearChanges();
    }

    /** The ajax listener of the period picker. */
    public void refresh() {
        load();
    }

    /** The period picked: a year ("2026": from 1 January up to today) or a month ("2026-01"). */
    ReportPeriod period() {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        try {
            if (period != null && period.matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth m = YearMonth.parse(period);
                if (!m.isAfter(YearMonth.from(today))) {
                    return new ReportPeriod(m.atDay(1), m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth());
                }
            }
            if (period != null && period.matches("[0-9]{4}")) {
                int y = Integer.parseInt(period);
                if (y <= today.getYear() && y >= 2026) {
                    LocalDate end = LocalDate.of(y, 12, 31);
                    return new ReportPeriod(LocalDate.of(y, 1, 1), end.isAfter(today) ? today : end);
                }
            }
        } catch (java.time.DateTimeException e) {
            // fall through to this year
        }
        period = Integer.toString(today.getYear());
        return new ReportPeriod(LocalDate.of(today.getYear(), 1, 1), today);
    }

    /** This year and its months so far, then the years before back to 2026 (the first rule set). */
    public List<String> getPeriods() {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        List<String> out = new ArrayList<>();
        for (int y = today.getYear(); y >= 2026; y--) {
            out.add(Integer.toString(y));
            int last = y == today.getYear() ? today.getMonthValue() : 12;
            for (int m = last; m >= 1; m--) {
                out.add(YearMonth.of(y, m).toString());
            }
        }
        return out;
    }

    /** "Năm 2026 (đến nay)" or "Tháng 01/2026". */
    public String periodLabel(String p) {
        Locale l = localeView.getLocale();
        if (p.length() == 4) {
            return text.get(l, "index.period.year", p);
        }
        YearMonth m = YearMonth.parse(p);
        return text.get(l, "index.period.month", String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(),
                m.getYear()));
    }

    /** The province's metrics in the rule set's order, with their counts and shortfall. */
    public List<MetricLine> getMetrics() {
        loaded();
        List<MetricLine> out = new ArrayList<>();
        for (MetricScore m : current.province().score().metrics()) {
            MetricValue v = current.province().values().get(m.code());
            out.add(new MetricLine(m, v, v == null ? List.of()
                    : v.shortfall().stream().filter(s -> s.count() > 0).toList()));
        }
        return out;
    }

    /** Whether a shortfall part opens on dossiers (publicity's parts are procedure codes). */
    public boolean dossierColumn(String column) {
        return !column.matches("[0-9].*");
    }

    /** The drill-down page of a shortfall part, for the period. */
    public String drill(String column) {
        ReportPeriod p = period();
        return "reports/dossiers.xhtml?from=" + p.from() + "&to=" + p.to() + "&column=" + column;
    }

    /** Chart.js bars: each group's score against its maximum. */
    public String getGroupsJson() {
        loaded();
        return groupsJson(current.counts().ruleSet().groups(), current.province().score().groups(),
                localeView.getLocale());
    }

    /** The groups' chart of {@code scores} (group code → points), in the words of {@code locale}. */
    static String groupsJson(List<GroupRule> groups, Map<String, Double> scores, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder points = Json.createArrayBuilder();
        JsonArrayBuilder max = Json.createArrayBuilder();
        for (GroupRule g : groups) {
            labels.add(g.code() + " · " + (en ? g.nameEn() : g.nameVi()));
            points.add(scores.getOrDefault(g.code(), 0.0));
            max.add(g.maxPoints());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", UiText.of(locale, "index.chart.score"))
                                        .add("data", points).add("backgroundColor", "#1f6feb"))
                                .add(Json.createObjectBuilder().add("label", UiText.of(locale, "index.chart.max"))
                                        .add("data", max).add("backgroundColor", "rgba(130, 80, 223, 0.35)"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("indexAxis", "y"))
                .build().toString();
    }

    // ----- what if -----

    /** Adds the change in the form and scores the what-if with every change so far. Nothing is written. */
    public void addChange() {
        simError = null;
        scenarioNotice = null;
        if (simMetric == null || simNumerator == null || simDenominator == null) {
            simError = text.get(localeView.getLocale(), "index.sim.incomplete");
            return;
        }
        changes.add(new ChangeLine(simUnit == null || simUnit.isBlank() ? null : simUnit, simMetric, simNumerator,
                simDenominator));
        try {
            simulation = index.simulate(simPeriod(), metricChanges(), simComparedWith);
        } catch (DomainException e) {
            changes.remove(changes.size() - 1);
            simError = text.get(localeView.getLocale(), "index.sim.refused");
        }
    }

    /** Starts the what-if again on the page's period, no scenario opened. */
    public void clearChanges() {
        changes.clear();
        simulation = null;
        simError = null;
        ReportPeriod p = period();
        simFrom = p.from();
        simTo = p.to();
        simComparedWith = null;
        openedId = null;
        openedName = null;
        scenarioName = null;
        scenarioNotice = null;
    }

    private ReportPeriod simPeriod() {
        if (simFrom == null) {
            ReportPeriod p = period();
            simFrom = p.from();
            simTo = p.to();
        }
        return new ReportPeriod(simFrom, simTo);
    }

    private List<MetricChange> metricChanges() {
        return changes.stream().map(c -> new MetricChange(c.unitCode(), c.metricCode(), c.numerator(),
                c.denominator())).toList();
    }

    // ----- saved scenarios -----

    /** The province's saved scenarios, by name. */
    public List<IndexScenario> getScenarios() {
        if (scenarios == null) {
            scenarios = access.allowReports() ? scenarioService.list() : List.of();
        }
        return scenarios;
    }

    /** Province administrators and leaders save and delete scenarios; unit leaders open them. */
    public boolean isScenarioWriter() {
        return !user.isPlatform() && (user.isProvinceAdmin() || user.isProvinceLeader());
    }

    /**
     * Saves the what-if under the name given: the scenario opened when the name is its own (an update, refused if
     * someone changed it meanwhile), else a new one (refused if the name is taken).
     */
    public void saveScenario() {
        if (!isScenarioWriter()) {
            access.refuse();
            return;
        }
        simError = null;
        scenarioNotice = null;
        if (changes.isEmpty()) {
            simError = text.get(localeView.getLocale(), "index.scenario.noChanges");
            return;
        }
        if (scenarioName == null || scenarioName.isBlank()) {
            simError = text.get(localeView.getLocale(), "index.scenario.nameRequired");
            return;
        }
        var draft = new IndexScenarioService.Draft(scenarioName, simPeriod(), metricChanges(), simComparedWith);
        try {
            boolean update = openedId != null && openedName.equals(scenarioName.strip());
            IndexScenarioService.Opened saved = update ? scenarioService.update(openedId, openedVersion, draft)
                    : scenarioService.save(draft);
            opened(saved.scenario());
            scenarios = null;
            scenarioNotice = text.get(localeView.getLocale(), update ? "index.scenario.updated"
                    : "index.scenario.saved", saved.scenario().name());
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** Loads a saved scenario into the what-if (its period, publication and changes) and scores it on today's data. */
    public void openScenario(long id) {
        try {
            IndexScenarioService.Opened o = scenarioService.open(id);
            IndexScenario s = o.scenario();
            changes.clear();
            s.changes().forEach(c -> changes.add(new ChangeLine(c.unitCode(), c.metricCode(), c.numerator(),
                    c.denominator())));
            simFrom = s.from();
            simTo = s.to();
            simComparedWith = s.comparedWith();
            opened(s);
            simulation = o.result().simulation();
            simError = simulation != null ? null : text.get(localeView.getLocale(), "index.scenario.stale",
                    o.result().refusals().stream().map(r -> Messages.format(Messages.pick(localeView.getLocale()),
                            r.messageKey(), r.args())).collect(Collectors.joining(" ")));
            scenarioNotice = null;
        } catch (DomainException e) {
            scenarios = null;
            refused(e);
        }
    }

    public void deleteScenario(long id) {
        if (!isScenarioWriter()) {
            access.refuse();
            return;
        }
        simError = null;
        try {
            String name = getScenarios().stream().filter(s -> s.id() == id).map(IndexScenario::name).findFirst()
                    .orElse(Long.toString(id));
            scenarioService.delete(id);
            if (openedId != null && openedId == id) {
                openedId = null;
                openedName = null;
            }
            scenarioNotice = text.get(localeView.getLocale(), "index.scenario.deleted", name);
        } catch (DomainException e) {
            refused(e);
        }
        scenarios = null;
    }

    /** A refusal of the scenarios' service, shown at the what-if: its message, or each field's. */
    private void refused(DomainException e) {
        Locale l = Messages.pick(localeView.getLocale());
        scenarioNotice = null;
        simError = e.fieldErrors().isEmpty() ? Messages.format(l, e.messageKey(), e.args())
                : e.fieldErrors().stream().map(f -> Messages.format(l, f.messageKey(), f.args()))
                        .collect(Collectors.joining(" "));
    }

    private void opened(IndexScenario s) {
        openedId = s.id();
        openedName = s.name();
        openedVersion = s.version();
        scenarioName = s.name();
    }

    /** Whether the what-if is not on the page's period (an opened scenario's own). */
    public boolean isOtherPeriod() {
        ReportPeriod p = period();
        return simFrom != null && (!simFrom.equals(p.from()) || !simTo.equals(p.to()));
    }

    public String unitName(String code) {
        loaded();
        return current.units().stream().filter(u -> u.code().equals(code)).map(TenantIndexService.UnitIndex::name)
                .findFirst().orElse(code == null ? text.get(localeView.getLocale(), "index.wholeProvince") : code);
    }

    public String procedureName(String code) {
        loaded();
        return procedureNames == null ? null : procedureNames.get(code);
    }

    public boolean isEntered(MetricLine m) {
        return m.value() != null && m.value().source() == MetricSource.ENTERED;
    }

    private void loaded() {
        if (current == null) {
            load();
        }
    }

    public TenantIndexService.TenantIndex getCurrent() { loaded(); return current; }
    public List<PointsLost.Cost> getUnitCosts() { loaded(); return unitCosts.stream().limit(COSTS).toList(); }
    public List<PointsLost.Cost> getProcedureCosts() { loaded(); return procedureCosts.stream().limit(COSTS).toList(); }
    public List<ChangeLine> getChanges() { return changes; }
    public TenantIndexService.TenantIndex getSimulated() { return simulation == null ? null : simulation.after(); }
    public TenantIndexService.TenantIndex getSimBefore() { return simulation == null ? null : simulation.before(); }
    public LocalDate getSimFrom() { return simFrom; }
    public LocalDate getSimTo() { return simTo; }
    public Long getOpenedId() { return openedId; }
    public String getOpenedName() { return openedName; }
    public String getScenarioName() { return scenarioName; }
    public void setScenarioName(String scenarioName) { this.scenarioName = scenarioName; }
    public String getScenarioNotice() { return scenarioNotice; }
    public LocalDate getFromDay() { return period().from(); }
    public LocalDate getToDay() { return period().to(); }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getSimUnit() { return simUnit; }
    public void setSimUnit(String simUnit) { this.simUnit = simUnit; }
    public String getSimMetric() { return simMetric; }
    public void setSimMetric(String simMetric) { this.simMetric = simMetric; }
    public Long getSimNumerator() { return simNumerator; }
    public void setSimNumerator(Long simNumerator) { this.simNumerator = simNumerator; }
    public Long getSimDenominator() { return simDenominator; }
    public void setSimDenominator(Long simDenominator) { this.simDenominator = simDenominator; }
    public String getSimError() { return simError; }
}
