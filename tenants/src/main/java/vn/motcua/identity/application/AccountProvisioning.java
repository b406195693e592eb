package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.identity.infrastructure.UserRepository;

/**
 * Accounts the platform writes itself at start-up, with no caller: the demo accounts and the first platform
 * administrator (vn.motcua.provisioning). Requests go through {@link UserAdministration}, which checks the caller.
 */
@ApplicationScoped
@Transactional
public class AccountProvisioning {

    @Inject
    UserRepository users;

    public boolean exists(String username) {
        return users.findByName(username).isPresent();
    }

    /** Stores a new account as given (its roles, password hash and demo flag set by the caller). */
    public void add(AppUser user) {
        users.add(user);
    }

    /** Whether a real (not demo) platform administrator exists. */
    public boolean hasPlatformAdministrator() {
        return users.anyNonDemoWith(Role.PLATFORM_ADMIN);
    }

    /** The province's demo officials not placed in a unit yet (managed: a unit set on them is stored). */
    public List<AppUser> unplacedDemoOfficials(String tenantSlug) {
        return users.unplacedDemo(tenantSlug);
    }
}
