package vn.motcua.dossierimport.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Where the dossier import reaches the database: {@link #open} gives a batch the transaction's own JDBC connection
 * as an {@link ImportSession}, which holds every statement of the import.
 */
@ApplicationScoped
public class DossierImportRepository {

    @Inject
    TenantPersistence persistence;

    @Resource
    ManagedExecutorService executor;

    private final SecureRandom random = new SecureRandom();

    /** The current transaction's connection, checked to be bound to {@code tenant}. */
    public ImportSession open(String tenant) {
        EntityManager em = persistence.tenantEm();
        Connection conn = em.unwrap(Connection.class);
        ImportSession session = new ImportSession(em, conn, tenant, executor(), random);
        session.checkBinding();
        return session;
    }

    /** The container's executor (context-free work: JDBC on the connection handed over), or a plain one in tests. */
    private Executor executor() {
        return executor != null ? executor : ForkJoinPool.commonPool();
    }
}
