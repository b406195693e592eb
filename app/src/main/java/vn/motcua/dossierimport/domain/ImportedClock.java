package vn.motcua.dossierimport.domain;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.DossierClock;
import vn.motcua.deadline.domain.Timeliness;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PauseKind;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepReplay;

/**
 * What our engine decides for an imported dossier, by the same rules as for a native {@code Dossier}
 * ({@link DossierClock}):
 *
 * <ul>
 *   <li>The clock starts at {@code receivedAt} (moved to the next opening when outside office hours), under the
 *       statutory time of the procedure version in force that day — the online time for an online dossier when the
 *       version has one. The due instant at receipt is the appointment; a dossier never accepted (status 1, 3, or
 *       withdrawn before any accepted status in its events) has no clock.</li>
 *   <li>Each supplement or payment pause, read from a {@code REQUEST_SUPPLEMENT}/{@code RECEIVE_SUPPLEMENT} or
 *       {@code REQUEST_PAYMENT}/{@code CONFIRM_PAYMENT} pair, moves the due instant by the office time spent
 *       waiting ({@link DossierClock#resume}).
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
                            OffsetDateTime ratedAt, boolean sourceDisagrees, OffsetDateTime overdueFrom,
                            Timeliness timeliness, Integer workedHundredths) {

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
        DossierClock clock = new DossierClock(calc);
        boolean accepted = accepted(d);
        DossierClock.Start start = accepted
                ? clock.start(d.receivedAt(), d.procedure().timeFor(d.channel() == Channel.ONLINE)) : null;
        History h = new History(clock, start == null ? null : start.dueAt());
        for (ImportedDossier.Event e : d.events()) {
            h.apply(e);
        }
        DossierStatus status = d.status();
        boolean pausedNow = (status == DossierStatus.SUPPLEMENT_REQUESTED && h.pauseKind == PauseKind.SUPPLEMENT)
                || (status == DossierStatus.PAYMENT_REQUESTED && h.pauseKind == PauseKind.PAYMENT);
        if (!pausedNow) {
            h.pauseStart = null;
            h.pauseKind = null;
            if (status != DossierStatus.SUBMITTED) {
                h.pending = null;
            }
        }
        if (h.closedAt == null && (status == DossierStatus.REFUSED_AT_RECEIPT || status == DossierStatus.WITHDRAWN
                || status == DossierStatus.STOPPED)) {
            h.closedAt = d.events().isEmpty() ? d.receivedAt() : d.events().get(d.events().size() - 1).at();
            if (h.due != null && status != DossierStatus.REFUSED_AT_RECEIPT) {
                h.timeliness = DossierClock.endedWithoutResult(h.overdueFrom, h.closedAt);
            }
        }
        Boolean late = null;
        Long lateNanos = null;
        Integer worked = null;
        if (h.due != null && d.processedAt() != null) {
            worked = clock.workedHundredths(start.clockStartAt(), d.processedAt(), h.paused);
            DossierClock.Outcome outcome = clock.finish(h.due, d.processedAt());
            late = outcome.late();
            lateNanos = outcome.lateNanos();
            h.timeliness = clock.finishedAs(h.refused ? DossierClock.Ending.REFUSED : DossierClock.Ending.PROCESSED,
                    h.due, h.overdueFrom, d.processedAt());
        }
        OffsetDateTime ratedAt = h.ratedAt == null && d.satisfaction() != null ? d.returnedAt() : h.ratedAt;
        OffsetDateTime appointment = start == null ? null : start.dueAt();
        boolean disagrees = appointment != null && d.appointmentAt() != null
                && apart(calc, appointment, d.appointmentAt());
        return new ImportedClock(accepted ? d.receivedAt() : null, start == null ? null : start.clockStartAt(),
                appointment, h.due, h.paused, h.supplements, h.guidance, h.pauseKind, h.pauseStart, h.pending, late,
                lateNanos, h.closedAt, h.closeReason, h.refused, ratedAt, disagrees, h.overdueFrom, h.timeliness,
                worked);
    }

    /**
     * The steps of an accepted imported dossier under the procedure version's process ({@link StepReplay}): each
     * {@code COMPLETE_STEP} ends the current step, in order. The source does not say how long an added step was
     * budgeted, so an {@code ADD_STEP} adds a transfer step without a budget. Empty for a dossier never accepted.
     */
    public static List<Step> steps(ImportedDossier d, List<ProcessStep> process, DeadlineCalculator calc) {
        if (!accepted(d)) {
            return List.of();
        }
        StepReplay.Origin origin = new StepReplay.Origin(d.receivingUnit(), d.competentUnit(), d.channel(),
                d.procedure().timeFor(d.channel() == Channel.ONLINE), d.receivedAt(), d.receivedBy());
        List<StepReplay.Event> events = d.events().stream()
                .map(e -> new StepReplay.Event(e.action(), e.at(), e.actor(), 0)).toList();
        return StepReplay.replay(process, origin, events, new DossierClock(calc));
    }

    /** The history's bookkeeping of pauses, requests and endings, event by event. */
    private static final class History {
        private final DossierClock clock;
        private OffsetDateTime due;
        private long paused;
        private int supplements;
        private int guidance;
        private OffsetDateTime pauseStart;
        private PauseKind pauseKind;
        private String pending;
        private OffsetDateTime closedAt;
        private String closeReason;
        private boolean refused;
        private OffsetDateTime ratedAt;
        private OffsetDateTime overdueFrom;
        private Timeliness timeliness;

        History(DossierClock clock, OffsetDateTime due) {
            this.clock = clock;
            this.due = due;
            this.overdueFrom = due;
        }

        void apply(ImportedDossier.Event e) {
            switch (e.action()) {
                case REQUEST_SUPPLEMENT, REQUEST_PAYMENT -> {
                    if (e.action() == Action.REQUEST_SUPPLEMENT) {
                        supplements++;
                    }
                    pauseStart = e.at();
                    overdueFrom = DossierClock.overdueFromWhenPaused(overdueFrom, e.at());
                    pauseKind = e.action() == Action.REQUEST_SUPPLEMENT ? PauseKind.SUPPLEMENT : PauseKind.PAYMENT;
                    pending = e.reason();
                }
                case RECEIVE_SUPPLEMENT, CONFIRM_PAYMENT -> {
                    if (pauseStart != null && due != null) {
                        DossierClock.Resumption r = clock.resume(due, pauseStart, e.at());
                        paused += r.waitedNanos();
                        due = r.dueAt();
                        overdueFrom = DossierClock.overdueFromWhenResumed(overdueFrom, due);
                    }
                    endPause();
                }
                case GUIDE -> {
                    guidance++;
                    pending = e.reason();
                }
                case WITHDRAW, STOP, REFUSE_AT_RECEIPT -> {
                    closedAt = e.at();
                    closeReason = e.reason();
                    if (due != null && e.action() != Action.REFUSE_AT_RECEIPT) {
                        timeliness = DossierClock.endedWithoutResult(overdueFrom, e.at());
                    }
                    endPause();
                }
                case REFUSE -> {
                    refused = true;
                    closeReason = e.reason();
                }
                case RATE -> ratedAt = e.at();
                default -> { }
            }
        }

        private void endPause() {
            pauseStart = null;
            pauseKind = null;
            pending = null;
        }
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
