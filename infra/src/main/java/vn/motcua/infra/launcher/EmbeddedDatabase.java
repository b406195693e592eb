package vn.motcua.infra.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL (zonky, PostgreSQL 17) of the zero-configuration mode.
 *
 * <p>Data lives in {@code $MOTCUA_DATA_DIR/pgdata} and survives restarts: zonky 2.1.0 runs {@code initdb} only when
 * {@code pgdata/postgresql.conf} does not exist yet (and {@code cleanDataDirectory} is false, so it never deletes
 * it). On every start the launcher makes sure that
 * <ul>
 *   <li>database {@code motcua} exists, owned by role {@code motcua_owner} (LOGIN; runs the migrations);</li>
 *   <li>role {@code motcua_app} exists with LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE (the application's
 *       runtime role) and has CONNECT on {@code motcua} (PUBLIC has none);</li>
 *   <li>all three roles (incl. the superuser {@code postgres}) have the random passwords from
 *       {@code credentials.properties};</li>
 *   <li>{@code pg_hba.conf} requires scram-sha-256 passwords on localhost (initdb's default is {@code trust}, which
 *       would let anyone on the machine connect as the superuser and make RLS meaningless).</li>
 * </ul>
 * PostgreSQL's own output goes to {@code $MOTCUA_DATA_DIR/postgres.log}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "motcua";
    public static final String OWNER_ROLE = "motcua_owner";
    public static final String APP_ROLE = "motcua_app";
    static final String SUPERUSER = "postgres";

    static final String PGDATA = "pgdata";
    static final String LOG_FILE = "postgres.log";
    static final String HBA_MARKER = "# Managed by the Mot Cua launcher";
    static final String HBA_CONTENT = HBA_MARKER + " (rewritten on every start).\n"
            + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
            + "local   all       all                 scram-sha-256\n"
            + "host    all       all   127.0.0.1/32  scram-sha-256\n"
            + "host    all       all   ::1/128       scram-sha-256\n";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final DatabaseTarget target;
    private final boolean firstStart;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, DatabaseTarget target, boolean firstStart) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.target = target;
        this.firstStart = firstStart;
    }

    /**
     * Starts (and on first use initialises) the embedded server.
     *
     * @param dataDir {@code $MOTCUA_DATA_DIR}
     * @param port    TCP port, 0 for a free one
     * @param out     progress messages
     */
    public static EmbeddedDatabase start(Path dataDir, int port, PrintStream out) {
        Path pgdata = dataDir.resolve(PGDATA);
        createPrivateDirectory(dataDir);

        boolean initialised = Files.isRegularFile(pgdata.resolve("postgresql.conf"));
        if (!initialised && isNonEmptyDirectory(pgdata)) {
            throw new LauncherException(pgdata + " exists but holds no initialised database (postgresql.conf is "
                    + "missing), probably from a first start that was interrupted. Delete that directory and start "
                    + "again.");
        }
        if (initialised && !Credentials.exist(dataDir) && hbaIsManaged(pgdata)) {
            throw new LauncherException(dataDir.resolve(Credentials.FILE_NAME) + " is missing, but the database in "
                    + pgdata + " was secured with the passwords stored in it. Restore that file, or delete "
                    + dataDir + " to start over with an empty database.");
        }
        clearLeftovers(dataDir, out);
        Credentials credentials = Credentials.loadOrCreate(dataDir);

        out.println("[motcua] " + (initialised ? "Starting" : "Initialising and starting")
                + " embedded PostgreSQL in " + pgdata + " ...");
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dataDir.resolve(LOG_FILE).toFile());
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgdata)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky turns both off for tests (-F and synchronous_commit=off); committed data must survive a
                    // crash here, of the process and of the machine: a cluster written with fsync off can be corrupt
                    // after a power loss. This -c comes after zonky's -F on the command line, so it wins.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    // Fewer checkpoints during bulk imports: with the defaults (1 GB, 5 min) a 1,000,000-dossier
                    // import (~3 GB of WAL) forced a checkpoint every ~20 s, and every page touched after one is
                    // written to the WAL whole again. Disk only, no memory; crash recovery replays more WAL.
                    // docs/benchmarks.md, 03/12/2026: import 10,700-11,400 -> 11,900-13,000 dossiers/s.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    // Deterministic UTF-8 semantics (upper/lower of Vietnamese letters) whatever the OS locale is
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new LauncherException("The embedded PostgreSQL did not start: " + e.getMessage() + "\nSee "
                    + dataDir.resolve(LOG_FILE) + " for PostgreSQL's own messages.", e);
        }

        removeZonkyTempScripts();
        EmbeddedDatabase db = null;
        try {
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE;
            DatabaseTarget target = new DatabaseTarget(url, APP_ROLE, credentials.appPassword(), OWNER_ROLE,
                    credentials.ownerPassword(), "embedded PostgreSQL on port " + pg.getPort() + ", data in " + dataDir);
            db = new EmbeddedDatabase(pg, dataDir, target, !initialised);
            db.provision(credentials, pgdata);
            return db;
        } catch (RuntimeException e) {
            closeQuietly(pg);
            throw e;
        }
    }

    /**
     * What a previous launcher on this data directory may have left when it ended abruptly ({@code kill -9}, an OOM
     * kill): a stale {@code postmaster.pid}, or its PostgreSQL still running; see {@link StaleServerCheck}. Called by
     * the launcher (which holds the data directory's lock) before it checks that the PostgreSQL port is free, since
     * such an orphan still listens on it; idempotent.
     */
    static void clearLeftovers(Path dataDir, PrintStream out) {
        Path pgdata = dataDir.resolve(PGDATA);
        if (!Files.isRegularFile(pgdata.resolve("postgresql.conf"))) {
            return;
        }
        StaleServerCheck.Result found = new StaleServerCheck().check(pgdata);
        if (found.outcome() == StaleServerCheck.Outcome.STALE_PID_FILE_REMOVED) {
            out.println("[motcua] Removed a stale " + pgdata.resolve(StaleServerCheck.PID_FILE)
                    + " (its server is no longer running).");
        } else if (found.outcome() == StaleServerCheck.Outcome.ORPHAN_STOPPED) {
            out.println("[motcua] Stopped the embedded PostgreSQL (pid " + found.pid() + ") left running on "
                    + pgdata + " by a launcher that ended abruptly.");
        }
    }

    /** Idempotent: roles, passwords, database, grants, pg_hba.conf. */
    private void provision(Credentials credentials, Path pgdata) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            String attributes = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION";
            ensureRole(c, st, OWNER_ROLE, attributes, credentials.ownerPassword());
            ensureRole(c, st, APP_ROLE, attributes, credentials.appPassword());
            st.execute("ALTER ROLE " + Sql.ident(SUPERUSER) + " PASSWORD " + Sql.literal(credentials.superuserPassword()));

            if (exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                st.execute("ALTER DATABASE " + Sql.ident(DATABASE) + " OWNER TO " + Sql.ident(OWNER_ROLE));
            } else {
                st.execute("CREATE DATABASE " + Sql.ident(DATABASE) + " OWNER " + Sql.ident(OWNER_ROLE)
                        + " ENCODING 'UTF8'");
            }
            st.execute("REVOKE ALL ON DATABASE " + Sql.ident(DATABASE) + " FROM PUBLIC");
            st.execute("GRANT CONNECT ON DATABASE " + Sql.ident(DATABASE) + " TO " + Sql.ident(APP_ROLE));

            Path hba = pgdata.resolve("pg_hba.conf");
            String current = Files.exists(hba) ? Files.readString(hba, StandardCharsets.UTF_8) : "";
            if (!current.equals(HBA_CONTENT)) {
                Files.writeString(hba, HBA_CONTENT, StandardCharsets.UTF_8);
                try (ResultSet rs = st.executeQuery("SELECT pg_reload_conf()")) {
                    rs.next();
                }
            }
        } catch (SQLException | IOException e) {
            throw new LauncherException("Could not prepare the embedded database (roles " + OWNER_ROLE + ", " + APP_ROLE
                    + ", database " + DATABASE + "): " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Connection c, Statement st, String role, String attributes, String password)
            throws SQLException {
        String verb = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        st.execute(verb + " ROLE " + Sql.ident(role) + " WITH " + attributes + " PASSWORD " + Sql.literal(password));
    }

    private static boolean exists(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static boolean hbaIsManaged(Path pgdata) {
        try {
            Path hba = pgdata.resolve("pg_hba.conf");
            return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isNonEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> !p.getFileName().toString().equals(StaleServerCheck.ZONKY_LOCK_FILE));
        } catch (IOException e) {
            return true;
        }
    }

    private static void createPrivateDirectory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new LauncherException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * zonky 2.1.0 copies {@code detect_linux_distribution_*.sh} into the temp directory on every start and never
     * deletes it; remove the ones this JVM can have created.
     */
    private static void removeZonkyTempScripts() {
        long since = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() - 1000;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.list(tmp)) {
            files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("detect_linux_distribution_") && n.endsWith(".sh");
            }).filter(p -> p.toFile().lastModified() >= since).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // cosmetic only
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    public DatabaseTarget target() {
        return target;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return postgres.getPort();
    }

    /** True if this start created the database cluster (initdb ran). */
    public boolean firstStart() {
        return firstStart;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}); the data directory stays. Idempotent. */
    @Override
    public void close() {
        closeQuietly(postgres);
    }
}
