package vn.motcua.infra.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * Passwords of the embedded database, generated once and kept in {@code $MOTCUA_DATA_DIR/credentials.properties}
 * (file mode 600). Later starts reuse them.
 */
public final class Credentials {

    public static final String FILE_NAME = "credentials.properties";

    static final String SUPERUSER_KEY = "postgres.password";
    static final String OWNER_KEY = "motcua_owner.password";
    static final String APP_KEY = "motcua_app.password";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String superuserPassword;
    private final String ownerPassword;
    private final String appPassword;
    private final boolean created;

    private Credentials(String superuserPassword, String ownerPassword, String appPassword, boolean created) {
        this.superuserPassword = superuserPassword;
        this.ownerPassword = ownerPassword;
        this.appPassword = appPassword;
        this.created = created;
    }

    /** Whether the file exists in {@code dataDir}. */
    public static boolean exist(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    /** Loads the credentials from {@code dataDir}, or generates and stores new ones if there are none. */
    public static Credentials loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                restrictPermissions(file);
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                String su = p.getProperty(SUPERUSER_KEY);
                String owner = p.getProperty(OWNER_KEY);
                String app = p.getProperty(APP_KEY);
                if (isBlank(su) || isBlank(owner) || isBlank(app)) {
                    throw new LauncherException(file + " is incomplete (expected " + SUPERUSER_KEY + ", " + OWNER_KEY
                            + ", " + APP_KEY + "). Restore it from a backup, or delete the whole data directory "
                            + dataDir + " to start with an empty database.");
                }
                return new Credentials(su, owner, app, false);
            }
            Credentials c = new Credentials(randomPassword(), randomPassword(), randomPassword(), true);
            c.store(file);
            return c;
        } catch (IOException e) {
            throw new LauncherException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private void store(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Properties p = new Properties();
        p.setProperty(SUPERUSER_KEY, superuserPassword);
        p.setProperty(OWNER_KEY, ownerPassword);
        p.setProperty(APP_KEY, appPassword);
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        if (supportsPosix(file.getParent())) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Passwords of the embedded PostgreSQL of Mot Cua, generated on first start. Keep this file "
                    + "private (mode 600); the database in pgdata/ cannot be opened without it.");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restrictPermissions(Path file) throws IOException {
        if (supportsPosix(file.getParent()) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }

    /** 32 URL-safe characters (192 random bits); no quoting issues in SQL, JDBC URLs or property files. */
    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String superuserPassword() { return superuserPassword; }
    public String ownerPassword() { return ownerPassword; }
    public String appPassword() { return appPassword; }
    /** True if this start generated the passwords (first start). */
    public boolean created() { return created; }

    @Override
    public String toString() {
        return "Credentials[****]";
    }
}
