package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One step of a dossier's processing: who (unit and official) does what, its time budget in office nanoseconds
 * (its share of the statutory time), when it started and finished, its own due instant, and the office time it
 * spent waiting for the applicant (excluded from its own duration).
 */
public final class Step {

    private final String name;
    private final StepKind kind;
    private final String role;
    private String unitCode;
    private String assignee;
    private final long budgetNanos;
    private OffsetDateTime startedAt;
    private OffsetDateTime dueAt;
    private OffsetDateTime finishedAt;
    private long pausedNanos;
    private String finishedBy;
    /** The step's share of the processing time in percent, from the catalog; 0 for a fixed budget. */
    private final int sharePercent;

    public Step(String name, StepKind kind, String role, String unitCode, String assignee, long budgetNanos,
                OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, long pausedNanos,
                String finishedBy) {
        this(name, kind, role, unitCode, assignee, budgetNanos, startedAt, dueAt, finishedAt, pausedNanos, finishedBy, 0);
    }

    public Step(String name, StepKind kind, String role, String unitCode, String assignee, long budgetNanos,
                OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, long pausedNanos,
                String finishedBy, int sharePercent) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = role == null ? "" : role;
        this.unitCode = unitCode == null ? "" : unitCode;
        this.assignee = assignee;
        if (budgetNanos < 0) {
            throw new IllegalArgumentException("negative budget");
        }
        this.budgetNanos = budgetNanos;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.finishedAt = finishedAt;
        this.pausedNanos = pausedNanos;
        this.finishedBy = finishedBy;
        if (sharePercent < 0) {
            throw new IllegalArgumentException("negative share: " + sharePercent);
        }
        this.sharePercent = sharePercent;
    }

    public static Step planned(String name, StepKind kind, String role, String unitCode, String assignee, long budgetNanos) {
        return new Step(name, kind, role, unitCode, assignee, budgetNanos, null, null, null, 0, null);
    }

    public String name() { return name; }
    public StepKind kind() { return kind; }
    public String role() { return role; }
    public String unitCode() { return unitCode; }
    public String assignee() { return assignee; }
    public long budgetNanos() { return budgetNanos; }
    public OffsetDateTime startedAt() { return startedAt; }
    public OffsetDateTime dueAt() { return dueAt; }
    public OffsetDateTime finishedAt() { return finishedAt; }
    public long pausedNanos() { return pausedNanos; }
    public String finishedBy() { return finishedBy; }
    public int sharePercent() { return sharePercent; }

    public boolean started() { return startedAt != null; }
    public boolean finished() { return finishedAt != null; }
    public boolean current() { return started() && !finished(); }

    void start(OffsetDateTime at, OffsetDateTime due) {
        this.startedAt = at;
        this.dueAt = due;
    }

    void finish(OffsetDateTime at, String by) {
        this.finishedAt = at;
        this.finishedBy = by;
    }

    void assign(String unit, String official) {
        if (unit != null && !unit.isBlank()) {
            this.unitCode = unit;
        }
        this.assignee = official;
    }

    void addPause(long nanos, OffsetDateTime newDue) {
        this.pausedNanos += nanos;
        this.dueAt = newDue;
    }

    @Override
    public String toString() {
        return name + " [" + kind + ", " + unitCode + ", " + assignee + "]";
    }
}
