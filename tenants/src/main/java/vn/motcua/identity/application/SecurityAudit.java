package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Append-only security log (platform.security_audit; the runtime role cannot update or delete it).
 * Entries are written in their own transaction so that a refused attempt is recorded even though the
 * work it tried is rolled back.
 */
@ApplicationScoped
public class SecurityAudit {

    public record Entry(OffsetDateTime occurredAt, String event, String username, String tenantId, String actor,
                        String clientIp, String detail) { }

    @Inject
    TenantPersistence persistence;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent event, String username, String tenantId, String detail) {
        persistence.platformEm().createNativeQuery(
                "INSERT INTO platform.security_audit (event, username, tenant_id, actor, client_ip, detail) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, event.name())
                .setParameter(2, username)
                .setParameter(3, tenantId)
                .setParameter(4, CallerContext.actorName())
                .setParameter(5, CallerContext.clientIp())
                .setParameter(6, detail)
                .executeUpdate();
    }

    /** Failed logins for a user name, or from an address, within the window before now. */
    @Transactional
    public FailureWindow failures(String column, String value, Duration window) {
        if (!"username".equals(column) && !"client_ip".equals(column)) {
            throw new IllegalArgumentException(column);
        }
        Object[] row = (Object[]) persistence.platformEm().createNativeQuery(
                "SELECT count(*), min(occurred_at) FROM platform.security_audit WHERE event = 'LOGIN_FAILURE' AND "
                        + column + " = ?1 AND occurred_at > now() - make_interval(secs => ?2)")
                .setParameter(1, value)
                .setParameter(2, (double) window.toSeconds())
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        OffsetDateTime oldest = toOffsetDateTime(row[1]);
        return new FailureWindow(count, oldest);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Entry> recent(String tenantId, int limit) {
        String where = tenantId == null ? "" : " WHERE tenant_id = ?1";
        var query = persistence.platformEm().createNativeQuery(
                "SELECT occurred_at, event, username, tenant_id, actor, client_ip, detail FROM platform.security_audit"
                        + where + " ORDER BY id DESC LIMIT " + Math.max(1, Math.min(limit, 1000)));
        if (tenantId != null) {
            query.setParameter(1, tenantId);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Entry(toOffsetDateTime(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6]))
                .toList();
    }

    public record FailureWindow(long count, OffsetDateTime oldest) { }

    static OffsetDateTime toOffsetDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
