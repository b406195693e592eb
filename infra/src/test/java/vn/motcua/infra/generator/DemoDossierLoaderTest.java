package vn.motcua.infra.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo load against a stand-in server: catalog from the REST reads, batches to the import, restart-safe. */
class DemoDossierLoaderTest {

    private HttpServer server;
    private final Map<String, String> batches = new ConcurrentHashMap<>();
    private final List<String> auth = Collections.synchronizedList(new ArrayList<>());
    private volatile int importStatus = 200;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String procedures = "[{\"code\":\"1.001193\",\"levels\":\"COMMUNE\",\"units\":\"H21.XA\",\"time\":\"SAME_DAY 15:00\","
                + "\"onlineTime\":\"\",\"onlineKind\":\"FULL\",\"individualApplicants\":\"true\",\"fees\":\"\","
                + "\"documents\":\"Tờ khai|1|ORIGINAL|\",\"name\":\"Đăng ký khai sinh\",\"effectiveDate\":\"\"},"
                + "{\"code\":\"1.004227\",\"levels\":\"PROVINCE\",\"units\":\"H21.05\",\"time\":\"30 WORKING_DAYS\","
                + "\"onlineTime\":\"\",\"onlineKind\":\"PARTIAL\",\"individualApplicants\":\"true\","
                + "\"fees\":\"Lệ phí|100000|\",\"documents\":\"\",\"name\":\"Cấp giấy chứng nhận\",\"effectiveDate\":\"2019-01-01\"}]";
        String units = "[{\"portalCode\":\"H21\",\"qcvnCode\":\"000.00.00.H21\",\"name\":\"UBND tỉnh Gia Lai\","
                + "\"kind\":\"PEOPLES_COMMITTEE\",\"level\":\"PROVINCE\",\"validFrom\":\"2019-01-01\"},"
                + "{\"portalCode\":\"H21.30\",\"name\":\"Trung tâm Phục vụ hành chính công\",\"kind\":\"SERVICE_CENTRE\","
                + "\"level\":\"PROVINCE\",\"validFrom\":\"2019-01-01\"},"
                + "{\"portalCode\":\"H21.05\",\"name\":\"Sở Xây dựng\",\"kind\":\"DEPARTMENT\",\"level\":\"PROVINCE\"},"
                + "{\"portalCode\":\"H21.101\",\"name\":\"UBND xã Ia Grai\",\"kind\":\"COMMUNE\",\"level\":\"COMMUNE\","
                + "\"validFrom\":\"2025-07-01\"}]";
        server.createContext("/api/procedures/export", ex -> answer(ex, 200, procedures));
        server.createContext("/api/units", ex -> answer(ex, 200, units));
        // getProcedure: the versions' validity (1.004227 was added on 1 Mar 2026, whatever its publication date)
        server.createContext("/api/procedures/", ex -> answer(ex, 200, ex.getRequestURI().getPath().endsWith("1.004227")
                ? "{\"code\":\"1.004227\",\"history\":[{\"validFrom\":\"2026-03-01\",\"validTo\":null}]}"
                : "{\"code\":\"1.001193\",\"history\":[{\"validFrom\":\"2019-01-01\",\"validTo\":null}]}"));
        server.createContext("/api/dossiers/import", ex -> {
            auth.add(ex.getRequestHeaders().getFirst("Authorization"));
            assertEquals("application/x-ndjson", ex.getRequestHeaders().getFirst("Content-Type"));
            String q = ex.getRequestURI().getQuery();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = q.replaceAll(".*batch=([^&]*).*", "$1");
            assertTrue(q.contains("source=motcua-generator"));
            String before = batches.putIfAbsent(key, body);
            if (importStatus != 200) {
                answer(ex, importStatus, "{}");
            } else if (before != null && !before.equals(body)) {
                answer(ex, 409, "{}");
            } else {
                answer(ex, 200, before == null ? "{\"created\":" + body.lines().count() + "}"
                        : "{\"unchanged\":" + body.lines().count() + "}");
            }
        });
        // publishAggregates: a month before the index rules (2026) is refused, as the server does
        server.createContext("/api/index/aggregates", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            published.add(body);
            answer(ex, body.contains("\"2025-") ? 400 : 200, "{}");
        });
        server.start();
    }

    private final List<String> published = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String run(Path dir, LocalDate today) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new DemoDossierLoader("http://127.0.0.1:" + server.getAddress().getPort(), dir, List.of("gia-lai"), "demo", 5_000,
                new PrintStream(log, true, StandardCharsets.UTF_8), today).run();
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loadsTheYearInBatchesAndARestartLaterSendsTheSameBatches(@TempDir Path dir) throws Exception {
        String first = run(dir, LocalDate.of(2026, 11, 22));
        assertTrue(first.contains("gia-lai done"), first);
        int expected = (5_000 + DemoDossierLoader.BATCH_SIZE - 1) / DemoDossierLoader.BATCH_SIZE;
        assertEquals(expected, batches.size(), batches.keySet().toString());
        assertTrue(batches.containsKey("demo-gia-lai-2025-11-01-5000-000001"), batches.keySet().toString());
        assertEquals(5_000, batches.values().stream().mapToLong(b -> b.lines().count()).sum());
        assertTrue(auth.stream().allMatch(a -> a.equals("Basic " + java.util.Base64.getEncoder()
                .encodeToString("gia-lai.admin:demo".getBytes(StandardCharsets.UTF_8)))));
        assertTrue(Files.readString(dir.resolve(DemoDossierLoader.MARKER)).contains("to=2026-10-31"));
        // only procedures with a version in force on the day of receipt
        List<String> added = batches.values().stream().flatMap(String::lines)
                .filter(l -> l.contains("\"procedureCode\":\"1.004227\"")).toList();
        assertTrue(!added.isEmpty());
        assertTrue(added.stream().allMatch(l -> l.replaceAll(".*\"receivedAt\":\"([0-9-]{10}).*", "$1")
                .compareTo("2026-03-01") >= 0), added.get(0));
        // then the province publishes each month of the demo year for central agencies; 2025's months are refused
        assertEquals(12, published.size(), published::toString);
        assertEquals("{\"from\":\"2025-11\"}", published.get(0));
        assertTrue(first.contains("gia-lai published 10 months"), first);
        // Next month: the same year (kept in the marker), the same bytes: nothing but "unchanged"
        String again = run(dir, LocalDate.of(2026, 12, 5));
        assertTrue(again.contains("0 created, 5000 unchanged"), again);
        assertEquals(expected, batches.size());
    }

    @Test
    void aServerWithoutTheImportIsSkippedQuietly(@TempDir Path dir) {
        importStatus = 404;
        String log = run(dir, LocalDate.of(2026, 11, 22));
        assertTrue(log.contains("no dossier import"), log);
    }
}
