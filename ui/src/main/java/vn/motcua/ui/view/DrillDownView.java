package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.DrillDownDossier;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.TimelinessColumn;
import vn.motcua.reporting.domain.UnitView;

/**
 * reports/dossiers.xhtml: the dossiers behind one number of the timeliness report, the service rates or the index's
 * shortfalls (the dashboard's and the index page's links), as the
 * reportDrillDown operation lists them: the period, the column, and a unit row (units as they are now) or the whole
 * province. Shows the first {@value #SHOWN}; the total is the number.
 */
@Named
@RequestScoped
public class DrillDownView {

    static final int SHOWN = 500;

    @Inject
    TimelinessService reports;

    private String from;
    private String to;
    private String column;
    private String groupBy;
    private String unitView;
    private String key;
    private LocalDate fromDay;
    private LocalDate toDay;
    private DrillDownPage page = new DrillDownPage(0, List.of());

    public void load() {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        fromDay = day(from, today.withDayOfMonth(1));
        toDay = day(to, today);
        if (ReportPeriod.problem(fromDay, toDay) != null) {
            fromDay = today.withDayOfMonth(1);
            toDay = today;
        }
        ReportColumn c = ReportColumn.named(column).orElse(TimelinessColumn.finishedLate);
        column = c.name();
        ReportGrouping by = "UNIT".equals(groupBy) && key != null && !key.isBlank() ? ReportGrouping.UNIT
                : ReportGrouping.NONE;
        UnitView view = choice(UnitView.class, unitView == null ? null : unitView.toUpperCase(Locale.ROOT), UnitView.AS_IS);
        page = reports.drillDown(new TimelinessService.Request(new ReportPeriod(fromDay, toDay), by, ReportScope.PROVINCE,
                view), c, by == ReportGrouping.UNIT ? key.strip() : null, 0, SHOWN);
    }

    private static LocalDate day(String raw, LocalDate absent) {
        try {
            return raw == null || raw.isBlank() ? absent : LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return absent;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String raw, E absent) {
        try {
            return raw == null || raw.isBlank() ? absent : Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            return absent;
        }
    }

    public long getTotal() { return page.total(); }
    public List<DrillDownDossier> getItems() { return page.items(); }
    public LocalDate getFromDay() { return fromDay; }
    public LocalDate getToDay() { return toDay; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getColumn() { return column; }
    public void setColumn(String column) { this.column = column; }
    public String getGroupBy() { return groupBy; }
    public void setGroupBy(String groupBy) { this.groupBy = groupBy; }
    public String getUnitView() { return unitView; }
    public void setUnitView(String unitView) { this.unitView = unitView; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
