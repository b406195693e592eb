package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * Killing the server (SIGKILL) while it imports a big batch leaves no part of the batch, and sending the batch again
 * completes it. A launcher of its own (demo mode, its own data directory and embedded PostgreSQL), so that the shared
 * system under test is not disturbed; the database outlives the killed JVM, as it would a crashed application
 * server, and is then shut down before the restart on the same data directory.
 */
class DossierImportCrashIT {

    static final int DOSSIERS = 30_000;

    private static Process process;
    private static Path dataDir;
    private static Path log;
    private static int port;
    private static int pgPort;

    @AfterAll
    static void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        stopOrphanedPostgres();
    }

    static void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-jar",
                System.getProperty("motcua.it.launcherJar", "target/motcua-launcher.jar")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        for (String v : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_MIGRATION_USER", "DB_MIGRATION_PASSWORD",
                "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            pb.environment().remove(v);
        }
        pb.environment().put("MOTCUA_DEMO", "true");
        pb.environment().put("MOTCUA_DEMO_DOSSIERS", "0"); // the demo year would compete with the batch under test
        pb.environment().put("MOTCUA_DATA_DIR", dataDir.toString());
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("MOTCUA_PG_PORT", Integer.toString(pgPort));
        process = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the crash-test launcher exited: " + Files.readString(log));
            }
            try {
                if (Http.to(base()).get(SystemUnderTest.READY_PATH).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the crash-test launcher was not ready: " + Files.readString(log));
    }

    static String base() {
        return "http://localhost:" + port;
    }

    /** The embedded PostgreSQL the killed launcher left running (its postmaster.pid names it). */
    static void stopOrphanedPostgres() throws Exception {
        if (dataDir == null) {
            return;
        }
        Path pid = dataDir.resolve("pgdata").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        long id = Long.parseLong(Files.readAllLines(pid).get(0).strip());
        var handle = ProcessHandle.of(id);
        if (handle.isPresent() && handle.get().info().command().orElse("").endsWith("postgres")) {
            handle.get().destroy(); // SIGTERM: smart shutdown once its clients are gone (they died with the JVM)
            try {
                handle.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                handle.get().destroyForcibly();
                handle.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    static HttpRequest importRequest(String batch, byte[] body) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/dossiers/import?batch=" + batch + "&source=it-crash"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "gia-lai.admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", ImportFiles.NDJSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    @Test
    void killingTheServerMidBatchLeavesNothingAndTheBatchCompletesWhenSentAgain() throws Exception {
        SystemUnderTest shared = SystemUnderTest.get(); // for its target directory and the launcher it built
        dataDir = shared.targetDir().resolve("it-crash");
        if (Files.exists(dataDir)) {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(dataDir);
        log = shared.targetDir().resolve("it-crash-server.log");
        Files.deleteIfExists(log);
        port = freePort();
        pgPort = freePort();
        start();

        Http admin = Http.to(base()).basic("gia-lai.admin", "demo");
        Http.Response created = admin.post("/api/procedures", "{\"code\":\"1.799999\",\"name\":\"Thủ tục thử sự cố\","
                + "\"field\":\"HO_TICH\",\"levels\":[\"COMMUNE\"],\"time\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},"
                + "\"onlineKind\":\"PARTIAL\",\"steps\":[{\"name\":\"Giải quyết\",\"sharePercent\":100}],"
                + "\"publication\":{\"decisionNumber\":\"1/QĐ-UBND\",\"decisionDate\":\"2023-12-20\","
                + "\"effectiveDate\":\"2024-01-01\",\"nationalDbDate\":\"2023-12-27\"},\"versionValidFrom\":\"2024-01-01\"}");
        assertEquals(201, created.status(), created::toString);
        String prefix = ImportFiles.unique("crash");
        byte[] body = ImportFiles.batch(prefix, "1.799999", DOSSIERS).getBytes(StandardCharsets.UTF_8);

        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(importRequest(prefix, body),
                HttpResponse.BodyHandlers.ofString());
        waitForLog(prefix + ": " + DOSSIERS + " dossiers to check and write");
        Thread.sleep(2_000); // chunks are being written while the next lines are read
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean rollback from the application's side
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        try {
            HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
            fail("the import answered before the kill (" + r.statusCode() + "); make the batch bigger");
        } catch (ExecutionException expected) {
            assertTrue(expected.getCause() instanceof IOException, expected::toString);
        }
        stopOrphanedPostgres();

        start();
        try (Connection c = ImportFiles.runtime(dataDir, pgPort, "gia-lai")) {
            assertEquals(0, ImportFiles.dossiersLike(c, prefix), "no dossier of the killed batch");
            assertEquals(0, ImportFiles.count(c, "SELECT count(*) FROM province.dossier_import_batch WHERE batch_key = ?",
                    prefix));
        }
        HttpResponse<String> again = client.send(importRequest(prefix, body), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), again::body);
        assertTrue(again.body().contains("\"created\":" + DOSSIERS), again.body());
        try (Connection c = ImportFiles.runtime(dataDir, pgPort, "gia-lai")) {
            assertEquals(DOSSIERS, ImportFiles.dossiersLike(c, prefix));
            assertEquals(DOSSIERS * 5L, ImportFiles.eventsLike(c, prefix));
        }
        assertFalse(Files.readString(log).contains("OutOfMemoryError"));
    }

    /** Waits (up to two minutes) for the crash-test server to log {@code text}. */
    private static void waitForLog(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the server never logged '" + text + "'");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
