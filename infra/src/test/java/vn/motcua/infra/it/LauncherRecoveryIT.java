package vn.motcua.infra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A launcher killed with SIGKILL (an OOM kill, a power cut of the JVM) leaves its embedded PostgreSQL running as an
 * orphan; the next start on the same data directory stops that server cleanly, says so in the log, and starts as
 * usual with the data intact, without a manual step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherRecoveryIT {

    private static OwnLauncher launcher;

    @BeforeAll
    static void start() throws Exception {
        launcher = OwnLauncher.fresh("recovery");
        launcher.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (launcher != null) {
            launcher.close();
        }
    }

    /**
     * A clean stop and start on the same data directory: the cluster and the generated passwords are reused, no
     * second initdb, no migration applied twice, the data is there (on the test's own launcher, so the shared system
     * under test is not restarted for it).
     */
    @Test
    @Order(1)
    void aRestartReusesTheDatabase() throws Exception {
        java.nio.file.Path credentials = launcher.dataDir().resolve("credentials.properties");
        String passwords = Files.readString(credentials);
        String keeper = "quang-ngai.giu.lai." + Long.toString(System.nanoTime(), 36);
        Http.Response created = Http.to(launcher.base()).basic("quang-ngai.admin", "demo").post("/api/users",
                "{\"username\":\"" + keeper + "\",\"displayName\":\"Trần Văn Giữ\",\"password\":\"mat-khau-con-nguyen\","
                        + "\"roles\":[\"OFFICER\"]}");
        assertEquals(201, created.status(), created::toString);

        launcher.stop();
        String before = Files.readString(launcher.log());
        assertTrue(before.contains("[motcua] Stopped."), "the launcher stopped cleanly: " + before);
        launcher.start();

        assertEquals(passwords, Files.readString(credentials), "passwords are generated once");
        String restart = Files.readString(launcher.log()).substring(before.length());
        assertTrue(restart.contains("Starting embedded PostgreSQL"), "existing cluster reused: " + restart);
        assertFalse(restart.contains("Initialising"), "no second initdb");
        assertTrue(restart.contains("applied 0 migration(s)"), "migrations already applied: " + restart);
        Http.Response me = Http.to(launcher.base()).basic(keeper, "mat-khau-con-nguyen").get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertTrue(me.body().contains("Trần Văn Giữ"), me.body());
    }

    @Test
    @Order(2)
    void theNextStartStopsThePostgresqlAKilledLauncherLeftAndKeepsTheData() throws Exception {
        String keeper = "gia-lai.con.lai." + Long.toString(System.nanoTime(), 36);
        Http.Response created = Http.to(launcher.base()).basic("gia-lai.admin", "demo").post("/api/users",
                "{\"username\":\"" + keeper + "\",\"displayName\":\"Nguyễn Thị Còn\",\"password\":\"mat-khau-van-con\","
                        + "\"roles\":[\"OFFICER\"]}");
        assertEquals(201, created.status(), created::toString);

        launcher.kill();
        ProcessHandle orphan = launcher.postmaster().orElseThrow(
                () -> new AssertionError("the killed launcher's PostgreSQL should still be running"));
        assertTrue(orphan.isAlive());
        long orphanPid = orphan.pid();

        launcher.start();

        String log = Files.readString(launcher.log());
        assertTrue(log.contains("[motcua] Stopped the embedded PostgreSQL (pid " + orphanPid + ") left running on "),
                log);
        assertTrue(log.contains("by a launcher that ended abruptly."), log);
        assertFalse(log.contains("is still running"), log);
        orphan.onExit().get(30, TimeUnit.SECONDS); // it was stopped before the new server started
        assertFalse(orphan.isAlive());
        long newPid = launcher.postmaster().orElseThrow().pid();
        assertTrue(newPid != orphanPid, "a new PostgreSQL serves the data directory");

        Http.Response me = Http.to(launcher.base()).basic(keeper, "mat-khau-van-con").get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertTrue(me.body().contains("Nguyễn Thị Còn"), me.body());
    }
}
