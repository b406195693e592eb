package vn.motcua.interfaces.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.identity.domain.ApiToken;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.domain.Tenant;

/** Data shapes of the REST API. Entities never leave the application layer. */
public final class Dtos {

    private Dtos() { }

    public record TenantSummary(String slug, String provinceCode, String name) {
        public static TenantSummary of(Tenant t) {
            return t == null ? null : new TenantSummary(t.getSlug(), t.getProvinceCode(), t.getNameVi());
        }
    }

    public record CurrentUser(String username, String displayName, TenantSummary tenant, List<String> roles,
                              String locale, String authenticatedBy) { }

    public record TenantDto(String slug, String provinceCode, String nameVi, String nameEn, String status,
                            LocalDate activeFrom, LocalDate activeTo, String mergedInto) {
        public static TenantDto of(Tenant t) {
            return new TenantDto(t.getSlug(), t.getProvinceCode(), t.getNameVi(), t.getNameEn(), t.getStatus().name(),
                    t.getActiveFrom(), t.getActiveTo(), t.getMergedInto());
        }
    }

    public record CreateTenantRequest(String slug, String provinceCode, String nameVi, String nameEn,
                                      LocalDate activeFrom) { }

    public record ApiTokenDto(long id, String name, String prefix, List<String> roles, String status, String createdBy,
                              OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                              String revokedBy, OffsetDateTime lastUsedAt) {
        public static ApiTokenDto of(ApiToken t) {
            OffsetDateTime now = OffsetDateTime.now();
            String status = t.getRevokedAt() != null ? "REVOKED" : t.isUsableAt(now) ? "ACTIVE" : "EXPIRED";
            return new ApiTokenDto(t.getId(), t.getName(), t.getTokenPrefix() + "…", names(t.getRoles()), status,
                    t.getCreatedBy(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(), t.getRevokedBy(),
                    t.getLastUsedAt());
        }
    }

    public record CreateApiTokenRequest(String name, Set<Role> roles, Integer validDays) { }

    /** The secret appears here once and is never retrievable again. */
    public record CreatedApiToken(ApiTokenDto token, String secret) { }

    public record UserDto(long id, String username, String displayName, String tenant, List<String> roles,
                          boolean enabled, boolean demo, long version) {
        public static UserDto of(AppUser u) {
            return new UserDto(u.getId(), u.getUsername(), u.getDisplayName(), u.getTenantId(), names(u.getRoles()),
                    u.isEnabled(), u.isDemo(), u.getVersion());
        }
    }

    public record CreateUserRequest(String username, String displayName, String password, Set<Role> roles,
                                    String tenant) { }

    public record UpdateRolesRequest(Set<Role> roles, Long version) { }

    static List<String> names(Set<Role> roles) {
        TreeSet<String> sorted = new TreeSet<>();
        roles.forEach(r -> sorted.add(r.name()));
        return List.copyOf(sorted);
    }
}
