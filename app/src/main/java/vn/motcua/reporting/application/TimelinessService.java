package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.FactSums;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.TimelinessColumn;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.infrastructure.DrillDownRepository;
import vn.motcua.reporting.infrastructure.TimelinessFactRepository;
import vn.motcua.units.application.UnitService;

/**
 * The timeliness report (table 06a) of the caller's province for a period, and the dossiers behind any of its
 * numbers. The report reads only the day facts; the drill-down reads the dossiers with the same definitions, so its
 * total is the number. Units as they were (the competent unit stored on the dossier).
 *
 * <p>Who: the province's administrators and leaders, and unit leaders — for now a unit leader sees the whole
 * province, as a province leader does (a unit leader's own subtree is not modelled on the account yet).
 */
@ApplicationScoped
public class TimelinessService {

    /** What a report is asked for. */
    public record Request(ReportPeriod period, ReportGrouping groupBy, ReportScope scope) { }

    @Inject
    TimelinessFactRepository facts;

    @Inject
    DrillDownRepository dossiers;

    @Inject
    UnitService units;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public TimelinessTable report(Request r) {
        ReportPeriod p = r.period();
        Map<String, FactSums> before = facts.before(r.groupBy(), r.scope(), p.from());
        Map<String, FactSums> during = facts.during(r.groupBy(), r.scope(), p.from(), p.to());
        TimelinessTable table = switch (r.groupBy()) {
            case MONTH -> TimelinessTable.byMonth(p, before.getOrDefault("", FactSums.ZERO), during);
            case NONE -> TimelinessTable.single(before.getOrDefault("", FactSums.ZERO),
                    during.getOrDefault("", FactSums.ZERO), "Tổng cộng");
            case UNIT, FIELD, PROCEDURE -> TimelinessTable.byKey(before, during, names(r.groupBy(), p));
        };
        if (!table.holdsIdentities()) {
            // The facts add up by construction; a broken identity means facts in doubt (a rebuild restores them)
            throw new IllegalStateException("report facts do not add up for " + r + "; rebuild them");
        }
        return table;
    }

    /**
     * The dossiers counted in {@code column} of the row {@code key} (MONTH: yyyy-MM, the period narrowed to that
     * month; NONE: ignored), a page at a time.
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
        return dossiers.page(column, p, r.groupBy(), key, r.scope(), first, size);
    }

    /** The row names: a unit's name as it was (in force at the period's end, else its last version with the code). */
    private Function<String, String> names(ReportGrouping by, ReportPeriod p) {
        return switch (by) {
            case UNIT -> new UnitNames(units.snapshot().history(), p.to())::name;
            case FIELD -> code -> ProcedureFields.find(code).map(ProcedureField::nameVi).orElse(null);
            case PROCEDURE -> facts.procedureNames()::get;
            case MONTH, NONE -> key -> null;
        };
    }
}
