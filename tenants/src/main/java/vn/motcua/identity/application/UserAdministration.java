package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.identity.infrastructure.UserRepository;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.shared.Text;

/**
 * Accounts and their roles. A province administrator sees and changes only the accounts of their own
 * province; a platform administrator manages platform accounts and creates the first account of a province.
 * Users are platform data (sign-in must find them before a province is known), so the province check is
 * made here, in one place, and every refusal looks like "not found" to avoid revealing other provinces.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");
    public static final int MIN_PASSWORD_LENGTH = 10;

    @Inject
    UserRepository users;

    @Inject
    TenantRegistry tenants;

    @Inject
    SecurityAudit audit;

    public List<AppUser> list(Caller actor) {
        if (actor.has(Role.PLATFORM_ADMIN)) {
            return users.all();
        }
        requireProvinceAdmin(actor);
        return users.ofTenant(actor.tenantId());
    }

    public AppUser get(Caller actor, long id) {
        AppUser user = users.find(id);
        if (user == null || !mayManage(actor, user.getTenantId())) {
            throw DomainException.notFound("user.notFound", id);
        }
        return user;
    }

    /**
     * Creates an account. {@code tenantId} is ignored for province administrators (always their own province);
     * for platform administrators null means a platform account.
     */
    public AppUser create(Caller actor, String username, String displayName, String password, Set<Role> roles,
                          String tenantId) {
        String tenant = actor.has(Role.PLATFORM_ADMIN) ? blankToNull(tenantId) : actor.tenantId();
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            requireProvinceAdmin(actor);
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "user.username.invalid"));
        } else {
            // Before the duplicate check: a name outside the caller's namespace gets the same answer whether or
            // not another province has it
            AccountRules.usernameRefusal(name, tenant,
                    tenant == null ? tenants.list().stream().map(Tenant::getSlug).toList() : List.of())
                    .ifPresent(errors::add);
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "field.required"));
        } else if (displayName.strip().length() > Text.Kind.NAME.max()) {
            errors.add(new FieldError("displayName", "text.tooLong", Text.Kind.NAME.max(), displayName.strip().length()));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "user.password.tooShort", MIN_PASSWORD_LENGTH));
        } else if (password.equalsIgnoreCase("demo") || password.equalsIgnoreCase(name)) {
            errors.add(new FieldError("password", "user.password.weak"));
        }
        validateRoles(roles, tenant, errors);
        if (tenant != null && tenants.find(tenant).isEmpty()) {
            errors.add(new FieldError("tenant", "tenant.notFound", tenant));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (findByName(name).isPresent()) {
            throw DomainException.conflict("user.username.taken", name);
        }
        AppUser user = new AppUser(name, tenant, displayName.strip(), IdentityService.hasher().hash(password), false);
        user.setRoles(roles);
        users.add(user);
        users.flush();
        audit.record(SecurityEvent.USER_CREATED, name, tenant, "roles " + roles);
        for (Role role : roles) {
            audit.record(SecurityEvent.ROLE_GRANTED, name, tenant, role.name());
        }
        return user;
    }

    /** Replaces the roles of an account; {@code expectedVersion} detects a concurrent change. */
    public AppUser updateRoles(Caller actor, long id, Set<Role> roles, long expectedVersion) {
        AppUser user = get(actor, id);
        if (user.getVersion() != expectedVersion) {
            throw DomainException.conflict("user.changedMeanwhile", user.getUsername());
        }
        List<FieldError> errors = new ArrayList<>();
        validateRoles(roles, user.getTenantId(), errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (user.getUsername().equals(actor.name()) && actor.roles().stream().anyMatch(r -> isAdminRole(r) && !roles.contains(r))) {
            throw DomainException.invalid("user.cannotRemoveOwnAdmin");
        }
        Set<Role> before = user.getRoles();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(roles);
        granted.removeAll(before);
        Set<Role> revoked = before.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(before);
        revoked.removeAll(roles);
        if (granted.isEmpty() && revoked.isEmpty()) {
            return user;
        }
        if (revoked.contains(Role.PROVINCE_ADMIN) && user.isEnabled() && user.getTenantId() != null) {
            Optional<String> refusal = AccountRules.adminRemovalRefusal(true, otherEnabledProvinceAdmins(user));
            if (refusal.isPresent()) {
                throw DomainException.invalid(List.of(new FieldError("roles", refusal.get(), user.getUsername())));
            }
        }
        user.setRoles(roles);
        users.bumpVersion(user);
        users.flush();
        for (Role role : granted) {
            audit.record(SecurityEvent.ROLE_GRANTED, user.getUsername(), user.getTenantId(), role.name());
        }
        for (Role role : revoked) {
            audit.record(SecurityEvent.ROLE_REVOKED, user.getUsername(), user.getTenantId(), role.name());
        }
        return user;
    }

    /**
     * Disables or re-enables an account; {@code expectedVersion} detects a concurrent change. A disabled account is
     * refused from its next request on, whatever it presents (session, password, or an API token it created).
     */
    public AppUser setEnabled(Caller actor, long id, boolean enabled, long expectedVersion) {
        AppUser user = get(actor, id);
        if (user.getVersion() != expectedVersion) {
            throw DomainException.conflict("user.changedMeanwhile", user.getUsername());
        }
        if (user.isEnabled() == enabled) {
            return user;
        }
        if (!enabled) {
            boolean enabledProvinceAdmin = user.getTenantId() != null && user.getRoles().contains(Role.PROVINCE_ADMIN);
            long others = enabledProvinceAdmin ? otherEnabledProvinceAdmins(user) : 0;
            Optional<String> refusal = AccountRules.disableRefusal(isSelf(actor, user), enabledProvinceAdmin, others);
            if (refusal.isPresent()) {
                throw DomainException.invalid(List.of(new FieldError("enabled", refusal.get(), user.getUsername())));
            }
        }
        user.setEnabled(enabled);
        users.flush();
        audit.record(enabled ? SecurityEvent.USER_ENABLED : SecurityEvent.USER_DISABLED, user.getUsername(),
                user.getTenantId(), "account " + user.getId());
        return user;
    }

    private long otherEnabledProvinceAdmins(AppUser user) {
        return users.countOtherEnabled(user.getTenantId(), Role.PROVINCE_ADMIN, user.getId());
    }

    private static boolean isSelf(Caller actor, AppUser user) {
        return user.getUsername().equals(actor.name()) || user.getId().equals(actor.userId());
    }

    public Optional<AppUser> findByName(String username) {
        return users.findByName(username);
    }

    private static boolean isAdminRole(Role role) {
        return role == Role.PLATFORM_ADMIN || role == Role.PROVINCE_ADMIN;
    }

    private static void validateRoles(Set<Role> roles, String tenant, List<FieldError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "user.roles.required"));
        } else if (tenant == null ? !Role.platformRoles().containsAll(roles) : !Role.tenantRoles().containsAll(roles)) {
            errors.add(new FieldError("roles", tenant == null ? "user.roles.platformOnly" : "user.roles.tenantOnly"));
        }
    }

    private static boolean mayManage(Caller actor, String userTenant) {
        if (actor.has(Role.PLATFORM_ADMIN)) {
            return true;
        }
        return actor.has(Role.PROVINCE_ADMIN) && actor.tenantId() != null && actor.tenantId().equals(userTenant);
    }

    private static void requireProvinceAdmin(Caller actor) {
        if (!actor.has(Role.PROVINCE_ADMIN) || actor.tenantId() == null) {
            throw DomainException.forbidden("forbidden");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
