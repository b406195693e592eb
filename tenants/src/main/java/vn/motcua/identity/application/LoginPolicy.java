package vn.motcua.identity.application;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Pure rules of sign-in: when attempts are throttled and why a correct password can still be refused.
 * The reasons are recorded in the audit log; the person is told the same thing for every refusal except a disabled
 * account, which is only reported after the right password (so it reveals nothing to someone without it).
 */
public final class LoginPolicy {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int MAX_FAILURES_PER_USER = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;

    public enum Refusal { UNKNOWN_USER, BAD_PASSWORD, DISABLED, DEMO_ACCOUNT_OUTSIDE_DEMO_MODE, TENANT_NOT_ACTIVE }

    private LoginPolicy() { }

    /** Seconds to wait before the next attempt, or empty if an attempt may be made now. */
    public static Optional<Long> throttle(SecurityAudit.FailureWindow byUser, SecurityAudit.FailureWindow byAddress,
                                          OffsetDateTime now) {
        long wait = 0;
        if (byUser != null && byUser.count() >= MAX_FAILURES_PER_USER) {
            wait = Math.max(wait, secondsUntilExpiry(byUser.oldest(), now));
        }
        if (byAddress != null && byAddress.count() >= MAX_FAILURES_PER_ADDRESS) {
            wait = Math.max(wait, secondsUntilExpiry(byAddress.oldest(), now));
        }
        return wait > 0 ? Optional.of(wait) : Optional.empty();
    }

    private static long secondsUntilExpiry(OffsetDateTime oldest, OffsetDateTime now) {
        if (oldest == null) {
            return WINDOW.toSeconds();
        }
        long seconds = Duration.between(now, oldest.plus(WINDOW)).toSeconds() + 1;
        return Math.max(1, seconds);
    }

    /**
     * Why a sign-in is refused, if it is. Demo accounts (password "demo", known to everyone) are refused
     * whenever the server does not run in demo mode, even if such rows reach a production database.
     */
    public static Optional<Refusal> refusal(boolean userExists, boolean passwordMatches, boolean enabled, boolean demoAccount,
                                            boolean demoMode, boolean tenantActive) {
        if (!userExists) {
            return Optional.of(Refusal.UNKNOWN_USER);
        }
        if (!passwordMatches) {
            return Optional.of(Refusal.BAD_PASSWORD);
        }
        if (demoAccount && !demoMode) {
            return Optional.of(Refusal.DEMO_ACCOUNT_OUTSIDE_DEMO_MODE);
        }
        if (!enabled) {
            return Optional.of(Refusal.DISABLED);
        }
        if (!tenantActive) {
            return Optional.of(Refusal.TENANT_NOT_ACTIVE);
        }
        return Optional.empty();
    }
}
