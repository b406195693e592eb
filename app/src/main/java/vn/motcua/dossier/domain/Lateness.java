package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.deadline.domain.DeadlineCalculator;

/**
 * Step-level lateness: a step overran when the office time it took, minus the time the dossier waited for the
 * applicant while it was current, exceeds its budget. A late dossier's lateness is attributed to the steps that
 * overran, in proportion to their overruns (so the shares add up to the dossier's lateness, rounding aside).
 */
public final class Lateness {

    private Lateness() { }

    /** One step that overran: who, where, by how much, and its share of the dossier's lateness. */
    public record StepOverrun(int index, String step, String unitCode, String official, long workedNanos,
                              long budgetNanos, long overrunNanos, long attributedNanos) { }

    public static List<StepOverrun> attribute(List<Step> steps, long dossierLateNanos, DeadlineCalculator clock,
                                              OffsetDateTime now) {
        List<StepOverrun> over = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.started() || s.kind() == StepKind.RECEIVE || s.kind() == StepKind.RETURN) {
                continue;
            }
            OffsetDateTime end = s.finished() ? s.finishedAt() : now;
            long worked = Math.max(0, clock.officeNanosBetween(s.startedAt(), end) - s.pausedNanos());
            long overrun = worked - s.budgetNanos();
            if (overrun > 0) {
                over.add(new StepOverrun(i, s.name(), s.unitCode(), s.finished() ? s.finishedBy() : s.assignee(),
                        worked, s.budgetNanos(), overrun, 0));
                sum += overrun;
            }
        }
        if (dossierLateNanos <= 0 || sum == 0) {
            return over;
        }
        List<StepOverrun> out = new ArrayList<>();
        for (StepOverrun o : over) {
            long share = java.math.BigInteger.valueOf(dossierLateNanos).multiply(java.math.BigInteger.valueOf(o.overrunNanos()))
                    .divide(java.math.BigInteger.valueOf(sum)).longValueExact();
            out.add(new StepOverrun(o.index(), o.step(), o.unitCode(), o.official(), o.workedNanos(), o.budgetNanos(),
                    o.overrunNanos(), share));
        }
        return out;
    }
}
