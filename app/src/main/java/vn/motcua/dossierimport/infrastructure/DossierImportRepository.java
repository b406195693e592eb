package vn.motcua.dossierimport.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import vn.motcua.dossierimport.domain.ImportedBatch;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Where the dossier import reaches the database: {@link #open} gives a batch the transaction's own JDBC connection
 * as an {@link ImportSession}, which holds every statement of the import; {@link #history} reads the batches imported.
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

    /** The province's batches, newest first (then by key): at most {@code limit}. */
    public List<ImportedBatch> history(int limit) {
        List<ImportedBatch> out = new ArrayList<>();
        for (Object o : persistence.tenantEm().createNativeQuery("SELECT batch_key, source_system, imported_by, "
                + "imported_at, dossiers, events, disagreements FROM province.dossier_import_batch "
                + "ORDER BY imported_at DESC, batch_key DESC").setMaxResults(limit).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new ImportedBatch((String) r[0], (String) r[1], (String) r[2], instant(r[3]),
                    ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        return out;
    }

    /** How many batches the province has imported. */
    public long batchCount() {
        return ((Number) persistence.tenantEm().createNativeQuery("SELECT count(*) FROM province.dossier_import_batch")
                .getSingleResult()).longValue();
    }

    private static OffsetDateTime instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
