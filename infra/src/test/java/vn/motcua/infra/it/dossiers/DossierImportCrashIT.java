package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.OwnLauncher;

/**
 * The launcher stopped and killed, on a launcher of its own (demo mode, its own data directory and embedded
 * PostgreSQL) so that the shared system under test is not disturbed: a clean restart reuses the database; killing the
 * server (SIGKILL, as an OOM kill or a power cut of the JVM would) while it imports a big batch leaves no part of the
 * batch, the database outlives the killed JVM as it would a crashed application server, the next start on the same
 * data directory stops that orphan itself (no manual step) with the data intact, and sending the batch again
 * completes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierImportCrashIT {

    static final int DOSSIERS = 30_000;
    /** Parsing and checking the first 5,000 lines takes about a second; the rest is for a loaded machine. */
    static final Duration WRITING_TIMEOUT = Duration.ofMinutes(2);
    /**
     * True once one backend holds both the batch's advisory lock (a bigint key: high half in classid, low half in
     * objid, objsubid 1) and RowExclusiveLock on province.dossier_event. pg_locks is readable by any role.
     */
    static final String IMPORT_WRITING = "WITH k AS (SELECT hashtextextended(?, 0) AS h) SELECT EXISTS ("
            + "SELECT 1 FROM k, pg_locks a JOIN pg_locks w ON w.pid = a.pid WHERE a.locktype = 'advisory' AND a.granted "
            + "AND a.objsubid = 1 AND a.classid::bigint = (k.h >> 32) & 4294967295 AND a.objid::bigint = k.h & 4294967295 "
            + "AND w.locktype = 'relation' AND w.relation = 'province.dossier_event'::regclass "
            + "AND w.mode = 'RowExclusiveLock' AND w.granted)";

    private static OwnLauncher launcher;
    /** An account created before the restarts, which must outlive both. */
    private static String keeper;

    @BeforeAll
    static void start() throws Exception {
        launcher = OwnLauncher.fresh("crash");
        launcher.start();
        keeper = "gia-lai.con.lai." + Long.toString(System.nanoTime(), 36);
        Http.Response created = Http.to(base()).basic("gia-lai.admin", "demo").post("/api/users", "{\"username\":\""
                + keeper + "\",\"displayName\":\"Nguyễn Thị Còn\",\"password\":\"mat-khau-van-con\","
                + "\"roles\":[\"OFFICER\"]}");
        assertEquals(201, created.status(), created::toString);
    }

    /** The account created before the restarts signs in and is who it was. */
    static void theKeeperIsThere() {
        Http.Response me = Http.to(base()).basic(keeper, "mat-khau-van-con").get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertTrue(me.body().contains("Nguyễn Thị Còn"), me.body());
    }

    /**
     * A clean stop and start on the same data directory: the cluster and the generated passwords are reused, no
     * second initdb, no migration applied twice, the data is there.
     */
    @Test
    @Order(1)
    void aRestartReusesTheDatabase() throws Exception {
        java.nio.file.Path credentials = launcher.dataDir().resolve("credentials.properties");
        String passwords = Files.readString(credentials);
        launcher.stop();
        String before = Files.readString(launcher.log());
        assertTrue(before.contains("[motcua] Stopped."), "the launcher stopped cleanly: " + before);
        launcher.start();

        assertEquals(passwords, Files.readString(credentials), "passwords are generated once");
        String restart = Files.readString(launcher.log()).substring(before.length());
        assertTrue(restart.contains("Starting embedded PostgreSQL"), "existing cluster reused: " + restart);
        assertFalse(restart.contains("Initialising"), "no second initdb");
        assertTrue(restart.contains("applied 0 migration(s)"), "migrations already applied: " + restart);
        theKeeperIsThere();
    }

    @AfterAll
    static void stop() throws Exception {
        if (launcher != null) {
            launcher.close();
        }
    }

    static String base() {
        return launcher.base();
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
    @Order(2)
    void killingTheServerMidBatchLeavesNothingAndTheBatchCompletesWhenSentAgain() throws Exception {
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
        try (Connection watcher = ImportFiles.runtime(launcher.dataDir(), launcher.pgPort(), "gia-lai")) {
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(importRequest(prefix, body),
                    HttpResponse.BodyHandlers.ofString());
            awaitFirstChunkWritten(watcher, prefix, inFlight);
            launcher.kill(); // SIGKILL: no shutdown hook, no clean rollback from the application's side
            try {
                HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
                fail("the import answered before the kill (" + r.statusCode() + "); make the batch bigger");
            } catch (ExecutionException expected) {
                assertTrue(expected.getCause() instanceof IOException, expected::toString);
            }
        }
        ProcessHandle orphan = launcher.postmaster().orElseThrow(
                () -> new AssertionError("the killed launcher's PostgreSQL should still be running"));
        assertTrue(orphan.isAlive(), "the database outlives the killed JVM");

        launcher.start(); // stops that orphan itself (no manual step), then starts as usual
        String log = Files.readString(launcher.log());
        assertTrue(log.contains("[motcua] Stopped the embedded PostgreSQL (pid " + orphan.pid() + ") left running on ")
                && log.contains("by a launcher that ended abruptly."), log);
        assertFalse(log.contains("is still running"), log);
        orphan.onExit().get(30, TimeUnit.SECONDS); // it was stopped before the new server started
        assertTrue(launcher.postmaster().orElseThrow().pid() != orphan.pid(), "a new PostgreSQL serves the data");
        theKeeperIsThere();
        try (Connection c = ImportFiles.runtime(launcher.dataDir(), launcher.pgPort(), "gia-lai")) {
            assertEquals(0, ImportFiles.dossiersLike(c, prefix), "no dossier of the killed batch");
            assertEquals(0, ImportFiles.count(c, "SELECT count(*) FROM province.dossier_import_batch WHERE batch_key = ?",
                    prefix));
        }
        HttpResponse<String> again = client.send(importRequest(prefix, body), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), again::body);
        assertTrue(again.body().contains("\"created\":" + DOSSIERS), again.body());
        try (Connection c = ImportFiles.runtime(launcher.dataDir(), launcher.pgPort(), "gia-lai")) {
            assertEquals(DOSSIERS, ImportFiles.dossiersLike(c, prefix));
            assertEquals(DOSSIERS * 5L, ImportFiles.eventsLike(c, prefix));
        }
        assertFalse(Files.readString(launcher.log()).contains("OutOfMemoryError"));
    }

    /**
     * Waits until the import's transaction has written its first chunk: the backend holding the batch's advisory
     * lock (taken by DossierImportService.lock, key {@code dossier-import/<province>/<batch>}) also holds the
     * RowExclusiveLock of an INSERT into {@code province.dossier_event}, which the importer runs after the chunk's
     * dossiers.
     * Locks are the one trace of an uncommitted transaction another session can see, and they last until its end.
     */
    private static void awaitFirstChunkWritten(Connection watcher, String batch,
                                               CompletableFuture<HttpResponse<String>> inFlight) throws Exception {
        long deadline = System.nanoTime() + WRITING_TIMEOUT.toNanos();
        try (PreparedStatement ps = watcher.prepareStatement(IMPORT_WRITING)) {
            ps.setString(1, "dossier-import/gia-lai/" + batch);
            while (System.nanoTime() < deadline) {
                if (inFlight.isDone()) {
                    fail("the import ended before its first chunk was seen written (" + inFlight.handle((r, e) ->
                            r != null ? "HTTP " + r.statusCode() + " " + r.body() : e.toString()).join()
                            + "); make the batch bigger");
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        fail("the import of " + batch + " wrote no chunk within " + WRITING_TIMEOUT.toSeconds() + " s (no backend held "
                + "both its advisory lock and a RowExclusiveLock on province.dossier_event). Last lines of " + launcher.log()
                + ":\n" + String.join("\n", tail(Files.readAllLines(launcher.log()), 40)));
    }

    private static List<String> tail(List<String> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }
}
