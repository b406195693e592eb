package vn.motcua.infra.generator;

import static vn.motcua.infra.generator.DossierGenerator.mix;
import static vn.motcua.infra.generator.DossierGenerator.pad;
import static vn.motcua.infra.generator.GeneratedDossier.NONE;
import static vn.motcua.infra.generator.OfficeLine.MINUTES_PER_DAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.infra.generator.ArrivalModel.Arrival;
import vn.motcua.infra.generator.GeneratedDossier.Event;
import vn.motcua.infra.generator.TenantCatalog.Procedure;

/**
 * One dossier from its arrival to its end (see {@link DossierGenerator}'s class comment for the rates): the applicant,
 * then the work laid along the office line — hand-over, pauses, apology, processing, return and rating. The clock's
 * instants (start, appointment, hand-over of paper, moved due, lateness) come from the kernel
 * ({@link GeneratorClock}); the simulation only decides how much office time the work takes.
 */
final class Lifecycle {

    private static final String[] PHONE_PREFIX = {"090", "091", "093", "094", "096", "097", "098", "086", "032", "033",
            "034", "035", "036", "037", "038", "039", "081", "082", "083", "084", "085", "070", "076", "077", "078"};

    private final DossierGenerator.Settings s;
    private final OfficeLine line;
    private final GeneratorClock clock;
    private final AsOfCut cut;
    private final List<Procedure> procedures;
    private final StatutoryTime[] time;
    private final StatutoryTime[] onlineTime;
    private final double[] lateBoost;
    private final String province;
    private final String[] placeNames;
    private final Map<String, String[]> staff = new HashMap<>();
    private final int day;

    /** The desk clerk, the processing officer and the unit leader of one dossier. */
    private record Staff(String clerk, String officer, String leader) { }

    Lifecycle(DossierGenerator.Settings s, TenantCatalog catalog, OfficeLine line, GeneratorClock clock) {
        this.s = s;
        this.line = line;
        this.clock = clock;
        this.cut = new AsOfCut(s.asOf(), clock);
        this.procedures = catalog.procedures();
        this.province = catalog.provinceName();
        String[] places = catalog.units().stream()
                .filter(u -> u.kind().equals("COMMUNE") || u.kind().equals("WARD") || u.kind().equals("DISTRICT"))
                .map(u -> stripCommittee(u.name())).toArray(String[]::new);
        this.placeNames = places.length > 0 ? places
                : new String[] {"thành phố " + province.replaceFirst("^(tỉnh|thành phố) ", "")};
        int n = procedures.size();
        time = new StatutoryTime[n];
        onlineTime = new StatutoryTime[n];
        lateBoost = new double[n];
        for (int i = 0; i < n; i++) {
            Procedure p = procedures.get(i);
            // one procedure in twelve is chronically slow
            lateBoost[i] = Math.floorMod(mix(s.seed(), p.code().hashCode()), 12) == 0 ? 0.06 : 0;
            time[i] = GeneratorClock.parse(p.time());
            onlineTime[i] = p.onlineTime() == null || p.onlineTime().isBlank() ? time[i]
                    : GeneratorClock.parse(p.onlineTime());
        }
        this.day = line.officeMinutesPerDay();
    }

    GeneratedDossier dossier(SplittableRandom r, Arrival a, String code, LocalDate date) {
        Procedure proc = procedures.get(a.procedure());
        GeneratedDossier g = new GeneratedDossier();
        g.code = code;
        g.procedureCode = proc.code();
        g.channel = a.channel();
        applicant(g, r, a, proc);
        g.receivingUnit = a.receiving().portalCode();
        g.competentUnit = a.competent().portalCode();
        String[] desk = staffOf(a.receiving().portalCode());
        String[] office = staffOf(a.competent().portalCode());
        Staff staff = new Staff(desk[r.nextInt(2)], office[2], office[3]);
        g.receivedBy = staff.clerk();
        g.receivedAt = a.minute();
        boolean online = a.channel().equals("ONLINE");
        double yearsIn = date.getYear() - 2019 + date.getDayOfYear() / 365.0;
        g.digitised = online || r.nextDouble() < Math.min(0.85, 0.1 + 0.11 * yearsIn);
        g.feeTotal = proc.feeTotal() > 0 && r.nextDouble() < 0.92 ? proc.feeTotal() : 0;
        g.paidOnline = online && g.feeTotal > 0 && r.nextDouble() < 0.7;

        GeneratorClock.Started start = clock.start(a.minute(),
                online ? onlineTime[a.procedure()] : time[a.procedure()]);
        g.appointmentAt = start.due();
        g.dueAt = start.due();
        if (r.nextDouble() < 0.008) {
            g.appointmentAt = NONE;
            g.dueAt = NONE;
            g.events.add(new Event(a.minute(), staff.clerk(), "CLERK", "RECEIVE", 0, 3,
                    VietnameseText.pick(r, VietnameseText.REFUSE_AT_RECEIPT)));
            return cut.finish(g);
        }
        g.events.add(new Event(a.minute(), staff.clerk(), "CLERK", "RECEIVE", 0, 2, null));
        work(g, r, a, start, staff);
        return cut.finish(g);
    }

