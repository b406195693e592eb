package vn.motcua.dossierimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.deadline.domain.TestCalendars;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PauseKind;

/**
 * Deadlines of imported dossiers on the national calendar (office hours 07:30–11:30, 13:30–17:00: 7.5 hours a day),
 * every expected instant worked out by hand.
 */
class ImportedClockTest {

    static final DeadlineCalculator CALC = new DeadlineCalculator(TestCalendars.NATIONAL);
    static final long HOUR = 3_600_000_000_000L;
    static final ImportCatalog.Entry TEN_DAYS = new ImportCatalog.Entry(7, "1.000046", "Thủ tục thử",
            LocalDate.of(2019, 1, 1), null, new StatutoryTime(10, StatutoryUnit.WORKING_DAYS, null),
            new StatutoryTime(5, StatutoryUnit.WORKING_DAYS, null));

    static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s);
    }

    static ImportedDossier.Event ev(String at, Action a, Integer from, int to) {
        return new ImportedDossier.Event(t(at), "can.bo", "OFFICER", a, from, to, a.name().toLowerCase());
    }

    static ImportedDossier dossier(Channel channel, String receivedAt, DossierStatus status, String processedAt,
                                   String sourceAppointment, List<ImportedDossier.Event> events) {
        return new ImportedDossier(2, "000.00.30.H21-240304-0001", TEN_DAYS, channel, ApplicantKind.PERSON,
                "Nguyễn Thị Hồng Nhung", null, null, null, null, "H21.30", "H21.05", "clerk", t(receivedAt),
                sourceAppointment == null ? null : t(sourceAppointment), status,
                processedAt == null ? null : t(processedAt), null, null, null, false, 0, false, null, null, null, null,
                null, events);
    }

    /** Received Mon 04/03/2024 09:00; a supplement pause of two working days and a payment pause of 1.5 hours. */
    static List<ImportedDossier.Event> pausedTwice(String processedAt) {
        List<ImportedDossier.Event> e = new ArrayList<>();
        e.add(ev("2024-03-04T09:00:00+07:00", Action.RECEIVE, null, 2));
        e.add(ev("2024-03-05T08:00:00+07:00", Action.COMPLETE_STEP, 2, 4));
        e.add(ev("2024-03-06T10:00:00+07:00", Action.REQUEST_SUPPLEMENT, 4, 5));
        e.add(ev("2024-03-08T10:00:00+07:00", Action.RECEIVE_SUPPLEMENT, 5, 4));
        // Monday 16:00 → Tuesday 08:00: 1 hour before closing + 30 minutes after opening
        e.add(ev("2024-03-11T16:00:00+07:00", Action.REQUEST_PAYMENT, 4, 6));
        e.add(ev("2024-03-12T08:00:00+07:00", Action.CONFIRM_PAYMENT, 6, 4));
        e.add(ev(processedAt, Action.COMPLETE_STEP, 4, 9));
        return e;
    }

    @Test
    void pausesMoveTheDueInstantAndLatenessIsOfficeTimeAfterIt() {
        ImportedClock c = ImportedClock.compute(dossier(Channel.IN_PERSON, "2024-03-04T09:00:00+07:00",
                DossierStatus.PROCESSED, "2024-03-20T11:00:00+07:00", "2024-03-18T09:00:00+07:00",
                pausedTwice("2024-03-20T11:00:00+07:00")), CALC);
        // 10 working days after Mon 04/03 at the same time: Mon 18/03 09:00
        assertEquals(t("2024-03-18T09:00:00+07:00"), c.appointmentAt());
        assertEquals(t("2024-03-04T09:00:00+07:00"), c.clockStartAt());
        // + 2 office days (Wed 10:00 → Fri 10:00 = 15 h) → Wed 20/03 09:00; + 1.5 h → 10:30
        assertEquals(t("2024-03-20T10:30:00+07:00"), c.dueAt());
        assertEquals(16 * HOUR + HOUR / 2, c.pausedNanos());
        assertEquals(1, c.supplementCount());
        assertEquals(Boolean.TRUE, c.late());
        assertEquals(HOUR / 2, c.lateNanos());
        assertFalse(c.sourceDisagrees(), "the source's appointment is the same as ours");
        assertNull(c.pauseKind());
    }

    @Test
    void finishedExactlyAtTheMovedDueInstantIsOnTime() {
        ImportedClock c = ImportedClock.compute(dossier(Channel.IN_PERSON, "2024-03-04T09:00:00+07:00",
                DossierStatus.PROCESSED, "2024-03-20T10:30:00+07:00", "2024-03-19T09:00:00+07:00",
                pausedTwice("2024-03-20T10:30:00+07:00")), CALC);
        assertEquals(Boolean.FALSE, c.late());
        assertEquals(0L, c.lateNanos());
        assertTrue(c.sourceDisagrees(), "the source said 19/03, we say 18/03");
    }

    @Test
    void anAppointmentWrittenAtTheOtherSideOfABreakIsTheSameDeadline() {
        // received Mon 04/03/2024 11:30, as the morning closes: the clock starts at 13:30, ours is Mon 18/03 13:30
        String received = "2024-03-04T11:30:00+07:00";
        for (String same : List.of("2024-03-18T13:30:00+07:00", "2024-03-18T13:30:59+07:00", "2024-03-18T11:30:00+07:00",
                "2024-03-18T12:10:00+07:00", "2024-03-18T06:30:00Z")) {
            ImportedClock c = ImportedClock.compute(dossier(Channel.IN_PERSON, received, DossierStatus.ACCEPTED, null,
                    same, List.of()), CALC);
            assertEquals(t("2024-03-18T13:30:00+07:00"), c.appointmentAt());
            assertFalse(c.sourceDisagrees(), same + " is no office time away from 13:30");
        }
        for (String other : List.of("2024-03-18T11:29:00+07:00", "2024-03-18T13:31:00+07:00",
                "2024-03-19T13:30:00+07:00", "2031-03-18T13:30:00+07:00")) {
            ImportedClock c = ImportedClock.compute(dossier(Channel.IN_PERSON, received, DossierStatus.ACCEPTED, null,
                    other, List.of()), CALC);
            assertTrue(c.sourceDisagrees(), other + " is another deadline (or outside the calendar)");
        }
        // Friday's closing and Monday's opening are the same deadline too
        assertFalse(ImportedClock.apart(CALC, t("2024-03-15T17:00:00+07:00"), t("2024-03-18T07:30:00+07:00")));
        assertTrue(ImportedClock.apart(CALC, t("2024-03-15T17:00:00+07:00"), t("2024-03-18T07:31:00+07:00")));
    }

    @Test
    void onlineDossiersGetTheOnlineTimeAndAfterHoursReceiptsStartNextMorning() {
        ImportedClock online = ImportedClock.compute(dossier(Channel.ONLINE, "2024-03-04T09:00:00+07:00",
                DossierStatus.ACCEPTED, null, null, List.of()), CALC);
        assertEquals(t("2024-03-11T09:00:00+07:00"), online.appointmentAt());
        assertNull(online.late());
        ImportedClock evening = ImportedClock.compute(dossier(Channel.POSTAL, "2024-03-04T18:00:00+07:00",
                DossierStatus.ACCEPTED, null, null, List.of()), CALC);
        assertEquals(t("2024-03-05T07:30:00+07:00"), evening.clockStartAt());
        assertEquals(t("2024-03-19T07:30:00+07:00"), evening.appointmentAt());
        // the receipt itself is kept as sent, in UTC or not
        ImportedClock utc = ImportedClock.compute(dossier(Channel.IN_PERSON, "2024-03-04T02:00:00Z",
                DossierStatus.ACCEPTED, null, null, List.of()), CALC);
        assertEquals(t("2024-03-18T09:00:00+07:00").toInstant(), utc.appointmentAt().toInstant());
    }

    @Test
    void tetIsSkipped() {
        // Tết 2024: the public-sector break ran Thu 08/02 – Wed 14/02
        ImportedClock c = ImportedClock.compute(new ImportedDossier(2, "000.00.30.H21-240207-0001",
                new ImportCatalog.Entry(7, "1.1", "x", LocalDate.of(2019, 1, 1), null,
                        new StatutoryTime(3, StatutoryUnit.WORKING_DAYS, null), null), Channel.IN_PERSON,
                ApplicantKind.PERSON, "A", null, null, null, null, "H21", "H21", "c", t("2024-02-07T09:00:00+07:00"),
                null, DossierStatus.ACCEPTED, null, null, null, null, false, 0, false, null, null, null, null, null,
                List.of()), CALC);
        assertEquals(t("2024-02-19T09:00:00+07:00"), c.appointmentAt());
    }

    @Test
    void anOpenPauseLeavesTheDossierWaitingAndASecondSupplementIsCounted() {
        List<ImportedDossier.Event> e = new ArrayList<>();
        e.add(ev("2024-03-04T09:00:00+07:00", Action.RECEIVE, null, 2));
        e.add(ev("2024-03-05T09:00:00+07:00", Action.REQUEST_SUPPLEMENT, 2, 5));
        e.add(ev("2024-03-06T09:00:00+07:00", Action.RECEIVE_SUPPLEMENT, 5, 4));
        e.add(ev("2024-03-07T09:00:00+07:00", Action.REQUEST_SUPPLEMENT, 4, 5));
        ImportedClock c = ImportedClock.compute(dossier(Channel.IN_PERSON, "2024-03-04T09:00:00+07:00",
                DossierStatus.SUPPLEMENT_REQUESTED, null, null, e), CALC);
        assertEquals(2, c.supplementCount());
        assertEquals(PauseKind.SUPPLEMENT, c.pauseKind());
        assertEquals(t("2024-03-07T09:00:00+07:00"), c.pausedAt());
        assertEquals("request_supplement", c.pendingRequest());
        // one office day (7.5 h) waited so far: 18/03 09:00 → 19/03 09:00
        assertEquals(t("2024-03-19T09:00:00+07:00"), c.dueAt());
        assertEquals(t("2024-03-18T09:00:00+07:00"), c.appointmentAt());
    }

    @Test
    void neverAcceptedDossiersHaveNoClock() {
        ImportedClock submitted = ImportedClock.compute(dossier(Channel.ONLINE, "2024-03-04T09:00:00+07:00",
                DossierStatus.SUBMITTED, null, "2024-03-11T09:00:00+07:00", List.of()), CALC);
        assertNull(submitted.receivedAt());
        assertNull(submitted.dueAt());
        assertFalse(submitted.sourceDisagrees());
        ImportedClock refused = ImportedClock.compute(dossier(Channel.IN_PERSON, "2024-03-04T09:00:00+07:00",
                DossierStatus.REFUSED_AT_RECEIPT, null, null,
                List.of(ev("2024-03-04T09:00:00+07:00", Action.RECEIVE, null, 1),
                        ev("2024-03-04T09:10:00+07:00", Action.REFUSE_AT_RECEIPT, 1, 3))), CALC);
        assertNull(refused.dueAt());
        assertEquals(t("2024-03-04T09:10:00+07:00"), refused.closedAt());
        assertEquals("refuse_at_receipt", refused.closeReason());
    }
}
