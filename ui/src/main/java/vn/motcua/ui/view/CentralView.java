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
import vn.motcua.index.application.ProvinceComparisonService;
import vn.motcua.index.domain.AggregatePeriod;
import vn.motcua.index.domain.GroupRule;
import vn.motcua.index.domain.MetricScore;
import vn.motcua.index.domain.ProcedureAggregate;
import vn.motcua.index.domain.ProcedureVolume;
import vn.motcua.index.domain.PublishedUnit;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * What central agencies look at (issue 14 items 7–8), from the aggregates the provinces published: the ranking of
 * the provinces (their start page, home.xhtml), chosen provinces side by side (central/compare.xhtml) and one
 * procedure across provinces (central/procedure.xhtml). A month (or the year to its end) is picked; the latest month
 * any province published by default. Who: central viewers and the platform administrator.
 */
@Named
@ViewScoped
public class CentralView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A procedure's line: the province (null: all of them pooled) and its figures. */
    public record ProcedureLine(String code, String name, ProcedureAggregate figures) implements Serializable { }

    @Inject
    ProvinceComparisonService comparison;

    @Inject
    TenantRegistry tenants;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    private String kind = AggregatePeriod.YEAR_TO_DATE.name();
    private String month;
    private boolean nothing;
    private transient ProvinceComparisonService.Ranking ranking;
    private List<String> chosen = new ArrayList<>();
    transient ProvinceComparisonService.Comparison compared; // package-private: set by CentralViewTest
    private String q;
    private String code;
    private transient List<ProcedureVolume> procedures;
    transient ProvinceComparisonService.ProcedureComparison procedure; // package-private: set by CentralViewTest
    private String error;
    private boolean rankingTried;
    private transient List<Tenant> provinces;

    /** Which screen this view serves: what a change of period reloads. */
    enum Page { RANKING, COMPARE, PROCEDURE }

    private Page page = Page.RANKING;

    /** The ajax listener of the period picker: the screen's figures again, for the new period. */
    public void periodChanged() {
        ranking = null;
        nothing = false;
        switch (page) {
            case COMPARE -> {
                ranking = month() == null ? null : comparison.ranking(kind(), month());
                compare();
            }
            case PROCEDURE -> {
                search();
                if (code != null && !code.isBlank()) {
                    showProcedure();
                }
            }
            default -> loadRanking();
        }
    }

    // ----- the ranking -----

    public void loadRanking() {
        rankingTried = true;
        if (!access.allowCentral()) {
            return;
        }
        error = null;
        YearMonth m = month();
        if (m == null) {
            return;
        }
        ranking = comparison.ranking(kind(), m);
    }

    /** The month picked, or the latest published; null (and {@link #isNothing}) when no province has published. */
    YearMonth month() {
        try {
            if (month != null && month.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(month);
            }
        } catch (java.time.DateTimeException e) {
            // the latest instead
        }
        try {
            YearMonth latest = comparison.latestMonth(kind());
            month = latest.toString();
            nothing = false;
            return latest;
        } catch (DomainException e) {
            nothing = true;
            return null;
        }
    }

    AggregatePeriod kind() {
        try {
            return AggregatePeriod.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            kind = AggregatePeriod.YEAR_TO_DATE.name();
            return AggregatePeriod.YEAR_TO_DATE;
        }
    }

    /** Chart.js bars: each province's total, the best first. */
    public String getRankingJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder totals = Json.createArrayBuilder();
        if (ranking != null) {
            for (ProvinceComparisonService.ProvinceLine l : ranking.provinces()) {
                labels.add(l.rank() + ". " + l.name());
                totals.add(l.score().total());
            }
        }
        return bars(labels, Json.createArrayBuilder().add(dataset(word("central.ranking.chart.total"), totals, "#1f6feb")),
                true);
    }

    // ----- provinces compared -----

    public void loadCompare() {
        page = Page.COMPARE;
        if (!access.allowCentral()) {
            return;
        }
        YearMonth m = month();
        if (m == null) {
            return;
        }
        if (ranking == null) {
            ranking = comparison.ranking(kind(), m);
        }
        if (chosen.isEmpty()) {
            ranking.provinces().stream().limit(3).forEach(l -> chosen.add(l.code()));
        }
        compare();
    }

    /** Compares the provinces chosen (1 to 8). */
    public void compare() {
        error = null;
        compared = null;
        if (month() == null) {
            return;
        }
        if (chosen.isEmpty() || chosen.size() > ProvinceComparisonService.MAX_COMPARED) {
            error = text.get(localeView.getLocale(), "central.compare.count", ProvinceComparisonService.MAX_COMPARED);
            return;
        }
        try {
            compared = comparison.compare(kind(), month(), chosen);
        } catch (DomainException e) {
            error = text.get(localeView.getLocale(), "central.compare.count", ProvinceComparisonService.MAX_COMPARED);
        }
    }

    /** The active provinces to choose from, by code. */
    public List<Tenant> getProvinces() {
        if (provinces == null) { // a getter the page calls several times a render: the registry read once a view
            provinces = tenants.list().stream().filter(Tenant::isActive)
                    .sorted(java.util.Comparator.comparing(Tenant::getProvinceCode)).toList();
        }
        return provinces;
    }

    /** Chart.js grouped bars: every group, one bar per province chosen, and the group's maximum. */
    public String getGroupsJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sets = Json.createArrayBuilder();
        if (compared != null && compared.ruleSet() != null) {
            JsonArrayBuilder max = Json.createArrayBuilder();
            for (GroupRule g : compared.ruleSet().groups()) {
                labels.add(g.code() + " · " + (en() ? g.nameEn() : g.nameVi()));
                max.add(g.maxPoints());
            }
            int i = 0;
            for (ProvinceComparisonService.ProvinceLine l : compared.provinces()) {
                JsonArrayBuilder data = Json.createArrayBuilder();
                compared.ruleSet().groups().forEach(g -> data.add(l.score().groups().getOrDefault(g.code(), 0.0)));
                sets.add(dataset(l.name(), data, COLOURS[i++ % COLOURS.length]));
            }
            sets.add(dataset(word("central.compare.chart.max"), max, "rgba(130, 80, 223, 0.25)"));
        }
        return bars(labels, sets, false);
    }

    /** Chart.js lines: each chosen province's total month by month. */
    public String getTrendJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sets = Json.createArrayBuilder();
        if (compared != null) {
            java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>();
            compared.trends().values().forEach(t -> t.forEach(p -> months.add(p.month())));
            months.forEach(m -> labels.add(monthLabel(m.toString())));
            int i = 0;
            for (ProvinceComparisonService.ProvinceLine l : compared.provinces()) {
                JsonArrayBuilder data = Json.createArrayBuilder();
                var points = compared.trends().getOrDefault(l.code(), List.of());
                for (YearMonth m : months) {
                    points.stream().filter(p -> p.month().equals(m)).findFirst()
                            .ifPresentOrElse(p -> data.add(p.total()), data::addNull);
                }
                sets.add(Json.createObjectBuilder().add("label", l.name()).add("data", data)
                        .add("borderColor", COLOURS[i++ % COLOURS.length]).add("fill", false));
            }
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    /** The metrics of the rule set in order, for the side-by-side table. */
    public List<String> getMetricCodes() {
        if (compared == null || compared.ruleSet() == null) {
            return List.of();
        }
        return compared.ruleSet().metrics().stream().filter(m -> m.scored()).map(m -> m.code()).toList();
    }

    public MetricScore metric(ProvinceComparisonService.ProvinceLine line, String metricCode) {
        return ProvinceComparisonService.metricScore(line, metricCode);
    }

    public List<PublishedUnit> units(ProvinceComparisonService.ProvinceLine line) {
        return compared == null ? List.of() : compared.units().getOrDefault(line.code(), List.of());
    }

    // ----- one procedure across provinces -----

    public void loadProcedure() {
        page = Page.PROCEDURE;
        if (!access.allowCentral()) {
            return;
        }
        YearMonth m = month();
        if (m == null) {
            return;
        }
        search();
        if (code != null && !code.isBlank()) {
            showProcedure();
        }
    }

    /** The procedures published for the period, filtered by {@link #q}. */
    public void search() {
        YearMonth m = month();
        procedures = m == null ? List.of() : comparison.procedures(kind(), m, q, 50);
    }

    public void showProcedure() {
        error = null;
        procedure = null;
        try {
            procedure = comparison.procedure(code, kind(), month());
        } catch (DomainException e) {
            error = text.get(localeView.getLocale(), "central.procedure.none", code);
        }
    }

    /** Each province's line, then all of them pooled. */
    public List<ProcedureLine> getProcedureLines() {
        List<ProcedureLine> out = new ArrayList<>();
        if (procedure != null) {
            procedure.byProvince().forEach((c, a) -> out.add(new ProcedureLine(c, procedure.provinceNames().get(c), a)));
            out.add(new ProcedureLine(null, word("central.procedure.all"), procedure.all()));
        }
        return out;
    }

    /** Chart.js bars: median and 90th percentile working days in each province. */
    public String getProcedureJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder median = Json.createArrayBuilder();
        JsonArrayBuilder p90 = Json.createArrayBuilder();
        for (ProcedureLine l : getProcedureLines()) {
            labels.add(l.name());
            if (l.figures().medianDays() == null) {
                median.addNull();
                p90.addNull();
            } else {
                median.add(l.figures().medianDays());
                p90.add(l.figures().p90Days());
            }
        }
        return bars(labels, Json.createArrayBuilder()
                .add(dataset(word("central.procedure.chart.median"), median, "#1f6feb"))
                .add(dataset(word("central.procedure.chart.p90"), p90, "#bf8700")), false);
    }

    // ----- shared -----

    static final String[] COLOURS = {"#1f6feb", "#1a7f37", "#bf8700", "#cf222e", "#8250df", "#0a7ea4", "#6e7781",
        "#953800"};

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String bars(JsonArrayBuilder labels, JsonArrayBuilder sets, boolean horizontal) {
        var options = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }

    private boolean en() {
        Locale l = localeView.getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    /** A word of the charts and tables, from the UI bundle in the reader's language. */
    private String word(String key) {
        return text.get(localeView.getLocale(), key);
    }

    /** The months to pick: this month and the 23 before it. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.from(LocalDate.now(Formats.VIETNAM));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            out.add(now.minusMonths(i).toString());
        }
        if (month != null && !out.contains(month)) {
            out.add(0, month);
        }
        return out;
    }

    public String monthLabel(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear());
    }

    public String kindLabel(String k) {
        return text.get(localeView.getLocale(), "central.kind." + k);
    }

    public List<String> getKinds() {
        return List.of(AggregatePeriod.YEAR_TO_DATE.name(), AggregatePeriod.MONTH.name());
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public boolean isNothing() {
        getRanking();
        return nothing;
    }

    /** The ranking, read once per view (the start page has no view action of its own). */
    public ProvinceComparisonService.Ranking getRanking() {
        if (!user.isCentralReader()) {
            return null; // the start page of everyone else: read quietly by the component tree, never refused
        }
        if (ranking == null && !rankingTried) {
            rankingTried = true;
            loadRanking();
        }
        return ranking;
    }

    /** The rule set's group codes, in order, as the ranking's lines carry them. */
    public List<String> getGroupCodes() {
        ProvinceComparisonService.Ranking r = getRanking();
        return r == null || r.provinces().isEmpty() ? List.of()
                : new ArrayList<>(r.provinces().get(0).score().groups().keySet());
    }

    /** The active provinces that have not published the period, by code. */
    public String getNotPublishedText() {
        ProvinceComparisonService.Ranking r = getRanking();
        return r == null ? "" : String.join(", ", r.notPublished());
    }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen); }
    public ProvinceComparisonService.Comparison getCompared() { return compared; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public List<ProcedureVolume> getProcedures() { return procedures; }
    public ProvinceComparisonService.ProcedureComparison getProcedure() { return procedure; }
    public String getError() { return error; }
}
