package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.domain.LateOfficials;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The province's step facts per official ({@code province.dossier_step_fact}, V12; kept by the database from the
 * dossiers' steps) and its report settings ({@code province.report_setting}).
 */
@ApplicationScoped
public class StepFactRepository {

    @Inject
    TenantPersistence persistence;

    /** Sums the bound province's step facts afresh from its dossiers' steps; the number of fact rows written. */
    public long rebuild() {
        Number written = (Number) persistence.tenantEm()
                .createNativeQuery("SELECT province.rebuild_dossier_step_facts()").getSingleResult();
        return written.longValue();
    }

    /**
     * Per official and step unit, the steps finished late in from..to and all the steps finished then, for those
     * with at least one late: most late first, then by username and unit (steps nobody finished or held are left out).
     */
    public List<LateOfficials.Row> late(LocalDate from, LocalDate to) {
        List<LateOfficials.Row> out = new ArrayList<>();
        for (Object row : persistence.tenantEm().createNativeQuery("SELECT t.official, t.unit_code, sum(t.ended_late),"
                        + " sum(t.ended_early + t.ended_on_time + t.ended_late) FROM "
                        + FactDays.withPending("dossier_step_fact", "t")
                        + " WHERE t.day BETWEEN ?1 AND ?2 AND t.official <> '' GROUP BY 1, 2"
                        + " HAVING sum(t.ended_late) > 0 ORDER BY 3 DESC, 1, 2")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new LateOfficials.Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        return out;
    }

    /** Whether the province publishes officials' names in its public lists (no setting yet: no). */
    public boolean publishesOfficialNames() {
        List<?> rows = persistence.tenantEm().createNativeQuery(
                "SELECT publish_official_names FROM province.report_setting").getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** Sets it, for the bound province. */
    public void publishOfficialNames(boolean publish, String by) {
        persistence.tenantEm().createNativeQuery("INSERT INTO province.report_setting (tenant_id, "
                        + "publish_official_names, updated_by) VALUES (current_setting('app.tenant'), ?1, ?2) "
                        + "ON CONFLICT (tenant_id) DO UPDATE SET publish_official_names = excluded.publish_official_names, "
                        + "updated_at = now(), updated_by = excluded.updated_by")
                .setParameter(1, publish).setParameter(2, by).executeUpdate();
    }
}
