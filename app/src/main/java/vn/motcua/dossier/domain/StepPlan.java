package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.DossierClock;

/**
 * A dossier's internal steps: planned from the catalog at receipt, budgeted when the clock starts, run one after
 * another. The live {@link Dossier} and the import's {@link StepReplay} both go through these methods, so a step gets
 * the same start, budget and due instant whichever path the dossier came through; the rules themselves (budgets,
 * hand-over, moved due instants) are {@link DossierClock}'s.
 */
final class StepPlan {

    static final long HOUR_NANOS = 3_600_000_000_000L;

    private StepPlan() { }

    /** The internal process as planned from the catalog: receipt, processing steps, return. Budgets come at start. */
    static List<Step> plan(List<ProcessStep> process, String receivingUnit, String competentUnit) {
        List<Step> out = new ArrayList<>();
        List<ProcessStep> middle = new ArrayList<>(process);
        ProcessStep first = middle.isEmpty() ? null : middle.get(0);
        if (first != null && "CLERK".equals(first.role())) {
            middle.remove(0);
        }
        ProcessStep last = middle.isEmpty() ? null : middle.get(middle.size() - 1);
        if (last != null && "CLERK".equals(last.role())) {
            middle.remove(middle.size() - 1);
        }
        out.add(Step.planned(first != null && "CLERK".equals(first.role()) ? first.name() : "Tiếp nhận hồ sơ",
                StepKind.RECEIVE, "CLERK", receivingUnit, null, 0));
        if (middle.isEmpty()) {
            middle.add(new ProcessStep("Thẩm định, xử lý hồ sơ", 100, 0, competentUnit, "OFFICER"));
        }
        for (ProcessStep p : middle) {
            String unit = p.unitRef() == null || p.unitRef().isBlank() ? competentUnit : p.unitRef();
            // Shares become budgets when the clock starts (the time between its start and the appointment).
            out.add(new Step(p.name(), StepKind.PROCESS, p.role(), unit, null,
                    p.sharePercent() > 0 ? 0 : p.hours() * HOUR_NANOS, null, null, null, 0, null,
                    Math.max(0, p.sharePercent())));
        }
        out.add(Step.planned(last != null && "CLERK".equals(last.role()) ? last.name() : "Trả kết quả",
                StepKind.RETURN, "CLERK", receivingUnit, null, 0));
        return out;
    }

    /**
     * The planned steps as the clock starts: the processing steps get their budgets ({@link DossierClock#budgets}),
     * every step without an official gets the one {@code assignees} picks.
     */
    static List<Step> budgeted(List<Step> planned, DossierClock.Start start, DossierClock clock,
                               Assignees assignees) {
        List<Integer> process = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).kind() == StepKind.PROCESS) {
                process.add(i);
            }
        }
        long[] fixed = new long[process.size()];
        int[] shares = new int[process.size()];
        for (int j = 0; j < fixed.length; j++) {
            Step s = planned.get(process.get(j));
            fixed[j] = s.budgetNanos();
            shares[j] = s.sharePercent();
        }
        long[] budgets = clock.budgets(start, fixed, shares);
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Step s = planned.get(i);
            int j = process.indexOf(i);
            long budget = j >= 0 ? budgets[j] : s.budgetNanos();
            String assignee = s.assignee() != null ? s.assignee() : assignees.pick(s.unitCode(), s.role());
            out.add(new Step(s.name(), s.kind(), s.role(), s.unitCode(), assignee, budget, null, null, null, 0, null,
                    s.sharePercent()));
        }
        return out;
    }

    /** The desk's receipt step is done at acceptance, by whoever accepted. */
    static void received(List<Step> steps, OffsetDateTime at, String by) {
        Step receipt = steps.get(0);
        receipt.assign(receipt.unitCode(), by);
        receipt.start(at, at);
        receipt.finish(at, by);
    }

    /** Starts a step: the return step is due with the dossier, any other when its budget has run out. */
    static void start(Step s, OffsetDateTime at, OffsetDateTime dossierDueAt, DossierClock clock) {
        s.start(at, s.kind() == StepKind.RETURN ? dossierDueAt : clock.stepDue(at, s.budgetNanos()));
    }

    /** The current step waited for the applicant: its own due instant moves as the dossier's does. */
    static void waited(Step current, long waitedNanos, DossierClock clock) {
        if (current != null && current.dueAt() != null) {
            current.addPause(waitedNanos, clock.moved(current.dueAt(), waitedNanos));
        }
    }

    /** A transfer or consultation step inserted during processing, with its fixed budget. */
    static Step added(StepKind kind, String name, String unitCode, String assignee, int workingHours) {
        String stepName = name == null || name.isBlank()
                ? (kind == StepKind.TRANSFER ? "Chuyển xử lý" : "Lấy ý kiến cơ quan liên quan") : name;
        return Step.planned(stepName, kind, "OFFICER", unitCode, assignee, workingHours * HOUR_NANOS);
    }

    static int returnIndex(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == StepKind.RETURN) {
                return i;
            }
        }
        throw new IllegalStateException("no return step");
    }
}
