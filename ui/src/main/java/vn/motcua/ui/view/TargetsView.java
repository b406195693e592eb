package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.identity.domain.Role;
import vn.motcua.reporting.application.TargetsStatusService;
import vn.motcua.reporting.domain.TargetEvaluation;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.shared.DomainException;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.application.TargetService.TargetInput;
import vn.motcua.targets.domain.Direction;
import vn.motcua.targets.domain.IndexGroup;
import vn.motcua.targets.domain.KpiTarget;
import vn.motcua.targets.domain.Metric;

/**
 * config/targets.xhtml: the province's KPI targets of a year. Everyone of the province reads them (leaders above all);
 * the province administrator edits the year's set, saved as a whole under the version read.
 */
@Named
@ViewScoped
public class TargetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable row. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String unitRef;
        private Metric metric = Metric.ON_TIME_RATE;
        private IndexGroup groupCode;
        private BigDecimal targetValue;
        private Direction direction = Direction.AT_LEAST;
        private LocalDate deadline;
        private String sourceNote;
        private boolean generated;

        static Line of(KpiTarget t) {
            Line l = new Line();
            l.unitRef = t.getUnitRef();
            l.metric = t.getMetric();
            l.groupCode = t.getGroupCode();
            l.targetValue = t.getTargetValue();
            l.direction = t.getDirection();
            l.deadline = t.getDeadline();
            l.sourceNote = t.getSourceNote();
            l.generated = t.isGenerated();
            return l;
        }

        TargetInput toInput() {
            return new TargetInput(unitRef, metric, metric == Metric.INDEX_GROUP_SCORE ? groupCode : null, targetValue,
                    direction, deadline, sourceNote);
        }

        public String getUnitRef() { return unitRef; }
        public void setUnitRef(String unitRef) { this.unitRef = unitRef; }
        public Metric getMetric() { return metric; }
        public void setMetric(Metric metric) { this.metric = metric; }
        public IndexGroup getGroupCode() { return groupCode; }
        public void setGroupCode(IndexGroup groupCode) { this.groupCode = groupCode; }
        public BigDecimal getTargetValue() { return targetValue; }
        public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
        public Direction getDirection() { return direction; }
        public void setDirection(Direction direction) { this.direction = direction; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
        public String getSourceNote() { return sourceNote; }
        public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
        public boolean isGenerated() { return generated; }
    }

    @Inject
    TargetService targets;

    @Inject
    CurrentUser user;

    @Inject
    TargetsStatusService status;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    private int year = LocalDate.now(OfficeHours.VIETNAM).getYear();
    private List<Integer> years = List.of();
    private List<Line> lines = new ArrayList<>();
    private long version = -1;
    private Map<String, Actual> actuals = Map.of();

    /** A target's actual value up to today (targetsStatus), shown beside it to those who may read reports. */
    public record Actual(BigDecimal value, long numerator, long denominator, BigDecimal projected, String status,
                         String reason, Double score) implements Serializable { }

    public void load() {
        if (user.getTenantId() == null) {
            access.refuse();
            return;
        }
        refresh();
    }

    public void refresh() {
        List<Integer> ys = new ArrayList<>(targets.years());
        int now = LocalDate.now(OfficeHours.VIETNAM).getYear();
        for (int y = now + 1; y >= now - 1; y--) {
            if (!ys.contains(y)) {
                ys.add(y);
            }
        }
        ys.sort((a, b) -> b - a);
        years = ys;
        TargetService.YearTargets t = targets.list(year);
        version = t.version();
        lines = new ArrayList<>(t.targets().stream().map(Line::of).toList());
        actuals = isShowActuals() ? actuals(year) : Map.of();
    }

    /** Province administrators and leaders, unit leaders: the roles of the reports. */
    public boolean isShowActuals() {
        return !user.isPlatform() && user.hasAny(Role.PROVINCE_ADMIN, Role.PROVINCE_LEADER, Role.UNIT_LEADER);
    }

    private Map<String, Actual> actuals(int y) {
        Map<String, Actual> out = new HashMap<>();
        for (TargetsStatusService.TargetLine l : status.status(y, LocalDate.now(OfficeHours.VIETNAM)).targets()) {
            KpiTarget k = l.target();
            TargetEvaluation e = l.evaluation();
            Actual a;
            if (l.score() != null) {
                a = new Actual(null, 0, 0, null, l.score().status().name(), null, l.score().actual());
            } else if (e == null) {
                a = new Actual(null, 0, 0, null, "NOT_COMPUTED", l.notComputed().name(), null);
            } else {
                a = new Actual(e.actual().percent(), e.actual().numerator(), e.actual().denominator(),
                        e.projected() == null ? null : e.projected().percent(), e.status().name(), null, null);
            }
            out.put(key(k.getUnitRef(), k.getMetric(), k.getGroupCode()), a);
        }
        return out;
    }

    private static String key(String unitRef, Metric metric, IndexGroup group) {
        return (unitRef == null ? "" : unitRef) + "|" + metric + "|" + group;
    }

    /** The line's actual value as last read (null for a line not saved yet). */
    public Actual actual(Line line) {
        return actuals.get(key(line.getUnitRef() == null || line.getUnitRef().isBlank() ? null : line.getUnitRef().strip(),
                line.getMetric(), line.getGroupCode()));
    }

    public boolean isCanEdit() {
        return user.isProvinceAdmin();
    }

    public void addLine() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        lines.remove(line);
    }

    public void save() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        try {
            targets.put(year, version, lines.stream().map(Line::toInput).toList());
            feedback.info("targets.saved", year);
            refresh();
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    public List<Metric> getMetrics() { return List.of(Metric.values()); }
    public List<IndexGroup> getGroups() { return List.of(IndexGroup.values()); }
    public List<Direction> getDirections() { return List.of(Direction.values()); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<Line> getLines() { return lines; }
    public long getVersion() { return version; }
}
