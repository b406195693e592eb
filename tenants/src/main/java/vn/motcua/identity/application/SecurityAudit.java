package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.identity.infrastructure.SecurityAuditLog;

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
    SecurityAuditLog log;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent event, String username, String tenantId, String detail) {
        log.append(event.name(), username, tenantId, CallerContext.actorName(), CallerContext.clientIp(), detail);
    }

    /**
     * Failed logins for a user name ({@code column} "username") or from an address ("client_ip") within the window
     * before now.
     */
    @Transactional
    public FailureWindow failures(String column, String value, Duration window) {
        SecurityAuditLog.Failures f = log.loginFailures(column, value, window);
        return new FailureWindow(f.count(), f.oldest());
    }

    @Transactional
    public List<Entry> recent(String tenantId, int limit) {
        return log.recent(tenantId, Math.max(1, Math.min(limit, 1000))).stream()
                .map(r -> new Entry(r.occurredAt(), r.event(), r.username(), r.tenantId(), r.actor(), r.clientIp(),
                        r.detail()))
                .toList();
    }

    public record FailureWindow(long count, OffsetDateTime oldest) { }
}
