package vn.motcua.identity.domain;

import java.util.EnumSet;
import java.util.Set;

/** Who may do what. Platform roles belong to users without a province; the others to a province's users. */
public enum Role {
    PLATFORM_ADMIN(false),
    /** Reads cross-province aggregates only, never a citizen's data. */
    CENTRAL_VIEWER(false),
    PROVINCE_ADMIN(true),
    PROVINCE_LEADER(true),
    UNIT_LEADER(true),
    CLERK(true),
    OFFICER(true);

    private final boolean tenantRole;

    Role(boolean tenantRole) {
        this.tenantRole = tenantRole;
    }

    public boolean isTenantRole() {
        return tenantRole;
    }

    public static Set<Role> tenantRoles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : values()) {
            if (r.tenantRole) {
                roles.add(r);
            }
        }
        return roles;
    }

    public static Set<Role> platformRoles() {
        return EnumSet.complementOf(EnumSet.copyOf(tenantRoles()));
    }
}
