package vn.motcua.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.identity.domain.ApiToken;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The current province's API tokens as stored (tenant data: even a token lookup is bound to its province). */
@ApplicationScoped
public class ApiTokenRepository {

    @Inject
    TenantPersistence persistence;

    /** Every token of the province, newest first. */
    public List<ApiToken> list() {
        return persistence.tenantEm()
                .createQuery("SELECT t FROM ApiToken t ORDER BY t.createdAt DESC", ApiToken.class)
                .getResultList();
    }

    /** The token with this id, or null. */
    public ApiToken find(long id) {
        return persistence.tenantEm().find(ApiToken.class, id);
    }

    /** The tokens whose secret hashes to {@code tokenHash} (at most one, unless hashes collide). */
    public List<ApiToken> withHash(String tokenHash) {
        return persistence.tenantEm()
                .createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultList();
    }

    /** Stores the token and flushes, so that its id is known. */
    public void add(ApiToken token) {
        persistence.tenantEm().persist(token);
        persistence.tenantEm().flush();
    }
}
