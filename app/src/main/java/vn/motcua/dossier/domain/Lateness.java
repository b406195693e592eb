package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.deadline.domain.DossierClock;

/**
 * Step-level lateness: a step overran when the office time it took, minus the time the dossier waited for the
 * applicant while it was current, exceeds its budget ({@link DossierClock#worked}). A late dossier's lateness is
 * attributed to the steps that overran, in proportion to their overruns ({@link DossierClock#attribute}).
 */
public final class Lateness {

    private Lateness() { }

    /** One step that overran: who, where, by how much, and its share of the dossier's lateness. */
    public record StepOverrun(int index, String step, String unitCode, String official, long workedNanos,
                              long budgetNanos, long overrunNanos, long attributedNanos) { }

    /** The processing steps that overran (unfinished ones measured to {@code now}), with their shares. */
    public static List<StepOverrun> attribute(List<Step> steps, long dossierLateNanos, DossierClock clock,
                                              OffsetDateTime now) {
        List<StepOverrun> over = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.started() || s.kind() == StepKind.RECEIVE || s.kind() == StepKind.RETURN) {
                continue;
            }
            long worked = clock.worked(s.startedAt(), s.finished() ? s.finishedAt() : now, s.pausedNanos());
            long overrun = worked - s.budgetNanos();
            if (overrun > 0) {
                over.add(new StepOverrun(i, s.name(), s.unitCode(), s.finished() ? s.finishedBy() : s.assignee(),
                        worked, s.budgetNanos(), overrun, 0));
            }
        }
        long[] overruns = over.stream().mapToLong(StepOverrun::overrunNanos).toArray();
        long[] shares = DossierClock.attribute(dossierLateNanos, overruns);
        List<StepOverrun> out = new ArrayList<>();
        for (int k = 0; k < over.size(); k++) {
            StepOverrun o = over.get(k);
            out.add(new StepOverrun(o.index(), o.step(), o.unitCode(), o.official(), o.workedNanos(), o.budgetNanos(),
                    o.overrunNanos(), shares[k]));
        }
        return out;
    }
}
