package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.motcua.reporting.domain.PublicLateUnits;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitService;

/**
 * The public monthly lists (issue 13 item 6), for everyone without signing in: the province is named in the address
 * (its slug), looked up in the registry and bound for this read only, like the applicant's lookup binds the
 * province of a dossier code. An unknown province, or one absorbed into another, is "not found". Counts only.
 */
@ApplicationScoped
public class PublicListService {

    @Inject
    TenantRegistry tenants;

    @Inject
    TimelinessService timeliness;

    /** The month before the current one (business zone): the default of the lists. */
    public static YearMonth lastMonth() {
        return YearMonth.from(UnitService.today()).minusMonths(1);
    }

    /** The provinces served (active ones, by Vietnamese name), for a public page's choice of province. */
    public List<Tenant> provinces() {
        return tenants.list().stream().filter(Tenant::isActive)
                .sorted(Comparator.comparing(Tenant::getNameVi, Collator.getInstance(Locale.forLanguageTag("vi"))))
                .toList();
    }

    /** The province's display name (Vietnamese), for a page's heading; not found like the lists. */
    public Tenant province(String slug) {
        return tenants.find(slug).filter(Tenant::isActive)
                .orElseThrow(() -> DomainException.notFound("tenant.notFound",
                        slug == null || slug.length() <= 40 ? slug : slug.substring(0, 40) + "…"));
    }

    /** The units of province {@code slug} with late or overdue dossiers in {@code month}. */
    public PublicLateUnits lateUnits(String slug, YearMonth month) {
        Tenant t = province(slug);
        return TenantContext.call(t.getSlug(), () -> timeliness.lateUnits(month));
    }
}
