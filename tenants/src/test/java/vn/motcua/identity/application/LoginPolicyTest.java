package vn.motcua.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.application.LoginPolicy.Refusal;

class LoginPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void fourFailuresStillAllowAnAttempt() {
        var window = new SecurityAudit.FailureWindow(4, NOW.minusMinutes(10));
        assertTrue(LoginPolicy.throttle(window, null, NOW).isEmpty());
    }

    @Test
    void fiveFailuresWaitUntilTheOldestLeavesTheWindow() {
        var window = new SecurityAudit.FailureWindow(5, NOW.minusMinutes(10));
        // oldest failure 10 min ago, window 15 min: 5 min (+1 s rounding guard) to wait
        assertEquals(Optional.of(301L), LoginPolicy.throttle(window, null, NOW));
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledToo() {
        var user = new SecurityAudit.FailureWindow(1, NOW.minusMinutes(1));
        var address = new SecurityAudit.FailureWindow(30, NOW.minusMinutes(14));
        assertEquals(Optional.of(61L), LoginPolicy.throttle(user, address, NOW));
    }

    @Test
    void demoAccountsAreRefusedOutsideDemoModeEvenWithTheRightPassword() {
        assertEquals(Optional.of(Refusal.DEMO_ACCOUNT_OUTSIDE_DEMO_MODE),
                LoginPolicy.refusal(true, true, true, true, false, true));
        assertEquals(Optional.empty(), LoginPolicy.refusal(true, true, true, true, true, true));
    }

    @Test
    void refusalsInOrder() {
        assertEquals(Optional.of(Refusal.UNKNOWN_USER), LoginPolicy.refusal(false, false, false, false, true, false));
        assertEquals(Optional.of(Refusal.BAD_PASSWORD), LoginPolicy.refusal(true, false, true, false, true, true));
        assertEquals(Optional.of(Refusal.DISABLED), LoginPolicy.refusal(true, true, false, false, true, true));
        assertEquals(Optional.of(Refusal.TENANT_NOT_ACTIVE), LoginPolicy.refusal(true, true, true, false, true, false));
        assertEquals(Optional.empty(), LoginPolicy.refusal(true, true, true, false, false, true));
    }

    @Test
    void aDisabledAccountIsOnlyReportedAsSuchAfterTheRightPassword() {
        // the person is told "disabled" for Refusal.DISABLED only; a wrong password must not get that far
        assertEquals(Optional.of(Refusal.BAD_PASSWORD), LoginPolicy.refusal(true, false, false, false, true, true));
        assertEquals(Optional.of(Refusal.DISABLED), LoginPolicy.refusal(true, true, false, false, true, true));
    }
}
