package vn.motcua.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.identity.application.AccountProvisioning;
import vn.motcua.identity.application.PasswordHasher;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.application.TenantRegistry;

/**
 * The demo provinces — the seed directives' provinces as they are after the 1 Jul 2025 merger — and the demo
 * accounts (password {@code demo}, flagged {@code demo} so they are refused outside demo mode). Only what is
 * missing is created, so a restart keeps whatever was changed since.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public record DemoProvince(String slug, String code, String nameVi, String nameEn) { }

    public static final List<DemoProvince> PROVINCES = List.of(
            new DemoProvince("gia-lai", "H21", "Gia Lai", "Gia Lai"),
            new DemoProvince("quang-ngai", "H48", "Quảng Ngãi", "Quang Ngai"),
            new DemoProvince("bac-ninh", "H05", "Bắc Ninh", "Bac Ninh"),
            new DemoProvince("ha-tinh", "H27", "Hà Tĩnh", "Ha Tinh"));

    /** Service start of the demo tenants; their pre-merger history is configuration, not tenant dates. */
    static final LocalDate DEMO_ACTIVE_FROM = LocalDate.of(2019, 1, 1);

    @Inject
    TenantRegistry tenants;

    @Inject
    AccountProvisioning accounts;

    @Transactional
    public int ensure() {
        int created = 0;
        for (DemoProvince p : PROVINCES) {
            if (tenants.find(p.slug()).isEmpty()) {
                tenants.create(p.slug(), p.code(), p.nameVi(), p.nameEn(), DEMO_ACTIVE_FROM);
                created++;
            }
        }
        // Every demo account has the same publicly known password, so one salted hash serves them all and
        // start-up does not spend seconds on PBKDF2.
        String demoHash = new PasswordHasher().hash("demo");
        created += ensureUser("admin", null, "Quản trị nền tảng", EnumSet.of(Role.PLATFORM_ADMIN), demoHash);
        created += ensureUser("central", null, "Cán bộ Văn phòng Chính phủ", EnumSet.of(Role.CENTRAL_VIEWER), demoHash);
        for (DemoProvince p : PROVINCES) {
            created += ensureUser(p.slug() + ".admin", p.slug(), "Quản trị " + p.nameVi(), EnumSet.of(Role.PROVINCE_ADMIN), demoHash);
            created += ensureUser(p.slug() + ".leader", p.slug(), "Lãnh đạo UBND " + p.nameVi(), EnumSet.of(Role.PROVINCE_LEADER), demoHash);
            created += ensureUser(p.slug() + ".clerk", p.slug(), "Cán bộ một cửa " + p.nameVi(), EnumSet.of(Role.CLERK), demoHash);
            created += ensureUser(p.slug() + ".officer", p.slug(), "Chuyên viên " + p.nameVi(), EnumSet.of(Role.OFFICER), demoHash);
        }
        return created;
    }

    private int ensureUser(String username, String tenant, String displayName, Set<Role> roles, String hash) {
        if (accounts.exists(username)) {
            return 0;
        }
        AppUser user = new AppUser(username, tenant, displayName, hash, true);
        user.setRoles(roles);
        accounts.add(user);
        return 1;
    }

    /** Non-demo start on an empty database: the first platform administrator, from configuration. */
    @Transactional
    public void ensureBootstrapAdmin(String password) {
        if (accounts.hasPlatformAdministrator()) {
            return;
        }
        if (password.length() < 12 || password.equalsIgnoreCase("demo")) {
            LOG.severe("motcua.bootstrap.admin.password must have at least 12 characters; no administrator created");
            return;
        }
        String name = accounts.exists("admin") ? "platform-admin" : "admin";
        AppUser admin = new AppUser(name, null, "Quản trị nền tảng", new PasswordHasher().hash(password), false);
        admin.setRoles(EnumSet.of(Role.PLATFORM_ADMIN));
        accounts.add(admin);
        LOG.warning("Created the first platform administrator '" + name + "' from motcua.bootstrap.admin.password; "
                + "remove that setting now");
    }
}
