package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.reporting.application.RoleDashboards;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.domain.UnitView;

/**
 * The start pages of the roles below the province leader (home.xhtml; the province leader's is {@link DashboardView}):
 * <ul>
 *   <li>unit leader: their units (the account's unit and its subtree today) this month — on-time rate, the units and
 *       their officials ranked, the dossiers overdue now;</li>
 *   <li>officer: their own steps finished this month on time and late (the report's official scope) and, from their
 *       worklist, what is overdue and what falls due within the next 7 days;</li>
 *   <li>clerk: the dossiers they received today and this week (Monday to today), by channel.</li>
 * </ul>
 * Each part is read on first use, only for a caller who has the role.
 */
@Named
@ViewScoped
public class RoleDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far ahead "due this week" looks. */
    static final int DUE_DAYS = 7;
    /** The worklist rows looked at for it (soonest due first). */
    static final int DUE_ROWS = 100;

    /** An open step of the officer's worklist due soon (or overdue). */
    public record DueLine(String code, String procedure, String applicant, OffsetDateTime due, boolean overdue)
            implements Serializable { }

    /** The officer's figures: their steps this month, and their worklist. */
    public record Officer(DashboardView.Figures steps, long open, long overdue, long dueThisWeek, List<DueLine> due,
                          String chartJson) implements Serializable { }

    /** The unit leader's figures: their units' total, units ranked, officials ranked. */
    public record UnitLeader(boolean hasUnits, DashboardView.Figures total, List<DashboardView.UnitLine> units,
                             List<DashboardView.UnitLine> officials, String chartJson) implements Serializable { }

    @Inject
    TimelinessService reports;

    @Inject
    RoleDashboards dashboards;

    @Inject
    DossierService dossiers;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    private Officer officer;
    private RoleDashboards.Desk desk;
    private String deskChart;
    private UnitLeader unitLeader;

    /** This month up to today. */
    static ReportPeriod thisMonth() {
        return DashboardView.period(YearMonth.from(DashboardView.today()));
    }

    public String getMonthLabel() {
        YearMonth m = YearMonth.from(DashboardView.today());
        return String.format(java.util.Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear());
    }

    public Officer getOfficer() {
        if (officer == null) {
            DashboardView.Figures steps = DashboardView.Figures.of(reports.ownSteps(thisMonth()));
            String me = user.getUsername();
            DossierService.WorkCounts counts = dossiers.worklistCounts(me);
            OffsetDateTime now = OffsetDateTime.now(Formats.VIETNAM);
            OffsetDateTime weekEnd = now.plusDays(DUE_DAYS);
            List<DueLine> due = new ArrayList<>();
            long overdue = 0;
            long dueWeek = 0;
            for (Dossier d : dossiers.worklist(me, 0, DUE_ROWS)) {
                OffsetDateTime at = d.getCurrentStepDueAt();
                if (at == null || at.isAfter(weekEnd)) {
                    continue;
                }
                boolean late = at.isBefore(now);
                overdue += late ? 1 : 0;
                dueWeek += late ? 0 : 1;
                due.add(new DueLine(d.getCode(), d.getProcedureName(), d.getApplicantName(), at, late));
            }
            officer = new Officer(steps, counts.total(), Math.max(overdue, counts.overdue()), dueWeek, due,
                    DashboardChart.stepsDoughnut(steps.onTime(), steps.late(), localeView.getLocale()));
        }
        return officer;
    }

    public RoleDashboards.Desk getDesk() {
        if (desk == null) {
            desk = dashboards.desk(DashboardView.today());
            deskChart = DashboardChart.channelBars(desk.received(), desk.week(), localeView.getLocale());
        }
        return desk;
    }

    public String getDeskChart() {
        getDesk();
        return deskChart;
    }

    public UnitLeader getUnitLeader() {
        if (unitLeader == null) {
            Set<String> mine = dashboards.myUnits();
            if (mine.isEmpty()) {
                unitLeader = new UnitLeader(false, null, List.of(), List.of(), null);
            } else {
                ReportScope scope = new ReportScope(mine, null, null);
                TimelinessTable byUnit = reports.report(new TimelinessService.Request(thisMonth(), ReportGrouping.UNIT,
                        scope, UnitView.AS_IS));
                TimelinessTable byOfficial = reports.report(new TimelinessService.Request(thisMonth(),
                        ReportGrouping.OFFICIAL, scope, UnitView.AS_IS));
                List<DashboardView.UnitLine> units = DashboardView.rank(byUnit.rows());
                unitLeader = new UnitLeader(true, DashboardView.Figures.of(byUnit.total()), units,
                        DashboardView.rank(byOfficial.rows()), DashboardChart.unitBars(units, localeView.getLocale()));
            }
        }
        return unitLeader;
    }

    /** The drill-down of a count of one of the unit leader's units ({@code key}: its code today), this month. */
    public String drill(String column, String key) {
        ReportPeriod p = thisMonth();
        String units = key;
        return "reports/dossiers.xhtml?from=" + p.from() + "&to=" + p.to() + "&column=" + column
                + "&groupBy=UNIT&unitView=AS_IS&key=" + java.net.URLEncoder.encode(units,
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
