package vn.motcua.index.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.index.application.IndexScoringService;
import vn.motcua.index.application.PublishedScoresService;
import vn.motcua.index.domain.Band;
import vn.motcua.index.domain.MetricScore;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.index.domain.UnitScore;
import vn.motcua.shared.Text;
import vn.motcua.shared.interfaces.rest.Limit;

/** Request and response bodies of the index operations. */
public final class IndexDtos {

    private IndexDtos() { }

    /** scoreIndex's body: the day whose rule set applies, and the units with their counts. */
    public static class IndexScoreRequest {
        public LocalDate asOf;
        public List<IndexUnitRequest> units;
    }

    /** A unit: its metrics, or (an aggregate such as a province) the codes of other units of the request to pool. */
    public static class IndexUnitRequest {
        @Limit(text = Text.Kind.CODE)
        public String code;
        public UnitKind kind;
        public List<IndexMetricRequest> metrics;
        public List<String> members;
    }

    /** One metric: numerator and denominator, or ratioPct for a metric the portal publishes only as a ratio. */
    public static class IndexMetricRequest {
        @Limit(text = Text.Kind.CODE)
        public String code;
        @Limit(min = 0, max = 1_000_000_000_000L)
        public Long numerator;
        @Limit(min = 0, max = 1_000_000_000_000L)
        public Long denominator;
        public Double ratioPct;
    }

    public static class IndexScoreResponse {
        public String ruleSet;
        public String ruleSetName;
        public LocalDate ruleSetValidFrom;
        public LocalDate ruleSetValidTo;
        public List<IndexUnitScoreDto> units;

        public static IndexScoreResponse of(IndexScoringService.Scored s) {
            IndexScoreResponse r = new IndexScoreResponse();
            r.ruleSet = s.ruleSet().code();
            r.ruleSetName = s.ruleSet().name();
            r.ruleSetValidFrom = s.ruleSet().validFrom();
            r.ruleSetValidTo = s.ruleSet().validTo();
            r.units = s.units().stream().map(IndexUnitScoreDto::of).toList();
            return r;
        }
    }

    public static class IndexUnitScoreDto {
        public String code;
        public String kind;
        public double total;
        public String band;
        public String bandName;
        public boolean bandVerified;
        public int rank;
        public int kindRank;
        public Map<String, Double> groups;
        public List<IndexMetricScoreDto> metrics;
        public List<String> missing;

        static IndexUnitScoreDto of(UnitScore u) {
            IndexUnitScoreDto d = new IndexUnitScoreDto();
            d.code = u.code();
            d.kind = u.kind().name();
            d.total = u.total();
            Band b = u.band();
            d.band = b == null ? null : b.code();
            d.bandName = b == null ? null : b.nameVi();
            d.bandVerified = b != null && b.verified();
            d.rank = u.rank();
            d.kindRank = u.kindRank();
            d.groups = u.groups();
            d.metrics = u.metrics().stream().map(IndexMetricScoreDto::of).toList();
            d.missing = u.missing();
            return d;
        }
    }

    public static class IndexMetricScoreDto {
        public String code;
        public String group;
        public Long numerator;
        public Long denominator;
        public Double ratioPct;
        public Double score;
        public Double maxScore;
        public double pointsLost;
        public boolean given;

        static IndexMetricScoreDto of(MetricScore m) {
            IndexMetricScoreDto d = new IndexMetricScoreDto();
            d.code = m.code();
            d.group = m.group();
            d.numerator = m.numerator();
            d.denominator = m.denominator();
            d.ratioPct = m.ratioPct();
            d.score = m.score();
            d.maxScore = m.maxScore();
            d.pointsLost = m.pointsLost();
            d.given = m.given();
            return d;
        }
    }

    public static class ImportedDto {
        public LocalDate publishedOn;
        public int provinces;
        public boolean replaced;
        public String ruleSet;

        static ImportedDto of(PublishedScoresService.Imported i) {
            ImportedDto d = new ImportedDto();
            d.publishedOn = i.publishedOn();
            d.provinces = i.provinces();
            d.replaced = i.replaced();
            d.ruleSet = i.ruleSet();
            return d;
        }
    }

    public static class RankingDto {
        public LocalDate publishedOn;
        public String period;
        public String source;
        public String ruleSet;
        public List<LocalDate> publications;
        public List<RankedProvinceDto> provinces;

        static RankingDto of(PublishedScoresService.Ranking r) {
            RankingDto d = new RankingDto();
            d.publishedOn = r.publication().publishedOn();
            d.period = r.publication().period();
            d.source = r.publication().source();
            d.ruleSet = r.publication().ruleSet();
            d.publications = r.publications();
            d.provinces = r.provinces().stream().map(RankedProvinceDto::of).toList();
            return d;
        }
    }

    public static class RankedProvinceDto {
        public int rank;
        public String provinceCode;
        public String provinceName;
        public double total;
        public String band;
        public Map<String, Double> groups;
        public String tenant;

        static RankedProvinceDto of(PublishedScoresService.Ranked r) {
            RankedProvinceDto d = new RankedProvinceDto();
            d.rank = r.rank();
            d.provinceCode = r.score().provinceCode();
            d.provinceName = r.score().provinceName();
            d.total = r.score().total();
            d.band = r.band();
            d.groups = r.score().groups();
            d.tenant = r.tenant();
            return d;
        }
    }
}
