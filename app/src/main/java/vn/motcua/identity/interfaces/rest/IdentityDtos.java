package vn.motcua.identity.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Limit;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.identity.domain.ApiToken;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.Text;
import vn.motcua.tenancy.domain.Tenant;

/**
 * Accounts, API tokens and security events as the REST API shows them.
 * Plain classes with public fields rather than records: the JSON-B implementation bundled with Payara 6 (Yasson)
 * neither reads nor writes records.
 */
public final class IdentityDtos {

    private IdentityDtos() { }

    public static class CurrentUser {
        public String username;
        public String displayName;
        /** null for platform accounts (written, not omitted). */
        @JsonbNillable
        public TenantSummary tenant;
        public List<String> roles;
        public String locale;
        /** "password" or "token". */
        public String authenticatedBy;
    }

    /** The caller's province as {@link CurrentUser} shows it. */
    public static class TenantSummary {
        public String slug;
        public String provinceCode;
        public String name;

        public static TenantSummary of(Tenant t) {
            if (t == null) {
                return null;
            }
            TenantSummary s = new TenantSummary();
            s.slug = t.getSlug();
            s.provinceCode = t.getProvinceCode();
            s.name = t.getNameVi();
            return s;
        }
    }

    public static class ApiTokenDto {
        public long id;
        public String name;
        /** The first characters of the token, to recognise it; never the secret. */
        public String prefix;
        public List<String> roles;
        /** ACTIVE, EXPIRED or REVOKED. */
        public String status;
        public String createdBy;
        public OffsetDateTime createdAt;
        public OffsetDateTime expiresAt;
        public OffsetDateTime revokedAt;
        public String revokedBy;
        public OffsetDateTime lastUsedAt;

        public static ApiTokenDto of(ApiToken t) {
            ApiTokenDto d = new ApiTokenDto();
            OffsetDateTime now = OffsetDateTime.now();
            d.id = t.getId();
            d.name = t.getName();
            d.prefix = t.getTokenPrefix() + "…";
            d.roles = names(t.getRoles());
            d.status = t.statusAt(now).name();
            d.createdBy = t.getCreatedBy();
            d.createdAt = t.getCreatedAt();
            d.expiresAt = t.getExpiresAt();
            d.revokedAt = t.getRevokedAt();
            d.revokedBy = t.getRevokedBy();
            d.lastUsedAt = t.getLastUsedAt();
            return d;
        }
    }

    public static class CreateApiTokenRequest {
        @Limit(text = Text.Kind.NAME)
        public String name;
        public Set<Role> roles;
        /** Optional; 1–3650. Without it the token does not expire. */
        public Integer validDays;
    }

    /** The secret appears here once and is never retrievable again. */
    public static class CreatedApiToken {
        public ApiTokenDto token;
        public String secret;

        public CreatedApiToken(ApiTokenDto token, String secret) {
            this.token = token;
            this.secret = secret;
        }
    }

    public static class UserDto {
        public long id;
        public String username;
        public String displayName;
        public String tenant;
        public List<String> roles;
        public boolean enabled;
        public boolean demo;
        /** Send back with a change, to detect concurrent edits. */
        public long version;

        public static UserDto of(AppUser u) {
            UserDto d = new UserDto();
            d.id = u.getId();
            d.username = u.getUsername();
            d.displayName = u.getDisplayName();
            d.tenant = u.getTenantId();
            d.roles = names(u.getRoles());
            d.enabled = u.isEnabled();
            d.demo = u.isDemo();
            d.version = u.getVersion();
            return d;
        }
    }

    public static class CreateUserRequest {
        @Limit(text = Text.Kind.CODE)
        public String username;
        @Limit(text = Text.Kind.NAME)
        public String displayName;
        @Limit(text = Text.Kind.SECRET)
        public String password;
        public Set<Role> roles;
        /** Platform administrators only: the province of the new account (none = a platform account). */
        @Limit(text = Text.Kind.CODE)
        public String tenant;
    }

    public static class UpdateRolesRequest {
        public Set<Role> roles;
        public Long version;
    }

    public static class SetUserStatusRequest {
        /** false: disable the account; true: enable it again. */
        public Boolean enabled;
        public Long version;
    }

    public static class SecurityEventDto {
        public OffsetDateTime occurredAt;
        public String event;
        public String username;
        public String tenant;
        public String actor;
        public String clientIp;
        public String detail;
    }

    static List<String> names(Set<Role> roles) {
        TreeSet<String> sorted = new TreeSet<>();
        roles.forEach(r -> sorted.add(r.name()));
        return List.copyOf(sorted);
    }
}
