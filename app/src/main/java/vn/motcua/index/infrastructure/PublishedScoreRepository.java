package vn.motcua.index.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.index.domain.PublishedScore;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The portal's published province scores (platform.index_publication, V20). Callers hold the transaction. */
@ApplicationScoped
public class PublishedScoreRepository {

    @Inject
    TenantPersistence persistence;

    /** A publication: its day, the period it covers, where it came from, the rule set it was checked against. */
    public record Publication(LocalDate publishedOn, String period, String source, String ruleSet, String importedBy) { }

    /** Replaces the publication of that day (if any) with these scores; true if one was replaced. */
    public boolean replace(Publication p, List<PublishedScore> scores) {
        var em = persistence.platformEm();
        int removed = em.createNativeQuery("DELETE FROM platform.index_publication WHERE published_on = ?1")
                .setParameter(1, p.publishedOn()).executeUpdate();
        em.createNativeQuery("INSERT INTO platform.index_publication (published_on, period, source, rule_set, imported_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, p.publishedOn()).setParameter(2, p.period())
                .setParameter(3, p.source()).setParameter(4, p.ruleSet()).setParameter(5, p.importedBy()).executeUpdate();
        for (PublishedScore s : scores) {
            String groups = AggregateRepository.groupsJson(s.groups());
            em.createNativeQuery("INSERT INTO platform.index_published_score (published_on, province_code, province_name,"
                            + " position, total, groups) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb))")
                    .setParameter(1, p.publishedOn()).setParameter(2, s.provinceCode()).setParameter(3, s.provinceName())
                    .setParameter(4, s.position()).setParameter(5, s.total()).setParameter(6, groups)
                    .executeUpdate();
        }
        return removed > 0;
    }

    /** The publication of that day, or the latest when {@code day} is null. */
    @SuppressWarnings("unchecked")
    public Optional<Publication> publication(LocalDate day) {
        String select = "SELECT published_on, period, source, rule_set, imported_by FROM platform.index_publication";
        List<Object[]> rows = day == null
                ? persistence.platformEm().createNativeQuery(select + " ORDER BY published_on DESC LIMIT 1").getResultList()
                : persistence.platformEm().createNativeQuery(select + " WHERE published_on = ?1").setParameter(1, day)
                        .getResultList();
        return rows.stream().findFirst().map(r -> new Publication(day(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4]));
    }

    /** Every publication's day, the latest first. */
    @SuppressWarnings("unchecked")
    public List<LocalDate> days() {
        return ((List<Object>) persistence.platformEm().createNativeQuery(
                "SELECT published_on FROM platform.index_publication ORDER BY published_on DESC").getResultList())
                .stream().map(PublishedScoreRepository::day).toList();
    }

    /** The scores of a publication, in its published order. */
    @SuppressWarnings("unchecked")
    public List<PublishedScore> scores(LocalDate day) {
        return ((List<Object[]>) persistence.platformEm().createNativeQuery("SELECT province_code, province_name, position,"
                        + " total, groups::text FROM platform.index_published_score WHERE published_on = ?1 ORDER BY position")
                .setParameter(1, day).getResultList()).stream().map(r -> new PublishedScore((String) r[0],
                (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).doubleValue(), AggregateRepository.groups((String) r[4]))).toList();
    }

    /** Which tenant of this deployment each province code is (platform.tenant.province_code). */
    @SuppressWarnings("unchecked")
    public Map<String, String> tenantsByProvinceCode() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) persistence.platformEm().createNativeQuery(
                "SELECT province_code, id FROM platform.tenant").getResultList()) {
            m.put((String) r[0], (String) r[1]);
        }
        return m;
    }

    private static LocalDate day(Object v) {
        return v instanceof LocalDate d ? d : ((Date) v).toLocalDate();
    }
}