    private void applicant(GeneratedDossier g, SplittableRandom r, Arrival a, Procedure proc) {
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
        String place = a.receiving().kind().equals("COMMUNE") || a.receiving().kind().equals("WARD")
                ? stripCommittee(a.receiving().name()) : placeNames[r.nextInt(placeNames.length)];
        g.applicantAddress = VietnameseText.address(r, place, province);
        g.applicantPhone = r.nextDouble() < 0.9
                ? PHONE_PREFIX[r.nextInt(PHONE_PREFIX.length)] + pad(r.nextInt(10_000_000), 7) : null;
        if (r.nextDouble() < 0.25) {
            String local = VietnameseText.login(g.applicantName).replace(".", "");
            g.applicantEmail = local.substring(0, Math.min(14, local.length())) + (r.nextInt(90) + 10) + "@gmail.com";
        }
    }

    /** Where the work stands along the office line: offsets from the clock's start, and the pauses so far. */
    private static final class Work {
        long clockStart;
        long worked;
        long transfer;
        long lastWork;
        long shift;

        long at(long offset) {
            return clockStart + offset + shift;
        }
    }

    /** The dossier's work after acceptance, in office minutes from the start of the clock. */
    private void work(GeneratedDossier g, SplittableRandom r, Arrival a, GeneratorClock.Started start, Staff st) {
        Work w = new Work();
        w.clockStart = line.officeMinute(start.clockStart());
        long allowed = Math.max(1, line.officeMinute(start.due()) - w.clockStart);
        boolean late = r.nextDouble() < 0.035 + lateBoost[a.procedure()];
        double f = late ? 1.03 + 0.5 * r.nextDouble() : 0.25 + 0.72 * Math.pow(r.nextDouble(), 0.8);
        w.worked = Math.max(2, (long) (allowed * f));
        if (late && w.worked <= allowed) {
            w.worked = allowed + 1;
        }
        double ending = r.nextDouble();
        boolean withdraw = ending < 0.006;
        boolean refuse = !withdraw && ending < 0.018;
        int supplements = r.nextDouble() < (allowed > 10L * day ? 0.14 : 0.07) ? (r.nextDouble() < 0.2 ? 2 : 1) : 0;
        boolean payment = g.feeTotal > 0 && r.nextDouble() < 0.1;
        // The clerk transfers the dossier to the processing unit: paper accepted after the cut-off not before the
        // next opening (the kernel's hand-over).
        w.transfer = Math.min(w.worked / 10 + 1, 30);
        if (!a.channel().equals("ONLINE")) {
            long handOver = line.officeMinute(clock.handOver(a.minute(), true)) - w.clockStart;
            w.transfer = Math.max(w.transfer, handOver);
            w.worked = Math.max(w.worked, w.transfer + 1);
        }
        List<Event> ev = g.events;
        ev.add(new Event(line.localMinute(w.at(w.transfer)), st.clerk(), "CLERK", "COMPLETE_STEP", 2, 4, null));
        w.lastWork = w.transfer;
        if (withdraw) {
            long at = w.transfer + 1 + (long) ((w.worked - w.transfer) * r.nextDouble() * 0.6);
            ev.add(new Event(line.localMinute(w.at(at)), st.clerk(), "CLERK", "WITHDRAW", 4, 7,
                    VietnameseText.pick(r, VietnameseText.WITHDRAW)));
            return;
        }
        if (!pauses(g, r, w, supplements, payment, st)) {
            return;
        }
        long processed = line.localMinute(w.at(w.worked));
        boolean lateByClock = clock.late(clock.dueAfterPauses(start.due(), ev), processed);
        apologyAndSteps(g, r, w, allowed, lateByClock, st);
        ev.add(new Event(processed, st.leader(), "UNIT_LEADER", refuse ? "REFUSE" : "COMPLETE_STEP", 4, 9,
                refuse ? VietnameseText.pick(r, VietnameseText.REFUSE) : null));
        g.processedAt = processed;
        returnAndRate(g, r, a, processed, lateByClock, st);
    }

