package vn.motcua.dossier.domain;

import java.util.Set;
import vn.motcua.identity.domain.Role;

/** Who acts on a dossier: username, roles and unit, for the permission check and the event log. */
public record Actor(String username, Set<Role> roles, String unitCode) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean leader() {
        return roles.contains(Role.UNIT_LEADER) || roles.contains(Role.PROVINCE_LEADER);
    }

    public boolean desk() {
        return roles.contains(Role.CLERK) || leader();
    }

    /** The main role, as written in the event log. */
    public String mainRole() {
        for (Role r : new Role[] {Role.CLERK, Role.OFFICER, Role.UNIT_LEADER, Role.PROVINCE_LEADER, Role.PROVINCE_ADMIN,
                Role.PLATFORM_ADMIN}) {
            if (roles.contains(r)) {
                return r.name();
            }
        }
        return roles.isEmpty() ? "APPLICANT" : roles.iterator().next().name();
    }
}
