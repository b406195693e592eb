package vn.motcua.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The only way repositories reach the database. {@link #tenantEm()} is for tenant-owned data and binds
 * the current transaction to the current province first; {@link #platformEm()} is for platform data
 * (tenant registry, identities), which has no tenant_id.
 */
@ApplicationScoped
public class TenantPersistence {

    public static final String UNIT = "motcua";

    @PersistenceContext(unitName = UNIT)
    EntityManager em;

    @Inject
    TransactionTenantBinding binding;

    public EntityManager tenantEm() {
        binding.bind(em);
        return em;
    }

    public EntityManager platformEm() {
        return em;
    }
}
