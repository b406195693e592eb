package vn.motcua.infra.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.motcua.infra.cli.Options;
import vn.motcua.infra.generator.CopyRows;
import vn.motcua.infra.generator.DossierGenerator;
import vn.motcua.infra.generator.GeneratedDossier;
import vn.motcua.infra.generator.ImportClient;
import vn.motcua.infra.generator.TenantCatalog;

/**
 * Bulk import throughput against PostgreSQL's COPY of the same rows, in one run (issue 4 benchmark; driven by
 * {@code infra/bench/import.sh}):
 * <ol>
 *   <li>optionally ({@code --sweep 2000:2,20000:2,…}) a short import of {@code --sweep-count} dossiers per batch
 *       size and client count, each into another demo province (codes are per province), to pick the batch size
 *       by measurement;</li>
 *   <li>generates N dossiers of the province (not timed) into an NDJSON file and, for the same dossiers, the COPY
 *       text of their {@code province.dossier} and {@code province.dossier_event} rows;</li>
 *   <li>sends the NDJSON through {@code POST /api/dossiers/import} in batches with C parallel clients, timed from the
 *       first request to the last answer;</li>
 *   <li>COPYs the rows into scratch tables {@code bench.dossier} and {@code bench.dossier_event}, created
 *       {@code LIKE} the real ones {@code INCLUDING ALL} (defaults, checks, indexes) plus their integrity checks, in one transaction as the
 *       schema owner, timed; prints both rates and their ratio.</li>
 * </ol>
 */
public final class ImportBench {

    private static final List<String> SWEEP_PROVINCES = List.of("quang-ngai", "bac-ninh", "ha-tinh");

    private ImportBench() { }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String server = o.getOrDefault("server", "http://localhost:8080");
        String slug = o.getOrDefault("tenant", "gia-lai");
        String password = o.getOrDefault("password", "demo");
        long count = Long.parseLong(o.getOrDefault("count", "1000000").replace("_", ""));
        int batch = Integer.parseInt(o.getOrDefault("batch", "20000"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "2"));
        LocalDate from = LocalDate.parse(o.getOrDefault("from", "2025-11-01"));
        LocalDate to = LocalDate.parse(o.getOrDefault("to", "2026-10-31"));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        Path work = Path.of(o.getOrDefault("work", "/tmp/motcua-import-bench"));
        Path dataDir = Path.of(o.getOrDefault("data-dir", System.getProperty("user.home") + "/.motcua"));
        String jdbcUrl = o.get("jdbc-url");
        Files.createDirectories(work);

        String sweep = o.get("sweep");
        if (sweep != null && !sweep.isBlank()) {
            long n = Long.parseLong(o.getOrDefault("sweep-count", "100000"));
            String[] configs = sweep.split(",");
            for (int i = 0; i < configs.length && i < SWEEP_PROVINCES.size(); i++) {
                String[] bc = configs[i].trim().split(":");
                String p = SWEEP_PROVINCES.get(i);
                Generated g = generate(server, p, password, n, seed, from, to, work, false);
                double rate = importFile(server, p, password, g, Integer.parseInt(bc[0]),
                        bc.length > 1 ? Integer.parseInt(bc[1]) : clients, false);
                System.out.printf(Locale.ROOT, "sweep: batch %,d, %s clients: %,.0f dossiers/s (%s)%n",
                        Integer.parseInt(bc[0]), bc.length > 1 ? bc[1] : Integer.toString(clients), rate, p);
                Files.deleteIfExists(g.ndjson);
            }
        }

