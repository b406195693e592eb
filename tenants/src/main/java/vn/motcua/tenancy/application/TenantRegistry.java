package vn.motcua.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.tenancy.infrastructure.TenantRepository;

/** The registry of provinces (platform data). */
@ApplicationScoped
@Transactional
public class TenantRegistry {

    @Inject
    TenantRepository tenants;

    public List<Tenant> list() {
        return tenants.list();
    }

    public Optional<Tenant> find(String slug) {
        if (slug == null || !Tenant.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenants.find(slug));
    }

    public Tenant get(String slug) {
        return find(slug).orElseThrow(() -> DomainException.notFound("tenant.notFound", slug));
    }

    public Tenant create(String slug, String provinceCode, String nameVi, String nameEn, LocalDate activeFrom) {
        List<FieldError> errors = new ArrayList<>();
        if (slug == null || slug.length() > 40 || !Tenant.SLUG.matcher(slug).matches()) {
            errors.add(new FieldError("slug", "tenant.slug.invalid"));
        }
        if (provinceCode == null || !Tenant.PROVINCE_CODE.matcher(provinceCode).matches()) {
            errors.add(new FieldError("provinceCode", "tenant.code.invalid"));
        }
        if (nameVi == null || nameVi.isBlank()) {
            errors.add(new FieldError("nameVi", "field.required"));
        }
        if (activeFrom == null) {
            errors.add(new FieldError("activeFrom", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (find(slug).isPresent()) {
            throw DomainException.conflict("tenant.slug.taken", slug);
        }
        if (tenants.provinceCodeTaken(provinceCode)) {
            throw DomainException.conflict("tenant.code.taken", provinceCode);
        }
        Tenant tenant = new Tenant(slug, provinceCode, nameVi.strip(), nameEn == null ? null : nameEn.strip(), activeFrom);
        tenants.add(tenant);
        return tenant;
    }
}
