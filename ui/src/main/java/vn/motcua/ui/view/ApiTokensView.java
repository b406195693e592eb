package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.identity.application.ApiTokenService;
import vn.motcua.identity.domain.ApiToken;
import vn.motcua.identity.domain.ApiToken.Status;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.DomainException;

/**
 * admin/api-tokens.xhtml: a province administrator's integration tokens. The province is the signed-in
 * administrator's own (bound by the request filter); the page never names one. A new token's secret is shown
 * once, in the response to "create", and forgotten when its dialog is closed.
 */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(long id, String name, String prefix, Set<Role> roles, String createdBy, OffsetDateTime createdAt,
                      OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy,
                      Status status) implements Serializable {

        public boolean isActive() {
            return status == Status.ACTIVE;
        }

        static Row of(ApiToken t, OffsetDateTime now) {
            Status status = t.statusAt(now);
            Set<Role> roles = t.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(t.getRoles());
            return new Row(t.getId(), t.getName(), t.getTokenPrefix(), roles, t.getCreatedBy(), t.getCreatedAt(),
                    t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(), status);
        }
    }

    /** Validity choices offered; null = no expiry. */
    private static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365, 730);

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    private List<Row> rows = List.of();
    private String name;
    private Role[] roles = new Role[0];
    private Integer validDays = 365;
    private String issuedSecret;
    private String issuedName;

    /** f:viewAction: a platform account sees an explanation, everyone else without the role a 403. */
    public void load() {
        if (user.isPlatformAdmin()) {
            return;
        }
        if (access.allowProvinceAdmin()) {
            refresh();
        }
    }

    private void refresh() {
        OffsetDateTime now = OffsetDateTime.now();
        rows = tokens.list().stream().map(t -> Row.of(t, now)).toList();
    }

    /** Tokens belong to a province; a platform account has none to manage. */
    public boolean isAvailable() {
        return user.isProvinceAdmin();
    }

    public void prepareCreate() {
        name = null;
        roles = new Role[0];
        validDays = 365;
    }

    public void create() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        try {
            Set<Role> chosen = roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
            ApiTokenService.Issued issued = tokens.create(name, chosen, validDays);
            issuedSecret = issued.secret();
            issuedName = issued.token().getName();
            refresh();
        } catch (DomainException e) {
            feedback.refused(e, "createTokenForm");
        }
    }

    public void dismissSecret() {
        issuedSecret = null;
        issuedName = null;
    }

    public void revoke(long id) {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        try {
            ApiToken token = tokens.revoke(id);
            feedback.info("tokens.revoked", token.getName());
        } catch (DomainException e) {
            feedback.refused(e);
        }
        refresh();
    }

    public List<Role> getRoleOptions() {
        return Role.tenantRoles().stream().sorted().toList();
    }

    public List<Integer> getValidityOptions() {
        return VALIDITY_DAYS;
    }

    public long getActiveCount() {
        return rows.stream().filter(Row::isActive).count();
    }

    public List<Row> getRows() { return rows; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
    public Integer getValidDays() { return validDays; }
    public void setValidDays(Integer validDays) { this.validDays = validDays; }
    public String getIssuedSecret() { return issuedSecret; }
    public String getIssuedName() { return issuedName; }
}
