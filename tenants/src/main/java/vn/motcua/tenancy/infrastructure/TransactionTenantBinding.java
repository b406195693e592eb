package vn.motcua.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.motcua.tenancy.domain.ActingTenant;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/**
 * Binds one JTA transaction to one province, in the two places isolation is enforced: the EclipseLink
 * tenant discriminator (JPQL gets {@code tenant_id = ?}) and the PostgreSQL setting {@code app.tenant}
 * read by the row-level-security policies ({@code set_config(..., true)} = SET LOCAL, gone at commit).
 * Within a JTA transaction Payara hands EclipseLink one enlisted connection, so the setting covers every
 * statement of the transaction, including hand-written native SQL. Outside a transaction it fails instead of
 * silently leaving a connection unbound.
 *
 * <p>The province a transaction is bound to is kept as a resource of the transaction in the container's
 * {@link TransactionSynchronizationRegistry}, which is what a {@code @TransactionScoped} bean would use underneath,
 * without the JNDI lookup of the registry that Payara's transaction-scoped context makes on every call (measured:
 * contended on every {@code tenantEm()}, see docs/benchmarks.md, receipt).
 *
 * <p>The province comes from {@link ActingTenant} (the request's {@code TenantContext}), injected so that this
 * package does not depend on the application layer that calls its repositories.
 */
@ApplicationScoped
public class TransactionTenantBinding {

    /** Key of the bound province among the transaction's resources. */
    private static final Object KEY = TransactionTenantBinding.class.getName() + ".tenant";

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    ActingTenant acting;

    void bind(EntityManager em) {
        String tenant = acting.require();
        if (registry.getTransactionKey() == null) {
            throw new IllegalStateException("Tenant data is reached outside a transaction (province " + tenant + ")");
        }
        Object bound = registry.getResource(KEY);
        if (bound == null) {
            em.setProperty(TenantDiscriminator.PROPERTY, tenant);
            em.createNativeQuery("SELECT set_config('app.tenant', ?1, true)").setParameter(1, tenant).getSingleResult();
            registry.putResource(KEY, tenant);
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("One transaction cannot act for two provinces: " + bound + " and " + tenant);
        }
    }
}
