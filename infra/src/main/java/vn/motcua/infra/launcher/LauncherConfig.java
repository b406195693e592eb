package vn.motcua.infra.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Launcher settings. Every setting is read from a Java system property or, failing that, from the environment
 * variable of the same name (blank values count as unset).
 *
 * <ul>
 *   <li>{@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}: external PostgreSQL (runtime role).
 *       When {@code DB_URL} is set the launcher runs in <b>external</b> mode.</li>
 *   <li>{@code DB_MIGRATION_USER}, {@code DB_MIGRATION_PASSWORD}: role for Flyway (default: the runtime role).</li>
 *   <li>{@code MOTCUA_DATA_DIR}: data directory of the embedded mode (default {@code ${user.home}/.motcua}).</li>
 *   <li>{@code MOTCUA_PG_PORT}: port of the embedded PostgreSQL (default: a free port).</li>
 *   <li>{@code PORT}: HTTP port (default 8080).</li>
 *   <li>{@code MOTCUA_DEMO}: demo data and logins; default {@code true} in embedded mode, never allowed in
 *       external mode.</li>
 *   <li>{@code MOTCUA_DEMO_DOSSIERS}: in demo mode, how many generated dossiers each demo province gets through the
 *       REST import after start-up (default {@value #DEFAULT_DEMO_DOSSIERS}; {@code 0} or {@code false}: none).</li>
 *   <li>{@code MOTCUA_WAR}: the WAR to deploy (default {@code ROOT.war} next to the launcher jar).</li>
 *   <li>{@code MOTCUA_BOOTSTRAP_ADMIN_PASSWORD}: outside demo mode, password of the first platform administrator
 *       the application creates on an empty database (at least 12 characters).</li>
 * </ul>
 */
public final class LauncherConfig {

    public enum Mode { EMBEDDED, EXTERNAL }

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_DEMO_DOSSIERS = 20_000;
    static final int MIN_BOOTSTRAP_PASSWORD_LENGTH = 12;

    private final Mode mode;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String migrationUser;
    private final String migrationPassword;
    private final Path dataDir;
    private final int pgPort;
    private final int httpPort;
    private final boolean demo;
    private final Path war;
    private final String bootstrapAdminPassword;
    private final String bindAddress;
    private final int demoDossiers;

    private LauncherConfig(Mode mode, String dbUrl, String dbUser, String dbPassword, String migrationUser,
                           String migrationPassword, Path dataDir, int pgPort, int httpPort, boolean demo, Path war,
                           String bootstrapAdminPassword, String bindAddress, int demoDossiers) {
        this.mode = mode;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.migrationUser = migrationUser;
        this.migrationPassword = migrationPassword;
        this.dataDir = dataDir;
        this.pgPort = pgPort;
        this.httpPort = httpPort;
        this.demo = demo;
        this.war = war;
        this.bootstrapAdminPassword = bootstrapAdminPassword;
        this.bindAddress = bindAddress;
        this.demoDossiers = demoDossiers;
    }

    /** Reads the settings from system properties, then environment variables. */
    public static LauncherConfig fromSystem() {
        return from(name -> {
            String value = System.getProperty(name);
            return isBlank(value) ? System.getenv(name) : value;
        }, System.getProperty("user.home"));
    }

    /**
     * @param lookup   setting name to raw value (null or blank = unset)
     * @param userHome home directory for the default data directory
     * @throws LauncherException for invalid or contradictory settings
     */
    public static LauncherConfig from(Function<String, String> lookup, String userHome) {
        Function<String, String> get = name -> {
            String value = lookup.apply(name);
            return isBlank(value) ? null : value.trim();
        };

        int httpPort = port(get, "PORT", DEFAULT_HTTP_PORT, false);
        int pgPort = port(get, "MOTCUA_PG_PORT", 0, true);
        Boolean demoSetting = bool(get, "MOTCUA_DEMO");
        String warSetting = get.apply("MOTCUA_WAR");
        Path war = warSetting == null ? null : Path.of(warSetting).toAbsolutePath().normalize();
        String dataDirSetting = get.apply("MOTCUA_DATA_DIR");
        Path dataDir = (dataDirSetting != null ? Path.of(dataDirSetting) : Path.of(userHome, ".motcua"))
                .toAbsolutePath().normalize();

        String bootstrapAdminPassword = lookup.apply("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD");
        if (bootstrapAdminPassword != null && bootstrapAdminPassword.isEmpty()) {
            bootstrapAdminPassword = null;
        }
        if (bootstrapAdminPassword != null && bootstrapAdminPassword.length() < MIN_BOOTSTRAP_PASSWORD_LENGTH) {
            throw new LauncherException("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD must have at least "
                    + MIN_BOOTSTRAP_PASSWORD_LENGTH + " characters.");
        }

        String dbUrl = get.apply("DB_URL");
        if (dbUrl == null) {
            boolean demo = demoSetting == null || demoSetting;
            return new LauncherConfig(Mode.EMBEDDED, null, null, null, null, null, dataDir, pgPort, httpPort, demo, war,
                    bootstrapAdminPassword, bindAddress(get, demo), demo ? demoDossiers(get) : 0);
        }

        if (Boolean.TRUE.equals(demoSetting)) {
            throw new LauncherException("MOTCUA_DEMO=true is not allowed together with DB_URL: demo mode (demo data "
                    + "and demo logins with password 'demo') exists only with the embedded database. "
                    + "Unset MOTCUA_DEMO, or unset DB_URL to use the embedded database.");
        }
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            throw new LauncherException("DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got: "
                    + dbUrl);
        }
        String dbUser = get.apply("DB_USER");
        String dbPassword = lookup.apply("DB_PASSWORD");
        if (dbUser == null || dbPassword == null || dbPassword.isEmpty()) {
            throw new LauncherException("DB_URL is set, so DB_USER and DB_PASSWORD (the runtime role of the application) "
                    + "must be set too.");
        }
        String migrationUser = get.apply("DB_MIGRATION_USER");
        String migrationPassword = lookup.apply("DB_MIGRATION_PASSWORD");
        if (migrationUser == null) {
            migrationUser = dbUser;
            if (migrationPassword == null || migrationPassword.isEmpty()) {
                migrationPassword = dbPassword;
            }
        } else if (migrationPassword == null || migrationPassword.isEmpty()) {
            throw new LauncherException("DB_MIGRATION_USER is set, so DB_MIGRATION_PASSWORD must be set too.");
        }
        return new LauncherConfig(Mode.EXTERNAL, dbUrl, dbUser, dbPassword, migrationUser, migrationPassword,
                dataDir, pgPort, httpPort, false, war, bootstrapAdminPassword, bindAddress(get, false), 0);
    }

    /**
     * {@code MOTCUA_BIND_ADDRESS}: the address HTTP listens on. Demo mode defaults to the loopback address,
     * because its accounts have a password everybody knows; otherwise all interfaces.
     */
    static String bindAddress(Function<String, String> get, boolean demo) {
        String value = get.apply("MOTCUA_BIND_ADDRESS");
        if (value == null) {
            return demo ? "127.0.0.1" : "0.0.0.0";
        }
        if (!value.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new LauncherException("MOTCUA_BIND_ADDRESS must be an IPv4 address such as 127.0.0.1 or 0.0.0.0, got: "
                    + value);
        }
        return value;
    }

    public String bindAddress() {
        return bindAddress;
    }

    /** {@code MOTCUA_DEMO_DOSSIERS}: a count, or 0/false/off/no for none. */
    static int demoDossiers(Function<String, String> get) {
        String value = get.apply("MOTCUA_DEMO_DOSSIERS");
        if (value == null) {
            return DEFAULT_DEMO_DOSSIERS;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "false": case "off": case "no":
                return 0;
            default:
                try {
                    int n = Integer.parseInt(value.replace("_", ""));
                    if (n < 0 || n > 2_000_000) {
                        throw new NumberFormatException();
                    }
                    return n;
                } catch (NumberFormatException e) {
                    throw new LauncherException("MOTCUA_DEMO_DOSSIERS must be a number of dossiers per demo province "
                            + "(0 to 2000000) or false, got: " + value);
                }
        }
    }

    /** Generated dossiers per demo province loaded after start-up (0 = none; always 0 outside demo mode). */
    public int demoDossiers() {
        return demoDossiers;
    }

    private static int port(Function<String, String> get, String name, int defaultValue, boolean zeroAllowed) {
        String value = get.apply(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < (zeroAllowed ? 0 : 1) || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a TCP port number (1-65535), got: " + value);
        }
    }

    private static Boolean bool(Function<String, String> get, String name) {
        String value = get.apply(name);
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1":
                return Boolean.TRUE;
            case "false": case "no": case "off": case "0":
                return Boolean.FALSE;
            default:
                throw new LauncherException(name + " must be true or false, got: " + value);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public Mode mode() { return mode; }
    public boolean embedded() { return mode == Mode.EMBEDDED; }
    public String dbUrl() { return dbUrl; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword; }
    public String migrationUser() { return migrationUser; }
    public String migrationPassword() { return migrationPassword; }
    public Path dataDir() { return dataDir; }
    /** Embedded PostgreSQL port; 0 = pick a free port. */
    public int pgPort() { return pgPort; }
    public int httpPort() { return httpPort; }
    public boolean demo() { return demo; }
    /** Explicit WAR ({@code MOTCUA_WAR}) or null for the default next to the launcher jar. */
    public Path war() { return war; }
    /** {@code MOTCUA_BOOTSTRAP_ADMIN_PASSWORD}, or null. */
    public String bootstrapAdminPassword() { return bootstrapAdminPassword; }

    @Override
    public String toString() {
        return "LauncherConfig[mode=" + mode + ", dbUrl=" + Objects.toString(dbUrl, "-") + ", dbUser="
                + Objects.toString(dbUser, "-") + ", migrationUser=" + Objects.toString(migrationUser, "-")
                + ", dataDir=" + dataDir + ", pgPort=" + pgPort + ", httpPort=" + httpPort + ", demo=" + demo
                + ", war=" + Objects.toString(war, "(default)") + "]";
    }
}
