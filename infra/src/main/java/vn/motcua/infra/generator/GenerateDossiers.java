package vn.motcua.infra.generator;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.motcua.infra.cli.Options;

/**
 * Command line of the data generator (README, "Data generator"):
 * <pre>
 * java -cp infra/target/motcua-launcher.jar vn.motcua.infra.generator.GenerateDossiers --tenant gia-lai \
 *      --count 1000000 --seed 42 --from 2025-07-01 --to 2026-10-31 --out /tmp/gia-lai.ndjson
 * </pre>
 * The procedures and units come from the running server (--server, default http://localhost:8080, signed in as
 * --user, default {@code <tenant>.admin}, password --password or $MOTCUA_PASSWORD, default "demo") or from files
 * (--procedures FILE --units FILE[,FILE…]: saved responses of exportProcedures?format=json and
 * listUnits?view=flat). Statistics go to stderr; the dossiers to --out (default stdout) as NDJSON or --format csv.
 */
public final class GenerateDossiers {

    private GenerateDossiers() { }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        try {
            System.exit(run(args, err));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: see README, \"Data generator\" (or --help)");
            System.exit(2);
        } catch (Exception e) {
            err.println("error: " + e);
            System.exit(1);
        }
    }

    static int run(String[] args, PrintStream err) throws Exception {
        Map<String, String> o = Options.parse(args, Set.of("help"));
        if (o.containsKey("help")) {
            err.println(HELP);
            return 0;
        }
        String slug = need(o, "tenant");
        LocalDate to = o.containsKey("to") ? LocalDate.parse(o.get("to")) : LocalDate.now().minusDays(1);
        LocalDate from = o.containsKey("from") ? LocalDate.parse(o.get("from")) : to.minusYears(1).plusDays(1);
        long count = Long.parseLong(o.getOrDefault("count", "10000").replace("_", ""));
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        DossierGenerator.Settings settings = Provinces.settings(slug, seed, count, from, to);
        if (o.containsKey("as-of")) {
            settings = settings.withAsOf(localMinute(o.get("as-of")));
        }
        if (o.containsKey("office-hours")) {
            settings = settings.withOfficeHours(o.get("office-hours"));
        }
        if (o.containsKey("id-prefix")) {
            settings = settings.withIdPrefix(o.get("id-prefix"));
        }
        TenantCatalog catalog = catalog(o, slug, from, to);
        boolean csv = "csv".equalsIgnoreCase(o.getOrDefault("format", "ndjson"));
        String out = o.getOrDefault("out", "-");
        err.printf(Locale.ROOT, "generating %,d dossiers for %s (%d procedures, %d units), %s..%s, seed %d%n", count,
                slug, catalog.procedures().size(), catalog.units().size(), from, to, seed);
        Stats stats = new Stats();
        long t0 = System.nanoTime();
        try (OutputStream os = out.equals("-") ? new BufferedOutputStream(new FileOutputStream(java.io.FileDescriptor.out), 1 << 16)
                : new BufferedOutputStream(new FileOutputStream(Path.of(out).toFile()), 1 << 16)) {
            write(new DossierGenerator(settings, catalog), csv, os, stats);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "done: %,d dossiers, %,d events in %.1f s (%,.0f dossiers/s)%n", stats.dossiers,
                stats.events, secs, stats.dossiers / secs);
        stats.print(err);
        return 0;
    }

    /** Streams the generator's dossiers as NDJSON (or CSV with a header) to the stream. */
    public static void write(DossierGenerator generator, boolean csv, OutputStream os, Consumer<GeneratedDossier> tap) {
        GeneratedDossier.TimeText tt = new GeneratedDossier.TimeText();
        StringBuilder b = new StringBuilder(1 << 17);
        if (csv) {
            GeneratedDossier.appendCsvHeader(b);
        }
        generator.generate(g -> {
            if (csv) {
                g.appendCsv(b, tt);
            } else {
                g.appendNdjson(b, tt);
            }
            if (tap != null) {
                tap.accept(g);
            }
            if (b.length() > 1 << 16) {
                flush(b, os);
            }
        });
        flush(b, os);
    }

    private static void flush(StringBuilder b, OutputStream os) {
        try {
            os.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.setLength(0);
    }

    static TenantCatalog catalog(Map<String, String> o, String slug, LocalDate from, LocalDate to) throws Exception {
        if (o.containsKey("procedures") || o.containsKey("units")) {
            List<Path> units = new ArrayList<>();
            for (String f : need(o, "units").split(",")) {
                units.add(Path.of(f.trim()));
            }
            return TenantCatalog.fromFiles(slug, Path.of(need(o, "procedures")), units);
        }
        String server = o.getOrDefault("server", "http://localhost:8080");
        String user = o.getOrDefault("user", slug + ".admin");
        String password = o.getOrDefault("password", System.getenv().getOrDefault("MOTCUA_PASSWORD", "demo"));
        return TenantCatalog.fromServer(server, user, password, slug, from, to);
    }

    static long localMinute(String text) {
        LocalDateTime t = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay()
                : LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text);
        return t.toLocalDate().toEpochDay() * OfficeLine.MINUTES_PER_DAY + t.getHour() * 60 + t.getMinute();
    }

    private static String need(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

    /** Counts by half-year and channel, late share, pauses, ratings: printed after a run. */
    public static final class Stats implements Consumer<GeneratedDossier> {
        long dossiers;
        long events;
        long processed;
        long late;
        long apologies;
        long supplements;
        long rated;
        long ratingSum;
        final Map<String, long[]> channelByHalf = new TreeMap<>();
        final Map<Integer, Long> status = new TreeMap<>();

        @Override
        public void accept(GeneratedDossier g) {
            dossiers++;
            events += g.events().size();
            LocalDate d = g.receivedDay();
            String half = d.getYear() + (d.getMonthValue() <= 6 ? "-H1" : "-H2");
            long[] c = channelByHalf.computeIfAbsent(half, k -> new long[3]);
            c[g.channel().equals("IN_PERSON") ? 0 : g.channel().equals("ONLINE") ? 1 : 2]++;
            if (g.processedAt() != GeneratedDossier.NONE) {
                processed++;
                late += g.late() ? 1 : 0;
            }
            apologies += g.apologyAt() != GeneratedDossier.NONE ? 1 : 0;
            supplements += g.supplements() > 0 ? 1 : 0;
            if (g.satisfaction() > 0) {
                rated++;
                ratingSum += g.satisfaction();
            }
            status.merge(g.status(), 1L, Long::sum);
        }

        void print(PrintStream err) {
            for (Map.Entry<String, long[]> e : channelByHalf.entrySet()) {
                long[] c = e.getValue();
                long n = c[0] + c[1] + c[2];
                err.printf(Locale.ROOT, "  %s  %,9d dossiers  in person %4.1f %%  online %4.1f %%  postal %4.1f %%%n",
                        e.getKey(), n, 100.0 * c[0] / n, 100.0 * c[1] / n, 100.0 * c[2] / n);
            }
            err.printf(Locale.ROOT, "  processed %,d, late %.1f %%, apologies %,d, with supplement request %.1f %%,"
                            + " rated %,d (mean %.2f)%n", processed, processed == 0 ? 0 : 100.0 * late / processed,
                    apologies, 100.0 * supplements / Math.max(1, dossiers), rated, rated == 0 ? 0 : (double) ratingSum / rated);
            err.println("  by status: " + status);
        }
    }

    private static final String HELP = String.join("\n",
            "GenerateDossiers --tenant SLUG [--count N] [--seed S] [--from YYYY-MM-DD] [--to YYYY-MM-DD]",
            "                 [--as-of YYYY-MM-DD[THH:MM]] [--out FILE|-] [--format ndjson|csv]",
            "                 [--server URL] [--user NAME] [--password PW]   (catalog from the running server)",
            "                 [--procedures FILE --units FILE[,FILE...]]    (or from saved JSON responses)",
            "                 [--office-hours 07:30-11:30|13:30-17:00] [--id-prefix 064]",
            "Defaults: count 10000, seed 42, to yesterday, from one year before, as-of the end of --to, stdout.");
}
