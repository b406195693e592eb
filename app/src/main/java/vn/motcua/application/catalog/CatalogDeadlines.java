package vn.motcua.application.catalog;

import vn.motcua.catalog.domain.ProcessingTime;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;

/**
 * The catalog's processing time (tenants module) as the deadline engine's {@link StatutoryTime} (app module).
 * The catalog keeps its own small value type because tenants cannot depend on app; the units share names.
 */
public final class CatalogDeadlines {

    private CatalogDeadlines() { }

    /** Throws IllegalArgumentException for a time the catalog's validation would refuse. */
    public static StatutoryTime statutoryTime(ProcessingTime t) {
        StatutoryUnit unit = StatutoryUnit.valueOf(t.unit().name());
        return new StatutoryTime(unit == StatutoryUnit.SAME_DAY ? 0 : t.value(), unit, t.cutOff());
    }
}
