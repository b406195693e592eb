package vn.motcua.reporting.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.TargetsStatusService;
import vn.motcua.reporting.domain.MetricRatio;
import vn.motcua.reporting.domain.TargetEvaluation;
import vn.motcua.reporting.domain.TargetProjection;
import vn.motcua.targets.domain.KpiTarget;

/** Data shapes of targetsStatus (classes with public fields, as every DTO here). */
public final class TargetStatusDtos {

    private TargetStatusDtos() { }

    @Schema(description = "The province's KPI targets of a year against their actual values up to asOf")
    public static class TargetsStatusDto {
        public int year;
        public LocalDate asOf;
        public List<TargetStatusDto> targets;

        public static TargetsStatusDto of(TargetsStatusService.TargetsStatus s) {
            TargetsStatusDto d = new TargetsStatusDto();
            d.year = s.year();
            d.asOf = s.asOf();
            d.targets = s.targets().stream().map(TargetStatusDto::of).toList();
            return d;
        }
    }

    @Schema(description = "A rate as counts: value = numerator / denominator in percent, 2 decimals, absent when the "
            + "denominator is 0")
    public static class RatioDto {
        public long numerator;
        public long denominator;
        public BigDecimal value;

        void set(MetricRatio r) {
            numerator = r.numerator();
            denominator = r.denominator();
            value = r.percent();
        }
    }

    @Schema(description = "One month of the target's period (yyyy-MM; the last one may be partial, up to measuredTo); "
            + "score: that month's own index score, for a target on the index")
    public static class MonthDto extends RatioDto {
        public String month;
        public Double score;
    }

    @Schema(description = "A target and where it stands. status: ON_TRACK / AT_RISK before the deadline (by the "
            + "projection), MET / MISSED from it on (by the actual value), NO_DATA (no dossiers counted), NOT_COMPUTED "
            + "(reason says why). actual: over the period from 'from' to measuredTo; projected: the cumulative value "
            + "expected at periodEnd from the trend of the last 6 complete months (absent from the deadline on); "
            + "shortBy: dossiers short of the target at periodEnd. A target on the index (INDEX_TOTAL, INDEX_GROUP_SCORE) "
            + "has actualScore (the score from 'from' to measuredTo) and shortByPoints instead, each month's own score "
            + "and no projection")
    public static class TargetStatusDto extends RatioDto {
        public Long id;
        public String unitRef;
        public String unitName;
        public String metric;
        public String groupCode;
        public BigDecimal targetValue;
        public String direction;
        public LocalDate deadline;
        public LocalDate from;
        public LocalDate measuredTo;
        public LocalDate periodEnd;
        public String status;
        public String reasonCode;
        public String reason;
        public BigDecimal projected;
        public long shortBy;
        public Double actualScore;
        public Double shortByPoints;
        public List<MonthDto> months;
        public List<UnitAtRiskDto> unitsAtRisk;

        static TargetStatusDto of(TargetsStatusService.TargetLine l) {
            KpiTarget t = l.target();
            TargetStatusDto d = new TargetStatusDto();
            d.id = t.getId();
            d.unitRef = t.getUnitRef();
            d.unitName = l.unitName();
            d.metric = t.getMetric().name();
            d.groupCode = t.getGroupCode() == null ? null : t.getGroupCode().name();
            d.targetValue = t.getTargetValue();
            d.direction = t.getDirection().name();
            d.deadline = t.getDeadline();
            d.from = l.from();
            d.measuredTo = l.measuredTo();
            d.periodEnd = l.end();
            d.unitsAtRisk = l.unitsAtRisk().stream().map(UnitAtRiskDto::of).toList();
            if (l.notComputed() != null) {
                d.status = "NOT_COMPUTED";
                d.reasonCode = l.notComputed().name();
                d.reason = l.notComputed().text();
                d.months = List.of();
                return d;
            }
            if (l.score() != null) {
                d.status = l.score().status().name();
                d.actualScore = l.score().actual();
                d.shortByPoints = l.score().shortBy();
                d.months = l.score().months().stream().map(m -> {
                    MonthDto x = new MonthDto();
                    x.month = m.month().toString();
                    x.score = m.score();
                    return x;
                }).toList();
                return d;
            }
            TargetEvaluation e = l.evaluation();
            d.set(e.actual());
            d.status = e.status().name();
            d.projected = e.projected() == null ? null : e.projected().percent();
            d.shortBy = e.shortBy();
            d.months = e.months().stream().map(TargetStatusDto::month).toList();
            return d;
        }

        static MonthDto month(TargetProjection.Month m) {
            MonthDto d = new MonthDto();
            d.month = m.month().toString();
            d.set(m.ratio());
            return d;
        }
    }

    @Schema(description = "A unit of today that will miss (or missed) a province-wide target at its current pace: its "
            + "actual value so far, projection and the dossiers it is short by at the deadline")
    public static class UnitAtRiskDto extends RatioDto {
        public String code;
        public String name;
        public String status;
        public BigDecimal projected;
        public long shortBy;
        public Double actualScore;
        public Double shortByPoints;

        static UnitAtRiskDto of(TargetsStatusService.UnitAtRisk u) {
            UnitAtRiskDto d = new UnitAtRiskDto();
            d.code = u.code();
            d.name = u.name();
            if (u.score() != null) {
                d.status = u.score().status().name();
                d.actualScore = u.score().actual();
                d.shortByPoints = u.score().shortBy();
                return d;
            }
            d.set(u.evaluation().actual());
            d.status = u.evaluation().status().name();
            d.projected = u.evaluation().projected() == null ? null : u.evaluation().projected().percent();
            d.shortBy = u.evaluation().shortBy();
            return d;
        }
    }
}
