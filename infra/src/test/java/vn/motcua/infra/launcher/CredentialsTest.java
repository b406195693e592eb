package vn.motcua.infra.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceWithOwnerOnlyPermissionsAndReused() throws Exception {
        Credentials first = Credentials.loadOrCreate(dir);
        assertTrue(first.created());
        Path file = dir.resolve(Credentials.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotEquals(first.appPassword(), first.ownerPassword());
        assertNotEquals(first.superuserPassword(), first.appPassword());
        assertTrue(first.appPassword().matches("[A-Za-z0-9_-]{32}"));

        Credentials second = Credentials.loadOrCreate(dir);
        assertFalse(second.created());
        assertEquals(first.superuserPassword(), second.superuserPassword());
        assertEquals(first.ownerPassword(), second.ownerPassword());
        assertEquals(first.appPassword(), second.appPassword());
        assertFalse(Files.exists(dir.resolve(Credentials.FILE_NAME + ".tmp")));
    }

    @Test
    void permissionsAreTightenedOnLoad() throws Exception {
        Credentials.loadOrCreate(dir);
        Path file = dir.resolve(Credentials.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Credentials.loadOrCreate(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void incompleteFileIsAnError() throws Exception {
        Files.writeString(dir.resolve(Credentials.FILE_NAME), "postgres.password=x\n");
        assertThrows(LauncherException.class, () -> Credentials.loadOrCreate(dir));
    }

    @Test
    void toStringHidesPasswords() {
        Credentials c = Credentials.loadOrCreate(dir);
        assertFalse(c.toString().contains(c.appPassword()));
    }
}
