package vn.motcua.infra.generator;

import static vn.motcua.infra.generator.GeneratedDossier.NONE;
import static vn.motcua.infra.generator.WorkCalendar.MINUTES_PER_DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.motcua.infra.generator.GeneratedDossier.Event;
import vn.motcua.infra.generator.TenantCatalog.Procedure;
import vn.motcua.infra.generator.TenantCatalog.Unit;

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
 *       tenth of the fee-bearing dossiers; pauses stop the clock as in the deadline engine.</li>
 *   <li>Endings: refused at receipt 0.8 %, withdrawn 0.6 %, refused on the merits 1.2 %, stopped when the applicant
 *       never brings the supplement (a tenth of them).</li>
 *   <li>Late dossiers get an apology with a new date in 72 % of cases (the rest are the ones the directive
 *       complains about). A third of returned dossiers are rated, mostly 4–5, lower when late.</li>
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
    static final LocalDate NATIONAL_PORTAL_DAY = LocalDate.of(2025, 7, 1);
    private static final String[] PHONE_PREFIX = {"090", "091", "093", "094", "096", "097", "098", "086", "032", "033",
            "034", "035", "036", "037", "038", "039", "081", "082", "083", "084", "085", "070", "076", "077", "078"};

    private final Settings s;
    private final TenantCatalog catalog;
    private final WorkCalendar cal;
    private final List<Procedure> procedures;
    private final double[] cumAll;
    private final double[] cumOnline;
    private final int[] onlineIdx;
    private final double[] lateBoost;
    private final int[][] parsedTime;
    private final int[][] parsedOnlineTime;
    private final Map<String, double[]> unitWeight = new HashMap<>();
    private final Map<String, String[]> staff = new HashMap<>();
    private final String province;
    private String[] placeNames;
    private final int D;

    public DossierGenerator(Settings settings, TenantCatalog catalog) {
        if (settings.to().isBefore(settings.from())) {
            throw new IllegalArgumentException("--to is before --from");
        }
        this.s = settings;
        this.catalog = catalog;
        // office hours: given, else the province's (from the server), else the common 07:30-11:30, 13:30-17:00
        String hours = settings.officeHours() != null ? settings.officeHours()
                : catalog.officeHours() != null ? catalog.officeHours() : DEFAULT_OFFICE_HOURS;
        this.cal = new WorkCalendar(settings.from(), settings.to(), hours, catalog.calendarDays());
        this.D = cal.officeMinutesPerDay();
        this.procedures = catalog.procedures();
        this.province = catalog.provinceName();
        this.placeNames = catalog.units().stream()
                .filter(u -> u.kind().equals("COMMUNE") || u.kind().equals("WARD") || u.kind().equals("DISTRICT"))
                .map(u -> stripCommittee(u.name())).toArray(String[]::new);
        if (placeNames.length == 0) {
            placeNames = new String[] {"thành phố " + province.replaceFirst("^(tỉnh|thành phố) ", "")};
        }
        int n = procedures.size();
        // A seeded order of popularity: rank r gets 1/(r+1)^1.1
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(settings.seed() ^ 0x70CEDL);
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
        cumAll = cumulative(w);
        onlineIdx = java.util.stream.IntStream.range(0, n).filter(i -> procedures.get(i).online()).toArray();
        double[] wo = new double[onlineIdx.length];
        for (int k = 0; k < onlineIdx.length; k++) {
            wo[k] = w[onlineIdx[k]];
        }
        cumOnline = onlineIdx.length == 0 ? new double[0] : cumulative(wo);
        lateBoost = new double[n];
        parsedTime = new int[n][];
        parsedOnlineTime = new int[n][];
        for (int i = 0; i < n; i++) {
            Procedure p = procedures.get(i);
            // one procedure in twelve is chronically slow
            lateBoost[i] = Math.floorMod(mix(settings.seed(), p.code().hashCode()), 12) == 0 ? 0.06 : 0;
            parsedTime[i] = parseTime(p.time());
            parsedOnlineTime[i] = p.onlineTime() == null || p.onlineTime().isBlank() ? parsedTime[i] : parseTime(p.onlineTime());
        }
    }

    /** Units: WORKING_DAYS 0, WORKING_HOURS 1, CALENDAR_DAYS 2, MONTHS 3, SAME_DAY 4 (value = cut-off minute). */
    static int[] parseTime(String text) {
        String[] p = text.trim().split("\\s+");
        if (p.length == 2 && p[0].equalsIgnoreCase("SAME_DAY")) {
            return new int[] {4, WorkCalendar.minuteOf(p[1])};
        }
        if (p.length != 2) {
            throw new IllegalArgumentException("statutory time not understood: " + text);
        }
        int v = Integer.parseInt(p[0]);
        return switch (p[1].toUpperCase(Locale.ROOT)) {
            case "WORKING_DAYS" -> new int[] {0, v};
            case "WORKING_HOURS" -> new int[] {1, v};
            case "CALENDAR_DAYS" -> new int[] {2, v};
            case "MONTHS" -> new int[] {3, v};
            default -> throw new IllegalArgumentException("statutory time not understood: " + text);
        };
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double t = 0;
        for (int i = 0; i < w.length; i++) {
            t += w[i];
            c[i] = t;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= t;
        }
        return c;
    }

    private static int sample(double[] cum, double u) {
        int i = Arrays.binarySearch(cum, u);
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, cum.length - 1);
    }

    static long mix(long seed, long x) {
        long z = seed * 0x9E3779B97F4A7C15L + x * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- volumes ----

    /** Relative receipt volume of a day (see the class comment). */
    double dayWeight(long day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        if (!cal.isWorkingDay(day)) {
            return onlineIdx.length == 0 ? 0 : 0.02;
        }
        double w = switch (d.getMonth()) {
            case JANUARY -> 1.05;
            case FEBRUARY -> 0.9;
            case DECEMBER -> 1.12;
            case OCTOBER, NOVEMBER -> 1.05;
            case JULY, AUGUST -> 0.95;
            default -> 1.0;
        };
        if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
            w *= 1.15;
        } else if (d.getDayOfWeek() == DayOfWeek.FRIDAY) {
            w *= 0.92;
        } else if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            w *= 0.5; // a swapped working Saturday
        }
        // After Tết offices restart slowly (about two weeks); just before it people hurry.
        for (int k = 1; k <= 21; k++) {
            if (cal.isTet(day - k)) {
                int workedSince = 0;
                for (long x = day - k + 1; x <= day; x++) {
                    workedSince += cal.isWorkingDay(x) ? 1 : 0;
                }
                w *= Math.min(1, 0.35 + 0.065 * workedSince);
                break;
            }
        }
        for (int k = 1; k <= 10; k++) {
            if (cal.isTet(day + k)) {
                w *= 1.12;
                break;
            }
        }
        double years = (day - s.from().toEpochDay()) / 365.25;
        return w * (1 + 0.06 * years);
    }

    /** How many dossiers each day of the period receives: largest remainders of the weighted shares of count. */
    long[] dailyCounts() {
        long first = s.from().toEpochDay();
        int n = (int) (s.to().toEpochDay() - first + 1);
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = dayWeight(first + i) * (0.9 + 0.2 * new SplittableRandom(mix(s.seed(), first + i)).nextDouble());
            total += w[i];
        }
        long[] c = new long[n];
        double[] rem = new double[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = s.count() * w[i] / total;
            c[i] = (long) Math.floor(exact);
            rem[i] = exact - c[i];
            assigned += c[i];
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < s.count(); k = (k + 1) % n) {
            c[idx[k]]++;
            assigned++;
        }
        return c;
    }

    /** Share of online dossiers among procedures offered online, on a day. */
    static double onlineShare(LocalDate d) {
        double y = d.getYear() + (d.getDayOfYear() - 1) / 365.0;
        if (d.isBefore(LocalDate.of(2023, 1, 1))) {
            return Math.max(0.05, 0.08 + 0.03 * (y - 2019));
        }
        if (d.isBefore(NATIONAL_PORTAL_DAY)) {
            return 0.20 + (0.45 - 0.20) * (y - 2023) / 2.5;
        }
        return Math.min(0.85, 0.72 + 0.08 * (y - 2025.5));
    }

    // ---- generation ----

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

    private record Arrival(long minute, int index, int procedure, Unit receiving, Unit competent, String channel) { }

    private void generateDay(long day, int n, Consumer<GeneratedDossier> out) {
        SplittableRandom r = new SplittableRandom(mix(s.seed(), day * 31 + 7));
        LocalDate date = LocalDate.ofEpochDay(day);
        boolean working = cal.isWorkingDay(day);
        List<Unit> centres = new ArrayList<>();
        List<Unit> locals = new ArrayList<>();
        List<Unit> all = new ArrayList<>();
        for (Unit u : catalog.units()) {
            if (!u.validOn(date)) {
                continue;
            }
            all.add(u);
            switch (u.kind()) {
                case "SERVICE_CENTRE" -> centres.add(u);
                case "COMMUNE", "WARD", "DISTRICT" -> locals.add(u);
                default -> { }
            }
        }
        if (all.isEmpty()) {
            all = catalog.units();
        }
        if (centres.isEmpty()) {
            for (Unit u : all) {
                if (u.kind().equals("PEOPLES_COMMITTEE") || u.kind().equals("ONE_STOP_DESK")) {
                    centres.add(u);
                }
            }
            if (centres.isEmpty()) {
                centres.add(all.get(0));
            }
        }
        double[] localCum = localWeights(locals);
        double online = onlineShare(date);
        Arrival[] arrivals = new Arrival[n];
        for (int i = 0; i < n; i++) {
            int p;
            String channel;
            long minute;
            if (working) {
                p = sample(cumAll, r.nextDouble());
                Procedure proc = procedures.get(p);
                double share = !proc.online() ? 0 : "FULL".equals(proc.onlineKind()) ? Math.min(0.95, online * 1.15)
                        : online * 0.8;
                channel = r.nextDouble() < share ? "ONLINE" : r.nextDouble() < 0.04 ? "POSTAL" : "IN_PERSON";
                minute = officeTime(r);
            } else {
                p = onlineIdx[sample(cumOnline, r.nextDouble())];
                channel = "ONLINE";
                minute = 6 * 60 + r.nextInt(16 * 60);
            }
            if (!procedures.get(p).inForce(date)) {
                p = inForce(p, date, r, !working);
            }
            Procedure proc = procedures.get(p);
            Unit receiving;
            Unit competent;
            if (proc.commune() && !locals.isEmpty()) {
                receiving = locals.get(sample(localCum, r.nextDouble()));
                competent = receiving;
                // from 1 Jul 2025 a dossier may be received anywhere in the province
                if (!date.isBefore(NATIONAL_PORTAL_DAY) && r.nextDouble() < 0.05) {
                    competent = locals.get(sample(localCum, r.nextDouble()));
                }
            } else {
                receiving = centres.get(r.nextInt(centres.size()));
                competent = unitByPortal(proc.unitRef(), date, receiving);
            }
            arrivals[i] = new Arrival(day * MINUTES_PER_DAY + minute, i, p, receiving, competent, channel);
        }
        Arrays.sort(arrivals, (a, b) -> a.minute != b.minute ? Long.compare(a.minute, b.minute)
                : Integer.compare(a.index, b.index));
        Map<String, Integer> seq = new HashMap<>();
        String yymmdd = String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
        for (Arrival a : arrivals) {
            int k = seq.merge(a.receiving.portalCode(), 1, Integer::sum);
            String code = agency(a.receiving) + "-" + yymmdd + "-" + (k < 10000 ? pad(k, 4) : k);
            out.accept(lifecycle(r, a, code, date));
        }
    }

    /** Another procedure in force on the day, by the same popularity (the catalog's effective dates). */
    private int inForce(int p, LocalDate date, SplittableRandom r, boolean onlineOnly) {
        for (int k = 0; k < 30; k++) {
            int q = onlineOnly ? onlineIdx[sample(cumOnline, r.nextDouble())] : sample(cumAll, r.nextDouble());
            if (procedures.get(q).inForce(date)) {
                return q;
            }
        }
        for (int q = 0; q < procedures.size(); q++) {
            if (procedures.get(q).inForce(date) && (!onlineOnly || procedures.get(q).online())) {
                return q;
            }
        }
        return p;
    }

    private final Map<String, String> agencies = new HashMap<>();

    private String agency(Unit u) {
        return agencies.computeIfAbsent(u.portalCode(), k -> u.agencyCode());
    }

    private double[] localWeights(List<Unit> locals) {
        if (locals.isEmpty()) {
            return new double[0];
        }
        double[] w = new double[locals.size()];
        for (int i = 0; i < w.length; i++) {
            String key = locals.get(i).portalCode();
            w[i] = unitWeight.computeIfAbsent(key, k -> new double[] {
                    0.3 + 1.7 * new SplittableRandom(mix(s.seed(), k.hashCode())).nextDouble()})[0];
        }
        return cumulative(w);
    }

    private Unit unitByPortal(String portal, LocalDate date, Unit fallback) {
        for (Unit u : catalog.units()) {
            if (u.portalCode().equals(portal) && u.validOn(date)) {
                return u;
            }
        }
        return fallback;
    }

    /** A receipt time within office hours, busier in the morning and early in each period. */
    private int officeTime(SplittableRandom r) {
        int periods = cal.periods();
        int p = periods == 1 || r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(periods - 1);
        int len = cal.periodEnd(p) - cal.periodStart(p);
        return cal.periodStart(p) + (int) (len * Math.pow(r.nextDouble(), 1.3));
    }

    private String[] staffOf(String portal) {
        return staff.computeIfAbsent(portal, k -> {
            SplittableRandom r = new SplittableRandom(mix(s.seed(), k.hashCode() * 17L));
            String[] logins = new String[4];
            for (int i = 0; i < 4; i++) {
                logins[i] = VietnameseText.login(VietnameseText.person(r, r.nextBoolean())) + (i + 1);
            }
            return logins;
        });
    }

    // ---- one dossier ----

    private GeneratedDossier lifecycle(SplittableRandom r, Arrival a, String code, LocalDate date) {
        Procedure proc = procedures.get(a.procedure);
        GeneratedDossier g = new GeneratedDossier();
        g.code = code;
        g.procedureCode = proc.code();
        g.channel = a.channel;
        boolean org = proc.individualApplicants() ? r.nextDouble() < 0.05 : r.nextDouble() < 0.8;
        g.applicantKind = org ? "ORGANISATION" : "PERSON";
        boolean female = r.nextBoolean();
        g.applicantName = org ? VietnameseText.organisation(r) : VietnameseText.person(r, female);
        if (org) {
            g.applicantIdNumber = (40 + r.nextInt(60)) + pad(r.nextInt(100_000_000), 8);
        } else {
            int birth = 1945 + r.nextInt(62);
            int cg = (birth >= 2000 ? 2 : 0) + (female ? 1 : 0);
            g.applicantIdNumber = s.idPrefix() + cg + pad(birth % 100, 2) + pad(r.nextInt(1_000_000), 6);
        }
        String place = a.receiving.kind().equals("COMMUNE") || a.receiving.kind().equals("WARD")
                ? stripCommittee(a.receiving.name()) : placeNames[r.nextInt(placeNames.length)];
        g.applicantAddress = VietnameseText.address(r, place, province);
        g.applicantPhone = r.nextDouble() < 0.9
                ? PHONE_PREFIX[r.nextInt(PHONE_PREFIX.length)] + pad(r.nextInt(10_000_000), 7) : null;
        if (r.nextDouble() < 0.25) {
            String local = VietnameseText.login(g.applicantName).replace(".", "");
            g.applicantEmail = local.substring(0, Math.min(14, local.length())) + (r.nextInt(90) + 10) + "@gmail.com";
        }
        g.receivingUnit = a.receiving.portalCode();
        g.competentUnit = a.competent.portalCode();
        String[] desk = staffOf(a.receiving.portalCode());
        String[] office = staffOf(a.competent.portalCode());
        String clerk = desk[r.nextInt(2)];
        String officer = office[2];
        String leader = office[3];
        g.receivedBy = clerk;
        g.receivedAt = a.minute;
        boolean online = a.channel.equals("ONLINE");
        double yearsIn = date.getYear() - 2019 + date.getDayOfYear() / 365.0;
        g.digitised = online || r.nextDouble() < Math.min(0.85, 0.1 + 0.11 * yearsIn);
        g.feeTotal = proc.feeTotal() > 0 && r.nextDouble() < 0.92 ? proc.feeTotal() : 0;
        g.paidOnline = online && g.feeTotal > 0 && r.nextDouble() < 0.7;

        long clockStart = cal.officeMinute(a.minute);
        int[] t = online ? parsedOnlineTime[a.procedure] : parsedTime[a.procedure];
        long due = due(t, a.minute, clockStart);
        g.appointmentAt = due;
        g.dueAt = due;
        long allowed = Math.max(1, cal.officeMinute(due) - clockStart);

        List<Event> ev = g.events;
        if (r.nextDouble() < 0.008) {
            g.appointmentAt = NONE;
            ev.add(new Event(a.minute, clerk, "CLERK", "RECEIVE", 0, 3, VietnameseText.pick(r, VietnameseText.REFUSE_AT_RECEIPT)));
            return finish(g, r);
        }
        ev.add(new Event(a.minute, clerk, "CLERK", "RECEIVE", 0, 2, null));

        // Work in office minutes from the start of the clock; pauses are inserted where they happen.
        boolean late = r.nextDouble() < 0.035 + lateBoost[a.procedure];
        double f = late ? 1.03 + 0.5 * r.nextDouble() : 0.25 + 0.72 * Math.pow(r.nextDouble(), 0.8);
        long worked = Math.max(2, (long) (allowed * f));
        if (late && worked <= allowed) {
            worked = allowed + 1;
        }
        // [work point, kind] of the events along the work line; pauses add office time after their point
        double ending = r.nextDouble();
        boolean withdraw = ending < 0.006;
        boolean refuse = !withdraw && ending < 0.018;
        int supplements = r.nextDouble() < (allowed > 10L * D ? 0.14 : 0.07) ? (r.nextDouble() < 0.2 ? 2 : 1) : 0;
        boolean payment = g.feeTotal > 0 && r.nextDouble() < 0.1;
        long shift = 0;
        long transfer = Math.min(worked / 10 + 1, 30);
        ev.add(new Event(cal.localMinute(clockStart + transfer), clerk, "CLERK", "COMPLETE_STEP", 2, 4, null));
        int status = 4;
        long lastWork = transfer;
        if (withdraw) {
            long w = transfer + 1 + (long) ((worked - transfer) * r.nextDouble() * 0.6);
            ev.add(new Event(cal.localMinute(clockStart + w), clerk, "CLERK", "WITHDRAW", 4, 7,
                    VietnameseText.pick(r, VietnameseText.WITHDRAW)));
            return finish(g, r);
        }
        for (int k = 0; k < supplements; k++) {
            long w = Math.max(lastWork + 1, transfer + (long) ((worked - transfer) * (0.15 + 0.25 * k + 0.1 * r.nextDouble())));
            if (w >= worked) {
                break;
            }
            long pause = (long) D * (1 + r.nextInt(8)) + r.nextInt(D);
            ev.add(new Event(cal.localMinute(clockStart + w + shift), officer, "OFFICER", "REQUEST_SUPPLEMENT", status, 5,
                    VietnameseText.pick(r, k == 0 ? VietnameseText.SUPPLEMENT : VietnameseText.SUPPLEMENT_AGAIN)));
            g.supplements++;
            if (r.nextDouble() < 0.1) {
                ev.add(new Event(cal.localMinute(clockStart + w + shift + pause), leader, "UNIT_LEADER", "STOP", 5, 8,
                        VietnameseText.pick(r, VietnameseText.STOP)));
                return finish(g, r);
            }
            shift += pause;
            ev.add(new Event(cal.localMinute(clockStart + w + shift), clerk, "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null));
            lastWork = w;
        }
        if (payment) {
            long w = Math.max(lastWork + 1, transfer + (long) ((worked - transfer) * (0.75 + 0.15 * r.nextDouble())));
            if (w < worked) {
                long pause = (long) D * (1 + r.nextInt(5)) + r.nextInt(D);
                ev.add(new Event(cal.localMinute(clockStart + w + shift), officer, "OFFICER", "REQUEST_PAYMENT", 4, 6,
                        VietnameseText.pick(r, VietnameseText.PAYMENT)));
                shift += pause;
                ev.add(new Event(cal.localMinute(clockStart + w + shift), clerk, "CLERK", "CONFIRM_PAYMENT", 6, 4, null));
                lastWork = w;
            }
        }
        g.dueAt = cal.localMinute(cal.officeMinute(due) + shift);
        // The apology comes half a day before the (moved) due instant, when the unit sees it will be late.
        if (late && r.nextDouble() < 0.72) {
            long w = Math.max(lastWork + 1, allowed - Math.min(D / 2, allowed / 2));
            if (w < worked) {
                long at = cal.localMinute(clockStart + w + shift);
                long newDate = cal.localMinute(clockStart + worked + shift + (long) D * (1 + r.nextInt(3)));
                String reason = VietnameseText.pick(r, VietnameseText.APOLOGY);
                ev.add(new Event(at, leader, "UNIT_LEADER", "APOLOGISE", 4, 4, reason));
                g.apologyAt = at;
                g.apologyNewDate = newDate;
                g.apologyReason = reason;
            }
        }
        long mid = Math.max(lastWork + 1, (long) (worked * 0.7));
        if (mid < worked && !(g.apologyAt != NONE && cal.officeMinute(g.apologyAt) >= clockStart + mid + shift)) {
            ev.add(new Event(cal.localMinute(clockStart + mid + shift), officer, "OFFICER", "COMPLETE_STEP", 4, 4, null));
        }
        long processed = cal.localMinute(clockStart + worked + shift);
        if (refuse) {
            ev.add(new Event(processed, leader, "UNIT_LEADER", "REFUSE", 4, 9, VietnameseText.pick(r, VietnameseText.REFUSE)));
        } else {
            ev.add(new Event(processed, leader, "UNIT_LEADER", "COMPLETE_STEP", 4, 9, null));
        }
        g.processedAt = processed;
        g.late = late;
        // Results are picked up a little later; online ones mostly returned online.
        long returned = online && r.nextDouble() < 0.75
                ? cal.localMinute(cal.officeMinute(processed) + 5 + r.nextInt(60))
                : cal.localMinute(cal.officeMinute(processed) + (long) (D * 3 * Math.pow(r.nextDouble(), 2)) + 5);
        String method = online && r.nextDouble() < 0.75 ? "ONLINE" : a.channel.equals("POSTAL") ? "POST" : "IN_PERSON";
        ev.add(new Event(returned, clerk, "CLERK", "RETURN_RESULT", 9, 10, method));
        g.returnedAt = returned;
        g.returnMethod = method;
        g.electronicResult = online ? r.nextDouble() < 0.85 : r.nextDouble() < 0.2;
        if (r.nextDouble() < 0.33) {
            int score = score(r, late, g.supplements);
            long ratedAt = returned + (long) r.nextInt(5 * MINUTES_PER_DAY) + 1;
            ratedAt = Math.max(ratedAt, returned + 1);
            String text = null;
            if (r.nextDouble() < 0.45 || score <= 2) {
                text = VietnameseText.pick(r, score >= 4 ? VietnameseText.FEEDBACK_GOOD
                        : score == 3 ? VietnameseText.FEEDBACK_MID : VietnameseText.FEEDBACK_BAD);
            }
            ev.add(new Event(ratedAt, "cong-dan", "APPLICANT", "RATE", 10, 10, text));
            g.satisfaction = score;
            g.feedback = text;
        }
        return finish(g, r);
    }

    static String pad(int v, int width) {
        String t = Integer.toString(v);
        return t.length() >= width ? t : "0".repeat(width - t.length()) + t;
    }

    private static String stripCommittee(String name) {
        return name.startsWith("UBND ") ? name.substring(5) : name;
    }

    private static int score(SplittableRandom r, boolean late, int supplements) {
        double u = r.nextDouble();
        if (late || supplements > 1) {
            return u < 0.25 ? 5 : u < 0.5 ? 4 : u < 0.75 ? 3 : u < 0.9 ? 2 : 1;
        }
        return u < 0.62 ? 5 : u < 0.9 ? 4 : u < 0.96 ? 3 : u < 0.985 ? 2 : 1;
    }

    /** Drops what had not happened by asOf and derives the top-level fields from the remaining events. */
    private GeneratedDossier finish(GeneratedDossier g, SplittableRandom r) {
        List<Event> ev = g.events;
        // events are in time order by construction; keep it so even where two computed instants coincide
        for (int i = 1; i < ev.size(); i++) {
            if (ev.get(i).at() < ev.get(i - 1).at()) {
                Event e = ev.get(i);
                ev.set(i, new Event(ev.get(i - 1).at(), e.actor(), e.role(), e.action(), e.fromStatus(), e.toStatus(),
                        e.reason()));
            }
        }
        int keep = ev.size();
        while (keep > 1 && ev.get(keep - 1).at() > s.asOf()) {
            keep--;
        }
        if (keep < ev.size()) {
            ev.subList(keep, ev.size()).clear();
            if (g.processedAt != NONE && g.processedAt > s.asOf()) {
                g.processedAt = NONE;
                g.late = false;
            }
            if (g.returnedAt != NONE && g.returnedAt > s.asOf()) {
                g.returnedAt = NONE;
                g.returnMethod = null;
                g.electronicResult = null;
                g.satisfaction = 0;
                g.feedback = null;
            }
            if (g.apologyAt != NONE && g.apologyAt > s.asOf()) {
                g.apologyAt = NONE;
                g.apologyNewDate = NONE;
                g.apologyReason = null;
            }
            boolean rated = false;
            for (Event e : ev) {
                rated |= e.action().equals("RATE");
            }
            if (!rated) {
                g.satisfaction = 0;
                g.feedback = null;
            }
        }
        g.status = ev.get(ev.size() - 1).toStatus();
        return g;
    }

    /**
     * The due instant by the conventions of domain.md ("Time counting"), on the national calendar, as the deadline
     * engine computes it: a same-day receipt at the cut-off minute itself is still due that day ("not later than").
     */
    long due(int[] t, long receipt, long clockStart) {
        long startLocal = cal.localMinute(clockStart);
        long startDay = Math.floorDiv(startLocal, MINUTES_PER_DAY);
        int startMinute = (int) (startLocal - startDay * MINUTES_PER_DAY);
        switch (t[0]) {
            case 0:
                return cal.localMinute(clockStart + (long) t[1] * D);
            case 1:
                return cal.localMinute(clockStart + t[1] * 60L);
            case 2: {
                long day = cal.addWorkingDays(startDay + t[1], 0);
                return day * MINUTES_PER_DAY + startMinute;
            }
            case 3: {
                long day = LocalDate.ofEpochDay(startDay).plusMonths(t[1]).toEpochDay();
                return cal.addWorkingDays(day, 0) * MINUTES_PER_DAY + startMinute;
            }
            default: {
                long receiptDay = Math.floorDiv(receipt, MINUTES_PER_DAY);
                int m = (int) (receipt - receiptDay * MINUTES_PER_DAY);
                boolean beforeCutOff = cal.isWorkingDay(receiptDay) && m <= t[1];
                long day = beforeCutOff ? receiptDay : cal.addWorkingDays(startDay, startDay == receiptDay ? 1 : 0);
                return cal.closingOf(day);
            }
        }
    }

    public WorkCalendar calendar() {
        return cal;
    }
}
