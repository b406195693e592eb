package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        ReportPeriod p = new ReportPeriod(from, to);
        return scores(List.of(p)).get(p);
    }

    @Override
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Map<ReportPeriod, Optional<Map<String, Map<String, Double>>>> scores(List<ReportPeriod> periods) {
        Map<ReportPeriod, Optional<Map<String, Map<String, Double>>>> out = new LinkedHashMap<>();
        List<ReportPeriod> scored = new ArrayList<>();
        for (ReportPeriod p : periods) {
            if (scoring.ruleSetIfAnyOn(p.to()).isEmpty()) {
                out.put(p, Optional.empty());
            } else {
                scored.add(p);
            }
        }
        index.indexes(scored, null).forEach((p, t) -> out.put(p, Optional.of(scoresOf(t))));
        return out;
    }

    private static Map<String, Map<String, Double>> scoresOf(TenantIndexService.TenantIndex t) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        out.put(PROVINCE, scoresOf(t.province()));
        // a unit with no dossier in the period is at no pace: it is not listed as responsible for a missed target
        t.units().stream().filter(u -> active(t.counts().units().get(u.code()).counts()))
                .forEach(u -> out.put(u.code(), scoresOf(u)));
        return out;
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
