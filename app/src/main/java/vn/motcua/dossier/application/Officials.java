package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Assignees;
import vn.motcua.dossier.infrastructure.OfficialRepository;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.application.TenantContext;

/** The current province's officials: who acts, and who gets a step of a unit and role. */
@ApplicationScoped
public class Officials {

    @Inject
    OfficialRepository accounts;

    /** The caller as the actor of a dossier event; the unit is the account's, as read for this request. */
    public Actor actor(Caller caller) {
        return new Actor(caller.name(), caller.roles(), caller.unitCode());
    }

    /** The province's enabled officials with their roles, in one query (not one more per official). */
    @Transactional
    public List<AppUser> all() {
        return accounts.enabledOf(TenantContext.require());
    }

    public boolean exists(String username) {
        return all().stream().anyMatch(u -> u.getUsername().equals(username));
    }

    /**
     * Officials holding the step's role (a unit leader's step may go to a province leader when the unit has none),
     * those of the step's unit first, then by username: the same plan gives the same people.
     */
    public Assignees picker() {
        List<AppUser> people = all();
        return (unit, role) -> {
            Set<Role> wanted = switch (role == null ? "" : role) {
                case "UNIT_LEADER" -> Set.of(Role.UNIT_LEADER, Role.PROVINCE_LEADER);
                case "CLERK" -> Set.of(Role.CLERK);
                case "OFFICER" -> Set.of(Role.OFFICER);
                case "PROVINCE_LEADER" -> Set.of(Role.PROVINCE_LEADER);
                default -> Set.of(Role.OFFICER);
            };
            return people.stream().filter(u -> u.getRoles().stream().anyMatch(wanted::contains))
                    .min(Comparator.<AppUser>comparingInt(u -> unit != null && unit.equals(u.getUnitCode()) ? 0 : 1)
                            .thenComparingInt(u -> u.getRoles().contains(Role.UNIT_LEADER) ? 0 : 1)
                            .thenComparing(AppUser::getUsername))
                    .map(AppUser::getUsername).orElse(null);
        };
    }
}
