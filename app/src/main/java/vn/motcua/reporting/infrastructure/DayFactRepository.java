package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The province's day facts ({@code province.dossier_day_fact}, migration V10) and their month sums
 * ({@code province.dossier_month_fact}, V14), and the working days to finish ({@code province.dossier_duration_fact}
 * and its month sums, V16). The database keeps them from the dossier
 * rows by itself, whichever path writes a dossier; this repository only asks for a rebuild and, later, reads them.
 */
@ApplicationScoped
public class DayFactRepository {

    @Inject
    TenantPersistence persistence;

    /**
     * Sums the bound province's facts afresh from its dossiers (province.rebuild_dossier_day_facts: it waits for the
     * province's writers in flight and holds new ones until the caller's transaction commits), then its month facts
     * from those (province.rebuild_dossier_month_facts, V14), and the working days to finish
     * (province.rebuild_dossier_duration_facts, V16), in the same transaction, after discarding the rows not merged
     * yet (province.facts_discard_pending, V27: the rebuild recomputes them). Returns the number of day fact rows
     * written.
     */
    public long rebuild() {
        persistence.tenantEm().createNativeQuery("SELECT province.facts_discard_pending()").getSingleResult();
        Number written = (Number) persistence.tenantEm()
                .createNativeQuery("SELECT province.rebuild_dossier_day_facts()").getSingleResult();
        persistence.tenantEm().createNativeQuery("SELECT province.rebuild_dossier_month_facts()").getSingleResult();
        persistence.tenantEm().createNativeQuery("SELECT province.rebuild_dossier_duration_facts()").getSingleResult();
        return written.longValue();
    }

    /**
     * Moves the bound province's committed pending fact rows (V27) into their levels, summed per key
     * (province.facts_merge: one merge of a province at a time, waiting for a rebuild); the pending rows moved.
     */
    public long merge() {
        Number moved = (Number) persistence.tenantEm()
                .createNativeQuery("SELECT province.facts_merge()").getSingleResult();
        return moved.longValue();
    }
}
