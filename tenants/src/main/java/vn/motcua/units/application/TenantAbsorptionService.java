package vn.motcua.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * A platform operation: one province absorbs another (Bình Định into Gia Lai on 1 Jul 2025).
 *
 * <p>Why two transactions, in this order. One transaction can be bound to only one province
 * ({@code TransactionTenantBinding} refuses a second), and row-level security lets a transaction see only the
 * province it is bound to — which is the point. So the operation is split by province, through explicit
 * {@link TenantContext#call} sections:
 * <ol>
 *   <li>bound to the <em>absorbed</em> province: read its units, versions and links (read-only);</li>
 *   <li>bound to the <em>absorbing</em> province: write the copies and links, and mark the absorbed tenant
 *       MERGED in {@code platform.tenant} (platform data, not under RLS, so it joins this transaction).</li>
 * </ol>
 * All writes therefore happen in one transaction and commit or roll back together. The absorbed province's
 * own rows are left untouched (its history stays readable there too). A change to the absorbed province
 * between the two steps is caught: step 2 re-checks the tenant's version and status, and refuses a second
 * absorption of the same province.
 */
@ApplicationScoped
public class TenantAbsorptionService {

    @Inject
    TenantRegistry tenants;

    @Inject
    UnitService units;

    public UnitService.Outcome absorb(String absorbingSlug, String absorbedSlug, LocalDate date,
                                      Map<Long, List<Long>> mapping, boolean preview) {
        Tenant absorbing = tenants.get(absorbingSlug);
        if (absorbedSlug == null || absorbedSlug.isBlank()) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("absorbed", "field.required")));
        }
        if (date == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("date", "field.required")));
        }
        Tenant absorbed = tenants.get(absorbedSlug);
        if (absorbing.getSlug().equals(absorbed.getSlug())) {
            throw DomainException.invalid("unit.absorb.sameTenant");
        }
        if (!absorbing.isActive() || !absorbed.isActive()) {
            throw DomainException.conflict("unit.absorb.notActive");
        }
        if (!date.isAfter(absorbed.getActiveFrom())) {
            throw DomainException.invalid("unit.absorb.dateBeforeStart", absorbed.getActiveFrom());
        }
        UnitsSnapshot old = TenantContext.call(absorbed.getSlug(), units::snapshot);
        return TenantContext.call(absorbing.getSlug(), () -> units.absorb(absorbed.getSlug(), absorbed.getVersion(),
                old.history(), old.generatedIds(), date, mapping == null ? Map.of() : mapping, preview));
    }
}
