package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which of a dossier's steps an event of its history concerns, so that the timeline can name it. An action that ends
 * a step (the receipt, completing a step, adding one after it, a refusal, returning the result, a withdrawal or stop)
 * is recorded at the very instant the step finished, live ({@link Dossier}) and imported ({@link StepReplay}) alike;
 * any other event concerns the step running at its instant. The steps are the dossier's own, which keep no event
 * numbers: this is the one place that matches them.
 */
public final class EventSteps {

    /** Instants are stored to the microsecond in one place and kept whole in the other. */
    private static final long SAME_INSTANT_NANOS = 1_000_000;

    private EventSteps() { }

    /** The index of the step the event at {@code at} by {@code actor} concerns, or -1 (before or after them all). */
    public static int of(List<Step> steps, OffsetDateTime at, String actor) {
        if (steps == null || at == null) {
            return -1;
        }
        int ended = -1;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.finishedAt() != null && same(s.finishedAt(), at)) {
                if (actor != null && actor.equals(s.finishedBy())) {
                    return i;
                }
                if (ended < 0) {
                    ended = i;
                }
            }
        }
        if (ended >= 0) {
            return ended;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.startedAt() != null && !s.startedAt().isAfter(at)
                    && (s.finishedAt() == null || s.finishedAt().isAfter(at))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(OffsetDateTime a, OffsetDateTime b) {
        return Math.abs(Duration.between(a, b).toNanos()) < SAME_INSTANT_NANOS;
    }
}
