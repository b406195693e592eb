package vn.motcua.index.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.index.application.TenantIndexService;
import vn.motcua.index.domain.IndexInput;
import vn.motcua.index.domain.Band;
import vn.motcua.index.domain.MetricScore;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.PointsLost;
import vn.motcua.reporting.domain.DrillDownDossier;
import vn.motcua.shared.Text;
import vn.motcua.shared.interfaces.rest.Limit;

/** Bodies of the province's own index: tenantIndex, simulateIndex, indexPointsLost, indexDrillDown, the inputs. */
public final class TenantIndexDtos {

    private TenantIndexDtos() { }

    public static class TenantIndexDto {
        public String ruleSet;
        public LocalDate from;
        public LocalDate to;
        public ProvinceIndexUnitDto province;
        public List<ProvinceIndexUnitDto> units;
        public StandingDto standing;

        static TenantIndexDto of(TenantIndexService.TenantIndex t) {
            TenantIndexDto d = new TenantIndexDto();
            d.ruleSet = t.counts().ruleSet().code();
            d.from = t.counts().period().from();
            d.to = t.counts().period().to();
            d.province = ProvinceIndexUnitDto.of(t.province());
            d.units = t.units().stream().map(ProvinceIndexUnitDto::of).toList();
            d.standing = StandingDto.of(t.standing());
            return d;
        }
    }

    /** A unit of the province (or the province): its score and every metric with its counts and source. */
    public static class ProvinceIndexUnitDto {
        public String code;
        public String name;
        public String kind;
        public double total;
        public String band;
        public String bandName;
        public int rank;
        public int kindRank;
        public Map<String, Double> groups;
        public List<ProvinceIndexMetricDto> metrics;
        /** Metrics with no value (not entered yet): they score nothing. */
        public List<String> missing;
        /** Metrics entered by the province administrator rather than counted by the product. */
        public List<String> entered;

        static ProvinceIndexUnitDto of(TenantIndexService.UnitIndex u) {
            ProvinceIndexUnitDto d = new ProvinceIndexUnitDto();
            d.code = u.code();
            d.name = u.name();
            d.kind = u.score().kind().name();
            d.total = u.score().total();
            Band b = u.score().band();
            d.band = b == null ? null : b.code();
            d.bandName = b == null ? null : b.nameVi();
            d.rank = u.score().rank();
            d.kindRank = u.score().kindRank();
            d.groups = u.score().groups();
            d.metrics = new ArrayList<>();
            d.missing = new ArrayList<>();
            d.entered = new ArrayList<>();
            for (MetricScore m : u.score().metrics()) {
                MetricValue v = u.values().get(m.code());
                d.metrics.add(ProvinceIndexMetricDto.of(m, v));
                if (v == null || v.source() == vn.motcua.index.domain.MetricSource.MISSING) {
                    d.missing.add(m.code());
                } else if (v.source() == vn.motcua.index.domain.MetricSource.ENTERED) {
                    d.entered.add(m.code());
                }
            }
            return d;
        }
    }

    public static class ProvinceIndexMetricDto {
        public String code;
        public String group;
        public Long numerator;
        public Long denominator;
        public Double ratioPct;
        public Double score;
        public Double maxScore;
        public double pointsLost;
        @Schema(enumeration = {"COMPUTED", "ENTERED", "RULE", "SIMULATED", "MISSING"})
        public String source;
        /** The parts of the shortfall: a drill-down column (or a procedure code for publicity) and its count. */
        public List<ShortfallDto> shortfall;

        static ProvinceIndexMetricDto of(MetricScore m, MetricValue v) {
            ProvinceIndexMetricDto d = new ProvinceIndexMetricDto();
            d.code = m.code();
            d.group = m.group();
            d.numerator = v == null ? null : v.numerator();
            d.denominator = v == null ? null : v.denominator();
            d.ratioPct = m.ratioPct();
            d.score = m.score();
            d.maxScore = m.maxScore();
            d.pointsLost = m.pointsLost();
            d.source = v == null ? "MISSING" : v.source().name();
            d.shortfall = v == null ? List.of() : v.shortfall().stream().filter(s -> s.count() > 0)
                    .map(s -> new ShortfallDto(s.column(), s.count())).toList();
            return d;
        }
    }

    public static class ShortfallDto {
        public String column;
        public long count;

        public ShortfallDto() { }

        ShortfallDto(String column, long count) {
            this.column = column;
            this.count = count;
        }
    }

    public static class StandingDto {
        public LocalDate publishedOn;
        public String period;
        /** The competition rank this total would have in that publication. */
        public int place;
        public int of;
        public Double publishedTotal;
        public Integer publishedPlace;

