package vn.motcua.infra.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.NationalCalendarLoader;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossierimport.domain.ImportCatalog;
import vn.motcua.dossierimport.domain.ImportedClock;
import vn.motcua.dossierimport.domain.ImportedDossier;

/**
 * The generator's clock is the server's: for a generated year that straddles 1 Jul 2025, the import path's clock
 * ({@link ImportedClock#compute}, on the national calendar built here straight from the kernel) gives every dossier
 * the appointment, the due instant and the late flag the generator wrote.
 */
class GeneratorAgreementTest {

    /** The test catalog's statutory times, written out by hand. */
    private static final Map<String, StatutoryTime> TIMES = Map.of(
            "SAME_DAY 15:00", StatutoryTime.sameDay(LocalTime.of(15, 0)),
            "2 WORKING_DAYS", StatutoryTime.workingDays(2),
            "3 WORKING_DAYS", StatutoryTime.workingDays(3),
            "5 WORKING_DAYS", StatutoryTime.workingDays(5),
            "10 WORKING_DAYS", StatutoryTime.workingDays(10),
            "15 WORKING_DAYS", StatutoryTime.workingDays(15),
            "20 WORKING_DAYS", StatutoryTime.workingDays(20),
            "30 WORKING_DAYS", StatutoryTime.workingDays(30),
            "30 CALENDAR_DAYS", StatutoryTime.calendarDays(30),
            "1 MONTHS", StatutoryTime.months(1));

    private static StatutoryTime time(String text) {
        return text.equals("8 WORKING_HOURS") ? StatutoryTime.workingHours(8) : TIMES.get(text);
    }

    private final GeneratedDossier.TimeText text = new GeneratedDossier.TimeText();

    private OffsetDateTime instant(long localMinute) {
        return localMinute == GeneratedDossier.NONE ? null : OffsetDateTime.parse(text.format(localMinute));
    }

    @Test
    void everyGeneratedDossierHasTheImportsAppointmentDueInstantAndLateFlag() {
        TenantCatalog catalog = TestCatalogs.province();
        Map<String, ImportCatalog.Entry> versions = new HashMap<>();
        long id = 1;
        for (TenantCatalog.Procedure p : catalog.procedures()) {
            StatutoryTime online = p.onlineTime().isBlank() ? null : time(p.onlineTime());
            versions.put(p.code(), new ImportCatalog.Entry(id++, p.code(), p.name(), LocalDate.of(2019, 1, 1), null,
                    time(p.time()), online));
        }
        WorkingCalendar calendar = WorkingCalendar.builder().years(2025, 2027)
                .national(NationalCalendarLoader.load(2025, 2027)).build();
        DeadlineCalculator engine = new DeadlineCalculator(calendar);

        List<GeneratedDossier> all = new ArrayList<>();
        new DossierGenerator(DossierGenerator.Settings.of(2025, 8_000, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)), catalog).generate(all::add);
        assertEquals(8_000, all.size());

        int late = 0;
        int paused = 0;
        int paperAfterThree = 0;
        int acrossTheCutOver = 0;
        Map<StatutoryUnit, Integer> units = new HashMap<>();
        for (GeneratedDossier g : all) {
            ImportCatalog.Entry version = versions.get(g.procedureCode());
            ImportedClock clock = ImportedClock.compute(imported(g, version), engine);
            if (g.appointmentAt() == GeneratedDossier.NONE) {
                assertNull(clock.appointmentAt(), g.code());
                continue;
            }
            assertNotNull(clock.appointmentAt(), g.code());
            assertFalse(clock.sourceDisagrees(), g.code());
            assertTrue(clock.appointmentAt().isEqual(instant(g.appointmentAt())), g.code() + " appointment");
            assertTrue(clock.dueAt().isEqual(instant(g.dueAt)), g.code() + " due " + clock.dueAt());
            if (g.processedAt() != GeneratedDossier.NONE) {
                assertEquals(clock.late(), g.late(), g.code() + " late");
                late += g.late() ? 1 : 0;
            }
            paused += g.dueAt != g.appointmentAt() ? 1 : 0;
            int minute = (int) Math.floorMod(g.receivedAt(), 1440);
            paperAfterThree += !g.channel().equals("ONLINE") && minute >= 15 * 60 ? 1 : 0;
            acrossTheCutOver += g.receivedDay().isBefore(LocalDate.of(2025, 7, 1)) ? 0 : 1;
            units.merge(version.timeFor(g.channel().equals("ONLINE")).unit(), 1, Integer::sum);
        }
        assertTrue(late > 50, "late dossiers: " + late);
        assertTrue(paused > 200, "dossiers whose due moved with a pause: " + paused);
        assertTrue(paperAfterThree > 300, "paper received after 15:00: " + paperAfterThree);
        assertTrue(acrossTheCutOver > 2_000 && acrossTheCutOver < 6_000, "after 1 Jul 2025: " + acrossTheCutOver);
        for (StatutoryUnit u : StatutoryUnit.values()) {
            assertTrue(units.getOrDefault(u, 0) > 50, u + ": " + units.get(u));
        }
    }

    private ImportedDossier imported(GeneratedDossier g, ImportCatalog.Entry version) {
        List<ImportedDossier.Event> events = new ArrayList<>();
        for (GeneratedDossier.Event e : g.events()) {
            events.add(new ImportedDossier.Event(instant(e.at()), e.actor(), e.role(), Action.valueOf(e.action()),
                    e.fromStatus() > 0 ? e.fromStatus() : null, e.toStatus(), e.reason()));
        }
        return new ImportedDossier(1, g.code(), version, Channel.valueOf(g.channel()),
                ApplicantKind.valueOf(g.applicantKind), g.applicantName(), g.applicantIdNumber, g.applicantAddress,
                g.applicantPhone, g.applicantEmail, g.receivingUnit(), g.competentUnit(), g.receivedBy,
                instant(g.receivedAt()), instant(g.appointmentAt()), DossierStatus.of(g.status()),
                instant(g.processedAt()), instant(g.returnedAt()),
                g.returnMethod == null ? null : ReturnMethod.valueOf(g.returnMethod), g.electronicResult, g.digitised,
                g.feeTotal(), g.paidOnline, instant(g.apologyAt()), instant(g.apologyNewDate), g.apologyReason,
                g.satisfaction() > 0 ? g.satisfaction() : null, g.feedback(), events);
    }
}
