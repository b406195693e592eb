package vn.motcua.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The append-only table platform.security_audit (platform data; the runtime role may only insert and read it),
 * in native SQL because it has no entity.
 */
@ApplicationScoped
public class SecurityAuditLog {

    /** One stored entry, newest first when listed. */
    public record Row(OffsetDateTime occurredAt, String event, String username, String tenantId, String actor,
                      String clientIp, String detail) { }

    /** How many failed logins match, and when the oldest of them happened (null when none). */
    public record Failures(long count, OffsetDateTime oldest) { }

    @Inject
    TenantPersistence persistence;

    public void append(String event, String username, String tenantId, String actor, String clientIp, String detail) {
        persistence.platformEm().createNativeQuery(
                "INSERT INTO platform.security_audit (event, username, tenant_id, actor, client_ip, detail) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, event)
                .setParameter(2, username)
                .setParameter(3, tenantId)
                .setParameter(4, actor)
                .setParameter(5, clientIp)
                .setParameter(6, detail)
                .executeUpdate();
    }

    /**
     * Failed logins whose {@code column} ("username" or "client_ip", the only columns accepted: the name is part of
     * the SQL) equals {@code value}, within the window before now.
     */
    public Failures loginFailures(String column, String value, Duration window) {
        if (!"username".equals(column) && !"client_ip".equals(column)) {
            throw new IllegalArgumentException(column);
        }
        Object[] row = (Object[]) persistence.platformEm().createNativeQuery(
                "SELECT count(*), min(occurred_at) FROM platform.security_audit WHERE event = 'LOGIN_FAILURE' AND "
                        + column + " = ?1 AND occurred_at > now() - make_interval(secs => ?2)")
                .setParameter(1, value)
                .setParameter(2, (double) window.toSeconds())
                .getSingleResult();
        return new Failures(((Number) row[0]).longValue(), toOffsetDateTime(row[1]));
    }

    /** The newest {@code limit} entries, of one province or (tenantId null) of all. */
    @SuppressWarnings("unchecked")
    public List<Row> recent(String tenantId, int limit) {
        String where = tenantId == null ? "" : " WHERE tenant_id = ?1";
        var query = persistence.platformEm().createNativeQuery(
                "SELECT occurred_at, event, username, tenant_id, actor, client_ip, detail FROM platform.security_audit"
                        + where + " ORDER BY id DESC LIMIT " + limit);
        if (tenantId != null) {
            query.setParameter(1, tenantId);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Row(toOffsetDateTime(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6]))
                .toList();
    }

    /** The JDBC driver's timestamp type depends on the driver and column; the log reads all as UTC offsets. */
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
