package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import vn.motcua.identity.application.SecurityAudit;
import vn.motcua.identity.application.SecurityEvent;

/**
 * admin/security-log.xhtml: the latest security events of the administrator's province; a platform
 * administrator sees every province and the platform's own events.
 */
@Named
@ViewScoped
public class SecurityLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 200;

    public record Row(OffsetDateTime occurredAt, String event, String username, String tenantId, String actor,
                      String clientIp, String detail) implements Serializable {

        /** Failures and refusals stand out in the table. */
        public boolean isWarning() {
            return event != null && (event.endsWith("_FAILURE") || event.endsWith("_THROTTLED") || event.endsWith("_REJECTED")
                    || event.equals("TOKEN_REVOKED") || event.equals("ROLE_REVOKED") || event.equals("USER_DISABLED"));
        }
    }

    @Inject
    SecurityAudit audit;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    private List<Row> rows = List.of();

    public void load() {
        if (!access.allowAdmin()) {
            return;
        }
        // Only a platform administrator reads across provinces; null would mean "all", so never pass a
        // province administrator's missing province through.
        String tenant = user.isPlatformAdmin() ? null : user.getTenantId();
        if (tenant == null && !user.isPlatformAdmin()) {
            access.refuse();
            return;
        }
        rows = audit.recent(tenant, LIMIT).stream()
                .map(e -> new Row(e.occurredAt(), e.event(), e.username(), e.tenantId(), e.actor(), e.clientIp(), e.detail()))
                .toList();
    }

    public List<String> getEventOptions() {
        return Arrays.stream(SecurityEvent.values()).map(Enum::name).toList();
    }

    public boolean isShowTenantColumn() {
        return user.isPlatformAdmin();
    }

    public int getLimit() {
        return LIMIT;
    }

    public List<Row> getRows() { return rows; }
}
