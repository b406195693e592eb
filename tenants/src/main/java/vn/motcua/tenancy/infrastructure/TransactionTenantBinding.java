package vn.motcua.tenancy.infrastructure;

import jakarta.transaction.TransactionScoped;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import vn.motcua.tenancy.application.TenantContext;

/**
 * Binds one JTA transaction to one province, in the two places isolation is enforced: the EclipseLink
 * tenant discriminator (JPQL gets {@code tenant_id = ?}) and the PostgreSQL setting {@code app.tenant}
 * read by the row-level-security policies ({@code set_config(..., true)} = SET LOCAL, gone at commit).
 * Within a JTA transaction Payara hands EclipseLink one enlisted connection, so the setting covers every
 * statement of the transaction, including hand-written native SQL. Being transaction-scoped, it fails
 * outside a transaction instead of silently leaving a connection unbound.
 */
@TransactionScoped
public class TransactionTenantBinding implements Serializable {

    private static final long serialVersionUID = 1L;

    private String bound;

    void bind(EntityManager em) {
        String tenant = TenantContext.require();
        if (bound == null) {
            em.setProperty(TenantPersistence.TENANT_PROPERTY, tenant);
            em.createNativeQuery("SELECT set_config('app.tenant', ?1, true)").setParameter(1, tenant).getSingleResult();
            bound = tenant;
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("One transaction cannot act for two provinces: " + bound + " and " + tenant);
        }
    }
}
