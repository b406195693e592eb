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
    @Order(3)
    void restartReusesTheDatabase() throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        Path credentials = sut.dataDir().resolve("credentials.properties");
        String before = Files.readString(credentials);
        int startsBefore = sut.starts();
        // data created before the restart must be there after it
        String keeper = "quang-ngai.giu.lai." + Long.toString(System.nanoTime(), 36);
        Http.Response created = Http.to(sut.baseUrl()).basic("quang-ngai.admin", "demo").post("/api/users",
                "{\"username\":\"" + keeper + "\",\"displayName\":\"Trần Văn Giữ\",\"password\":\"mat-khau-con-nguyen\",\"roles\":[\"OFFICER\"]}");
        assertEquals(201, created.status(), created::toString);

        sut.restart();

        assertEquals(startsBefore + 1, sut.starts());
        assertEquals(before, Files.readString(credentials), "passwords are generated once");
        String log = sut.log();
        int idx = log.lastIndexOf("===== system test start #");
        assertTrue(log.substring(0, idx).contains("[motcua] Stopped."), "previous run stopped cleanly");
        String lastStart = log.substring(idx);
        assertTrue(lastStart.contains("Starting embedded PostgreSQL"), "existing cluster reused");
        assertFalse(lastStart.contains("Initialising"), "no second initdb");
        assertTrue(lastStart.contains("applied 0 migration(s)"), "migrations already applied");
        Http.Response r = Http.to(sut.baseUrl()).get(SystemUnderTest.READY_PATH);
        assertEquals(200, r.status(), () -> "after restart: " + r);
        Http.Response me = Http.to(sut.baseUrl()).basic(keeper, "mat-khau-con-nguyen").get("/api/me");
        assertEquals(200, me.status(), () -> "account created before the restart: " + me);
        assertTrue(me.body().contains("Trần Văn Giữ"), me.body());
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
