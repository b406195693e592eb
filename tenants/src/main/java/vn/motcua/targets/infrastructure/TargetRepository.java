package vn.motcua.targets.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.targets.domain.KpiTarget;
import vn.motcua.targets.domain.KpiTargetSet;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The current province's KPI targets as stored: one set per year (the version) and its targets (tenant data). */
@ApplicationScoped
public class TargetRepository {

    @Inject
    TenantPersistence persistence;

    /** The year's set, or null when the province has no targets for it. */
    public KpiTargetSet findSet(int year) {
        return persistence.tenantEm().find(KpiTargetSet.class, year);
    }

    public List<KpiTarget> targets(int year) {
        return persistence.tenantEm().createQuery(
                "SELECT t FROM KpiTarget t WHERE t.year = :y ORDER BY t.metric, t.groupCode, t.unitRef, t.id",
                KpiTarget.class).setParameter("y", year).getResultList();
    }

    /** The years that have a set, newest first. */
    public List<Integer> years() {
        return persistence.tenantEm().createQuery("SELECT s.year FROM KpiTargetSet s ORDER BY s.year DESC", Integer.class)
                .getResultList();
    }

    /** Stores a new year's set and flushes, so that its targets (which reference it) can follow. */
    public void addSet(KpiTargetSet set) {
        persistence.tenantEm().persist(set);
        persistence.tenantEm().flush();
    }

    public void deleteTargets(int year) {
        persistence.tenantEm().createQuery("DELETE FROM KpiTarget t WHERE t.year = :y").setParameter("y", year)
                .executeUpdate();
    }

    public void add(KpiTarget target) {
        persistence.tenantEm().persist(target);
    }

    public void flush() {
        persistence.tenantEm().flush();
    }
}
