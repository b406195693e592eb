package vn.motcua.infra.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Looks at {@code pgdata/postmaster.pid} before the embedded PostgreSQL starts.
 * <ul>
 *   <li>No file: nothing to do.</li>
 *   <li>The pid in it is dead, or belongs to a process that is not PostgreSQL (pid reused after a reboot): the file
 *       is stale (the previous launcher or server was killed); it is removed.</li>
 *   <li>The pid is a live PostgreSQL process: refuse to start, with a message that says whether another launcher
 *       is using the directory (its {@code epg-lock} is held) or an orphaned server is left from a killed launcher.</li>
 * </ul>
 */
final class StaleServerCheck {

    static final String PID_FILE = "postmaster.pid";
    /** Lock file that zonky's EmbeddedPostgres holds (inside the data directory) while it runs the server. */
    static final String ZONKY_LOCK_FILE = "epg-lock";

    /** What {@link #check} found. */
    enum Outcome { NO_PID_FILE, STALE_PID_FILE_REMOVED }

    /** Process facts, replaceable in tests: pid to command path (empty string if unknown), or empty if dead. */
    private final LongFunction<Optional<String>> processCommand;

    StaleServerCheck() {
        this(pid -> ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(ph -> ph.info().command().orElse("")));
    }

    StaleServerCheck(LongFunction<Optional<String>> processCommand) {
        this.processCommand = processCommand;
    }

    Outcome check(Path pgdata) {
        Path pidFile = pgdata.resolve(PID_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException e) {
            return Outcome.NO_PID_FILE;
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

        Optional<String> command = pid > 0 ? processCommand.apply(pid) : Optional.empty();
        boolean alivePostgres = command.isPresent()
                && (command.get().isEmpty() /* unknown: assume the worst */ || command.get().contains("postgres"));
        if (!alivePostgres) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new LauncherException("Cannot remove the stale " + pidFile + ": " + e.getMessage(), e);
            }
            return Outcome.STALE_PID_FILE_REMOVED;
        }

        if (lockHeldElsewhere(pgdata.resolve(ZONKY_LOCK_FILE))) {
            throw new LauncherException("Another Mot Cua launcher is already running on the data directory "
                    + pgdata.getParent() + " (its PostgreSQL has pid " + pid + "). Stop it first, or set "
                    + "MOTCUA_DATA_DIR to another directory.");
        }
        throw new LauncherException("A PostgreSQL server (pid " + pid + ") is still running on " + pgdata
                + ", probably left over from a launcher that was killed. Stop it, then start again:\n"
                + "    kill " + pid + "        (or: kill -INT " + pid + " for a fast shutdown)\n"
                + "Do not delete " + pidFile + " while that process is alive.");
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
}