        static StandingDto of(TenantIndexService.Standing s) {
            if (s == null) {
                return null;
            }
            StandingDto d = new StandingDto();
            d.publishedOn = s.publishedOn();
            d.period = s.period();
            d.place = s.place();
            d.of = s.of();
            d.publishedTotal = s.publishedTotal();
            d.publishedPlace = s.publishedPlace();
            return d;
        }
    }

    /** simulateIndex's body: the period and the changed counts. */
    public static class SimulateIndexRequest {
        public LocalDate from;
        public LocalDate to;
        /** The day of the published ranking to compare with (the latest by default). */
        public LocalDate comparedWith;
        public List<IndexChangeRequest> changes;
    }

    public static class IndexChangeRequest {
        @Limit(text = Text.Kind.CODE)
        /** A unit's portal code; absent for a metric counted once for the province. */
        public String unitCode;
        @Limit(text = Text.Kind.CODE)
        public String metricCode;
        @Limit(min = 0, max = 1_000_000_000_000L)
        public Long numerator;
        @Limit(min = 0, max = 1_000_000_000_000L)
        public Long denominator;
    }

    public static class SimulationDto {
        public TenantIndexDto before;
        public TenantIndexDto after;
        /** The province's total after the changes less before them (after.province.total - before.province.total). */
        public double totalChange;

        static SimulationDto of(TenantIndexService.Simulation s) {
            SimulationDto d = new SimulationDto();
            d.before = TenantIndexDto.of(s.before());
            d.after = TenantIndexDto.of(s.after());
            d.totalChange = vn.motcua.index.domain.PortalArithmetic.round2(d.after.province.total
                    - d.before.province.total);
            return d;
        }
    }

    public static class PointsLostDto {
        public LocalDate from;
        public LocalDate to;
        public String by;
        public double provinceTotal;
        /** The points the province's total lacks of 100. */
        public double provinceLost;
        public List<CostDto> items;
    }

    public static class CostDto {
        /** A unit's portal code or a procedure code. */
        public String key;
        public String name;
        public double points;
        public Map<String, Double> pointsByMetric;
        public Map<String, Long> shortfall;

        static CostDto of(PointsLost.Cost c, String name) {
            CostDto d = new CostDto();
            d.key = c.key();
            d.name = name;
            d.points = c.points();
            d.pointsByMetric = c.pointsByMetric();
            d.shortfall = c.shortfall();
            return d;
        }
    }

    public static class IndexDrillDownDto {
        public String metric;
        public String column;
        public String unitCode;
        public String procedureCode;
        public long total;
        public int first;
        public int size;
        public List<IndexDossierDto> items;
    }

    /** A dossier behind a shortfall: codes and instants only, never the applicant. */
    public static class IndexDossierDto {
        public String code;
        public String procedureCode;
        public String competentUnitCode;
        public String channel;
        public OffsetDateTime receivedAt;
        public OffsetDateTime dueAt;
        public OffsetDateTime endedAt;
        public String timeliness;

        static IndexDossierDto of(DrillDownDossier x) {
            IndexDossierDto d = new IndexDossierDto();
            d.code = x.code();
            d.procedureCode = x.procedureCode();
            d.competentUnitCode = x.competentUnitCode();
            d.channel = x.channel();
            d.receivedAt = x.receivedAt();
            d.dueAt = x.dueAt();
            d.endedAt = x.endedAt();
            d.timeliness = x.timeliness();
            return d;
        }
    }

    /** putIndexInputs' body: every input of the period (what is not listed is removed). */
    public static class IndexInputsRequest {
        public List<IndexInputDto> inputs;
    }

    public static class IndexInputDto {
        @Limit(text = Text.Kind.CODE)
        /** A unit's portal code; absent for a metric counted once for the province. */
        public String unitCode;
        @Limit(text = Text.Kind.CODE)
        public String metricCode;
        @Limit(min = 0, max = 1_000_000_000_000L)
        public Long numerator;
        @Limit(min = 0, max = 1_000_000_000_000L)
        public Long denominator;
        @Limit(text = Text.Kind.TEXT)
        public String note;
        public String enteredBy;
        public OffsetDateTime enteredAt;

        static IndexInputDto of(IndexInput e) {
            IndexInputDto d = new IndexInputDto();
            d.unitCode = e.unitCode().isEmpty() ? null : e.unitCode();
            d.metricCode = e.metricCode();
            d.numerator = e.numerator();
            d.denominator = e.denominator();
            d.note = e.note();
            d.enteredBy = e.enteredBy();
            d.enteredAt = e.enteredAt();
            return d;
        }
    }

    public static class IndexInputsDto {
        public LocalDate from;
        public LocalDate to;
        /** Metrics the administrator may enter under this rule set. */
        public List<String> enterable;
        public List<IndexInputDto> inputs;
        public Integer replaced;
    }
}
