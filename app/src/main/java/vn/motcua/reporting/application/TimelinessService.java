package vn.motcua.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.identity.application.KnownOfficials;
import vn.motcua.identity.domain.KnownOfficial;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.reporting.domain.FactSums;
import vn.motcua.reporting.domain.FinishTimes;
import vn.motcua.reporting.domain.PublicLateUnits;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.ShortfallColumn;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.reporting.infrastructure.DrillDownRepository;
import vn.motcua.reporting.infrastructure.TimelinessFactRepository;

/**
 * The timeliness report (table 06a) of the caller's province for a period, and the dossiers behind any of its
 * numbers. The report reads only the day facts; the drill-down reads the dossiers with the same definitions, so its
 * total is the number. Units as they were (the competent unit stored on the dossier) or as they are now (each stored
 * code rolled into one unit in force today, {@link ReportUnits}, computed once per request from the units area): the
 * rows by unit, the unit scope and a unit row's drill-down all read codes through the same rollup.
 *
 * <p>Who: the province's administrators and leaders, and unit leaders — for now a unit leader sees the whole
 * province, as a province leader does (a unit leader's own subtree is not modelled on the account yet).
 */
@ApplicationScoped
public class TimelinessService {

    /** What a report is asked for; the scope's unit is named as the view names units. */
    public record Request(ReportPeriod period, ReportGrouping groupBy, ReportScope scope, UnitView unitView) { }

    @Inject
    TimelinessFactRepository facts;

    @Inject
    DrillDownRepository dossiers;

    @Inject
    ReportUnits units;

    @Inject
    KnownOfficials knownOfficials;

    /** The name of the row of steps nobody was assigned or finished. */
    static final String UNASSIGNED = "Chưa phân công";

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public TimelinessTable report(Request r) {
        return table(r);
    }

    /**
     * The caller's own steps in a period (the report's official scope, counted as steps; units as they were): what
     * an official's dashboard shows of themself — anyone who works on dossiers may read their own.
     */
    @Transactional
    @RolesAllowed({"OFFICER", "CLERK", "UNIT_LEADER", "PROVINCE_LEADER"})
    public TimelinessCounts ownSteps(ReportPeriod period) {
        String me = CallerContext.actorName();
        return table(new Request(period, ReportGrouping.NONE, ReportScope.of(null, null, null, me), UnitView.AS_WAS))
                .total();
    }

    /**
     * The public monthly list (no sign-in): the units with late or overdue dossiers in {@code month}, from the
     * month's table by unit, units as they were. No role: the caller has bound the province
     * ({@code PublicListService}); only counts leave.
     */
    @Transactional
    @PermitAll
    public PublicLateUnits lateUnits(YearMonth month) {
        return PublicLateUnits.of(month, table(new Request(ReportPeriod.month(month), ReportGrouping.UNIT,
                ReportScope.PROVINCE, UnitView.AS_WAS)));
    }

    private TimelinessTable table(Request r) {
        ReportPeriod p = r.period();
        ReportUnits.Units u = units.of(r);
        ReportScope scope = u.stored(r.scope());
        Map<String, FactSums> before = facts.before(r.groupBy(), scope, p.from());
        Map<String, FactSums> during = facts.during(r.groupBy(), scope, p.from(), p.to());
        before = u.rows(r.groupBy(), before, FactSums::plus);
        during = u.rows(r.groupBy(), during, FactSums::plus);
        TimelinessTable table = switch (r.groupBy()) {
            case MONTH -> TimelinessTable.byMonth(p, before.getOrDefault("", FactSums.ZERO), during);
            case NONE -> TimelinessTable.single(before.getOrDefault("", FactSums.ZERO),
                    during.getOrDefault("", FactSums.ZERO), "Tổng cộng");
            case UNIT, FIELD, PROCEDURE -> TimelinessTable.byKey(before, during, units.names(r.groupBy(), u));
            case OFFICIAL -> TimelinessTable.byKey(before, during, officialNames(before, during));
        };
        Map<String, FinishTimes> times = u.rows(r.groupBy(), facts.finishTimes(r.groupBy(), scope, p.from(), p.to()),
                FinishTimes::plus);
        if (r.groupBy() == ReportGrouping.NONE) {
            times = Map.of(TimelinessTable.ALL, times.getOrDefault("", FinishTimes.NONE));
        }
        table = table.withFinishTimes(times);
        if (!table.holdsIdentities()) {
            // The facts add up by construction; a broken identity means facts in doubt (a rebuild restores them)
            throw new IllegalStateException("report facts do not add up for " + r + "; rebuild them");
        }
        return table;
    }

    /**
     * The dossiers counted in {@code column} of the row {@code key} (UNIT: the unit's code as the view names it;
     * MONTH: yyyy-MM, the period narrowed to that month; NONE: ignored), a page at a time.
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public DrillDownPage drillDown(Request r, ReportColumn column, String key, int first, int size) {
        ReportPeriod p = r.period();
        if (r.groupBy() == ReportGrouping.MONTH) {
            p = p.within(YearMonth.parse(key));
            if (p == null) {
                return new DrillDownPage(0, List.of());
            }
        }
        ReportUnits.Units u = units.of(r);
        ReportScope scope = u.stored(r.scope());
        if (r.groupBy() == ReportGrouping.UNIT) {
            // a unit's row is a narrower unit scope: the stored codes counted under the key
            return dossiers.page(column, p, ReportGrouping.NONE, null, scope.within(u.stored(key)), first, size);
        }
        return dossiers.page(column, p, r.groupBy(), key, scope, first, size);
    }

    /**
     * The dossiers of a shortfall the index takes points for and no fact keeps ({@link ShortfallColumn}), counted by
     * competent unit as stored and procedure code: the index's counts (issue 14).
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Map<List<String>, Long> shortfalls(ShortfallColumn column, ReportPeriod period) {
        return dossiers.countByUnitAndProcedure(column, period);
    }

    /** {@link #shortfalls(ShortfallColumn, ReportPeriod)} of several periods, read together. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Map<ReportPeriod, Map<List<String>, Long>> shortfalls(ShortfallColumn column, List<ReportPeriod> periods) {
        return dossiers.countByUnitAndProcedure(column, periods);
    }

    /**
     * An official's row name: the display name of the province's account (a known official's too), else one read
     * from the username ({@link KnownOfficial#nameFrom}); the row of steps nobody holds is "Chưa phân công".
     */
    private Function<String, String> officialNames(Map<String, FactSums> before, Map<String, FactSums> during) {
        Set<String> usernames = new java.util.HashSet<>(before.keySet());
        usernames.addAll(during.keySet());
        Map<String, String> names = knownOfficials.names(TenantContext.require(), usernames);
        return username -> username.isEmpty() ? UNASSIGNED
                : names.getOrDefault(username, KnownOfficial.nameFrom(username));
    }
}
