package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.identity.application.KnownOfficials;
import vn.motcua.identity.domain.KnownOfficial;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.FactSums;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.TimelinessColumn;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.domain.UnitRollup;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.reporting.infrastructure.DrillDownRepository;
import vn.motcua.reporting.infrastructure.TimelinessFactRepository;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitHistory;

/**
 * The timeliness report (table 06a) of the caller's province for a period, and the dossiers behind any of its
 * numbers. The report reads only the day facts; the drill-down reads the dossiers with the same definitions, so its
 * total is the number. Units as they were (the competent unit stored on the dossier) or as they are now (each stored
 * code rolled into one unit in force today, {@link UnitRollup}, computed once per request from the units area): the
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
    UnitService units;

    @Inject
    KnownOfficials knownOfficials;

    /** The name of the row of steps nobody was assigned or finished. */
    static final String UNASSIGNED = "Chưa phân công";

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public TimelinessTable report(Request r) {
        ReportPeriod p = r.period();
        Units u = units(r);
        ReportScope scope = u.stored(r.scope());
        Map<String, FactSums> before = facts.before(r.groupBy(), scope, p.from());
        Map<String, FactSums> during = facts.during(r.groupBy(), scope, p.from(), p.to());
        if (r.groupBy() == ReportGrouping.UNIT && u.rollup() != null) {
            before = u.rollup().regroup(before);
            during = u.rollup().regroup(during);
        }
        TimelinessTable table = switch (r.groupBy()) {
            case MONTH -> TimelinessTable.byMonth(p, before.getOrDefault("", FactSums.ZERO), during);
            case NONE -> TimelinessTable.single(before.getOrDefault("", FactSums.ZERO),
                    during.getOrDefault("", FactSums.ZERO), "Tổng cộng");
            case UNIT, FIELD, PROCEDURE -> TimelinessTable.byKey(before, during, names(r.groupBy(), u));
            case OFFICIAL -> TimelinessTable.byKey(before, during, officialNames(before, during));
        };
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
    public DrillDownPage drillDown(Request r, TimelinessColumn column, String key, int first, int size) {
        ReportPeriod p = r.period();
        if (r.groupBy() == ReportGrouping.MONTH) {
            p = p.within(YearMonth.parse(key));
            if (p == null) {
                return new DrillDownPage(0, List.of());
            }
        }
        Units u = units(r);
        ReportScope scope = u.stored(r.scope());
        if (r.groupBy() == ReportGrouping.UNIT) {
            // a unit's row is a narrower unit scope: the stored codes counted under the key
            return dossiers.page(column, p, ReportGrouping.NONE, null, scope.within(u.stored(key)), first, size);
        }
        return dossiers.page(column, p, r.groupBy(), key, scope, first, size);
    }

    /**
     * What the request needs of the units area, read once and only when units matter (rows by unit, or a unit scope
     * as they are now): the history (for the rows' names) and, for units as they are now, the rollup and the day
     * they are named as of (today); for units as they were, the period's last day.
     */
    private Units units(Request r) {
        boolean byUnit = r.groupBy() == ReportGrouping.UNIT;
        boolean asIs = r.unitView() == UnitView.AS_IS && (byUnit || r.scope().unitCodes() != null);
        if (!asIs && !byUnit) {
            return new Units(null, null, r.period().to());
        }
        UnitHistory history = units.snapshot().history();
        LocalDate today = UnitService.today();
        return asIs ? new Units(history, UnitRollup.of(history, today), today)
                : new Units(history, null, r.period().to());
    }

    /** The units of one request: {@code rollup} null for units as they were. */
    private record Units(UnitHistory history, UnitRollup rollup, LocalDate namesOn) {

        /** The stored codes a unit named by the view stands for. */
        Set<String> stored(String code) {
            return rollup == null ? Set.of(code) : rollup.rolledInto(code);
        }

        /** The scope with its units as stored on the dossiers. */
        ReportScope stored(ReportScope scope) {
            return rollup == null || scope.unitCodes() == null ? scope
                    : scope.withUnitCodes(rollup.rolledInto(scope.unitCodes()));
        }
    }

    /** The row names: a unit's name as of the period's end (as they were) or today (as they are now). */
    private Function<String, String> names(ReportGrouping by, Units u) {
        return switch (by) {
            case UNIT -> new UnitNames(u.history(), u.namesOn())::name;
            case FIELD -> code -> ProcedureFields.find(code).map(ProcedureField::nameVi).orElse(null);
            case PROCEDURE -> facts.procedureNames()::get;
            case MONTH, NONE, OFFICIAL -> key -> null;
        };
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
