package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.motcua.index.application.TenantIndexService;
import vn.motcua.reporting.application.OverdueWithoutApologyService;
import vn.motcua.reporting.application.TargetsStatusService;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.OverdueWithoutApology;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.FinishTimes;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.domain.UnitView;

/**
 * The province leader's dashboard, on home.xhtml above the cards: for a month (this month by default, up to today),
 * the on-time rate and its trend over 12 months, the units ranked by on-time rate (units as they are now), the
 * targets at risk, the dossiers overdue at the end of the period and the online share. Every count links to the
 * dossiers behind it (reports/dossiers.xhtml, the report's drill-down). Reads only the report facts.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The counts the dashboard shows, of the province or of a unit (06a columns; rate: on-time, percent). */
    public record Figures(long received, long online, long finished, long onTime, long late, long open, long overdue,
                          BigDecimal rate, BigDecimal averageDays, Integer p90Days) implements Serializable {

        static Figures of(TimelinessCounts c) {
            return of(c, FinishTimes.NONE);
        }

        /** With the working days taken by the dossiers finished with a result (average, 90th percentile). */
        static Figures of(TimelinessCounts c, FinishTimes times) {
            return new Figures(c.receivedTotal(), c.receivedOnline(), c.finishedTotal(),
                    c.finishedEarly() + c.finishedOnTime(), c.finishedLate(), c.openTotal(), c.openOverdue(),
                    c.onTimeRate(), times.average(), times.p90());
        }
    }

    /** A unit's line of the ranking. */
    public record UnitLine(int rank, String code, String name, Figures figures) implements Serializable { }

    /** A target at risk or missed, ready to show. */
    public record TargetLine(String metric, String unit, BigDecimal target, String direction, BigDecimal actual,
                             BigDecimal projected, String status, long shortBy, String deadline, String group,
                             Double pointsShort) implements Serializable {

        /** A target on an index score (points), not a rate. */
        public boolean isPoints() {
            return pointsShort != null;
        }
    }

    @Inject
    TimelinessService reports;

    @Inject
    TargetsStatusService targets;

    @Inject
    OverdueWithoutApologyService overdueList;

    @Inject
    UiText text;

    @Inject
    TenantIndexService serviceIndex;

    private transient TenantIndexService.TenantIndex index;

    @Inject
    LocaleView localeView;

    /** The rows of the overdue-without-apology list the dashboard shows (the REST operation pages through all). */
    static final int OVERDUE_ROWS = 200;

    private String month;
    private Figures total;
    private List<UnitLine> units;
    private List<TargetLine> atRisk;
    private String trendJson;
    private OverdueWithoutApology.Page overdue;

    public void load() {
        YearMonth now = YearMonth.from(today());
        YearMonth m;
        try {
            m = month == null ? now : YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            m = now;
        }
        if (m.isAfter(now) || m.isBefore(now.minusMonths(35))) {
            m = now;
        }
        month = m.toString();
        ReportPeriod p = period(m);
        TimelinessTable whole = reports.report(new TimelinessService.Request(p, ReportGrouping.NONE,
                ReportScope.PROVINCE, UnitView.AS_IS));
        total = Figures.of(whole.total(), whole.totalFinishTimes());
        units = rank(reports.report(new TimelinessService.Request(p, ReportGrouping.UNIT, ReportScope.PROVINCE,
                UnitView.AS_IS)).rows());
        ReportPeriod year = new ReportPeriod(m.minusMonths(11).atDay(1), p.to());
        trendJson = DashboardChart.onTimeTrend(reports.report(new TimelinessService.Request(year, ReportGrouping.MONTH,
                ReportScope.PROVINCE, UnitView.AS_IS)).rows(), localeView.getLocale());
        atRisk = new ArrayList<>();
        for (TargetsStatusService.TargetLine t : targets.status(m.getYear(), p.to()).targets()) {
            if (t.score() != null && t.score().misses()) {
                atRisk.add(new TargetLine(t.target().getMetric().name(),
                        t.target().getUnitRef() == null ? null : t.unitName() == null ? t.target().getUnitRef() : t.unitName(),
                        t.target().getTargetValue(), t.target().getDirection().name(),
                        BigDecimal.valueOf(t.score().actual()), null, t.score().status().name(), 0, t.end().toString(),
                        t.target().getGroupCode() == null ? null : t.target().getGroupCode().name(),
                        t.score().shortBy()));
            }
            if (t.evaluation() != null && t.evaluation().misses()) {
                atRisk.add(new TargetLine(t.target().getMetric().name(),
                        t.target().getUnitRef() == null ? null : t.unitName() == null ? t.target().getUnitRef() : t.unitName(),
                        t.target().getTargetValue(), t.target().getDirection().name(), t.evaluation().actual().percent(),
                        t.evaluation().projected() == null ? null : t.evaluation().projected().percent(),
                        t.evaluation().status().name(), t.evaluation().shortBy(), t.end().toString(), null, null));
            }
        }
    }

    /** The ajax listener of the month picker. */
    public void refresh() {
        index = null;
        load();
    }

    static LocalDate today() {
        return LocalDate.now(Formats.VIETNAM);
    }

    /** The month's days up to today. */
    static ReportPeriod period(YearMonth m) {
        LocalDate end = m.atEndOfMonth().isAfter(today()) ? today() : m.atEndOfMonth();
        return new ReportPeriod(m.atDay(1), end);
    }

    /** Best on-time rate first; units that finished nothing last; ties by code. */
    static List<UnitLine> rank(List<TimelinessRow> rows) {
        List<TimelinessRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((TimelinessRow r) -> r.counts().onTimeRate(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(TimelinessRow::key));
        List<UnitLine> out = new ArrayList<>();
        for (TimelinessRow r : sorted) {
            out.add(new UnitLine(out.size() + 1, r.key(), r.name() == null ? r.key() : r.name(),
                    Figures.of(r.counts(), r.finishTimes())));
        }
        return out;
    }

    /** The online share of the dossiers received in the period, percent, 2 decimals; null when none. */
    public BigDecimal getOnlineShare() {
        loaded();
        return total.received() == 0 ? null : BigDecimal.valueOf(total.online() * 100L)
                .divide(BigDecimal.valueOf(total.received()), 2, java.math.RoundingMode.HALF_UP);
    }

    /** The months the picker offers: this month and the 35 before, newest first. */
    public List<String> getMonths() {
        List<String> out = new ArrayList<>();
        YearMonth now = YearMonth.from(today());
        for (int i = 0; i < 36; i++) {
            out.add(now.minusMonths(i).toString());
        }
        return out;
    }

    /** MM/yyyy, as a Vietnamese reader writes a month. */
    public String monthLabel(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear());
    }

    /** The drill-down page of a count: the whole province, or a unit of today ({@code key}). */
    public String drill(String column, String key) {
        loaded();
        ReportPeriod p = period(YearMonth.parse(month));
        return "reports/dossiers.xhtml?from=" + p.from() + "&to=" + p.to() + "&column=" + column
                + (key == null ? "" : "&groupBy=UNIT&unitView=AS_IS&key=" + java.net.URLEncoder.encode(key,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    public String getMonth() { loaded(); return month; }
    public void setMonth(String month) { this.month = month; }
    public Figures getTotal() { loaded(); return total; }
    public List<UnitLine> getUnits() { loaded(); return units; }
    public List<TargetLine> getAtRisk() { loaded(); return atRisk; }
    public String getTrendJson() { loaded(); return trendJson; }

    /** Open dossiers overdue now or supplemented twice, without an apology: now, whatever the month picked. */
    public OverdueWithoutApology.Page getOverdueWithoutApology() {
        if (overdue == null) {
            overdue = overdueList.page(java.time.OffsetDateTime.now(), 0, OVERDUE_ROWS);
        }
        return overdue;
    }

    /** The whole list as of now as XLSX (the table shows its first {@value #OVERDUE_ROWS}). */
    public org.primefaces.model.StreamedContent exportOverdue() {
        return OverdueListExport.workbook(overdueList, text, localeView.getLocale(), this::reasons);
    }

    /** More dossiers are on the list than the table shows (the export has them all, up to its limit). */
    public boolean isOverdueCut() {
        OverdueWithoutApology.Page p = getOverdueWithoutApology();
        return p.total() > p.items().size();
    }

    /** Why a dossier is listed, in the reader's language ("Quá hạn; Yêu cầu bổ sung lần thứ hai"). */
    public String reasons(OverdueWithoutApology.Line line) {
        return OverdueListExport.reasons(text, localeView.getLocale(), line);
    }

    /**
     * The province's Decision 766 index from 1 January of the month's year to the end of the dashboard's period, read
     * on first use (reports/service-index.xhtml explains it).
     */
    public TenantIndexService.TenantIndex getIndex() {
        if (index == null) {
            ReportPeriod p = period(YearMonth.parse(getMonth()));
            index = serviceIndex.index(new ReportPeriod(p.to().withDayOfYear(1), p.to()), null);
        }
        return index;
    }

    public LocalDate getFromDay() { loaded(); return period(YearMonth.parse(month)).from(); }
    public LocalDate getToDay() { loaded(); return period(YearMonth.parse(month)).to(); }

    /** The figures are read on first use (the dashboard is a part of home.xhtml, shown to province leaders only). */
    private void loaded() {
        if (total == null) {
            load();
        }
    }
}
