package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.application.KnownOfficials;
import vn.motcua.identity.domain.KnownOfficial;
import vn.motcua.reporting.domain.LateOfficials;
import vn.motcua.reporting.infrastructure.StepFactRepository;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitService;

/**
 * Officials in the province's reports outside the 06a table: the public monthly list of officials with late steps
 * (no sign-in; the province is the one named in the path, bound for that read only, as the public dossier lookup
 * binds the one named by a dossier code) and the province's setting that decides whether that list names them.
 */
@ApplicationScoped
public class OfficialReports {

    /** A published list: the province, the month, whether names are published, its lines. */
    public record PublicList(String province, YearMonth month, boolean named, List<LateOfficials.Line> lines) { }

    @Inject
    PublicListService lists;

    @Inject
    Reader reader;

    @Inject
    StepFactRepository settings;

    /** The list of {@code province} (an active province's id, else 404, as {@link PublicListService}) for {@code month}. */
    public PublicList lateOfficials(String province, YearMonth month) {
        Tenant t = lists.province(province);
        return TenantContext.call(t.getSlug(), () -> reader.read(t.getSlug(), month));
    }

    /** Whether the caller's province publishes officials' names in its public lists. */
    @Transactional
    @RolesAllowed("PROVINCE_ADMIN")
    public boolean publishesOfficialNames() {
        return settings.publishesOfficialNames();
    }

    /** Sets it (the province's administrator). */
    @Transactional
    @RolesAllowed("PROVINCE_ADMIN")
    public boolean publishOfficialNames(boolean publish) {
        settings.publishOfficialNames(publish, CallerContext.actorName());
        return settings.publishesOfficialNames();
    }

    /** The reads of one list, in one transaction bound to the province. */
    @ApplicationScoped
    public static class Reader {

        @Inject
        StepFactRepository facts;

        @Inject
        KnownOfficials officials;

        @Inject
        UnitService units;

        @Transactional
        public PublicList read(String tenant, YearMonth month) {
            List<LateOfficials.Row> rows = facts.late(month.atDay(1), month.atEndOfMonth());
            boolean named = facts.publishesOfficialNames();
            Map<String, String> names = Map.of();
            if (named) {
                Set<String> usernames = new HashSet<>();
                rows.forEach(r -> usernames.add(r.official()));
                names = officials.names(tenant, usernames);
            }
            Map<String, String> known = names;
            UnitNames unitNames = new UnitNames(units.snapshot().history(), month.atEndOfMonth());
            List<LateOfficials.Line> lines = LateOfficials.publish(rows, named,
                    u -> known.getOrDefault(u, KnownOfficial.nameFrom(u)), unitNames::name);
            return new PublicList(tenant, month, named, lines);
        }
    }
}
