package vn.motcua.dossierimport.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.dossier.domain.StepText;

/**
 * An imported dossier's steps as stored, and its current step for the worklists (docs/dossier-import.md, "Steps"):
 *
 * <ul>
 *   <li>The procedure version's steps are planned and budgeted as at a live acceptance (each processing step's share
 *       of the time, due by the kernel's clock), and each {@code COMPLETE_STEP} event finishes the current step, by
 *       its actor at its instant, in order ({@link ImportedClock#steps}, {@code StepReplay}).</li>
 *   <li>The source's history may stop short of the status it gives (a dossier processed or returned with fewer
 *       {@code COMPLETE_STEP} events than steps): a dossier no longer processing has its unfinished processing steps
 *       finished when processing ended (its processing instant, else its closing, else its last event), by nobody;
 *       a processed dossier (status 9) waits in its return step, started then; an ended dossier has no current
 *       step.</li>
 *   <li>The current step of a dossier still open (or waiting to return its result) is assigned to the actor of the
 *       dossier's last event in the step's role (the last person of that role who handled it), else to the actor of
 *       its last event (who handed it on), else to who received it: the source does not say who holds a dossier,
 *       and these are the people who last had it.</li>
 * </ul>
 *
 * @param current index of the current step, null when none
 */
public record ImportedSteps(List<Step> steps, Integer current, String assignee) {

    public static final ImportedSteps NONE = new ImportedSteps(List.of(), null, null);

    /** The steps of {@code d} under its procedure version; {@link #NONE} for a dossier never accepted. */
    public static ImportedSteps of(ImportedDossier d, ImportedClock clock, DeadlineCalculator calc) {
        List<Step> replayed = ImportedClock.steps(d, d.procedure().process(), calc);
        if (replayed.isEmpty()) {
            return NONE;
        }
        return settle(d, clock, replayed);
    }

    /** The replayed steps made to agree with the dossier's status, and the current step's assignee. */
    static ImportedSteps settle(ImportedDossier d, ImportedClock clock, List<Step> replayed) {
        DossierStatus status = d.status();
        List<Step> steps = new ArrayList<>(replayed.size());
        boolean processing = status.open();
        OffsetDateTime ended = endOfProcessing(d, clock);
        Integer current = null;
        for (int i = 0; i < replayed.size(); i++) {
            Step s = replayed.get(i);
            boolean unfinished = s.started() && !s.finished();
            if (!processing && unfinished && (s.kind() != StepKind.RETURN || status != DossierStatus.PROCESSED)) {
                s = copy(s, s.startedAt(), s.dueAt(), ended.isBefore(s.startedAt()) ? s.startedAt() : ended, null);
            } else if (status == DossierStatus.PROCESSED && s.kind() == StepKind.RETURN && !s.started()) {
                s = copy(s, ended, clock.dueAt(), null, null);
            }
            steps.add(s);
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.current() && (processing || status == DossierStatus.PROCESSED)) {
                current = i;
            }
        }
        if (current == null) {
            return new ImportedSteps(List.copyOf(steps), null, null);
        }
        Step s = steps.get(current);
        String who = s.assignee() != null ? s.assignee() : holder(d, s.role());
        steps.set(current, new Step(s.name(), s.kind(), s.role(), s.unitCode(), who, s.budgetNanos(), s.startedAt(),
                s.dueAt(), null, s.pausedNanos(), null, s.sharePercent()));
        return new ImportedSteps(List.copyOf(steps), current, who);
    }

    /** The stored text of the steps ({@link StepText}); empty for none. */
    public String text() {
        return steps.isEmpty() ? "" : StepText.write(steps);
    }

    /** The current step, or null. */
    public Step currentStep() {
        return current == null ? null : steps.get(current);
    }

    /** The actor of the last event in {@code role}, else of the last event, else who received the dossier. */
    static String holder(ImportedDossier d, String role) {
        List<ImportedDossier.Event> events = d.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).role().equals(role)) {
                return events.get(i).actor();
            }
        }
        return events.isEmpty() ? d.receivedBy() : events.get(events.size() - 1).actor();
    }

    /** When processing ended: processed, else closed, else the last event, else the receipt. */
    private static OffsetDateTime endOfProcessing(ImportedDossier d, ImportedClock clock) {
        if (d.processedAt() != null) {
            return d.processedAt();
        }
        if (clock.closedAt() != null) {
            return clock.closedAt();
        }
        return d.events().isEmpty() ? d.receivedAt() : d.events().get(d.events().size() - 1).at();
    }

    private static Step copy(Step s, OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt,
                             String finishedBy) {
        return new Step(s.name(), s.kind(), s.role(), s.unitCode(), s.assignee(), s.budgetNanos(), startedAt, dueAt,
                finishedAt, s.pausedNanos(), finishedBy, s.sharePercent());
    }
}
