package vn.motcua.infra.generator;

import static vn.motcua.infra.generator.DossierGenerator.mix;
import static vn.motcua.infra.generator.OfficeLine.MINUTES_PER_DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.motcua.infra.generator.TenantCatalog.Procedure;
import vn.motcua.infra.generator.TenantCatalog.Unit;

/**
 * Which dossiers arrive when: the volume of each day, the procedure (popularity, versions in force that day), the
 * channel, the receipt time and the receiving and competent units (see {@link DossierGenerator}'s class comment).
 */
final class ArrivalModel {

    /** One arrival of a day; {@code minute} is a local minute. */
    record Arrival(long minute, int index, int procedure, Unit receiving, Unit competent, String channel) { }

    private final DossierGenerator.Settings s;
    private final TenantCatalog catalog;
    private final OfficeLine line;
    private final List<Procedure> procedures;
    private final double[] cumAll;
    private final double[] cumOnline;
    private final int[] onlineIdx;
    private final Map<String, double[]> unitWeight = new HashMap<>();

    ArrivalModel(DossierGenerator.Settings s, TenantCatalog catalog, OfficeLine line, double[] popularity) {
        this.s = s;
        this.catalog = catalog;
        this.line = line;
        this.procedures = catalog.procedures();
        cumAll = cumulative(popularity);
        onlineIdx = java.util.stream.IntStream.range(0, procedures.size()).filter(i -> procedures.get(i).online()).toArray();
        double[] wo = new double[onlineIdx.length];
        for (int k = 0; k < onlineIdx.length; k++) {
            wo[k] = popularity[onlineIdx[k]];
        }
        cumOnline = onlineIdx.length == 0 ? new double[0] : cumulative(wo);
    }

    static double[] cumulative(double[] w) {
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

    static int sample(double[] cum, double u) {
        int i = Arrays.binarySearch(cum, u);
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, cum.length - 1);
    }

    // ---- volumes ----

    /** Relative receipt volume of a day (see the class comment of DossierGenerator). */
    double dayWeight(long day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        boolean working = line.isWorkingDay(day);
        if (!anyInForce(d, !working)) {
            return 0; // no procedure (offered online, on a day off) has a version in force that day
        }
        if (!working) {
            return 0.02;
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
            if (line.isTet(day - k)) {
                int workedSince = 0;
                for (long x = day - k + 1; x <= day; x++) {
                    workedSince += line.isWorkingDay(x) ? 1 : 0;
                }
                w *= Math.min(1, 0.35 + 0.065 * workedSince);
                break;
            }
        }
        for (int k = 1; k <= 10; k++) {
            if (line.isTet(day + k)) {
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
        if (d.isBefore(DossierGenerator.NATIONAL_PORTAL_DAY)) {
            return 0.20 + (0.45 - 0.20) * (y - 2023) / 2.5;
        }
        return Math.min(0.85, 0.72 + 0.08 * (y - 2025.5));
    }

    /** Whether any procedure has a version in force on the day (else the day receives nothing). */
    boolean anyInForce(LocalDate d, boolean onlineOnly) {
        for (Procedure p : procedures) {
            if (p.inForce(d) && (!onlineOnly || p.online())) {
                return true;
            }
        }
        return false;
    }

    // ---- one day ----

    /** The day's arrivals in order of receipt (ties in order of drawing). */
    Arrival[] arrivals(long day, int n, SplittableRandom r) {
        LocalDate date = LocalDate.ofEpochDay(day);
        boolean working = line.isWorkingDay(day);
        Places places = places(date);
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
                if (channel.equals("ONLINE") && !procedures.get(p).online()) {
                    channel = "IN_PERSON";
                }
            }
            arrivals[i] = units(r, day * MINUTES_PER_DAY + minute, i, p, channel, date, places);
        }
        Arrays.sort(arrivals, (a, b) -> a.minute() != b.minute() ? Long.compare(a.minute(), b.minute())
                : Integer.compare(a.index(), b.index()));
        return arrivals;
    }

    private record Places(List<Unit> centres, List<Unit> locals, double[] localCum) { }

    private Places places(LocalDate date) {
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
        return new Places(centres, locals, localWeights(locals));
    }

    private Arrival units(SplittableRandom r, long minute, int i, int p, String channel, LocalDate date, Places pl) {
        Procedure proc = procedures.get(p);
        Unit receiving;
        Unit competent;
        if (proc.commune() && !pl.locals().isEmpty()) {
            receiving = pl.locals().get(sample(pl.localCum(), r.nextDouble()));
            competent = receiving;
            // from 1 Jul 2025 a dossier may be received anywhere in the province
            if (!date.isBefore(DossierGenerator.NATIONAL_PORTAL_DAY) && r.nextDouble() < 0.05) {
                competent = pl.locals().get(sample(pl.localCum(), r.nextDouble()));
            }
        } else {
            receiving = pl.centres().get(r.nextInt(pl.centres().size()));
            competent = unitByPortal(proc.unitRef(), date, receiving);
        }
        return new Arrival(minute, i, p, receiving, competent, channel);
    }

    /** Another procedure with a version in force on the day, by the same popularity. */
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
        throw new IllegalStateException("no procedure in force on " + date);
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
        int periods = line.periods();
        int p = periods == 1 || r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(periods - 1);
        int len = line.periodEnd(p) - line.periodStart(p);
        return line.periodStart(p) + (int) (len * Math.pow(r.nextDouble(), 1.3));
    }
}
