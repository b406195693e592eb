package vn.motcua.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.TestCalendars;
import vn.motcua.dossierimport.domain.ImportCatalog;
import vn.motcua.dossierimport.domain.ImportedClock;
import vn.motcua.dossierimport.domain.ImportedDossier;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Lateness;
import vn.motcua.dossier.domain.Receipt;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.identity.domain.Role;

/**
 * The live dossier and the importer agree: the same history driven through {@link Dossier}'s transitions and read
 * back by {@link ImportedClock} gives the same clock start, appointment, due instant, pauses, lateness and step
 * attribution, for every kind of statutory time and every ending (processed, refused, withdrawn, stopped while
 * waiting for the applicant).
 */
class ClockAgreementPropertiesTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(TestCalendars.NATIONAL);
    static final Actor CLERK = new Actor("clerk", Set.of(Role.CLERK), "H21.30");
    static final Actor LEADER = new Actor("leader", Set.of(Role.PROVINCE_LEADER), "H21");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-30T00:00:00+07:00");

    @Property(tries = 500)
    void liveAndImportAgree(@ForAll @IntRange(min = 0, max = 5 * 365 + 300) int day, @ForAll @IntRange(max = 1439) int minute,
                            @ForAll boolean paper, @ForAll @IntRange(min = 1, max = 10) int days,
                            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 40) Integer> shares,
                            @ForAll @IntRange(max = 4) int unit, @ForAll boolean stopAtAPause,
                            @ForAll @Size(max = 12) List<@IntRange(max = 6) Integer> ops,
                            @ForAll @Size(12) List<@IntRange(min = 1, max = 4000) Integer> gaps) {
        OffsetDateTime at = LocalDate.of(2020, 1, 1).plusDays(day).atStartOfDay().plusMinutes(minute)
                .atOffset(java.time.ZoneOffset.ofHours(7));
        List<ProcessStep> process = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            // A share of 0 is a fixed budget of a few hours.
            process.add(new ProcessStep("B" + i, shares.get(i), shares.get(i) == 0 ? i + 1 : 0, "H21.05", "OFFICER"));
        }
        StatutoryTime time = switch (unit) {
            case 0 -> StatutoryTime.workingDays(days);
            case 1 -> StatutoryTime.workingHours(4 * days);
            case 2 -> StatutoryTime.calendarDays(days);
            case 3 -> StatutoryTime.months(1 + days % 3);
            default -> StatutoryTime.sameDay(days % 2 == 0 ? java.time.LocalTime.of(10, 0) : java.time.LocalTime.of(15, 0));
        };
        Channel channel = paper ? Channel.IN_PERSON : Channel.ONLINE;
        Receipt r = new Receipt("C1", "ABCD2345", channel, 1L, "1.1", "T", time, process, ApplicantKind.PERSON, "N",
                null, null, null, null, "H21.30", "H21.05", "clerk", "H21.30", at, Receipt.Outcome.ACCEPTED, null,
                "", "", 0, false, false);
        Dossier d = Dossier.receive(r, CALC, (u, role) -> null);
        List<ImportedDossier.Event> events = new ArrayList<>();
        events.add(new ImportedDossier.Event(at, "clerk", "CLERK", Action.RECEIVE, null, 2, null));
        OffsetDateTime t = at;
        for (int i = 0; i < ops.size() && d.status().open() && d.status() != DossierStatus.PROCESSED; i++) {
            t = t.plusMinutes(gaps.get(i));
            Transition tr = switch (ops.get(i)) {
                case 0, 1 -> d.completeStep(t, LEADER, CALC, null);
                case 2 -> d.requestSupplement(t, LEADER, "x");
                case 3 -> d.requestPayment(t, LEADER, "x");
                case 4 -> d.addStep(t, LEADER, CALC, vn.motcua.dossier.domain.StepKind.TRANSFER, null, "H21.05",
                        null, 0, "x");
                case 5 -> d.refuse(t, LEADER, CALC, "x");
                default -> d.withdraw(t, CLERK, "x");
            };
            events.add(new ImportedDossier.Event(t, "leader", "PROVINCE_LEADER", tr.action(), tr.from().code(),
                    tr.to().code(), tr.reason()));
            if (tr.action() == Action.REQUEST_SUPPLEMENT || tr.action() == Action.REQUEST_PAYMENT) {
                t = t.plusMinutes(gaps.get(11 - i % 6));
                if (stopAtAPause) {
                    // the applicant never comes back: processing stops while the clock is stopped
                    Transition stop = d.stop(t, LEADER, "x");
                    events.add(new ImportedDossier.Event(t, "leader", "PROVINCE_LEADER", stop.action(),
                            stop.from().code(), stop.to().code(), stop.reason()));
                    break;
                }
                Transition back = tr.action() == Action.REQUEST_SUPPLEMENT ? d.receiveSupplement(t, CLERK, CALC, null)
                        : d.confirmPayment(t, CLERK, CALC, null);
                events.add(new ImportedDossier.Event(t, "clerk", "CLERK", back.action(), back.from().code(),
                        back.to().code(), null));
            }
        }
        ImportCatalog.Entry entry = new ImportCatalog.Entry(1, "1.1", "T", LocalDate.of(2019, 1, 1), null, time, null);
        ImportedDossier imported = new ImportedDossier(2, "C1", entry, channel, ApplicantKind.PERSON, "N", null, null,
                null, null, "H21.30", "H21.05", "clerk", at, null, d.status(), d.getProcessedAt(), null, null, null,
                false, 0, false, null, null, null, null, null, events);
        Statistics.label("ending").collect(d.status());
        Statistics.label("ending").coverage(cov -> {
            for (DossierStatus e : List.of(DossierStatus.PROCESSED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED)) {
                cov.check(e).count(n -> n > 0);
            }
        });
        Statistics.label("late").collect(Boolean.TRUE.equals(d.getLate()));
        Statistics.label("late").coverage(cov -> cov.check(true).count(n -> n > 0));
        ImportedClock c = ImportedClock.compute(imported, CALC);
        assertEquals(d.getClockStartAt(), c.clockStartAt());
        assertEquals(d.getAppointmentAt(), c.appointmentAt());
        assertEquals(d.getDueAt(), c.dueAt());
        assertEquals(d.getPausedNanos(), c.pausedNanos());
        assertEquals(d.getLate(), c.late());
        assertEquals(d.getLateNanos(), c.lateNanos());
        assertEquals(d.getClosedAt(), c.closedAt());
        assertEquals(d.getOverdueFrom(), c.overdueFrom());
        assertEquals(d.getTimeliness(), c.timeliness());
        List<vn.motcua.dossier.domain.Step> steps = ImportedClock.steps(imported, process, CALC);
        assertEquals(numbers(d.lateness(CALC, NOW)),
                numbers(Lateness.attribute(steps, c.lateNanos() == null ? 0 : c.lateNanos(),
                        new vn.motcua.deadline.domain.DossierClock(CALC), NOW)));
    }

    static List<List<Object>> numbers(List<Lateness.StepOverrun> over) {
        return over.stream().map(o -> List.<Object>of(o.index(), o.step(), o.workedNanos(), o.budgetNanos(),
                o.overrunNanos(), o.attributedNanos())).toList();
    }
}
