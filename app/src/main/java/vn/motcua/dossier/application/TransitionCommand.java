package vn.motcua.dossier.application;

import java.time.OffsetDateTime;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.StepKind;

/**
 * One action on a dossier, with the version the caller read (optimistic locking) and the action's own fields:
 * reason/what is missing, new date (apology), unit and assignee (reassign, add step), step kind and hours (add
 * step), return method and electronic result (return).
 */
public record TransitionCommand(Action action, long expectedVersion, String reason, OffsetDateTime newDate,
                                String unitCode, String assignee, StepKind stepKind, String stepName, int stepHours,
                                ReturnMethod returnMethod, boolean electronicResult) {

    public static TransitionCommand of(Action action, long expectedVersion, String reason) {
        return new TransitionCommand(action, expectedVersion, reason, null, null, null, null, null, 0, null, false);
    }
}
