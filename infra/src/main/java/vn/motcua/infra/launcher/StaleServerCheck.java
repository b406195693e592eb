package vn.motcua.infra.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Looks at {@code pgdata/postmaster.pid} before the embedded PostgreSQL starts. The launcher already holds
 * {@code launcher.lock} (see {@link InstanceLock}), so no other launcher is running on this data directory.
 * <ul>
 *   <li>No file: nothing to do.</li>
 *   <li>The pid in it is dead, or belongs to a process that is not PostgreSQL (pid reused after a reboot): the file
 *       is stale (the previous launcher or server was killed); it is removed.</li>
 *   <li>The pid is a live PostgreSQL process whose data directory is this one, and zonky's {@code epg-lock} is free
 *       (the launcher that started it died: the OS releases file locks with the process, {@code kill -9} included):
 *       an orphan of a launcher that ended abruptly. The launcher owns that directory, so it stops the server cleanly
 *       ({@code pg_ctl stop -m fast}, PostgreSQL's own shutdown: a checkpoint, nothing lost) and starts as usual.</li>
 *   <li>Anything else with a live PostgreSQL (its {@code epg-lock} is held by another process, or the process cannot
 *       be shown to serve this data directory): refuse to start, with a message that says what to do. A PostgreSQL
 *       that is not ours is never touched.</li>
 * </ul>
 */
final class StaleServerCheck {

    static final String PID_FILE = "postmaster.pid";
    /** Lock file that zonky's EmbeddedPostgres holds (inside the data directory) while it runs the server. */
    static final String ZONKY_LOCK_FILE = "epg-lock";
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

    /** What {@link #check} found. */
    enum Outcome { NO_PID_FILE, STALE_PID_FILE_REMOVED, ORPHAN_STOPPED }

    /** {@code pid}: the process {@code postmaster.pid} named, or -1. */
    record Result(Outcome outcome, long pid) {
    }

    /**
     * What the operating system says about a live process: its executable, its arguments (empty if unknown) and,
     * where the OS shows it ({@code /proc/<pid>/cwd} on Linux), its working directory; a running postmaster's working
     * directory is its data directory (it changes into it at start).
     */
    record ProcessFacts(String command, List<String> arguments, Optional<Path> workingDirectory) {

        boolean isPostgres() {
            return command.isEmpty() /* unknown: assume the worst */ || command.contains("postgres");
        }

        /** The data directory PostgreSQL was started with ({@code -D}), if the arguments show it. */
        Optional<String> dashD() {
            int i = arguments.indexOf("-D");
            return i >= 0 && i + 1 < arguments.size() ? Optional.of(arguments.get(i + 1)) : Optional.empty();
        }
    }

    /** The operating system's processes; replaceable in tests. */
    interface Processes {
        /** Facts about a live process, or empty if no such process is alive. */
        Optional<ProcessFacts> describe(long pid);

        /** Asks PostgreSQL {@code pid} serving {@code pgdata} to shut down; true once it has exited. */
        boolean stop(long pid, ProcessFacts facts, Path pgdata, Duration timeout);
    }

    private final Processes processes;

    StaleServerCheck() {
        this(new OsProcesses());
    }

    StaleServerCheck(Processes processes) {
        this.processes = processes;
    }

    Result check(Path pgdata) {
        Path pidFile = pgdata.resolve(PID_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException e) {
            return new Result(Outcome.NO_PID_FILE, -1);
        } catch (IOException e) {
            throw new LauncherException("Cannot read " + pidFile + ": " + e.getMessage(), e);
        }

        long pid = -1;
        if (!lines.isEmpty()) {
            try {
                pid = Long.parseLong(lines.get(0).trim());
            } catch (NumberFormatException ignored) {
                // unreadable: treat as stale
            }
        }

        Optional<ProcessFacts> facts = pid > 0 ? processes.describe(pid) : Optional.empty();
        if (facts.isEmpty() || !facts.get().isPostgres()) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new LauncherException("Cannot remove the stale " + pidFile + ": " + e.getMessage(), e);
            }
            return new Result(Outcome.STALE_PID_FILE_REMOVED, pid);
        }

        if (lockHeldElsewhere(pgdata.resolve(ZONKY_LOCK_FILE))) {
            throw new LauncherException("Another Mot Cua launcher is already running on the data directory "
                    + pgdata.getParent() + " (its PostgreSQL has pid " + pid + "). Stop it first, or set "
                    + "MOTCUA_DATA_DIR to another directory.");
        }
        if (servesDirectory(facts.get(), lines, pgdata)) {
            if (processes.stop(pid, facts.get(), pgdata, STOP_TIMEOUT)) {
                return new Result(Outcome.ORPHAN_STOPPED, pid);
            }
            throw new LauncherException("The embedded PostgreSQL (pid " + pid + ") left running on " + pgdata
                    + " by a launcher that ended abruptly did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s. Wait for it to exit (see " + pgdata.resolveSibling(EmbeddedDatabase.LOG_FILE)
                    + "), then start again.");
        }
        throw new LauncherException("A PostgreSQL server (pid " + pid + ") is still running on " + pgdata
                + ", probably left over from a launcher that was killed. Stop it, then start again:\n"
                + "    kill " + pid + "        (or: kill -INT " + pid + " for a fast shutdown)\n"
                + "Do not delete " + pidFile + " while that process is alive.");
    }

    /**
     * True only if the process is shown to serve {@code pgdata}: {@code postmaster.pid} names this directory and the
     * process's working directory (or, where the OS does not show it, its absolute {@code -D}) is this directory.
     */
    static boolean servesDirectory(ProcessFacts facts, List<String> pidFileLines, Path pgdata) {
        Path ours = canonical(pgdata);
        if (ours == null || pidFileLines.size() < 2 || !ours.equals(canonical(Path.of(pidFileLines.get(1).trim())))) {
            return false;
        }
        if (facts.workingDirectory().isPresent()) {
            return ours.equals(canonical(facts.workingDirectory().get()));
        }
        return facts.dashD().map(Path::of).filter(Path::isAbsolute).map(StaleServerCheck::canonical)
                .filter(ours::equals).isPresent();
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True if another process holds the zonky lock; false if it is free, missing or held by this JVM. */
    private static boolean lockHeldElsewhere(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The real processes: {@link ProcessHandle}, {@code /proc/<pid>/cwd}, and PostgreSQL's own {@code pg_ctl}. */
    static final class OsProcesses implements Processes {

        @Override
        public Optional<ProcessFacts> describe(long pid) {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ph -> {
                ProcessHandle.Info info = ph.info();
                Optional<Path> cwd;
                try {
                    cwd = Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")));
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    cwd = Optional.empty();
                }
                return new ProcessFacts(info.command().orElse(""), info.arguments().map(List::of).orElse(List.of()),
                        cwd);
            });
        }

        @Override
        public boolean stop(long pid, ProcessFacts facts, Path pgdata, Duration timeout) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty()) {
                return true;
            }
            // pg_ctl of the same installation as the server (zonky's extracted binaries); it sends SIGINT (fast
            // shutdown: open sessions are ended, a checkpoint is written). Without it, SIGTERM (smart shutdown, which
            // does not wait long here: the sessions died with the launcher).
            Path pgCtl = facts.command().isEmpty() ? null : Path.of(facts.command()).resolveSibling("pg_ctl");
            boolean stopped = false;
            if (pgCtl != null && Files.isExecutable(pgCtl)) {
                try {
                    File log = pgdata.resolveSibling(EmbeddedDatabase.LOG_FILE).toFile();
                    Process p = new ProcessBuilder(pgCtl.toString(), "stop", "-D", pgdata.toString(), "-m", "fast",
                            "-w", "-t", Long.toString(timeout.toSeconds()))
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
                    stopped = p.waitFor(timeout.toSeconds() + 10, TimeUnit.SECONDS) && p.exitValue() == 0;
                } catch (IOException e) {
                    stopped = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            if (!stopped && handle.get().isAlive()) {
                handle.get().destroy();
            }
            try {
                handle.get().onExit().get(timeout.toSeconds(), TimeUnit.SECONDS);
                return true;
            } catch (TimeoutException | ExecutionException e) {
                return !handle.get().isAlive();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
