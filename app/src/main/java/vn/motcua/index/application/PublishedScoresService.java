package vn.motcua.index.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.index.domain.CompetitionRanks;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.PublishedScore;
import vn.motcua.index.infrastructure.PublishedScoreRepository;
import vn.motcua.index.infrastructure.PublishedScoreRepository.Publication;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.Table;

/**
 * The national portal's published ranking of the provinces: imported by the platform administrator
 * (importPublishedScores, all or nothing, the same day's publication replaced), read by everyone signed in
 * (centralIndexRanking), ranked by competition ranks on the published totals.
 */
@ApplicationScoped
@Transactional
public class PublishedScoresService {

    @Inject
    PublishedScoreRepository published;

    @Inject
    IndexScoringService scoring;

    /** The import's outcome: how many provinces, and whether a publication of the same day was replaced. */
    public record Imported(LocalDate publishedOn, int provinces, boolean replaced, String ruleSet) { }

    /** One line of a ranking: the province's competition rank, its published scores, its tenant here (or null). */
    public record Ranked(int rank, PublishedScore score, String band, String tenant) { }

    /** A publication ranked, with the days of every publication there is. */
    public record Ranking(Publication publication, List<Ranked> provinces, List<LocalDate> publications) { }

    public Imported importPublished(LocalDate publishedOn, String period, String source, Table table) {
        String user = CallerContext.actorName();
        IndexRuleSet rules = scoring.ruleSetOn(publishedOn);
        List<PublishedScore> scores = PublishedScoresFile.parse(table, rules);
        boolean replaced = published.replace(new Publication(publishedOn, period, source, rules.code(), user), scores);
        return new Imported(publishedOn, scores.size(), replaced, rules.code());
    }

    /** The publication of {@code day} (the latest when null), ranked; 404 when there is none. */
    public Ranking ranking(LocalDate day) {
        Publication p = published.publication(day).orElseThrow(() -> day == null
                ? DomainException.notFound("index.published.none")
                : DomainException.notFound("index.published.notOn", day));
        IndexRuleSet rules = scoring.ruleSetOn(p.publishedOn());
        List<PublishedScore> scores = published.scores(p.publishedOn());
        int[] ranks = CompetitionRanks.of(scores.stream().mapToDouble(PublishedScore::total).toArray());
        Map<String, String> tenants = published.tenantsByProvinceCode();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            PublishedScore s = scores.get(i);
            var band = rules.band(s.total());
            ranked.add(new Ranked(ranks[i], ordered(s, rules), band == null ? null : band.code(),
                    tenants.get(s.provinceCode())));
        }
        ranked.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
                : Integer.compare(a.score().position(), b.score().position()));
        return new Ranking(p, ranked, published.days());
    }

    private static PublishedScore ordered(PublishedScore s, IndexRuleSet rules) {
        Map<String, Double> groups = new LinkedHashMap<>();
        rules.groups().forEach(g -> groups.put(g.code(), s.groups().get(g.code())));
        return new PublishedScore(s.provinceCode(), s.provinceName(), s.position(), s.total(), groups);
    }
}
