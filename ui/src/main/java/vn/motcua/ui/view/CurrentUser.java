package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.application.IdentityService;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * {@code #{currentUser}}: who is signed in and for which province. Everything the header, the menu and the
 * role checks of the view beans need.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** Centrally governed cities: their People's Committee is "UBND thành phố …", not "UBND tỉnh …". */
    private static final Set<String> CITIES = Set.of("ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue");

    @Inject
    HttpServletRequest request;

    @Inject
    IdentityService identity;

    @Inject
    TenantRegistry tenants;

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    private Optional<Caller> caller;
    private Optional<Tenant> tenant;

    /**
     * The caller set by the request filter. Error pages are rendered by an ERROR dispatch, possibly after the
     * filter has already cleared its thread-local (or before it ran, when a security constraint refused the
     * request), so fall back to the request attribute and finally to the container's principal.
     */
    public Optional<Caller> caller() {
        if (caller == null) {
            caller = CallerContext.current()
                    .or(() -> request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller c ? Optional.of(c) : Optional.empty())
                    .or(this::fromPrincipal);
        }
        return caller;
    }

    private Optional<Caller> fromPrincipal() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? Optional.empty() : identity.currentCaller(principal.getName());
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getUsername() {
        return caller().map(Caller::name).orElse("");
    }

    public String getDisplayName() {
        return caller().map(c -> c.displayName() == null || c.displayName().isBlank() ? c.name() : c.displayName())
                .orElse("");
    }

    /** Roles in the order of {@link Role}: most powerful first. */
    public List<Role> getRoles() {
        return caller().map(c -> c.roles().stream().sorted().toList()).orElse(List.of());
    }

    public boolean has(String role) {
        return caller().map(c -> c.roles().stream().anyMatch(r -> r.name().equals(role))).orElse(false);
    }

    public boolean hasAny(Role... roles) {
        return caller().map(c -> {
            for (Role r : roles) {
                if (c.has(r)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    /** A platform account (no province): platform administrators and central agencies. */
    public boolean isPlatform() {
        return caller().map(Caller::isPlatform).orElse(false);
    }

    /** Administrator of one province; needs the province too, not the role alone. */
    public boolean isProvinceAdmin() {
        return caller().map(c -> c.has(Role.PROVINCE_ADMIN) && c.tenantId() != null).orElse(false);
    }

    public boolean isPlatformAdmin() {
        return caller().map(c -> c.has(Role.PLATFORM_ADMIN) && c.isPlatform()).orElse(false);
    }

    public boolean isAdmin() {
        return isProvinceAdmin() || isPlatformAdmin();
    }

    /** A one-stop desk: clerks, and leaders (who may receive too). */
    public boolean isDesk() {
        return !isPlatform() && hasAny(Role.CLERK, Role.UNIT_LEADER, Role.PROVINCE_LEADER);
    }

    /** Unit or province leaders: reassign, apologise, see the reminder list of late dossiers. */
    public boolean isLeader() {
        return !isPlatform() && hasAny(Role.UNIT_LEADER, Role.PROVINCE_LEADER);
    }

    /** Who reads the province's reports and index: its administrators and leaders, and unit leaders. */
    public boolean isReportReader() {
        return !isPlatform() && hasAny(Role.PROVINCE_ADMIN, Role.UNIT_LEADER, Role.PROVINCE_LEADER);
    }

    /** A province leader: the start page opens with the province's dashboard (DashboardView). */
    /** Central agencies (and the platform administrator): the provinces compared, from their published aggregates. */
    public boolean isCentralReader() {
        return caller().map(c -> c.isPlatform() && (c.has(Role.CENTRAL_VIEWER) || c.has(Role.PLATFORM_ADMIN)))
                .orElse(false);
    }

    public boolean isProvinceLeader() {
        return !isPlatform() && hasAny(Role.PROVINCE_LEADER);
    }

    /** A unit leader (not a province leader): the start page shows their units (RoleDashboardView). */
    public boolean isUnitLeaderDashboard() {
        return !isPlatform() && has("UNIT_LEADER") && !has("PROVINCE_LEADER");
    }

    /** An officer: the start page shows their own steps and what falls due (RoleDashboardView). */
    public boolean isOfficerDashboard() {
        return !isPlatform() && has("OFFICER");
    }

    /** A clerk: the start page shows their receipts today and this week (RoleDashboardView). */
    public boolean isClerkDashboard() {
        return !isPlatform() && has("CLERK");
    }

    /** The people who work on dossiers (the roles of the dossier REST resource). */
    public boolean isDossierUser() {
        return !isPlatform() && hasAny(Role.CLERK, Role.OFFICER, Role.UNIT_LEADER, Role.PROVINCE_LEADER);
    }

    public String getTenantId() {
        return caller().map(Caller::tenantId).orElse(null);
    }

    public Optional<Tenant> tenant() {
        if (tenant == null) {
            tenant = Optional.ofNullable(getTenantId()).flatMap(tenants::find);
        }
        return tenant;
    }

    public Tenant getTenant() {
        return tenant().orElse(null);
    }

    /** "Gia Lai", or "Nền tảng" (Platform) for platform accounts. */
    public String getTenantName() {
        Locale locale = localeView.getLocale();
        if (isPlatform()) {
            return text.get(locale, "platform.name");
        }
        return tenant().map(t -> t.displayName(locale)).orElse(getTenantId() == null ? "" : getTenantId());
    }

    /** "UBND tỉnh Gia Lai" / "Gia Lai Provincial People's Committee", or the platform's name. */
    public String getTenantTitle() {
        Locale locale = localeView.getLocale();
        if (isPlatform()) {
            return text.get(locale, "platform.title");
        }
        return tenant().map(t -> title(t.getNameVi(), t.displayName(locale), locale)).orElse(getTenantName());
    }

    public String getProvinceCode() {
        return tenant().map(Tenant::getProvinceCode).orElse("");
    }

    String title(String nameVi, String localName, Locale locale) {
        String key = isCity(nameVi) ? "tenant.title.city" : "tenant.title.province";
        return text.get(locale, key, stripPrefix(localName));
    }

    static boolean isCity(String nameVi) {
        if (nameVi == null) {
            return false;
        }
        String plain = fold(nameVi);
        if (plain.startsWith("thanh pho ") || plain.startsWith("tp. ") || plain.startsWith("tp ")) {
            return true;
        }
        return CITIES.contains(fold(stripPrefix(nameVi)));
    }

    /** "Thành phố Huế" → "Huế", "Tỉnh Gia Lai" → "Gia Lai": the title adds the right word itself. */
    static String stripPrefix(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("thành phố ", "tỉnh ", "tp. ", "tp ", "city of ", "province of ")) {
            if (lower.startsWith(prefix)) {
                return n.substring(prefix.length()).strip();
            }
        }
        return n;
    }

    /** Lower case without diacritics (đ → d), for comparing names. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd');
    }
}
