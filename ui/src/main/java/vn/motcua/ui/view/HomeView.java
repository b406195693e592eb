package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.motcua.catalog.application.CatalogService;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.identity.application.ApiTokenService;
import vn.motcua.identity.application.UserAdministration;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitService;

/**
 * home.xhtml: the start page. Offers what the person's roles allow today, and only pages that exist: new
 * features add their card here when they arrive.
 */
@Named
@RequestScoped
public class HomeView {

    /** One thing the person can do: {@code id} is stable for tests, {@code href} is ready to use. */
    public record Card(String id, String icon, String title, String description, String href, String figure) { }

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    @Inject
    ApiTokenService tokens;

    @Inject
    UserAdministration users;

    @Inject
    TenantRegistry tenants;

    @Inject
    UnitService units;

    @Inject
    CatalogService catalog;

    @Inject
    vn.motcua.dossier.application.DossierService dossiers;

    private List<Card> cards;

    public List<Card> getCards() {
        if (cards == null) {
            cards = buildCards();
        }
        return cards;
    }

    private List<Card> buildCards() {
        String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        List<Card> list = new ArrayList<>();
        if (user.isDesk()) {
            list.add(card("receive", "pi pi-plus-circle", "home.card.receive", ctx + "/dossiers/receive.xhtml", null));
        }
        if (user.isDossierUser()) {
            list.add(card("my-work", "pi pi-briefcase", "home.card.myWork", ctx + "/dossiers/my-work.xhtml",
                    figure("home.figure.myWork", () -> (int) dossiers.worklistSize(user.getUsername()))));
            list.add(card("dossiers", "pi pi-folder-open", "home.card.dossiers", ctx + "/dossiers/index.xhtml", null));
        }
        if (!user.isPlatform()) {
            list.add(card("due-date", "pi pi-clock", "home.card.dueDate", ctx + "/calendar/due-date.xhtml", null));
            list.add(card("calendar", "pi pi-calendar", "home.card.calendar", ctx + "/calendar/year.xhtml", null));
            list.add(card("targets", "pi pi-flag", "home.card.targets", ctx + "/config/targets.xhtml", null));
        }
        if (user.isPlatformAdmin()) {
            list.add(card("calendar", "pi pi-calendar", "home.card.calendarNational", ctx + "/calendar/year.xhtml", null));
        }
        if (user.isPlatformAdmin()) {
            list.add(card("tenants", "pi pi-map", "home.card.tenants", ctx + "/platform/tenants.xhtml",
                    figure("home.figure.tenantsActive", this::activeTenants)));
        }
        if (!user.isPlatform()) {
            list.add(card("units", "pi pi-sitemap", "home.card.units", ctx + "/config/units.xhtml",
                    figure("home.figure.units", () -> units.snapshot().history().unitsOn(UnitService.today()).size())));
        }
        if (user.isSignedIn() && !user.isPlatform()) {
            list.add(card("procedures", "pi pi-list", "home.card.procedures", ctx + "/catalog/procedures.xhtml",
                    figure("home.figure.procedures", () -> (int) catalog.search(
                            new CatalogService.Query(null, null, null, null, 0, 1)).total())));
        }
        if (user.isAdmin()) {
            list.add(card("users", "pi pi-users", user.isPlatformAdmin() ? "home.card.usersAll" : "home.card.users",
                    ctx + "/admin/users.xhtml", figure("home.figure.users", () -> users.list(user.caller().orElseThrow()).size())));
        }
        if (user.isProvinceAdmin()) {
            list.add(card("dossier-import", "pi pi-cloud-upload", "home.card.dossierImport",
                    ctx + "/dossiers/import.xhtml", null));
        }
        if (user.isProvinceAdmin()) {
            list.add(card("api-tokens", "pi pi-key", "home.card.apiTokens", ctx + "/admin/api-tokens.xhtml",
                    figure("home.figure.tokensActive", this::activeTokens)));
        }
        if (user.isAdmin()) {
            list.add(card("security-log", "pi pi-shield",
                    user.isPlatformAdmin() ? "home.card.securityLogAll" : "home.card.securityLog",
                    ctx + "/admin/security-log.xhtml", null));
        }
        list.add(card("api-docs", "pi pi-book", "home.card.apiDocs", ctx + "/api-docs.html", null));
        return list;
    }

    private Card card(String id, String icon, String key, String href, String figure) {
        Locale locale = localeView.getLocale();
        return new Card(id, icon, text.get(locale, key + ".title"), text.get(locale, key + ".text"), href, figure);
    }

    private String figure(String key, java.util.function.IntSupplier count) {
        try {
            return text.get(localeView.getLocale(), key, count.getAsInt());
        } catch (DomainException e) {
            // A count is a courtesy; the card stays useful without it.
            return null;
        }
    }

    private int activeTenants() {
        return (int) tenants.list().stream().filter(Tenant::isActive).count();
    }

    private int activeTokens() {
        OffsetDateTime now = OffsetDateTime.now();
        return (int) tokens.list().stream().filter(t -> t.isUsableAt(now)).count();
    }

    public String getGreeting() {
        return text.get(localeView.getLocale(), "home.greeting", user.getDisplayName());
    }
}
