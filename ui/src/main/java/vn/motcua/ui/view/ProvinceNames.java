package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * {@code #{provinceNames.of(slug)}}: a province as the reader names it (Bình Định, or its English name on English
 * pages), never its internal identifier; the identifier itself only for a province the registry does not know.
 * The registry is read once per request.
 */
@Named
@RequestScoped
public class ProvinceNames {

    @Inject
    TenantRegistry tenants;

    @Inject
    LocaleView localeView;

    private Map<String, Tenant> bySlug;

    public String of(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        if (bySlug == null) {
            bySlug = new HashMap<>();
            tenants.list().forEach(t -> bySlug.put(t.getSlug(), t));
        }
        Tenant t = bySlug.get(slug);
        return t == null ? slug : t.displayName(localeView.getLocale());
    }
}
