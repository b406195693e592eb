package vn.motcua.infra.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A launcher of a test's own (demo mode without the demo year, its own data directory, ports and log), for tests
 * that kill or restart it without disturbing the shared {@link SystemUnderTest}. Needs no shared instance.
 */
public final class OwnLauncher implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(420);

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final int pgPort;
    private Process process;

    /** A fresh (emptied) data directory {@code target/it-<name>} and log {@code target/it-<name>-server.log}. */
    public static OwnLauncher fresh(String name) throws IOException {
        Path target = Path.of(System.getProperty("motcua.it.targetDir", "target")).toAbsolutePath().normalize();
        Path dataDir = target.resolve("it-" + name);
        if (Files.exists(dataDir)) {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(dataDir);
        Path log = target.resolve("it-" + name + "-server.log");
        Files.deleteIfExists(log);
        return new OwnLauncher(dataDir, log);
    }

    private OwnLauncher(Path dataDir, Path log) throws IOException {
        this.dataDir = dataDir;
        this.log = log;
        this.port = freePort();
        int pg = freePort();
        while (pg == port) {
            pg = freePort();
        }
        this.pgPort = pg;
    }

    /** Starts the launcher and waits until it is ready ({@link Readiness}). */
    public void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of(System.getProperty("motcua.it.launcherJar", "target/motcua-launcher.jar"));
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        SystemUnderTest.SCRUBBED_ENV.forEach(pb.environment()::remove);
        pb.environment().put("MOTCUA_DEMO", "true");
        pb.environment().put("MOTCUA_DEMO_DOSSIERS", "0"); // the demo year would compete with the test
        pb.environment().put("MOTCUA_DATA_DIR", dataDir.toString());
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("MOTCUA_PG_PORT", Integer.toString(pgPort));
        process = pb.start();
        Readiness.await(process, base(), START_TIMEOUT, log);
    }

    /** A clean stop (SIGTERM: the launcher stops Payara, then its PostgreSQL), waiting for the launcher to end. */
    public void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher did not stop within 90 s of SIGTERM");
        }
    }

    /** SIGKILL to the launcher JVM only (no shutdown hook runs): what an OOM kill or a power cut of the JVM does. */
    public void kill() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher did not die from SIGKILL");
        }
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int pgPort() {
        return pgPort;
    }

    public Path log() {
        return log;
    }

    public Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /** The process {@code pgdata/postmaster.pid} names, if that file exists and the process is alive. */
    public Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = dataDir.resolve("pgdata").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).filter(ProcessHandle::isAlive);
    }

    /**
     * A clean stop (SIGTERM: the launcher stops Payara, then its PostgreSQL). If a test failed between a kill and the
     * restart, the PostgreSQL the killed launcher left is stopped too, so that no server outlives the test run.
     */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        Optional<ProcessHandle> left = postmaster();
        if (left.isPresent() && left.get().info().command().orElse("").endsWith("postgres")) {
            left.get().destroy(); // smart shutdown: its clients died with the launcher
            try {
                left.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                left.get().destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
