package vn.motcua.tenancy.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Limit;
import java.time.LocalDate;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.shared.Text;

/**
 * Provinces (tenants) as the REST API shows them.
 * Plain classes with public fields rather than records: the JSON-B implementation bundled with Payara 6 (Yasson)
 * neither reads nor writes records.
 */
public final class TenancyDtos {

    private TenancyDtos() { }

    public static class TenantDto {
        public String slug;
        public String provinceCode;
        public String nameVi;
        public String nameEn;
        public String status;
        public LocalDate activeFrom;
        public LocalDate activeTo;
        public String mergedInto;

        public static TenantDto of(Tenant t) {
            TenantDto d = new TenantDto();
            d.slug = t.getSlug();
            d.provinceCode = t.getProvinceCode();
            d.nameVi = t.getNameVi();
            d.nameEn = t.getNameEn();
            d.status = t.getStatus().name();
            d.activeFrom = t.getActiveFrom();
            d.activeTo = t.getActiveTo();
            d.mergedInto = t.getMergedInto();
            return d;
        }
    }

    public static class CreateTenantRequest {
        @Limit(text = Text.Kind.CODE)
        public String slug;
        @Limit(text = Text.Kind.CODE)
        public String provinceCode;
        @Limit(text = Text.Kind.NAME)
        public String nameVi;
        @Limit(text = Text.Kind.NAME)
        public String nameEn;
        public LocalDate activeFrom;
    }
}
