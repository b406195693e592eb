package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.tenancy.domain.TenantStatus;

/** platform/tenants.xhtml: the provinces this deployment serves, with their history (merged, retired). */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code mergedInto}: the absorbing province's name in the reader's language (its slug only if unknown). */
    public record Row(String slug, String provinceCode, String nameVi, String nameEn, TenantStatus status,
                      LocalDate activeFrom, LocalDate activeTo, String mergedInto, OffsetDateTime createdAt)
            implements Serializable {

        public boolean isActive() {
            return status == TenantStatus.ACTIVE;
        }
    }

    @Inject
    TenantRegistry tenants;

    @Inject
    Access access;

    @Inject
    LocaleView localeView;

    private List<Row> rows = List.of();

    public void load() {
        if (access.allowPlatformAdmin()) {
            List<Tenant> all = tenants.list();
            boolean english = localeView.isEnglish();
            java.util.Map<String, String> names = new java.util.HashMap<>();
            all.forEach(t -> names.put(t.getSlug(), english ? t.getNameEn() : t.getNameVi()));
            rows = all.stream()
                    .map(t -> new Row(t.getSlug(), t.getProvinceCode(), t.getNameVi(), t.getNameEn(), t.getStatus(),
                            t.getActiveFrom(), t.getActiveTo(),
                            t.getMergedInto() == null ? null : names.getOrDefault(t.getMergedInto(), t.getMergedInto()),
                            t.getCreatedAt()))
                    .toList();
        }
    }

    public long getActiveCount() {
        return rows.stream().filter(Row::isActive).count();
    }

    public List<Row> getRows() { return rows; }

}
