package vn.motcua.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.domain.CalendarFormat;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;
import vn.motcua.units.domain.UnitCodes;

/**
 * Everything a version of a procedure says, without identity or validity dates. Pure Java; {@link #validate}
 * lists every problem with the field it concerns, so an editor or an import can report them all at once. The
 * times are the deadline engine's own {@link StatutoryTime}: their input is checked where it is read (REST, files,
 * the editor) with {@link StatutoryTime#problems}, and a time that is not valid is never held here.
 */
public record ProcedureContent(
        ProcedureCode code,
        String name,
        String fieldCode,
        Set<Level> levels,
        List<String> unitRefs,
        StatutoryTime time,
        StatutoryTime onlineTime,
        List<Fee> fees,
        List<RequiredDocument> documents,
        OnlineKind onlineKind,
        boolean fullOnlineEligible,
        boolean paperResult,
        boolean individualApplicants,
        List<ProcessStep> steps,
        Publication publication) {

    public ProcedureContent {
        name = name == null ? "" : name.strip();
        fieldCode = fieldCode == null ? "" : fieldCode.strip();
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        unitRefs = unitRefs == null ? List.of() : unitRefs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        fees = fees == null ? List.of() : List.copyOf(fees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        steps = steps == null ? List.of() : List.copyOf(steps);
        publication = publication == null ? Publication.NONE : publication;
    }

    /** Every rule a version must satisfy; field names are those of the REST and file formats. */
    public List<FieldError> validate(java.util.function.Predicate<String> knownField) {
        List<FieldError> e = new ArrayList<>();
        if (code == null) {
            e.add(new FieldError("code", "procedure.code.invalid"));
        }
        if (name.isEmpty() || name.length() > Text.Kind.TITLE.max()) {
            e.add(new FieldError("name", "procedure.name.invalid"));
        }
        if (!knownField.test(fieldCode)) {
            e.add(new FieldError("field", "procedure.field.unknown", fieldCode));
        }
        if (levels.isEmpty()) {
            e.add(new FieldError("levels", "procedure.levels.required"));
        }
        if (time == null) {
            e.add(new FieldError("time", "procedure.time.required"));
        }
        if (onlineTime != null) {
            if (time != null && onlineTime.approximateHours() > time.approximateHours()) {
                e.add(new FieldError("onlineTime", "procedure.onlineTime.longer"));
            }
            if (onlineKind == OnlineKind.NONE) {
                e.add(new FieldError("onlineTime", "procedure.onlineTime.notOnline"));
            }
        }
        if (onlineKind == null) {
            e.add(new FieldError("onlineKind", "procedure.onlineKind.required"));
        } else if (onlineKind == OnlineKind.FULL && !fullOnlineEligible) {
            e.add(new FieldError("fullOnlineEligible", "procedure.fullOnline.notEligible"));
        }
        for (Fee f : fees) {
            if (!f.valid()) {
                e.add(new FieldError("fees", "procedure.fee.invalid"));
                break;
            }
        }
        for (RequiredDocument d : documents) {
            if (!d.valid()) {
                e.add(new FieldError("documents", "procedure.document.invalid"));
                break;
            }
        }
        validateSteps(e);
        Publication p = publication;
        if (p.decisionDate() != null && p.effectiveDate() != null && p.effectiveDate().isBefore(p.decisionDate())) {
            e.add(new FieldError("effectiveDate", "procedure.publication.effectiveBeforeDecision"));
        }
        if (p.decisionDate() != null && p.nationalDbDate() != null && p.nationalDbDate().isBefore(p.decisionDate())) {
            e.add(new FieldError("nationalDbDate", "procedure.publication.publishedBeforeDecision"));
        }
        return e;
    }

    /**
     * Every implementing unit ({@code unitRefs[i]}) and every step's unit ({@code steps[i].unitRef}, which may be
     * empty) names a unit of the province in force on {@code asOf}, the first day of the version, by its portal or
     * QCVN code; or it is {@code communeRef} ({@code <province>.XA}: "the commune handling the dossier"). Only the
     * province's own units are in {@code units}, so a refusal reveals nothing of another province's.
     */
    public List<FieldError> validateUnitRefs(UnitCodes units, String communeRef, LocalDate asOf) {
        List<FieldError> e = new ArrayList<>();
        for (int i = 0; i < unitRefs.size(); i++) {
            unitRef("unitRefs[" + i + "]", unitRefs.get(i), units, communeRef, asOf, e);
        }
        for (int i = 0; i < steps.size(); i++) {
            String ref = steps.get(i).unitRef();
            if (!ref.isEmpty()) {
                unitRef("steps[" + i + "].unitRef", ref, units, communeRef, asOf, e);
            }
        }
        return e;
    }

    private static void unitRef(String field, String ref, UnitCodes units, String communeRef, LocalDate asOf,
                                List<FieldError> e) {
        if (ref.equals(communeRef) || units.inForce(ref, asOf)) {
            return;
        }
        if (units.knows(ref)) {
            e.add(new FieldError(field, "procedure.unitRef.notInForce", ref, CalendarFormat.date(asOf),
                    units.periods(ref)));
        } else {
            e.add(new FieldError(field, "procedure.unitRef.unknown", ref, CalendarFormat.date(asOf), communeRef));
        }
    }

    private void validateSteps(List<FieldError> e) {
        if (steps.isEmpty()) {
            return;
        }
        boolean byShare = ProcessStep.byShare(steps);
        for (ProcessStep s : steps) {
            var problem = s.nameProblem().or(() -> s.durationProblem(byShare));
            if (problem.isPresent()) {
                e.add(new FieldError("steps", problem.get()));
                return;
            }
        }
        int sum = ProcessStep.shareTotal(steps);
        if (byShare && sum != ProcessStep.WHOLE_PERCENT) {
            e.add(new FieldError("steps", "procedure.step.sharesSum", sum));
        }
    }
}
