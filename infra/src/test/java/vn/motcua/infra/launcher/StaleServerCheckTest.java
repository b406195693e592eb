package vn.motcua.infra.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleServerCheckTest {

    @TempDir
    Path pgdata;

    private void pidFile(String firstLine) throws Exception {
        Files.writeString(pgdata.resolve("postmaster.pid"), firstLine + "\n" + pgdata + "\n1700000000\n5432\n");
    }

    @Test
    void nothingToDoWithoutPidFile() {
        assertEquals(StaleServerCheck.Outcome.NO_PID_FILE, new StaleServerCheck(pid -> Optional.empty()).check(pgdata));
    }

    @Test
    void deadProcessMeansStaleFileIsRemoved() throws Exception {
        pidFile("4242");
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED,
                new StaleServerCheck(pid -> Optional.empty()).check(pgdata));
        assertFalse(Files.exists(pgdata.resolve("postmaster.pid")));
    }

    @Test
    void reusedPidOfAnotherProgramMeansStale() throws Exception {
        pidFile("4242");
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED,
                new StaleServerCheck(pid -> Optional.of("/usr/bin/java")).check(pgdata));
    }

    @Test
    void garbageIsStale() throws Exception {
        pidFile("not-a-pid");
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED,
                new StaleServerCheck(pid -> Optional.of("/x/bin/postgres")).check(pgdata));
    }

    @Test
    void livePostgresIsRefusedAndFileKept() throws Exception {
        pidFile("4242");
        LauncherException e = assertThrows(LauncherException.class,
                () -> new StaleServerCheck(pid -> Optional.of("/tmp/embedded-pg/PG-1/bin/postgres")).check(pgdata));
        assertTrue(e.getMessage().contains("kill 4242"), e.getMessage());
        assertTrue(Files.exists(pgdata.resolve("postmaster.pid")));
    }

    @Test
    void liveProcessWithUnknownCommandIsTreatedAsPostgres() throws Exception {
        pidFile("4242");
        assertThrows(LauncherException.class, () -> new StaleServerCheck(pid -> Optional.of("")).check(pgdata));
    }

    @Test
    void realDeadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        pidFile(Long.toString(p.pid()));
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED, new StaleServerCheck().check(pgdata));
    }
}
