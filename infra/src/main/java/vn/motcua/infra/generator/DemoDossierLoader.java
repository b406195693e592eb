package vn.motcua.infra.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Demo mode's year of dossiers: after the server is ready, generates about one year of dossiers per demo province
 * and sends them through the real REST import, signed in as {@code <slug>.admin}, in the background.
 *
 * <p>Restart-safe: the year is fixed on the first start and kept in {@code $MOTCUA_DATA_DIR/demo-dossiers.properties}
 * (the twelve months before the month of that start), and the generation is deterministic, so a later start sends
 * the very same batches under the same keys and the server answers "unchanged" — also when an earlier load was
 * interrupted half-way (the batches it had not sent are created then).
 */
public final class DemoDossierLoader implements Runnable {

    public static final String MARKER = "demo-dossiers.properties";
    /** Generation seed of the demo data; province i uses SEED + i. */
    public static final long SEED = 20_251_101L;
    static final int BATCH_SIZE = 5_000;
    static final int CLIENTS = 2;

    private final String baseUrl;
    private final Path dataDir;
    private final List<String> slugs;
    private final String password;
    private final int perProvince;
    private final PrintStream out;
    private final LocalDate today;

    public DemoDossierLoader(String baseUrl, Path dataDir, List<String> slugs, String password, int perProvince,
                             PrintStream out, LocalDate today) {
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.slugs = slugs;
        this.password = password;
        this.perProvince = perProvince;
        this.out = out;
        this.today = today;
    }

    /** Starts the load on a daemon thread (it must never delay or block the server). */
    public Thread start() {
        Thread t = new Thread(this, "motcua-demo-dossiers");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** The demo year: kept from the first start, else the twelve months before the current one. */
    LocalDate[] window() throws IOException {
        Path marker = dataDir.resolve(MARKER);
        Properties p = new Properties();
        if (Files.isRegularFile(marker)) {
            try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return new LocalDate[] {LocalDate.parse(p.getProperty("from")), LocalDate.parse(p.getProperty("to"))};
        }
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        LocalDate from = firstOfMonth.minusMonths(12);
        LocalDate to = firstOfMonth.minusDays(1);
        p.setProperty("from", from.toString());
        p.setProperty("to", to.toString());
        Files.createDirectories(dataDir);
        try (Writer w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            p.store(w, "The year of generated demo dossiers, fixed at the first start so that restarts re-send the "
                    + "same batches (the server answers unchanged). Delete together with the database.");
        }
        return new LocalDate[] {from, to};
    }

    @Override
    public void run() {
        long t0 = System.nanoTime();
        LocalDate[] w;
        try {
            w = window();
        } catch (IOException e) {
            out.println("[motcua] Demo dossiers: cannot keep the demo year in " + dataDir + ": " + e.getMessage());
            return;
        }
        long total = 0;
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            try {
                total += loadProvince(slug, SEED + i, w[0], w[1]);
            } catch (ImportClient.ImportFailed e) {
                if (e.status == 404 || e.status == 405) {
                    out.println("[motcua] Demo dossiers: this server has no dossier import (HTTP " + e.status
                            + "); skipped.");
                    return;
                }
                out.println("[motcua] Demo dossiers for " + slug + " failed: " + e.getMessage());
            } catch (Exception e) {
                out.println("[motcua] Demo dossiers for " + slug + " failed: " + e);
            }
        }
        out.printf(Locale.ROOT, "[motcua] Demo dossiers: %,d sent for %d provinces (%s to %s) in %.1f s%n", total,
                slugs.size(), w[0], w[1], (System.nanoTime() - t0) / 1e9);
    }

    private long loadProvince(String slug, long seed, LocalDate from, LocalDate to) throws Exception {
        long t0 = System.nanoTime();
        TenantCatalog catalog = TenantCatalog.fromServer(baseUrl, slug + ".admin", password, slug, from, to);
        DossierGenerator gen = new DossierGenerator(Provinces.settings(slug, seed, perProvince, from, to), catalog);
        String prefix = "demo-" + slug + "-" + from + "-" + perProvince;
        int step = Math.max(BATCH_SIZE, perProvince / 4);
        long[] next = {step};
        ImportClient.Totals totals;
        try (ImportClient client = new ImportClient(baseUrl, slug + ".admin", password, "motcua-generator", prefix,
                BATCH_SIZE, CLIENTS, done -> {
                    synchronized (next) {
                        if (done >= next[0] && done < perProvince) {
                            out.printf(Locale.ROOT, "[motcua] Demo dossiers: %s %,d of %,d ...%n", slug, done, perProvince);
                            next[0] += step;
                        }
                    }
                })) {
            IOException[] failed = {null};
            gen.generate(g -> {
                if (failed[0] == null) {
                    try {
                        client.add(g);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            totals = client.finish();
        }
        out.printf(Locale.ROOT, "[motcua] Demo dossiers: %s done, %s in %.1f s%n", slug, totals,
                (System.nanoTime() - t0) / 1e9);
        publishAggregates(slug, from, to);
        return totals.dossiers.get();
    }

    /**
     * The province publishes the demo year's months for central agencies, as its administrator would
     * (publishAggregates), so that the central viewer's ranking has figures at once; the nightly publication keeps
     * them up to date after. A month no index rule set covers is refused by the server and skipped.
     */
    void publishAggregates(String slug, LocalDate from, LocalDate to) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((slug + ".admin:" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int published = 0;
        for (java.time.YearMonth m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to));
                m = m.plusMonths(1)) {
            try {
                var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/api/index/aggregates"))
                        .timeout(java.time.Duration.ofMinutes(5)).header("Authorization", auth)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"from\":\"" + m + "\"}")).build();
                if (http.send(req, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    published++;
                }
            } catch (IOException e) {
                out.println("[motcua] Demo aggregates for " + slug + " " + m + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.printf(Locale.ROOT, "[motcua] Demo aggregates: %s published %d months for central agencies%n", slug,
                published);
    }
}
