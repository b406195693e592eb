package vn.motcua.index.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.index.application.AggregatePublishingService;
import vn.motcua.index.application.ProvinceComparisonService;
import vn.motcua.index.domain.MetricScore;
import vn.motcua.index.domain.ProcedureAggregate;
import vn.motcua.index.domain.ScoreDistribution;
import vn.motcua.index.infrastructure.AggregateRepository;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.ProvinceIndexMetricDto;

/** Bodies of the published aggregates and of the central agencies' comparison. */
public final class ComparisonDtos {

    private ComparisonDtos() { }

    public static class PublishAggregatesRequest {
        @Schema(required = true, description = "first month, yyyy-MM")
        public String from;
        @Schema(description = "last month, yyyy-MM (default: from); at most 24 months")
        public String to;
    }

    /** One period published. */
    public static class PublishedPeriodDto {
        @Schema(enumeration = {"MONTH", "YEAR_TO_DATE"})
        public String kind;
        public String month;
        public LocalDate from;
        public LocalDate to;
        public double total;
        public String band;
        public int units;
        public int procedures;
        public OffsetDateTime publishedAt;
        public String publishedBy;

        static PublishedPeriodDto of(AggregatePublishingService.Published p) {
            PublishedPeriodDto d = new PublishedPeriodDto();
            d.kind = p.kind().name();
            d.month = p.month().toString();
            d.from = p.period().from();
            d.to = p.period().to();
            d.total = p.total();
            d.band = p.band();
            d.units = p.units();
            d.procedures = p.procedures();
            return d;
        }

        static PublishedPeriodDto of(AggregateRepository.PeriodRow r) {
            PublishedPeriodDto d = new PublishedPeriodDto();
            d.kind = r.kind().name();
            d.month = r.month().toString();
            d.from = r.from();
            d.to = r.to();
            d.total = r.total();
            d.band = r.band();
            d.units = r.units();
            d.procedures = r.procedures();
            d.publishedAt = r.publishedAt();
            d.publishedBy = r.publishedBy();
            return d;
        }
    }

    public static class PublishedAggregatesDto {
        /** The periods, the latest month first. */
        public List<PublishedPeriodDto> periods;
    }

    /** A province absorbed by the line's province, and its own total when it published the period. */
    public static class AbsorbedDto {
        public String code;
        public String name;
        public LocalDate mergedOn;
        public Double total;
    }

    /** How a province's units spread: count, lowest, quartiles, highest, and how many in each ten-point band. */
    public static class DistributionDto {
        public int count;
        public Double min;
        public Double q1;
        public Double median;
        public Double q3;
        public Double max;
        /** Units with a total in 0–9.99, 10–19.99, …, 90–100. */
        public List<Integer> bins;

        static DistributionDto of(ScoreDistribution s) {
            DistributionDto d = new DistributionDto();
            d.count = s.count();
            d.min = s.min();
            d.q1 = s.q1();
            d.median = s.median();
            d.q3 = s.q3();
            d.max = s.max();
            d.bins = java.util.Arrays.stream(s.bins()).boxed().toList();
            return d;
        }
    }

    public static class ProvinceLineDto {
        public String code;
        public String name;
        public int rank;
        public double total;
        public String band;
        public Map<String, Double> groups;
        public LocalDate from;
        public LocalDate to;
        public OffsetDateTime publishedAt;
        /** The provinces this one absorbed; their published counts of the period are pooled into this line. */
        public List<AbsorbedDto> absorbed;
        public DistributionDto units;

        static ProvinceLineDto of(ProvinceComparisonService.ProvinceLine l) {
            ProvinceLineDto d = new ProvinceLineDto();
            fill(d, l);
            return d;
        }

        static void fill(ProvinceLineDto d, ProvinceComparisonService.ProvinceLine l) {
            d.code = l.code();
            d.name = l.name();
            d.rank = l.rank();
            d.total = l.score().total();
            d.band = l.score().band() == null ? null : l.score().band().code();
            d.groups = l.score().groups();
            d.from = l.from();
            d.to = l.to();
            d.publishedAt = l.publishedAt();
            d.absorbed = l.absorbed().stream().map(a -> {
                AbsorbedDto x = new AbsorbedDto();
                x.code = a.code();
                x.name = a.name();
                x.mergedOn = a.mergedOn();
                x.total = a.total();
                return x;
            }).toList();
            d.units = DistributionDto.of(l.units());
        }
    }

    public static class ProvinceRankingDto {
        @Schema(enumeration = {"MONTH", "YEAR_TO_DATE"})
        public String kind;
        public String month;
        public String ruleSet;
        /** The provinces ranked (competition ranks) by their published totals. */
        public List<ProvinceLineDto> provinces;
        /** Active provinces of this deployment that have not published this period. */
        public List<String> notPublished;

        static ProvinceRankingDto of(ProvinceComparisonService.Ranking r) {
            ProvinceRankingDto d = new ProvinceRankingDto();
            d.kind = r.kind().name();
            d.month = r.month().toString();
            d.ruleSet = r.ruleSet();
            d.provinces = r.provinces().stream().map(ProvinceLineDto::of).toList();
            d.notPublished = r.notPublished();
            return d;
        }
    }

