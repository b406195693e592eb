package vn.motcua.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.infra.cli.Options;
import vn.motcua.infra.generator.DossierGenerator;
import vn.motcua.infra.generator.GeneratedDossier;
import vn.motcua.infra.generator.MiniJson;
import vn.motcua.infra.generator.TenantCatalog;

/**
 * Receipt under load (issue 4 benchmark): C concurrent clients call {@code POST /api/dossiers} (operationId
 * receiveDossier) as a desk clerk, each request a different generated applicant and procedure of the province,
 * in person, accepted. After a warm-up the latencies of N requests are reported (p50, p95, p99, max) with the errors.
 * <pre>
 * java -cp infra/target/motcua-launcher.jar vn.motcua.infra.bench.ReceiptBench --server http://localhost:8080 \
 *      --tenant gia-lai [--clients 50] [--requests 5000] [--warmup 500]
 * </pre>
 */
public final class ReceiptBench {

    private static final java.util.regex.Pattern PROBLEM_CODE = java.util.regex.Pattern.compile("\"code\":\"([^\"]*)\"");

    private ReceiptBench() { }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String server = o.getOrDefault("server", "http://localhost:8080");
        String slug = o.getOrDefault("tenant", "gia-lai");
        String user = o.getOrDefault("user", slug + ".clerk");
        String password = o.getOrDefault("password", "demo");
        int clients = Integer.parseInt(o.getOrDefault("clients", "50"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "5000"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "500"));
        long thinkMs = Long.parseLong(o.getOrDefault("think-ms", "0"));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        TenantCatalog catalog = TenantCatalog.fromServer(server, slug + ".admin", password, slug, today.minusDays(7), today);
        List<String> bodies = new ArrayList<>(warmup + requests);
        // Generated applicants, procedures and units (the generator's mix), received today in person
        new DossierGenerator(DossierGenerator.Settings.of(7, (long) (warmup + requests) * 2, today.minusDays(7), today),
                catalog).generate(g -> {
                    if (bodies.size() < warmup + requests) {
                        bodies.add(body(g, catalog));
                    }
                });
        System.out.printf(Locale.ROOT, "receipt benchmark: %s as %s, %d clients (think time %d ms), %d warm-up + %d "
                + "measured requests%n", server, user, clients, thinkMs, warmup, requests);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Result w = run(http, server, auth, bodies.subList(0, warmup), clients, thinkMs);
        System.out.printf(Locale.ROOT, "warm-up: %d requests, %d errors, %.1f s%n", warmup, w.errors, w.seconds);
        Result r = run(http, server, auth, bodies.subList(warmup, warmup + requests), clients, thinkMs);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "measured: %d requests in %.1f s (%.0f/s), errors %d %s%n", requests, r.seconds,
                requests / r.seconds, r.errors, r.errorKinds.isEmpty() ? "" : r.errorKinds);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(lat, 50), pct(lat, 95),
                pct(lat, 99), lat[lat.length - 1] / 1e6);
        boolean ok = pct(lat, 95) <= 200 && r.errors == 0;
        System.out.println("target p95 <= 200 ms and no errors: " + (ok ? "MET" : "NOT MET"));
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private record Result(long[] latencies, int errors, Map<String, Integer> errorKinds, double seconds) { }

    private static Result run(HttpClient http, String server, String auth, List<String> bodies, int clients,
                              long thinkMs)
            throws InterruptedException {
        long[] lat = new long[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < bodies.size()) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(server + "/api/dossiers"))
                                .timeout(Duration.ofSeconds(60)).header("Authorization", auth)
                                .header("Content-Type", "application/json").header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build();
                        long s = System.nanoTime();
                        String kind = null;
                        try {
                            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201 || !r.body().contains("\"code\"")) {
                                // grouped by status and problem code (the detail carries a per-incident id)
                                java.util.regex.Matcher m = PROBLEM_CODE.matcher(r.body());
                                kind = "HTTP " + r.statusCode() + (m.find() ? " " + m.group(1) : "");
                            }
                        } catch (Exception e) {
                            kind = e.getClass().getSimpleName();
                        }
                        lat[i] = System.nanoTime() - s;
                        if (kind != null) {
                            errors.incrementAndGet();
                            kinds.merge(kind, 1, Integer::sum);
                        }
                        if (thinkMs > 0) {
                            // a clerk types the next dossier: spread the clients' requests over the think time
                            Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMs + 1));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "receipt-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        return new Result(lat, errors.get(), new TreeMap<>(kinds), (System.nanoTime() - t0) / 1e9);
    }

    /** The receipt request of a generated dossier: its applicant, procedure, units; documents and fees of the procedure. */
    static String body(GeneratedDossier g, TenantCatalog catalog) {
        TenantCatalog.Procedure p = catalog.procedures().stream().filter(x -> x.code().equals(g.procedureCode()))
                .findFirst().orElseThrow();
        StringBuilder b = new StringBuilder(512);
        b.append("{\"procedureCode\":");
        MiniJson.quote(b, g.procedureCode());
        b.append(",\"channel\":\"IN_PERSON\",\"outcome\":\"ACCEPTED\",\"applicant\":{\"kind\":\"PERSON\",\"name\":");
        MiniJson.quote(b, g.applicantName());
        b.append("},\"receivingUnitCode\":");
        MiniJson.quote(b, g.receivingUnit());
        b.append(",\"competentUnitCode\":");
        MiniJson.quote(b, g.competentUnit());
        b.append(",\"documents\":[");
        for (int i = 0; i < p.documents().size(); i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\":");
            MiniJson.quote(b, p.documents().get(i));
            b.append(",\"originals\":1,\"copies\":0,\"digitised\":").append(i % 2 == 0).append(",\"reused\":false}");
        }
        b.append("],\"fees\":[");
        if (g.feeTotal() > 0 && !p.feeNames().isEmpty()) {
            b.append("{\"name\":");
            MiniJson.quote(b, p.feeNames().get(0));
            b.append(",\"amountVnd\":").append(g.feeTotal()).append('}');
        }
        b.append("]}");
        return b.toString();
    }
}
