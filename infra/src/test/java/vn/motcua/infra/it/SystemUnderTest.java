package vn.motcua.infra.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole application as a black box: {@code java -jar infra/target/motcua-launcher.jar} in a child process
 * (embedded PostgreSQL, demo mode), started lazily once per failsafe JVM and shared by all system tests.
 *
 * <ul>
 *   <li>Data directory {@code infra/target/it-data} (deleted before the first start of a test run), output in
 *       {@code infra/target/it-server.log}.</li>
 *   <li>Free ports for HTTP and PostgreSQL, chosen once.</li>
 *   <li>Ready when {@code GET /health/ready} answers 200 with the database check (timeout 180 s, {@link Readiness}).</li>
 *   <li>Stopped with SIGTERM ({@link Process#destroy()}) at JVM exit; the launcher then stops Payara and
 *       PostgreSQL.</li>
 * </ul>
 * Paths come from the failsafe system properties {@code motcua.it.launcherJar} and {@code motcua.it.targetDir}
 * (defaults: {@code target/...} relative to the working directory, i.e. the infra module).
 */
public final class SystemUnderTest {

    public static final String READY_PATH = Readiness.PATH;
    /** 180 s; a loaded machine may need more: -Dmotcua.it.startTimeoutSeconds=420 */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("motcua.it.startTimeoutSeconds", 180));
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC",
            "-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=10");
    /** Settings of the developer's shell that must not reach the system under test. */
    static final List<String> SCRUBBED_ENV = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_MIGRATION_USER",
            "DB_MIGRATION_PASSWORD", "MOTCUA_WAR", "MOTCUA_DEMO", "MOTCUA_DEMO_DOSSIERS", "MOTCUA_DATA_DIR", "MOTCUA_PG_PORT", "PORT",
            "MOTCUA_METRICS_TOKEN", "MOTCUA_SECURE_COOKIES", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    /** The scraper token {@code /metrics} accepts ({@code MOTCUA_METRICS_TOKEN}) in the system under test. */
    public static final String METRICS_TOKEN = "it-metrics-token-7f3c9a";

    private static SystemUnderTest instance;

    private final Path targetDir;
    private final Path launcherJar;
    private final Path dataDir;
    private final Path logFile;
    private final int httpPort;
    private final int pgPort;

    private Process process;
    private Duration lastStartDuration;
    private int starts;

    private SystemUnderTest(Path targetDir, Path launcherJar) {
        this.targetDir = targetDir;
        this.launcherJar = launcherJar;
        this.dataDir = targetDir.resolve("it-data");
        this.logFile = targetDir.resolve("it-server.log");
        this.httpPort = freePort();
        int pg = freePort();
        while (pg == httpPort) {
            pg = freePort();
        }
        this.pgPort = pg;
    }

    /** The shared instance, started on first use. */
    public static synchronized SystemUnderTest get() {
        if (instance == null) {
            Path target = Path.of(System.getProperty("motcua.it.targetDir", "target")).toAbsolutePath().normalize();
            Path jar = Path.of(System.getProperty("motcua.it.launcherJar", target.resolve("motcua-launcher.jar")
                    .toString())).toAbsolutePath().normalize();
            SystemUnderTest sut = new SystemUnderTest(target, jar);
            sut.wipe();
            Runtime.getRuntime().addShutdownHook(new Thread(sut::stop, "system-under-test-stop"));
            instance = sut;
        }
        instance.ensureStarted();
        return instance;
    }

    /** e.g. {@code http://localhost:12345} (no trailing slash). */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** {@link #baseUrl()} + path. */
    public URI uri(String path) {
        return URI.create(baseUrl() + (path.startsWith("/") ? path : "/" + path));
    }

    public int httpPort() { return httpPort; }
    public int pgPort() { return pgPort; }
    public Path dataDir() { return dataDir; }
    public Path logFile() { return logFile; }

    /** The generated database passwords of the embedded PostgreSQL ({@code <role>.password}). */
    public java.util.Properties credentials() {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(dataDir.resolve("credentials.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
    public Path targetDir() { return targetDir; }
    /** Time from process start to the first 200 of {@code /health/ready}, for the last start. */
    public Duration lastStartDuration() { return lastStartDuration; }

    /** pid of the launcher process, or -1. */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** Resident set size of the launcher JVM in KiB (from /proc), or -1. */
    public long rssKiB() {
        long pid = pid();
        if (pid < 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return -1;
    }

    /** SIGTERM and wait for the process to exit (killed forcibly after {@link #STOP_TIMEOUT}). */
    public synchronized void stop() {
        Process p = process;
        process = null;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log("did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void ensureStarted() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isRegularFile(launcherJar)) {
            throw new IllegalStateException("Launcher jar not found: " + launcherJar
                    + " (run 'mvn verify' so that the package phase builds it before the system tests)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>();
        command.add(java);
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(launcherJar.toString());

        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(targetDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = pb.environment();
        SCRUBBED_ENV.forEach(env::remove);
        env.put("MOTCUA_DATA_DIR", dataDir.toString());
        env.put("PORT", Integer.toString(httpPort));
        env.put("MOTCUA_PG_PORT", Integer.toString(pgPort));
        env.put("MOTCUA_DEMO", "true");
        env.put("MOTCUA_METRICS_TOKEN", METRICS_TOKEN);
        // The background load of generated demo dossiers would compete with the tests for the machine and change
        // counts under them; tests create their own dossiers.
        env.put("MOTCUA_DEMO_DOSSIERS", System.getProperty("motcua.it.demoDossiers", "0"));

        starts++;
        appendToLog("\n===== system test start #" + starts + ": " + String.join(" ", command) + " (PORT=" + httpPort
                + ", MOTCUA_PG_PORT=" + pgPort + ", MOTCUA_DATA_DIR=" + dataDir + ") =====\n");
        long t0 = System.nanoTime();
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + command, e);
        }
        awaitReady();
        lastStartDuration = Duration.ofNanos(System.nanoTime() - t0);
        log(String.format("ready at %s after %.1f s (pid %d, RSS %d MiB); log: %s", baseUrl(),
                lastStartDuration.toMillis() / 1000.0, process.pid(), rssKiB() / 1024, logFile));
    }

    /** Waits for readiness; a launcher that never gets there is stopped, so that it does not outlive the run. */
    private void awaitReady() {
        try {
            Readiness.await(process, baseUrl(), START_TIMEOUT, logFile);
        } catch (IllegalStateException notReady) {
            stop();
            throw notReady;
        }
    }

    private void wipe() {
        try {
            if (Files.exists(dataDir)) {
                try (Stream<Path> walk = Files.walk(dataDir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            Files.createDirectories(targetDir);
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clean " + dataDir, e);
        }
    }

    /** The last {@code lines} lines of the server log. */
    public String tail(int lines) {
        return Readiness.lastLines(logFile, lines);
    }

    /** The whole server log so far. */
    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private void appendToLog(String text) {
        try {
            Files.writeString(logFile, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // informational only
        }
    }

    private static void log(String message) {
        System.out.println("[system-under-test] " + message);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
