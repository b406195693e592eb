package vn.motcua.identity.application;

import java.util.Set;
import vn.motcua.identity.domain.Role;

/**
 * The authenticated party of a request: a person ({@code userId} set) or an integration token
 * ({@code tokenId} set). {@code tenantId} is null for platform users.
 */
public record Caller(String name, String displayName, String tenantId, Set<Role> roles, Long userId, Long tokenId,
                     String locale) {

    public static final String REQUEST_ATTRIBUTE = "vn.motcua.caller";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatform() {
        return tenantId == null;
    }

    public boolean isToken() {
        return tokenId != null;
    }
}
