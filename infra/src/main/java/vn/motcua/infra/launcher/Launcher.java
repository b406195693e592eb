package vn.motcua.infra.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.infra.generator.DemoDossierLoader;

/**
 * Starts Một Cửa: {@code java -jar infra/target/motcua-launcher.jar} (from any working directory).
 *
 * <ol>
 *   <li>Database: the PostgreSQL given by {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD} (external mode), or
 *       an embedded PostgreSQL 17 whose data lives in {@code $MOTCUA_DATA_DIR/pgdata} (default, zero
 *       configuration; see {@link EmbeddedDatabase}).</li>
 *   <li>Safety check: the runtime role must be neither superuser nor BYPASSRLS ({@link RuntimeRoleCheck}).</li>
 *   <li>Flyway migrations as the migration role ({@link Migrations}).</li>
 *   <li>System properties {@code motcua.db.url}, {@code motcua.db.user}, {@code motcua.db.password},
 *       {@code motcua.demo} (and {@code motcua.bootstrap.admin.password} when given) for the application's
 *       MicroProfile Config.</li>
 *   <li>Payara Micro in this JVM with {@code ROOT.war} (next to this jar, or {@code MOTCUA_WAR}) at "/",
 *       HTTP port {@code PORT} (default 8080).</li>
 * </ol>
 * A single shutdown hook (Ctrl-C, SIGTERM) stops Payara first and then the embedded PostgreSQL. All settings are
 * described in {@link LauncherConfig}.
 */
public final class Launcher {

    public static final String PROP_DB_URL = "motcua.db.url";
    public static final String PROP_DB_USER = "motcua.db.user";
    public static final String PROP_DB_PASSWORD = "motcua.db.password";
    public static final String PROP_DEMO = "motcua.demo";
    public static final String PROP_BOOTSTRAP_ADMIN_PASSWORD = "motcua.bootstrap.admin.password";

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ZONKY_HOOK_PREFIX = "postgres-";
    private static final String ZONKY_HOOK_SUFFIX = "-closer";

    private final PrintStream out;
    private volatile EmbeddedDatabase embedded;
    private volatile PayaraServer payara;
    private volatile boolean payaraBooting;