    /** A province compared: its line, every metric with its counts and score, its trend and its units. */
    public static class ComparedProvinceDto extends ProvinceLineDto {
        public List<ProvinceIndexMetricDto> metrics;
        /** The province's total and groups month by month (the year so far, or the last 12 months). */
        public List<TrendPointDto> trend;
        /** Its units' published scores, best first. */
        public List<ComparedUnitDto> unitScores;
    }

    public static class TrendPointDto {
        public String month;
        public double total;
        public Map<String, Double> groups;
    }

    public static class ComparedUnitDto {
        public String code;
        public String name;
        @Schema(enumeration = {"AGENCY", "COMMUNE"})
        public String kind;
        public double total;
        public String band;
        public Map<String, Double> groups;
    }

    public static class ProvinceComparisonDto {
        @Schema(enumeration = {"MONTH", "YEAR_TO_DATE"})
        public String kind;
        public String month;
        public String ruleSet;
        /** The groups in display order, with their maximum points. */
        public Map<String, Double> groupMax;
        /** The provinces in the order asked. */
        public List<ComparedProvinceDto> provinces;

        static ProvinceComparisonDto of(ProvinceComparisonService.Comparison c) {
            ProvinceComparisonDto d = new ProvinceComparisonDto();
            d.kind = c.kind().name();
            d.month = c.month().toString();
            d.ruleSet = c.ruleSet() == null ? null : c.ruleSet().code();
            d.groupMax = new LinkedHashMap<>();
            if (c.ruleSet() != null) {
                c.ruleSet().groups().forEach(g -> d.groupMax.put(g.code(), g.maxPoints()));
            }
            d.provinces = new ArrayList<>();
            for (ProvinceComparisonService.ProvinceLine l : c.provinces()) {
                ComparedProvinceDto p = new ComparedProvinceDto();
                ProvinceLineDto.fill(p, l);
                p.metrics = new ArrayList<>();
                for (MetricScore m : l.score().metrics()) {
                    p.metrics.add(ProvinceIndexMetricDto.of(m, l.values().get(m.code())));
                }
                p.trend = c.trends().getOrDefault(l.code(), List.of()).stream().map(t -> {
                    TrendPointDto x = new TrendPointDto();
                    x.month = t.month().toString();
                    x.total = t.total();
                    x.groups = t.groups();
                    return x;
                }).toList();
                p.unitScores = c.units().getOrDefault(l.code(), List.of()).stream().map(u -> {
                    ComparedUnitDto x = new ComparedUnitDto();
                    x.code = u.code();
                    x.name = u.name();
                    x.kind = u.kind().name();
                    x.total = u.total();
                    x.band = u.band();
                    x.groups = u.groups();
                    return x;
                }).toList();
                d.provinces.add(p);
            }
            return d;
        }
    }

    public static class ComparableProcedureDto {
        public String code;
        public String name;
        public int provinces;
        public long received;
    }

    public static class ComparableProceduresDto {
        @Schema(enumeration = {"MONTH", "YEAR_TO_DATE"})
        public String kind;
        public String month;
        /** The procedures, the most provinces first, then the most dossiers. */
        public List<ComparableProcedureDto> procedures;
    }

    /** One procedure's dossiers in one province (or in all of them). */
    public static class ProcedureFiguresDto {
        public String provinceCode;
        public String provinceName;
        public long received;
        public long receivedOnline;
        public BigDecimal onlinePct;
        public long finished;
        public long finishedOnTime;
        public BigDecimal onTimePct;
        public long openOverdue;
        /** Finished with a result, whose working days are measured. */
        public long measured;
        public Integer medianWorkingDays;
        public Integer p90WorkingDays;
        public BigDecimal averageWorkingDays;

        static ProcedureFiguresDto of(String code, String name, ProcedureAggregate a) {
            ProcedureFiguresDto d = new ProcedureFiguresDto();
            d.provinceCode = code;
            d.provinceName = name;
            d.received = a.received();
            d.receivedOnline = a.receivedOnline();
            d.onlinePct = a.onlinePct();
            d.finished = a.finished();
            d.finishedOnTime = a.finishedOnTime();
            d.onTimePct = a.onTimePct();
            d.openOverdue = a.openOverdue();
            d.measured = a.times().count();
            d.medianWorkingDays = a.medianDays();
            d.p90WorkingDays = a.p90Days();
            d.averageWorkingDays = a.times().average();
            return d;
        }
    }

    public static class ProcedureComparisonDto {
        public String code;
        public String name;
        @Schema(enumeration = {"MONTH", "YEAR_TO_DATE"})
        public String kind;
        public String month;
        /** Each province that published the procedure, by province code. */
        public List<ProcedureFiguresDto> provinces;
        /** All of them pooled: sums of counts, the percentiles of all their dossiers. */
        public ProcedureFiguresDto all;

        static ProcedureComparisonDto of(ProvinceComparisonService.ProcedureComparison c) {
            ProcedureComparisonDto d = new ProcedureComparisonDto();
            d.code = c.code();
            d.name = c.name();
            d.kind = c.kind().name();
            d.month = c.month().toString();
            d.provinces = new ArrayList<>();
            c.byProvince().forEach((code, a) -> d.provinces.add(ProcedureFiguresDto.of(code,
                    c.provinceNames().get(code), a)));
            d.all = ProcedureFiguresDto.of(null, null, c.all());
            return d;
        }
    }
}
