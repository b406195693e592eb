package vn.motcua.targets.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.shared.Text;
import vn.motcua.shared.interfaces.rest.Dtos;
import vn.motcua.shared.interfaces.rest.Limit;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.domain.KpiTarget;

/** Data shapes of the KPI target operations (plain classes: see {@link Dtos}). */
public final class TargetDtos {

    private TargetDtos() { }

    public static class TargetDto {
        public Long id;
        @Limit(text = Text.Kind.CODE)
        public String unitRef;
        @Limit(text = Text.Kind.CODE)
        public String metric;
        @Limit(text = Text.Kind.CODE)
        public String groupCode;
        public BigDecimal targetValue;
        @Limit(text = Text.Kind.CODE)
        public String direction;
        public LocalDate deadline;
        public String sourceNote;
        public boolean generated;

        public static TargetDto of(KpiTarget t) {
            TargetDto d = new TargetDto();
            d.id = t.getId();
            d.unitRef = t.getUnitRef();
            d.metric = t.getMetric().name();
            d.groupCode = t.getGroupCode() == null ? null : t.getGroupCode().name();
            d.targetValue = t.getTargetValue();
            d.direction = t.getDirection().name();
            d.deadline = t.getDeadline();
            d.sourceNote = t.getSourceNote();
            d.generated = t.isGenerated();
            return d;
        }
    }

    public static class TargetYearDto {
        public int year;
        /** Send back with putTargets; -1 when the year has no targets yet. */
        public long version;
        public List<TargetDto> targets;

        public static TargetYearDto of(TargetService.YearTargets y) {
            TargetYearDto d = new TargetYearDto();
            d.year = y.year();
            d.version = y.version();
            d.targets = y.targets().stream().map(TargetDto::of).toList();
            return d;
        }
    }

    public static class PutTargetsRequest {
        public Long version;
        public List<TargetDto> targets;
    }
}
