package vn.motcua.infra.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleServerCheckTest {

    static final String ZONKY_POSTGRES = "/tmp/embedded-pg/PG-1/bin/postgres";

    @TempDir
    Path pgdata;

    @TempDir
    Path elsewhere;

    private void pidFile(String firstLine) throws Exception {
        pidFile(firstLine, pgdata);
    }

    private void pidFile(String firstLine, Path dataDirLine) throws Exception {
        Files.writeString(pgdata.resolve("postmaster.pid"), firstLine + "\n" + dataDirLine + "\n1700000000\n5432\n");
    }

    /** Fake processes: pid 4242 is described by {@code facts}; records the pids it was asked to stop. */
    private static final class Fake implements StaleServerCheck.Processes {
        final Optional<StaleServerCheck.ProcessFacts> facts;
        final boolean stops;
        final List<Long> stopped = new ArrayList<>();

        Fake(Optional<StaleServerCheck.ProcessFacts> facts, boolean stops) {
            this.facts = facts;
            this.stops = stops;
        }

        @Override
        public Optional<StaleServerCheck.ProcessFacts> describe(long pid) {
            return pid == 4242 ? facts : Optional.empty();
        }

        @Override
        public boolean stop(long pid, StaleServerCheck.ProcessFacts f, Path dir, Duration timeout) {
            stopped.add(pid);
            return stops;
        }
    }

    private static Fake command(String command) {
        return new Fake(Optional.of(new StaleServerCheck.ProcessFacts(command, List.of(), Optional.empty())), true);
    }

    private static Fake postgres(List<String> arguments, Path cwd, boolean stops) {
        return new Fake(Optional.of(new StaleServerCheck.ProcessFacts(ZONKY_POSTGRES, arguments,
                Optional.ofNullable(cwd))), stops);
    }

    @Test
    void nothingToDoWithoutPidFile() {
        assertEquals(StaleServerCheck.Outcome.NO_PID_FILE,
                new StaleServerCheck(new Fake(Optional.empty(), true)).check(pgdata).outcome());
    }

    @Test
    void deadProcessMeansStaleFileIsRemoved() throws Exception {
        pidFile("4242");
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED,
                new StaleServerCheck(new Fake(Optional.empty(), true)).check(pgdata).outcome());
        assertFalse(Files.exists(pgdata.resolve("postmaster.pid")));
    }

    @Test
    void reusedPidOfAnotherProgramMeansStale() throws Exception {
        pidFile("4242");
        Fake java = command("/usr/bin/java");
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED, new StaleServerCheck(java).check(pgdata).outcome());
        assertEquals(List.of(), java.stopped);
    }

    @Test
    void garbageIsStale() throws Exception {
        pidFile("not-a-pid");
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED,
                new StaleServerCheck(command("/x/bin/postgres")).check(pgdata).outcome());
    }

    @Test
    void orphanOfThisDataDirectoryIsStopped() throws Exception {
        pidFile("4242");
        Fake orphan = postgres(List.of(ZONKY_POSTGRES, "-D", "relative/pgdata", "-p", "5432"), pgdata, true);
        StaleServerCheck.Result result = new StaleServerCheck(orphan).check(pgdata);
        assertEquals(StaleServerCheck.Outcome.ORPHAN_STOPPED, result.outcome());
        assertEquals(4242, result.pid());
        assertEquals(List.of(4242L), orphan.stopped);
    }

    @Test
    void orphanIsRecognisedByItsAbsoluteDashDWhereTheWorkingDirectoryIsNotShown() throws Exception {
        pidFile("4242");
        Fake orphan = postgres(List.of(ZONKY_POSTGRES, "-D", pgdata.toString(), "-p", "5432"), null, true);
        assertEquals(StaleServerCheck.Outcome.ORPHAN_STOPPED, new StaleServerCheck(orphan).check(pgdata).outcome());
        assertEquals(List.of(4242L), orphan.stopped);
    }

    @Test
    void postgresServingAnotherDirectoryIsNotTouched() throws Exception {
        pidFile("4242");
        Fake other = postgres(List.of(ZONKY_POSTGRES, "-D", elsewhere.toString()), elsewhere, true);
        LauncherException e = assertThrows(LauncherException.class, () -> new StaleServerCheck(other).check(pgdata));
        assertTrue(e.getMessage().contains("kill 4242"), e.getMessage());
        assertEquals(List.of(), other.stopped);
        assertTrue(Files.exists(pgdata.resolve("postmaster.pid")));
    }

    @Test
    void pidFileNamingAnotherDirectoryIsNotTrusted() throws Exception {
        pidFile("4242", elsewhere);
        Fake server = postgres(List.of(ZONKY_POSTGRES, "-D", pgdata.toString()), pgdata, true);
        assertThrows(LauncherException.class, () -> new StaleServerCheck(server).check(pgdata));
        assertEquals(List.of(), server.stopped);
    }

    @Test
    void relativeDashDWithoutWorkingDirectoryCannotBeShownToBeOurs() throws Exception {
        pidFile("4242");
        Fake server = postgres(List.of(ZONKY_POSTGRES, "-D", "pgdata"), null, true);
        assertThrows(LauncherException.class, () -> new StaleServerCheck(server).check(pgdata));
        assertEquals(List.of(), server.stopped);
    }

    @Test
    void orphanThatDoesNotStopIsReported() throws Exception {
        pidFile("4242");
        Fake stuck = postgres(List.of(ZONKY_POSTGRES, "-D", pgdata.toString()), pgdata, false);
        LauncherException e = assertThrows(LauncherException.class, () -> new StaleServerCheck(stuck).check(pgdata));
        assertTrue(e.getMessage().contains("(pid 4242)"), e.getMessage());
        assertTrue(e.getMessage().contains("did not stop within 120 s"), e.getMessage());
    }

    @Test
    void livePostgresIsRefusedAndFileKept() throws Exception {
        pidFile("4242");
        LauncherException e = assertThrows(LauncherException.class,
                () -> new StaleServerCheck(command(ZONKY_POSTGRES)).check(pgdata));
        assertTrue(e.getMessage().contains("kill 4242"), e.getMessage());
        assertTrue(Files.exists(pgdata.resolve("postmaster.pid")));
    }

    @Test
    void liveProcessWithUnknownCommandIsTreatedAsPostgres() throws Exception {
        pidFile("4242");
        Fake unknown = command("");
        assertThrows(LauncherException.class, () -> new StaleServerCheck(unknown).check(pgdata));
        assertEquals(List.of(), unknown.stopped);
    }

    @Test
    void realDeadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        pidFile(Long.toString(p.pid()));
        assertEquals(StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED, new StaleServerCheck().check(pgdata).outcome());
    }

    @Test
    void realProcessShowsItsWorkingDirectoryAndStops() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "300").directory(pgdata.toFile()).start();
        try {
            StaleServerCheck.OsProcesses os = new StaleServerCheck.OsProcesses();
            StaleServerCheck.ProcessFacts facts = os.describe(sleep.pid()).orElseThrow();
            assertEquals(Optional.of(pgdata.toRealPath()), facts.workingDirectory());
            assertEquals(List.of("300"), facts.arguments());
            // no pg_ctl beside an unknown command: SIGTERM, then wait for the exit
            assertTrue(os.stop(sleep.pid(), new StaleServerCheck.ProcessFacts("", List.of(), Optional.empty()), pgdata,
                    Duration.ofSeconds(30)));
            assertFalse(sleep.isAlive());
        } finally {
            sleep.destroyForcibly();
            sleep.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
