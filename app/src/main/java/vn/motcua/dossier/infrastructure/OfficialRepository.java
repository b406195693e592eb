package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The accounts of a province's officials ({@code platform.app_user}: platform data, filtered by province here). */
@ApplicationScoped
public class OfficialRepository {

    @Inject
    TenantPersistence persistence;

    /** The province's enabled accounts with their roles, in one query (not one more per account), by username. */
    public List<AppUser> enabledOf(String tenantId) {
        return persistence.platformEm().createQuery("SELECT DISTINCT u FROM AppUser u LEFT JOIN FETCH u.roles"
                        + " WHERE u.tenantId = :t AND u.enabled = true ORDER BY u.username", AppUser.class)
                .setParameter("t", tenantId).getResultList();
    }
}