        Generated g = generate(server, slug, password, count, seed, from, to, work, jdbcUrl != null);
        double importRate = importFile(server, slug, password, g, batch, clients, true);
        Files.deleteIfExists(g.ndjson);
        if (jdbcUrl == null) {
            System.out.println("no --jdbc-url: COPY reference skipped");
            return;
        }
        double copyRate = copy(jdbcUrl, dataDir, g);
        System.out.printf(Locale.ROOT, "import / COPY = %.0f %% (targets: >= 20,000 dossiers/s: %s; >= 50 %% of COPY: %s)%n",
                100 * importRate / copyRate, importRate >= 20_000 ? "MET" : "NOT MET",
                importRate >= copyRate / 2 ? "MET" : "NOT MET");
    }

    private record Generated(Path ndjson, Path dossierCopy, Path eventCopy, long count, String prefix) { }

    /** Generates the dossiers into files (not timed as import): NDJSON, and the COPY rows when asked. */
    private static Generated generate(String server, String slug, String password, long count, long seed, LocalDate from,
                                      LocalDate to, Path work, boolean copyRows) throws Exception {
        TenantCatalog catalog = TenantCatalog.fromServer(server, slug + ".admin", password, slug, from, to);
        Path ndjson = work.resolve(slug + ".ndjson");
        Path dossierCopy = work.resolve(slug + "-dossier.copy");
        Path eventCopy = work.resolve(slug + "-dossier_event.copy");
        long t0 = System.nanoTime();
        long[] events = {0};
        String prefix = "bench-" + slug + "-" + seed + "-" + count;
        try (OutputStream nd = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 20);
             OutputStream dc = copyRows ? new BufferedOutputStream(Files.newOutputStream(dossierCopy), 1 << 20)
                     : OutputStream.nullOutputStream();
             OutputStream ec = copyRows ? new BufferedOutputStream(Files.newOutputStream(eventCopy), 1 << 20)
                     : OutputStream.nullOutputStream()) {
            CopyRows rows = new CopyRows(slug, catalog);
            GeneratedDossier.TimeText tt = new GeneratedDossier.TimeText();
            StringBuilder b = new StringBuilder(1 << 17);
            StringBuilder d = new StringBuilder(1 << 17);
            StringBuilder e = new StringBuilder(1 << 17);
            long[] id = {0};
            new DossierGenerator(DossierGenerator.Settings.of(seed, count, from, to), catalog).generate(x -> {
                id[0]++;
                x.appendNdjson(b, tt);
                if (copyRows) {
                    rows.append(x, id[0], prefix, d, e);
                }
                events[0] += x.events().size();
                if (b.length() > 1 << 16) {
                    write(nd, b);
                    write(dc, d);
                    write(ec, e);
                }
            });
            write(nd, b);
            write(dc, d);
            write(ec, e);
        }
        System.out.printf(Locale.ROOT, "generated %,d dossiers, %,d events for %s in %.1f s (%,d MB NDJSON)%n", count,
                events[0], slug, (System.nanoTime() - t0) / 1e9, Files.size(ndjson) >> 20);
        return new Generated(ndjson, dossierCopy, eventCopy, count, prefix);
    }

    /** Sends the NDJSON file in batches; returns dossiers per second from the first request to the last answer. */
    private static double importFile(String server, String slug, String password, Generated g, int batch, int clients,
                                     boolean progress) throws IOException {
        long count = g.count();
        long t1 = System.nanoTime();
        ImportClient.Totals totals;
        long[] step = {count / 10};
        try (ImportClient client = new ImportClient(server, slug + ".admin", password, "motcua-generator",
                g.prefix() + "-" + batch, batch, clients, done -> {
                    synchronized (step) {
                        if (progress && done >= step[0] && done < count) {
                            System.out.printf(Locale.ROOT, "  imported %,d (%.0f/s)%n", done,
                                    done / ((System.nanoTime() - t1) / 1e9));
                            step[0] += count / 10;
                        }
                    }
                });
             InputStream in = new BufferedInputStream(Files.newInputStream(g.ndjson()), 1 << 20)) {
            ByteArrayOutputStream cur = new ByteArrayOutputStream(batch * 1600);
            int lines = 0;
            byte[] buf = new byte[1 << 22];
            int n;
            while ((n = in.read(buf)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n' && ++lines == batch) {
                        cur.write(buf, start, i + 1 - start);
                        start = i + 1;
                        client.addBatch(cur.toByteArray(), lines);
                        cur.reset();
                        lines = 0;
                    }
                }
                cur.write(buf, start, n - start);
            }
            if (lines > 0) {
                client.addBatch(cur.toByteArray(), lines);
            }
            totals = client.finish();
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        double rate = count / secs;
        if (progress) {
            System.out.printf(Locale.ROOT, "REST import: %,d dossiers in %.1f s = %,.0f dossiers/s (%d clients, batches of %,d; %s)%n",
                    count, secs, rate, clients, batch, totals);
        }
        return rate;
    }

    /** COPY of the same rows into scratch tables like the real ones; returns dossiers per second. */
    private static double copy(String jdbcUrl, Path dataDir, Generated g) throws Exception {
        Properties cred = new Properties();
        try (Reader r = Files.newBufferedReader(dataDir.resolve("credentials.properties"), StandardCharsets.UTF_8)) {
            cred.load(r);
        }
        try (Connection con = DriverManager.getConnection(jdbcUrl, "motcua_owner", cred.getProperty("motcua_owner.password"))) {
            try (Statement st = con.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS bench CASCADE");
                st.execute("CREATE SCHEMA bench");
                st.execute("CREATE TABLE bench.dossier (LIKE province.dossier INCLUDING ALL)");
                st.execute("CREATE TABLE bench.dossier_event (LIKE province.dossier_event INCLUDING ALL)");
                // LIKE copies checks and indexes but neither foreign keys nor triggers: add the real tables' ones, so
                // that COPY does the same integrity work as the import (dossier → tenant key; the per-statement check
                // that every event has its dossier, migration V7).
                st.execute("ALTER TABLE bench.dossier ADD FOREIGN KEY (tenant_id) REFERENCES platform.tenant (id)");
                st.execute("""
                        CREATE FUNCTION bench.dossier_event_requires_dossier() RETURNS trigger LANGUAGE plpgsql
                        SET search_path = pg_catalog AS $$
                        BEGIN
                          IF EXISTS (SELECT 1 FROM (SELECT DISTINCT e.tenant_id, e.dossier_id FROM new_events e) n
                                      WHERE NOT EXISTS (SELECT 1 FROM bench.dossier d
                                                         WHERE d.tenant_id = n.tenant_id AND d.id = n.dossier_id
                                                        OFFSET 0)) THEN
                            RAISE EXCEPTION 'orphan event' USING ERRCODE = 'foreign_key_violation';
                          END IF;
                          RETURN NULL;
                        END $$""");
                st.execute("CREATE TRIGGER dossier_event_requires_dossier AFTER INSERT ON bench.dossier_event "
                        + "REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT "
                        + "EXECUTE FUNCTION bench.dossier_event_requires_dossier()");
            }
            con.setAutoCommit(false);
            CopyManager cm = con.unwrap(PGConnection.class).getCopyAPI();
            long t2 = System.nanoTime();
            long nd;
            long ne;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(g.dossierCopy()), 1 << 20)) {
                nd = cm.copyIn("COPY bench.dossier (" + CopyRows.DOSSIER_COLUMNS + ") FROM STDIN", in);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(g.eventCopy()), 1 << 20)) {
                ne = cm.copyIn("COPY bench.dossier_event (" + CopyRows.EVENT_COLUMNS + ") FROM STDIN", in);
            }
            con.commit();
            double secs = (System.nanoTime() - t2) / 1e9;
            System.out.printf(Locale.ROOT, "COPY: %,d dossier rows + %,d event rows in %.1f s = %,.0f dossiers/s (1 connection)%n",
                    nd, ne, secs, nd / secs);
            try (Statement st = con.createStatement()) {
                st.execute("DROP SCHEMA bench CASCADE");
            }
            con.commit();
            Files.deleteIfExists(g.dossierCopy());
            Files.deleteIfExists(g.eventCopy());
            return nd / secs;
        }
    }

    private static void write(OutputStream os, StringBuilder b) {
        try {
            os.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        b.setLength(0);
    }
}
