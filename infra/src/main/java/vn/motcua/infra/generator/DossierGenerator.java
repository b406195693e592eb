package vn.motcua.infra.generator;

import static vn.motcua.infra.generator.OfficeLine.MINUTES_PER_DAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.motcua.infra.generator.ArrivalModel.Arrival;
import vn.motcua.infra.generator.TenantCatalog.Procedure;

/**
 * Deterministic generator of a province's dossiers (issue 4, item 9): the same settings and catalog give the same
 * dossiers in the same order, byte for byte. Dossiers are produced day by day in order of receipt and handed to a
 * consumer, so ten million need no more memory than one day's worth.
 *
 * <p>The model, in short (figures are rates per dossier unless said otherwise):
 * <ul>
 *   <li>Volume: {@code count} dossiers spread over the days of the period by weight: working days 1 (Monday busier,
 *       Friday quieter, December busier, a slow restart for two weeks after Tết, a small rush before it, a slow
 *       upward trend), days off 2 % (online submissions only), the Tết break the same.</li>
 *   <li>Procedures: a long tail, Zipf with exponent 1.1 over a seeded order of the catalog, commune-level
 *       procedures (civil status, certification) three times as frequent.</li>
 *   <li>Channel: the online share of procedures offered online grows from 8 % (2019) to 20 % (2023), 45 % (mid-2025),
 *       then jumps with the single national portal (1 Jul 2025) to 70 % and more; 4 % of paper dossiers by post.</li>
 *   <li>Processing: a fraction of the statutory office time; about 4 % overrun it (more for a few chronically slow
 *       procedures). Supplement requests 8 % (a second one for a fifth of those), financial obligation pauses for a
 *       tenth of the fee-bearing dossiers.</li>
 *   <li>The clock: every deadline rule is the kernel's ({@link GeneratorClock}: {@code DossierClock} on the
 *       province's {@code WorkingCalendar}), so the appointment, the paper hand-over after 15:00, the due instant
 *       moved by pauses and the late flag are what the server computes for the same history.</li>
 *   <li>Endings: refused at receipt 0.8 %, withdrawn 0.6 %, refused on the merits 1.2 %, stopped when the applicant
 *       never brings the supplement (a tenth of them).</li>
 *   <li>Late dossiers get an apology with a new date in 72 % of cases (the rest are the ones the directive
 *       complains about). A third of returned dossiers are rated, mostly 4–5, lower when late.</li>
 *   <li>Procedures: only those with a version in force on the day of receipt.</li>
 *   <li>Events after {@code asOf} have not happened yet: the dossier is left in the state it had then.</li>
 * </ul>
 */
public final class DossierGenerator {

    /**
     * Generation settings. {@code asOf} is a local minute; {@code officeHours} null = the province's (or the common
     * ones); {@code idPrefix} the province's three-digit identity-number code.
     */
    public record Settings(long seed, long count, LocalDate from, LocalDate to, long asOf, String officeHours,
                           String idPrefix) {

        public static Settings of(long seed, long count, LocalDate from, LocalDate to) {
            return new Settings(seed, count, from, to, to.plusDays(1).toEpochDay() * MINUTES_PER_DAY, null, "064");
        }

        public Settings withAsOf(long localMinute) {
            return new Settings(seed, count, from, to, localMinute, officeHours, idPrefix);
        }

        public Settings withOfficeHours(String periods) {
            return new Settings(seed, count, from, to, asOf, periods, idPrefix);
        }

        public Settings withIdPrefix(String prefix) {
            return new Settings(seed, count, from, to, asOf, officeHours, prefix);
        }
    }

    public static final String DEFAULT_OFFICE_HOURS = "07:30-11:30|13:30-17:00";
    /** The single national portal: the online share jumps (simulation only; form sets are the kernel's data). */
    static final LocalDate NATIONAL_PORTAL_DAY = LocalDate.of(2025, 7, 1);

    private final Settings s;
    private final OfficeLine line;
    private final ArrivalModel arrivals;
    private final Lifecycle lifecycle;
    private final Map<String, String> agencies = new HashMap<>();

    public DossierGenerator(Settings settings, TenantCatalog catalog) {
        if (settings.to().isBefore(settings.from())) {
            throw new IllegalArgumentException("--to is before --from");
        }
        this.s = settings;
        // office hours: given, else the province's (from the server), else the common 07:30-11:30, 13:30-17:00
        String hours = settings.officeHours() != null ? settings.officeHours()
                : catalog.officeHours() != null ? catalog.officeHours() : DEFAULT_OFFICE_HOURS;
        this.line = new OfficeLine(OfficeLine.provinceCalendar(catalog.slug(), settings.from(), settings.to(), hours,
                catalog.calendarDays()));
        this.arrivals = new ArrivalModel(settings, catalog, line, popularity(settings.seed(), catalog.procedures()));
        this.lifecycle = new Lifecycle(settings, catalog, line, new GeneratorClock(line));
    }

    /** A seeded order of popularity: rank r gets 1/(r+1)^1.1, commune-level procedures three times as much. */
    private static double[] popularity(long seed, List<Procedure> procedures) {
        int n = procedures.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0x70CEDL);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] w = new double[n];
        for (int rank = 0; rank < n; rank++) {
            Procedure p = procedures.get(order[rank]);
            w[order[rank]] = Math.pow(rank + 1, -1.1) * (p.commune() ? 3 : 1);
        }
        return w;
    }

    static long mix(long seed, long x) {
        long z = seed * 0x9E3779B97F4A7C15L + x * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String pad(int v, int width) {
        String t = Integer.toString(v);
        return t.length() >= width ? t : "0".repeat(width - t.length()) + t;
    }

    /** Relative receipt volume of a day. */
    double dayWeight(long day) {
        return arrivals.dayWeight(day);
    }

    /** How many dossiers each day of the period receives. */
    long[] dailyCounts() {
        return arrivals.dailyCounts();
    }

    /** Share of online dossiers among procedures offered online, on a day. */
    static double onlineShare(LocalDate d) {
        return ArrivalModel.onlineShare(d);
    }

    /** Generates all dossiers in order of receipt and gives each to the consumer. */
    public void generate(Consumer<GeneratedDossier> out) {
        long[] counts = dailyCounts();
        long first = s.from().toEpochDay();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                generateDay(first + i, (int) counts[i], out);
            }
        }
    }

    private void generateDay(long day, int n, Consumer<GeneratedDossier> out) {
        SplittableRandom r = new SplittableRandom(mix(s.seed(), day * 31 + 7));
        LocalDate date = LocalDate.ofEpochDay(day);
        Map<String, Integer> seq = new HashMap<>();
        String yymmdd = String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
        for (Arrival a : arrivals.arrivals(day, n, r)) {
            int k = seq.merge(a.receiving().portalCode(), 1, Integer::sum);
            String code = agency(a.receiving()) + "-" + yymmdd + "-" + (k < 10000 ? pad(k, 4) : k);
            out.accept(lifecycle.dossier(r, a, code, date));
        }
    }

    private String agency(TenantCatalog.Unit u) {
        return agencies.computeIfAbsent(u.portalCode(), k -> u.agencyCode());
    }

    /** The office line the simulation places events on (the kernel calendar laid out in office minutes). */
    OfficeLine officeLine() {
        return line;
    }
}
