package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.reporting.domain.IndexScores;
import vn.motcua.reporting.domain.ReportPeriod;

/**
 * The province's index scores as the targets read them (issue 14 item 6): the province's and every unit's group
 * scores and total for a period, from {@link TenantIndexService} (the units that handled dossiers in the period);
 * nothing when no rule set is in force on the period's last day.
 */
@ApplicationScoped
public class IndexScoresProvider implements IndexScores {

    @Inject
    TenantIndexService index;

    @Inject
    IndexScoringService scoring;

    @Override
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Optional<Map<String, Map<String, Double>>> scores(LocalDate from, LocalDate to) {
        if (scoring.ruleSetIfAnyOn(to).isEmpty()) {
            return Optional.empty();
        }
        TenantIndexService.TenantIndex t = index.index(new ReportPeriod(from, to), null);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        out.put(PROVINCE, scoresOf(t.province()));
        // a unit with no dossier in the period is at no pace: it is not listed as responsible for a missed target
        t.units().stream().filter(u -> active(t.counts().units().get(u.code()).counts()))
                .forEach(u -> out.put(u.code(), scoresOf(u)));
        return Optional.of(out);
    }

    private static boolean active(vn.motcua.index.domain.DossierCounts c) {
        return c.handled() > 0 || c.received() > 0 || c.finished() > 0;
    }

    private static Map<String, Double> scoresOf(TenantIndexService.UnitIndex u) {
        Map<String, Double> m = new LinkedHashMap<>(u.score().groups());
        m.put(TOTAL, u.score().total());
        return m;
    }
}
