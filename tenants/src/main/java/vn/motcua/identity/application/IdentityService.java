package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.infrastructure.UserRepository;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/** Checks passwords, throttles repeated failures and audits every attempt. */
@ApplicationScoped
public class IdentityService {

    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Compared against when the user does not exist, so that timing does not reveal which part was wrong. */
    private static final String DUMMY_HASH = HASHER.hash("not-a-real-password");

    @Inject
    UserRepository users;

    @Inject
    TenantRegistry tenants;

    @Inject
    SecurityAudit audit;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demoMode;

    public boolean isDemoMode() {
        return demoMode;
    }

    public AuthenticationResult authenticate(String rawUsername, String password, String clientIp, String channel) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(java.util.Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.now();
        Optional<Long> wait = LoginPolicy.throttle(
                audit.failures("username", username, LoginPolicy.WINDOW),
                clientIp == null ? null : audit.failures("client_ip", clientIp, LoginPolicy.WINDOW), now);
        if (wait.isPresent()) {
            audit.record(SecurityEvent.LOGIN_THROTTLED, username, null, channel);
            return AuthenticationResult.throttled(wait.get());
        }
        Optional<AppUser> user = findUser(username);
        boolean passwordMatches = HASHER.verify(password == null ? "" : password,
                user.map(AppUser::getPasswordHash).orElse(DUMMY_HASH)) && user.isPresent();
        Optional<Tenant> tenant = user.map(AppUser::getTenantId).flatMap(tenants::find);
        boolean tenantActive = user.map(u -> u.getTenantId() == null || tenant.map(Tenant::isActive).orElse(false))
                .orElse(false);
        Optional<LoginPolicy.Refusal> refusal = LoginPolicy.refusal(user.isPresent(), passwordMatches,
                user.map(AppUser::isEnabled).orElse(false), user.map(AppUser::isDemo).orElse(false), demoMode,
                tenantActive);
        String tenantId = user.map(AppUser::getTenantId).orElse(null);
        if (refusal.isPresent()) {
            audit.record(SecurityEvent.LOGIN_FAILURE, username, tenantId, channel + ": " + refusal.get());
            return refusal.get() == LoginPolicy.Refusal.DISABLED
                    ? AuthenticationResult.disabled()
                    : AuthenticationResult.invalid();
        }
        audit.record(SecurityEvent.LOGIN_SUCCESS, username, tenantId, channel);
        return AuthenticationResult.success(toCaller(user.get()));
    }

    /**
     * The current state of a signed-in person, re-read on every request so that disabling an account or
     * changing its roles takes effect at once. Empty if the account may no longer be used. One transaction, so the
     * account (with its roles, in one query) and its province are read on one pooled connection.
     */
    @Transactional
    public Optional<Caller> currentCaller(String username) {
        return findUser(username)
                .filter(AppUser::isEnabled)
                .filter(u -> !u.isDemo() || demoMode)
                .filter(u -> u.getTenantId() == null || tenants.find(u.getTenantId()).map(Tenant::isActive).orElse(false))
                .map(IdentityService::toCaller);
    }

    @Transactional
    public Optional<AppUser> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findWithRoles(username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    static Caller toCaller(AppUser user) {
        return new Caller(user.getUsername(), user.getDisplayName(), user.getTenantId(), user.getRoles(), user.getId(),
                null, user.getLocale(), user.getUnitCode());
    }

    static PasswordHasher hasher() {
        return HASHER;
    }
}
