package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.UnitRollup;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.reporting.infrastructure.TimelinessFactRepository;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitHistory;

/**
 * What every report of a request needs of the units area and the catalog, in one place for all the reports (table
 * 06a, service rates): units as they were (the competent unit code stored on the dossier) or as they are now (each
 * stored code rolled into one unit in force today, {@link UnitRollup}, computed once per request); the scope and a
 * unit row's key read as stored codes; the rows' names.
 */
@ApplicationScoped
public class ReportUnits {

    @Inject
    TimelinessFactRepository facts;

    @Inject
    UnitService units;

    /**
     * What the request needs of the units area, read once and only when units matter (rows by unit, or a unit scope
     * as they are now): the history (for the rows' names) and, for units as they are now, the rollup and the day
     * they are named as of (today); for units as they were, the period's last day.
     */
    public Units of(TimelinessService.Request r) {
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
    public record Units(UnitHistory history, UnitRollup rollup, LocalDate namesOn) {

        /** The stored codes a unit named by the view stands for. */
        public Set<String> stored(String code) {
            return rollup == null ? Set.of(code) : rollup.rolledInto(code);
        }

        /** The scope with its units as stored on the dossiers. */
        public ReportScope stored(ReportScope scope) {
            return rollup == null || scope.unitCodes() == null ? scope
                    : scope.withUnitCodes(rollup.rolledInto(scope.unitCodes()));
        }

        /** Rows keyed by stored unit code, added up under the view's codes when grouped by unit. */
        public <T> Map<String, T> rows(ReportGrouping by, Map<String, T> byKey, BinaryOperator<T> plus) {
            return by == ReportGrouping.UNIT && rollup != null ? rollup.regroup(byKey, plus) : byKey;
        }
    }

    /** The row names: a unit's name as of the period's end (as they were) or today (as they are now). */
    public Function<String, String> names(ReportGrouping by, Units u) {
        return switch (by) {
            case UNIT -> new UnitNames(u.history(), u.namesOn())::name;
            case FIELD -> code -> ProcedureFields.find(code).map(ProcedureField::nameVi).orElse(null);
            case PROCEDURE -> facts.procedureNames()::get;
            case MONTH, NONE, OFFICIAL -> key -> null;
        };
    }
}