    /** Supplement requests and the fee payment; false when the applicant never came back (stopped). */
    private boolean pauses(GeneratedDossier g, SplittableRandom r, Work w, int supplements, boolean payment, Staff st) {
        List<Event> ev = g.events;
        for (int k = 0; k < supplements; k++) {
            long at = Math.max(w.lastWork + 1,
                    w.transfer + (long) ((w.worked - w.transfer) * (0.15 + 0.25 * k + 0.1 * r.nextDouble())));
            if (at >= w.worked) {
                break;
            }
            long pause = (long) day * (1 + r.nextInt(8)) + r.nextInt(day);
            ev.add(new Event(line.localMinute(w.at(at)), st.officer(), "OFFICER", "REQUEST_SUPPLEMENT", 4, 5,
                    VietnameseText.pick(r, k == 0 ? VietnameseText.SUPPLEMENT : VietnameseText.SUPPLEMENT_AGAIN)));
            g.supplements++;
            if (r.nextDouble() < 0.1) {
                ev.add(new Event(line.localMinute(w.at(at) + pause), st.leader(), "UNIT_LEADER", "STOP", 5, 8,
                        VietnameseText.pick(r, VietnameseText.STOP)));
                return false;
            }
            w.shift += pause;
            ev.add(new Event(line.localMinute(w.at(at)), st.clerk(), "CLERK", "RECEIVE_SUPPLEMENT", 5, 4, null));
            w.lastWork = at;
        }
        if (payment) {
            long at = Math.max(w.lastWork + 1,
                    w.transfer + (long) ((w.worked - w.transfer) * (0.75 + 0.15 * r.nextDouble())));
            if (at < w.worked) {
                long pause = (long) day * (1 + r.nextInt(5)) + r.nextInt(day);
                ev.add(new Event(line.localMinute(w.at(at)), st.officer(), "OFFICER", "REQUEST_PAYMENT", 4, 6,
                        VietnameseText.pick(r, VietnameseText.PAYMENT)));
                w.shift += pause;
                ev.add(new Event(line.localMinute(w.at(at)), st.clerk(), "CLERK", "CONFIRM_PAYMENT", 6, 4, null));
                w.lastWork = at;
            }
        }
        return true;
    }

    /** The apology half a day before the (moved) due instant when the dossier will be late; the officer's step. */
    private void apologyAndSteps(GeneratedDossier g, SplittableRandom r, Work w, long allowed, boolean late, Staff st) {
        List<Event> ev = g.events;
        if (late && r.nextDouble() < 0.72) {
            long at = Math.max(w.lastWork + 1, allowed - Math.min(day / 2, allowed / 2));
            if (at < w.worked) {
                long when = line.localMinute(w.at(at));
                long newDate = line.localMinute(w.at(w.worked) + (long) day * (1 + r.nextInt(3)));
                String reason = VietnameseText.pick(r, VietnameseText.APOLOGY);
                ev.add(new Event(when, st.leader(), "UNIT_LEADER", "APOLOGISE", 4, 4, reason));
                g.apologyAt = when;
                g.apologyNewDate = newDate;
                g.apologyReason = reason;
            }
        }
        long mid = Math.max(w.lastWork + 1, (long) (w.worked * 0.7));
        if (mid < w.worked && !(g.apologyAt != NONE && line.officeMinute(g.apologyAt) >= w.at(mid))) {
            ev.add(new Event(line.localMinute(w.at(mid)), st.officer(), "OFFICER", "COMPLETE_STEP", 4, 4, null));
        }
    }

    /** Results are picked up a little later, online ones mostly returned online; a third are rated. */
    private void returnAndRate(GeneratedDossier g, SplittableRandom r, Arrival a, long processed, boolean late,
                               Staff st) {
        boolean online = a.channel().equals("ONLINE");
        long returned = online && r.nextDouble() < 0.75
                ? line.localMinute(line.officeMinute(processed) + 5 + r.nextInt(60))
                : line.localMinute(line.officeMinute(processed) + (long) (day * 3 * Math.pow(r.nextDouble(), 2)) + 5);
        String method = online && r.nextDouble() < 0.75 ? "ONLINE" : a.channel().equals("POSTAL") ? "POST" : "IN_PERSON";
        g.events.add(new Event(returned, st.clerk(), "CLERK", "RETURN_RESULT", 9, 10, method));
        g.returnedAt = returned;
        g.returnMethod = method;
        g.electronicResult = online ? r.nextDouble() < 0.85 : r.nextDouble() < 0.2;
        if (r.nextDouble() < 0.33) {
            int score = score(r, late, g.supplements);
            long ratedAt = returned + (long) r.nextInt(5 * MINUTES_PER_DAY) + 1;
            String text = null;
            if (r.nextDouble() < 0.45 || score <= 2) {
                text = VietnameseText.pick(r, score >= 4 ? VietnameseText.FEEDBACK_GOOD
                        : score == 3 ? VietnameseText.FEEDBACK_MID : VietnameseText.FEEDBACK_BAD);
            }
            g.events.add(new Event(ratedAt, "cong-dan", "APPLICANT", "RATE", 10, 10, text));
            g.satisfaction = score;
            g.feedback = text;
        }
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

    static String stripCommittee(String name) {
        return name.startsWith("UBND ") ? name.substring(5) : name;
    }

    private static int score(SplittableRandom r, boolean late, int supplements) {
        double u = r.nextDouble();
        if (late || supplements > 1) {
            return u < 0.25 ? 5 : u < 0.5 ? 4 : u < 0.75 ? 3 : u < 0.9 ? 2 : 1;
        }
        return u < 0.62 ? 5 : u < 0.9 ? 4 : u < 0.96 ? 3 : u < 0.985 ? 2 : 1;
    }
}
