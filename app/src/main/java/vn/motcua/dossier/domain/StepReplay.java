package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DossierClock;
import vn.motcua.deadline.domain.StatutoryTime;

/**
 * The steps of a dossier rebuilt from its history, for dossiers that did not live here (the import). The procedure
 * version's steps are planned and budgeted as at a live acceptance; then each {@code COMPLETE_STEP} ends the current
 * step and starts the next, in order (the first processing step starts at the hand-over), an {@code ADD_STEP} inserts
 * a transfer step of {@code addedHours} after the current one, a pause adds its office time to the current step, a
 * refusal on the merits starts the return step, and a withdrawal or stop ends the current step. Every rule is
 * {@link DossierClock}'s or {@link StepPlan}'s, as for a live {@link Dossier}, so the replay of a live dossier's
 * events gives its steps.
 */
public final class StepReplay {

    private StepReplay() { }

    /** One event of the history: what, when, by whom, and for an added step its budget in working hours. */
    public record Event(Action action, OffsetDateTime at, String actor, int addedHours) { }

    /** Where the dossier was received and processed, and by whom it was accepted, and when. */
    public record Origin(String receivingUnit, String competentUnit, Channel channel, StatutoryTime time,
                         OffsetDateTime acceptedAt, String acceptedBy) { }

    /** The steps after the events, current step last started and unfinished (see the class comment). */
    public static List<Step> replay(List<ProcessStep> process, Origin o, List<Event> events, DossierClock clock) {
        DossierClock.Start start = clock.start(o.acceptedAt(), o.time());
        List<Step> steps = StepPlan.budgeted(StepPlan.plan(process, o.receivingUnit(), o.competentUnit()), start,
                clock, Assignees.NOBODY);
        StepPlan.received(steps, o.acceptedAt(), o.acceptedBy());
        OffsetDateTime due = start.dueAt();
        StepPlan.start(steps.get(1), clock.handOver(o.acceptedAt(), o.channel().paper()), due, clock);
        Integer current = 1;
        OffsetDateTime pausedAt = null;
        for (Event e : events) {
            Step s = current == null ? null : steps.get(current);
            switch (e.action()) {
                case COMPLETE_STEP, ADD_STEP, REFUSE -> {
                    if (s == null || s.kind() == StepKind.RETURN) {
                        continue;
                    }
                    s.finish(e.at(), e.actor());
                    if (e.action() == Action.ADD_STEP) {
                        steps.add(current + 1, StepPlan.added(StepKind.TRANSFER, null, o.competentUnit(), null,
                                e.addedHours()));
                    }
                    current = e.action() == Action.REFUSE ? StepPlan.returnIndex(steps) : current + 1;
                    StepPlan.start(steps.get(current), e.at(), due, clock);
                }
                case REQUEST_SUPPLEMENT, REQUEST_PAYMENT -> pausedAt = e.at();
                case RECEIVE_SUPPLEMENT, CONFIRM_PAYMENT -> {
                    if (pausedAt != null) {
                        DossierClock.Resumption r = clock.resume(due, pausedAt, e.at());
                        due = r.dueAt();
                        StepPlan.waited(s, r.waitedNanos(), clock);
                    }
                    pausedAt = null;
                }
                case WITHDRAW, STOP, RETURN_RESULT -> {
                    if (s != null) {
                        s.finish(e.at(), e.action() == Action.RETURN_RESULT ? e.actor() : null);
                    }
                    current = null;
                    pausedAt = null;
                }
                default -> { }
            }
        }
        return steps;
    }
}
