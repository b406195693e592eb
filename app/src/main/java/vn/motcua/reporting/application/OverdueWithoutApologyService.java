package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.identity.application.KnownOfficials;
import vn.motcua.identity.domain.KnownOfficial;
import vn.motcua.reporting.domain.OverdueWithoutApology;
import vn.motcua.reporting.infrastructure.OverdueWithoutApologyRepository;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.units.application.UnitService;

/**
 * The overdue-without-apology list of the caller's province ({@link OverdueWithoutApology}): each dossier names the
 * official who holds it now (the account's display name; a known official's too, KnownOfficials) and says why it is
 * there. Who: as the timeliness report.
 */
@ApplicationScoped
public class OverdueWithoutApologyService {

    /** The largest page. */
    public static final int MAX_SIZE = 500;

    @Inject
    OverdueWithoutApologyRepository dossiers;

    @Inject
    KnownOfficials officials;

    @Inject
    UnitService units;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public OverdueWithoutApology.Page page(OffsetDateTime now, int first, int size) {
        return page(now, now, first, size);
    }

    /** How many are on the list at {@code until} (not before {@code now}), as {@link #page} counts them. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public long total(OffsetDateTime now, OffsetDateTime until) {
        return dossiers.count(until.isBefore(now) ? now : until).total();
    }

    /**
     * The list as it will be at {@code until} (not before {@code now}): also the dossiers that become overdue
     * between now and then, the reminder before the due time; their reasons, read at {@code now}, are empty.
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public OverdueWithoutApology.Page page(OffsetDateTime now, OffsetDateTime until, int first, int size) {
        OffsetDateTime at = until.isBefore(now) ? now : until;
        OverdueWithoutApologyRepository.Counts counts = dossiers.count(at);
        List<OverdueWithoutApologyRepository.Row> rows = dossiers.page(at, counts, Math.max(0, first),
                Math.max(1, Math.min(size, MAX_SIZE)));
        Set<String> usernames = new HashSet<>();
        rows.forEach(r -> {
            if (r.assignee() != null) {
                usernames.add(r.assignee());
            }
        });
        Map<String, String> names = usernames.isEmpty() ? Map.of() : officials.names(TenantContext.require(), usernames);
        UnitNames unitNames = new UnitNames(units.snapshot().history(), UnitService.today());
        List<OverdueWithoutApology.Line> out = new ArrayList<>();
        for (OverdueWithoutApologyRepository.Row r : rows) {
            String name = r.assignee() == null ? null : names.getOrDefault(r.assignee(), KnownOfficial.nameFrom(r.assignee()));
            out.add(new OverdueWithoutApology.Line(r.code(), r.procedureCode(), r.procedureName(), r.unitCode(),
                    unitNames.name(r.unitCode()), r.assignee(), name, r.overdueFrom(), r.supplementCount(),
                    OverdueWithoutApology.reasons(r.overdueFrom(), r.supplementCount(), now)));
        }
        return new OverdueWithoutApology.Page(counts.total(), out);
    }
}
