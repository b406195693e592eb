package vn.motcua.identity.application;

import java.util.Set;
import vn.motcua.identity.domain.Role;

/**
 * The authenticated party of a request: a person ({@code userId} set) or an integration token
 * ({@code tokenId} set). {@code tenantId} is null for platform users. {@code unitCode}: the portal code of the
 * official's unit as read with the account on this request (null for tokens and for people without a unit).
 */
public record Caller(String name, String displayName, String tenantId, Set<Role> roles, Long userId, Long tokenId,
                     String locale, String unitCode) {

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
