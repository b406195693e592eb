package vn.motcua.dossierimport.domain;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PauseKind;

/**
 * What our engine decides for an imported dossier, the same way {@code Dossier} does for a native one:
 *
 * <ul>
 *   <li>The clock starts at {@code receivedAt} (moved to the next opening when outside office hours), under the
 *       statutory time of the procedure version in force that day — the online time for an online dossier when the
 *       version has one. The due instant at receipt is the appointment; a dossier never accepted (status 1, 3, or
 *       withdrawn before any accepted status in its events) has no clock.</li>
 *   <li>Each supplement or payment pause, read from a {@code REQUEST_SUPPLEMENT}/{@code RECEIVE_SUPPLEMENT} or
 *       {@code REQUEST_PAYMENT}/{@code CONFIRM_PAYMENT} pair, moves the due instant by the office time spent
 *       waiting ({@link DeadlineCalculator#officeNanosBetween}, then {@link DeadlineCalculator#plusOfficeNanos}).
 *       A pause still open leaves the dossier paused (status 5 or 6) from its request.</li>
 *   <li>Late = processed after the due instant; the lateness is the office time between them.</li>
 *   <li>The source's appointment disagrees with ours when they are a minute or more of office time apart (sources
 *       often keep minutes only; see {@link #apart}).</li>
 * </ul>
 */
public record ImportedClock(OffsetDateTime receivedAt, OffsetDateTime clockStartAt, OffsetDateTime appointmentAt,
                            OffsetDateTime dueAt, long pausedNanos, int supplementCount, int guidanceCount,
                            PauseKind pauseKind, OffsetDateTime pausedAt, String pendingRequest, Boolean late,
                            Long lateNanos, OffsetDateTime closedAt, String closeReason, boolean resultRefused,
                            OffsetDateTime ratedAt, boolean sourceDisagrees) {

    private static final long MINUTE = 60_000_000_000L;

    /**
     * Whether two appointments are different deadlines: a minute or more of office time apart, read to the minute.
     * The end of one office period and the opening of the next (11:30 and 13:30, 17:00 and the next morning) are the
     * same deadline written two ways, and systems differ in which they print. An appointment outside the province's
     * calendar cannot be compared in office time, so it differs when its minute does.
     */
    static boolean apart(DeadlineCalculator calc, OffsetDateTime ours, OffsetDateTime theirs) {
        OffsetDateTime a = ours.truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime b = theirs.truncatedTo(ChronoUnit.MINUTES);
        if (a.toInstant().equals(b.toInstant())) {
            return false;
        }
        try {
            return Math.abs(calc.officeNanosBetween(a, b)) >= MINUTE;
        } catch (CalendarOutOfRangeException e) {
            return true;
        }
    }

    public static ImportedClock compute(ImportedDossier d, DeadlineCalculator calc) {
        StatutoryTime time = d.procedure().timeFor(d.channel() == Channel.ONLINE);
        DossierStatus status = d.status();
        boolean accepted = accepted(d);
        OffsetDateTime receivedAt = accepted ? d.receivedAt() : null;
        OffsetDateTime start = null;
        OffsetDateTime appointment = null;
        OffsetDateTime due = null;
        if (accepted) {
            start = calc.effectiveStart(d.receivedAt());
            appointment = calc.due(d.receivedAt(), time);
            due = appointment;
        }
        long paused = 0;
        int supplements = 0;
        int guidance = 0;
        OffsetDateTime pauseStart = null;
        PauseKind pauseKind = null;
        String pending = null;
        OffsetDateTime closedAt = null;
        String closeReason = null;
        boolean refused = false;
        OffsetDateTime ratedAt = null;
        for (ImportedDossier.Event e : d.events()) {
            switch (e.action()) {
                case REQUEST_SUPPLEMENT, REQUEST_PAYMENT -> {
                    if (e.action() == Action.REQUEST_SUPPLEMENT) {
                        supplements++;
                    }
                    pauseStart = e.at();
                    pauseKind = e.action() == Action.REQUEST_SUPPLEMENT ? PauseKind.SUPPLEMENT : PauseKind.PAYMENT;
                    pending = e.reason();
                }
                case RECEIVE_SUPPLEMENT, CONFIRM_PAYMENT -> {
                    if (pauseStart != null && due != null) {
                        long waited = Math.max(0, calc.officeNanosBetween(pauseStart, e.at()));
                        paused += waited;
                        due = calc.plusOfficeNanos(due, waited);
                    }
                    pauseStart = null;
                    pauseKind = null;
                    pending = null;
                }
                case GUIDE -> {
                    guidance++;
                    pending = e.reason();
                }
                case WITHDRAW, STOP, REFUSE_AT_RECEIPT -> {
                    closedAt = e.at();
                    closeReason = e.reason();
                    pauseStart = null;
                    pauseKind = null;
                    pending = null;
                }
                case REFUSE -> {
                    refused = true;
                    closeReason = e.reason();
                }
                case RATE -> ratedAt = e.at();
                default -> { }
            }
        }
        boolean pausedNow = (status == DossierStatus.SUPPLEMENT_REQUESTED && pauseKind == PauseKind.SUPPLEMENT)
                || (status == DossierStatus.PAYMENT_REQUESTED && pauseKind == PauseKind.PAYMENT);
        if (!pausedNow) {
            pauseStart = null;
            pauseKind = null;
            if (status != DossierStatus.SUBMITTED) {
                pending = null;
            }
        }
        if (closedAt == null && (status == DossierStatus.REFUSED_AT_RECEIPT || status == DossierStatus.WITHDRAWN
                || status == DossierStatus.STOPPED)) {
            closedAt = d.events().isEmpty() ? d.receivedAt() : d.events().get(d.events().size() - 1).at();
        }
        Boolean late = null;
        Long lateNanos = null;
        if (due != null && d.processedAt() != null) {
            late = d.processedAt().isAfter(due);
            lateNanos = late ? calc.officeNanosBetween(due, d.processedAt()) : 0L;
        }
        if (ratedAt == null && d.satisfaction() != null) {
            ratedAt = d.returnedAt();
        }
        boolean disagrees = appointment != null && d.appointmentAt() != null
                && apart(calc, appointment, d.appointmentAt());
        return new ImportedClock(receivedAt, start, appointment, due, paused, supplements, guidance, pauseKind,
                pauseStart, pending, late, lateNanos, closedAt, closeReason, refused, ratedAt, disagrees);
    }

    /**
     * Accepted (the clock ran): not submitted-only or refused at receipt; a withdrawn dossier only if its events show
     * it reached an accepted status (or it has no events to tell).
     */
    static boolean accepted(ImportedDossier d) {
        DossierStatus s = d.status();
        if (s == DossierStatus.SUBMITTED || s == DossierStatus.REFUSED_AT_RECEIPT) {
            return false;
        }
        if (s == DossierStatus.WITHDRAWN && !d.events().isEmpty()) {
            for (ImportedDossier.Event e : d.events()) {
                int to = e.toStatus();
                if (to != 1 && to != 3 && to != 7) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
