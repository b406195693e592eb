package vn.motcua.catalog.domain;

import java.util.List;
import java.util.Optional;

/**
 * One step of the internal process (quy trình nội bộ): its share of the processing time in percent, or a fixed
 * number of working hours (then {@code sharePercent} is 0), and the unit (stable id/code) and role performing it.
 * The steps of one process are all timed by share (their shares adding up to {@link #WHOLE_PERCENT}) or all by hours;
 * the rules are here, used by {@link ProcedureContent#validate} and by the structured editor as you type.
 */
public record ProcessStep(String name, int sharePercent, int hours, String unitRef, String role) {

    /** What the shares of a process's steps add up to. */
    public static final int WHOLE_PERCENT = 100;

    public ProcessStep {
        unitRef = unitRef == null ? "" : unitRef;
        role = role == null ? "" : role;
    }

    /** Whether these steps are timed by share of the procedure's time (any step with a share), else by hours. */
    public static boolean byShare(List<ProcessStep> steps) {
        return steps.stream().anyMatch(s -> s.sharePercent() > 0);
    }

    /** The steps' shares added up, in percent. */
    public static int shareTotal(List<ProcessStep> steps) {
        return steps.stream().mapToInt(ProcessStep::sharePercent).sum();
    }

    /** The step's hours added up. */
    public static int hoursTotal(List<ProcessStep> steps) {
        return steps.stream().mapToInt(ProcessStep::hours).sum();
    }

    /** The problem (a message key of the Problems bundle) with this step's name, if any. */
    public Optional<String> nameProblem() {
        return name == null || name.isBlank() ? Optional.of("procedure.step.nameRequired") : Optional.empty();
    }

    /**
     * The problem with this step's time among steps timed by share ({@code byShare}) or by hours, if any: none at
     * all, or the other kind than its fellows.
     */
    public Optional<String> durationProblem(boolean byShare) {
        if (sharePercent <= 0 && hours <= 0) {
            return Optional.of("procedure.step.durationRequired");
        }
        if (byShare && (sharePercent <= 0 || hours != 0)) {
            return Optional.of("procedure.step.mixed");
        }
        if (!byShare && hours <= 0) {
            return Optional.of("procedure.step.durationRequired");
        }
        return Optional.empty();
    }
}
