package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ServiceRateCounts;
import vn.motcua.reporting.domain.ServiceRateTable;
import vn.motcua.reporting.infrastructure.ServiceRateFactRepository;

/**
 * The service rates of the caller's province for a period (issue 13 item 4): shares by channel, digitisation, online
 * payment, electronic results, supplement requests, apologies and satisfaction, by the same scopes, groupings and
 * unit views as the timeliness report ({@link ReportUnits}). Read from the day facts only; each count's dossiers are
 * listed by the timeliness report's drill-down ({@link TimelinessService#drillDown}, the column named as here).
 * Who: as the timeliness report.
 */
@ApplicationScoped
public class ServiceRatesService {

    @Inject
    ServiceRateFactRepository facts;

    @Inject
    ReportUnits units;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public ServiceRateTable report(TimelinessService.Request r) {
        ReportPeriod p = r.period();
        ReportUnits.Units u = units.of(r);
        Map<String, ServiceRateCounts> during = u.rows(r.groupBy(),
                facts.during(r.groupBy(), u.stored(r.scope()), p.from(), p.to()), ServiceRateCounts::plus);
        ServiceRateTable table = switch (r.groupBy()) {
            case MONTH -> ServiceRateTable.byMonth(p, during);
            case NONE -> ServiceRateTable.single(during.getOrDefault("", ServiceRateCounts.ZERO), "Tổng cộng");
            case UNIT, FIELD, PROCEDURE -> ServiceRateTable.byKey(during, units.names(r.groupBy(), u));
            case OFFICIAL -> throw new IllegalArgumentException("service rates count dossiers, not officials' steps");
        };
        if (!table.nonNegative()) {
            // The facts never go below zero by construction; a negative count means facts in doubt
            throw new IllegalStateException("report facts do not add up for " + r + "; rebuild them");
        }
        return table;
    }
}
