package vn.motcua.infra.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data directory: an exclusive OS file lock on {@code $MOTCUA_DATA_DIR/launcher.lock}, held until
 * the JVM exits (the OS releases it even after {@code kill -9}). The file contains the pid of the holder, for the
 * error message of a second launcher.
 */
final class InstanceLock {

    static final String FILE_NAME = "launcher.lock";

    @SuppressWarnings("unused") // kept reachable so the lock lives as long as the JVM
    private static FileChannel heldChannel;
    @SuppressWarnings("unused")
    private static FileLock heldLock;

    private InstanceLock() {
    }

    static synchronized void acquire(Path dataDir) {
        if (heldLock != null) {
            return;
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
                ch.close();
                throw new LauncherException("Another Mot Cua launcher" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + " is already running with the data directory " + dataDir + ". Stop it first, or give this one "
                        + "its own MOTCUA_DATA_DIR.");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
            heldChannel = ch;
            heldLock = lock;
        } catch (IOException e) {
            throw new LauncherException("Cannot lock " + file + ": " + e.getMessage(), e);
        }
    }
}