    private Launcher(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // Payara redirects System.out into its logger: keep a direct UTF-8 handle on the console for the banner
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // One line per message for what logs through java.util.logging before Payara installs its own format
        // (Flyway). An explicit -Djava.util.logging.SimpleFormatter.format wins.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            printHelp(console);
            return;
        }
        try {
            new Launcher(console).run(LauncherConfig.fromSystem());
        } catch (LauncherException e) {
            console.println();
            console.println("[motcua] ERROR: " + e.getMessage());
            console.println("[motcua] Not started.");
            System.exit(1); // runs the shutdown hook: stops whatever was started
        } catch (Throwable e) {
            console.println();
            console.println("[motcua] ERROR: unexpected failure while starting:");
            e.printStackTrace(console);
            System.exit(1);
        }
    }

    private void run(LauncherConfig config) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println("[motcua] Một Cửa launcher: " + (config.embedded()
                ? "embedded PostgreSQL, data directory " + config.dataDir()
                : "external PostgreSQL " + config.dbUrl()));

        Path war = locateWar(config);
        InstanceLock.acquire(config.dataDir());
        if (config.embedded()) {
            EmbeddedDatabase.clearLeftovers(config.dataDir(), out); // an orphaned server would hold MOTCUA_PG_PORT
        }
        Ports.requireFree(config.httpPort(), "PORT", true);
        if (config.embedded() && config.pgPort() != 0) {
            Ports.requireFree(config.pgPort(), "MOTCUA_PG_PORT", false);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "motcua-launcher-shutdown"));

        // 1. Database
        long t = System.nanoTime();
        DatabaseTarget db;
        if (config.embedded()) {
            embedded = EmbeddedDatabase.start(config.dataDir(), config.pgPort(), out);
            // zonky registered its own hook; ours stops PostgreSQL after Payara instead
            ShutdownHooks.take(n -> n.startsWith(ZONKY_HOOK_PREFIX) && n.endsWith(ZONKY_HOOK_SUFFIX));
            db = embedded.target();
            out.printf(Locale.ROOT, "[motcua] PostgreSQL ready on port %d%s (%.1f s)%n", embedded.port(),
                    embedded.firstStart() ? ", new database created" : "", seconds(t));
        } else {
            db = new DatabaseTarget(config.dbUrl(), config.dbUser(), config.dbPassword(), config.migrationUser(),
                    config.migrationPassword(), "external PostgreSQL " + config.dbUrl());
        }

        // 2. Safety check of the runtime role, 3. migrations
        RuntimeRoleCheck.verify(db);
        if (db.runtimeUser().equals(db.migrationUser())) {
            out.println("[motcua] WARNING: the runtime role '" + db.runtimeUser() + "' also runs the migrations and so "
                    + "owns the tables; row-level security applies to owners only where FORCE ROW LEVEL SECURITY is "
                    + "set. Prefer DB_MIGRATION_USER/DB_MIGRATION_PASSWORD for a separate owner role.");
        }
        t = System.nanoTime();
        String migrated = Migrations.migrate(db);
        out.printf(Locale.ROOT, "[motcua] Migrations: %s (%.1f s)%n", migrated, seconds(t));

        // 4. Settings for the application (MicroProfile Config reads system properties)
        System.setProperty(PROP_DB_URL, db.jdbcUrl());
        System.setProperty(PROP_DB_USER, db.runtimeUser());
        System.setProperty(PROP_DB_PASSWORD, db.runtimePassword());
        System.setProperty(PROP_DEMO, Boolean.toString(config.demo()));
        if (config.bootstrapAdminPassword() != null) {
            if (config.demo()) {
                out.println("[motcua] Note: MOTCUA_BOOTSTRAP_ADMIN_PASSWORD is ignored in demo mode.");
            } else {
                System.setProperty(PROP_BOOTSTRAP_ADMIN_PASSWORD, config.bootstrapAdminPassword());
            }
        }

        // 5. Payara Micro + WAR
        t = System.nanoTime();
        out.println("[motcua] Starting Payara Micro on port " + config.httpPort() + " with " + war + " ...");
        payaraBooting = true;
        try {
            payara = PayaraServer.boot(config.httpPort(), config.bindAddress(), config.dataDir().resolve("payara"), war);
        } finally {
            payaraBooting = false;
        }
        ShutdownHooks.take(PayaraServer.PAYARA_HOOK_NAME::equals);
        double payaraSeconds = seconds(t);

        double total = (System.currentTimeMillis() - jvmStart) / 1000.0;
        printBanner(config, db, payaraSeconds, total);

        // 6. Demo mode: a year of generated dossiers per demo province, through the REST import, after "ready"
        if (config.demo() && config.demoDossiers() > 0) {
            out.printf(Locale.ROOT, "[motcua] Demo dossiers: loading %,d per demo province in the background "
                    + "(MOTCUA_DEMO_DOSSIERS=0 turns this off) ...%n", config.demoDossiers());
            new DemoDossierLoader("http://127.0.0.1:" + config.httpPort(), config.dataDir(), DemoAccounts.PROVINCE_SLUGS,
                    DemoAccounts.PASSWORD, config.demoDossiers(), out, LocalDate.now(BUSINESS_ZONE)).start();
        }
    }

    private void printBanner(LauncherConfig config, DatabaseTarget db, double payaraSeconds, double total) {
        String line = "=".repeat(78);
        out.println();
        out.println(line);
        out.println("  Một Cửa is ready:  http://localhost:" + config.httpPort() + "/");
        if (config.embedded()) {
            out.println("  Mode: embedded PostgreSQL (port " + embedded.port() + "), data directory "
                    + config.dataDir());
        } else {
            out.println("  Mode: external PostgreSQL " + db.jdbcUrl() + " (runtime role " + db.runtimeUser() + ")");
        }
        out.printf(Locale.ROOT, "  Started in %.1f s (JVM start to ready; Payara + deployment %.1f s)%n", total,
                payaraSeconds);
        if (config.demo()) {
            out.println("  Demo mode: ON");
            for (String s : DemoAccounts.describe()) {
                out.println("  " + s);
            }
        } else {
            out.println("  Demo mode: off");
        }
        out.println("  Stop with Ctrl-C (or SIGTERM).");
        out.println(line);
        out.println();
    }

    /** Shutdown hook: Payara first (it holds connections), then the embedded PostgreSQL. */
    private void stop() {
        PayaraServer p = payara;
        if (p != null) {
            out.println("[motcua] Stopping Payara Micro ...");
            p.shutdown();
        } else if (payaraBooting) {
            // interrupted while booting: Payara's own hook (still registered) stops it; give it a moment
            sleep(2000);
        }
        EmbeddedDatabase db = embedded;
        if (db != null) {
            out.println("[motcua] Stopping embedded PostgreSQL ...");
            db.close();
        }
        out.println("[motcua] Stopped.");
    }

    /** {@code MOTCUA_WAR}, or {@code ROOT.war} in the directory of the launcher jar (target/ for target/classes). */
    static Path locateWar(LauncherConfig config) {
        Path war = config.war();
        if (war == null) {
            war = launcherHome().resolve("ROOT.war");
        }
        if (!Files.exists(war)) {
            throw new LauncherException("Application archive not found: " + war + "\n"
                    + "Build it with 'mvn -pl infra -am package' (it is copied next to the launcher jar), "
                    + "or set MOTCUA_WAR to the WAR file.");
        }
        return war.toAbsolutePath().normalize();
    }

    /** Directory that contains the launcher jar (or, when run from classes, the parent of the classes dir). */
    static Path launcherHome() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().normalize().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printHelp(PrintStream out) {
        for (String s : List.of(
                "Usage: java [JVM options] -jar motcua-launcher.jar",
                "",
                "Settings (environment variables, or -D system properties of the same name):",
                "  PORT                   HTTP port (default 8080)",
                "  MOTCUA_DATA_DIR        data directory (default ~/.motcua): pgdata/, credentials.properties, payara/",
                "  MOTCUA_PG_PORT         port of the embedded PostgreSQL (default: a free port)",
                "  MOTCUA_DEMO            demo data and logins, embedded mode only (default true there)",
                "  MOTCUA_DEMO_DOSSIERS   generated dossiers per demo province, loaded after start (default "
                        + LauncherConfig.DEFAULT_DEMO_DOSSIERS + "; 0 = none)",
                "  MOTCUA_WAR             WAR to deploy (default ROOT.war next to the launcher jar)",
                "  DB_URL                 jdbc:postgresql://... : use this PostgreSQL instead of the embedded one",
                "  DB_USER, DB_PASSWORD   runtime role (must not be superuser or BYPASSRLS)",
                "  DB_MIGRATION_USER, DB_MIGRATION_PASSWORD   role for the Flyway migrations (default: DB_USER)",
                "  MOTCUA_BOOTSTRAP_ADMIN_PASSWORD   without demo mode: first platform administrator 'admin' on an",
                "                         empty database (at least 12 characters)")) {
            out.println(s);
        }
    }
}
