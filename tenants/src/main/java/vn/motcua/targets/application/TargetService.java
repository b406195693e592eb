package vn.motcua.targets.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.targets.domain.Direction;
import vn.motcua.targets.domain.GroupPoints;
import vn.motcua.targets.domain.IndexGroup;
import vn.motcua.targets.domain.KpiTarget;
import vn.motcua.targets.domain.KpiTargetSet;
import vn.motcua.targets.domain.Metric;
import vn.motcua.targets.infrastructure.TargetRepository;
import vn.motcua.shared.Text;

/** The current province's KPI targets, per year; a year's set is replaced atomically under an optimistic version. */
@ApplicationScoped
public class TargetService {

    /** What a caller asks for; validated together by {@link #put}. */
    public record TargetInput(String unitRef, Metric metric, IndexGroup groupCode, BigDecimal targetValue,
                              Direction direction, LocalDate deadline, String sourceNote) { }

    /** A year's targets and the version to send back when replacing them (-1: none set yet). */
    public record YearTargets(int year, long version, List<KpiTarget> targets) { }

    @Inject
    TargetRepository targets;

    @Inject
    GroupPoints groupPoints;

    @Transactional
    public YearTargets list(int year) {
        checkYear(year);
        KpiTargetSet set = targets.findSet(year);
        List<KpiTarget> rows = targets.targets(year);
        return new YearTargets(year, set == null ? -1 : set.getVersion(), rows);
    }

    /** The years that have targets, newest first. */
    @Transactional
    public List<Integer> years() {
        return targets.years();
    }

    /**
     * Replaces the year's targets with {@code inputs}. {@code expectedVersion}: the version read (-1 if the year had
     * none); a mismatch means someone else changed them meanwhile (409).
     */
    @Transactional
    public YearTargets put(int year, long expectedVersion, List<TargetInput> inputs) {
        checkYear(year);
        validate(inputs, year, groupPoints);
        KpiTargetSet set = targets.findSet(year);
        String actor = CallerContext.actorName();
        if (set == null) {
            if (expectedVersion != -1) {
                throw DomainException.conflict("target.changedMeanwhile");
            }
            set = new KpiTargetSet(year, actor);
            targets.addSet(set);
        } else {
            if (set.getVersion() != expectedVersion) {
                throw DomainException.conflict("target.changedMeanwhile");
            }
            set.touch(actor);
            targets.deleteTargets(year);
        }
        insert(year, inputs, false);
        targets.flush();
        return list(year);
    }

    /** Demo data: creates the year's set only if the province has none for that year. */
    @Transactional
    public boolean ensureGenerated(int year, List<TargetInput> inputs) {
        if (targets.findSet(year) != null) {
            return false;
        }
        validate(inputs, year, groupPoints);
        targets.addSet(new KpiTargetSet(year, "demo"));
        insert(year, inputs, true);
        return true;
    }

    private void insert(int year, List<TargetInput> inputs, boolean generated) {
        for (TargetInput t : inputs) {
            targets.add(new KpiTarget(year, blankToNull(t.unitRef()), t.metric(), t.groupCode(), t.targetValue(),
                    t.direction(), t.deadline(), blankToNull(t.sourceNote()), generated));
        }
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2200) {
            throw DomainException.invalid(List.of(new FieldError("year", "target.year.invalid")));
        }
    }

    static void validate(List<TargetInput> targets, int year, GroupPoints points) {
        List<FieldError> errors = check(targets, year, points);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /** Every problem of a year's targets (empty when valid), so callers can report them with their own. */
    public List<FieldError> check(List<TargetInput> targets, int year) {
        return check(targets, year, groupPoints);
    }

    static List<FieldError> check(List<TargetInput> targets, int year, GroupPoints points) {
        List<FieldError> errors = new ArrayList<>();
        if (targets == null) {
            return List.of(new FieldError("targets", "field.required"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetInput t = targets.get(i);
            String at = "targets[" + i + "].";
            if (t == null) {
                errors.add(new FieldError("targets[" + i + "]", "field.required"));
                continue;
            }
            OptionalDouble max = OptionalDouble.of(Metric.MAX);
            if (t.metric() == null) {
                errors.add(new FieldError(at + "metric", "target.metric.required"));
            } else if ((t.metric() == Metric.INDEX_GROUP_SCORE) != (t.groupCode() != null)) {
                errors.add(new FieldError(at + "groupCode", "target.group.mismatch"));
            } else if (t.groupCode() != null) {
                max = points.of(t.groupCode(), year);
                if (max.isEmpty()) {
                    errors.add(new FieldError(at + "groupCode", "target.group.notInRuleSet", t.groupCode(), year));
                }
            }
            if (t.direction() == null) {
                errors.add(new FieldError(at + "direction", "target.direction.required"));
            }
            if (t.targetValue() == null) {
                errors.add(new FieldError(at + "targetValue", "target.value.required"));
            } else if (t.metric() != null && max.isPresent() && (t.targetValue().signum() < 0
                    || t.targetValue().doubleValue() > max.getAsDouble()
                    || t.targetValue().scale() > 2 && t.targetValue().stripTrailingZeros().scale() > 2)) {
                errors.add(new FieldError(at + "targetValue", "target.value.range", max.getAsDouble()));
            }
            if (t.unitRef() != null && t.unitRef().strip().length() > Text.Kind.CODE.max()) {
                errors.add(new FieldError(at + "unitRef", "target.unitRef.tooLong"));
            }
            if (t.sourceNote() != null && t.sourceNote().length() > Text.Kind.TEXT.max()) {
                errors.add(new FieldError(at + "sourceNote", "target.note.tooLong"));
            }
            String key = (t.unitRef() == null ? "" : t.unitRef().strip()) + "|" + t.metric() + "|" + t.groupCode();
            if (t.metric() != null && !keys.add(key)) {
                errors.add(new FieldError(at + "metric", "target.duplicate"));
            }
        }
        return errors;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
