package vn.motcua.infra.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smoke test of the launcher and of the system-test harness. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    @Test
    @Order(1)
    void healthReadyIsUp() {
        SystemUnderTest sut = SystemUnderTest.get();
        Http.Response r = Http.to(sut.baseUrl()).get(SystemUnderTest.READY_PATH);
        assertEquals(200, r.status(), () -> "GET /health/ready: " + r);
        assertTrue(STATUS_UP.matcher(r.body()).find(), () -> "expected status UP: " + r.body());
    }

    @Test
    @Order(2)
    void embeddedDataDirectoryWasCreated() throws Exception {
        Path dataDir = SystemUnderTest.get().dataDir();
        assertTrue(Files.isRegularFile(dataDir.resolve("pgdata/PG_VERSION")), "PostgreSQL cluster in " + dataDir);
        Path credentials = dataDir.resolve("credentials.properties");
        assertTrue(Files.isRegularFile(credentials), "credentials.properties in " + dataDir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
        String hba = Files.readString(dataDir.resolve("pgdata/pg_hba.conf"));
        assertTrue(hba.contains("scram-sha-256") && !hba.contains("trust"), "pg_hba.conf requires passwords");
    }

    @Test
    @Order(4)
    void browserHarnessWorks() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go(SystemUnderTest.READY_PATH);
            assertTrue(STATUS_UP.matcher(browser.driver().getPageSource()).find(), "Chromium sees /health/ready UP");
            Path png = browser.screenshot("launcher-health-ready");
            assertTrue(Files.size(png) > 0, "screenshot written");
        }
    }
}
