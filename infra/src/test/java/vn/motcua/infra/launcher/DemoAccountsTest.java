package vn.motcua.infra.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoAccountsTest {

    @Test
    void allDemoLoginsAreListed() {
        assertEquals(2 + 4 * 4, DemoAccounts.userNames().size());
        String banner = String.join("\n", DemoAccounts.describe());
        for (String user : DemoAccounts.userNames()) {
            assertTrue(banner.contains(user), user);
        }
        assertTrue(banner.contains("password for all: demo"));
    }
}
