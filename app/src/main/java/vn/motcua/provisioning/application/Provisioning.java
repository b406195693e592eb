package vn.motcua.provisioning.application;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.motcua.tenancy.application.TenantContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up provisioning, before the application accepts requests: demo provinces and accounts in demo mode;
 * otherwise, on an empty external database, the first platform administrator from a configured password.
 * A servlet-context listener rather than a CDI {@code @Initialized} observer: Weld fires that event while the
 * deployment's naming context is not complete yet, and the persistence context cannot be looked up then.
 */
@WebListener
public class Provisioning implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());

    @Inject
    DemoData demoData;

    @Inject
    vn.motcua.calendar.application.CalendarService calendars;

    @Inject
    jakarta.enterprise.inject.Instance<DemoContribution> contributions;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demoMode;

    /** Optional: MicroProfile Config treats an empty default as "no value". */
    @Inject
    @ConfigProperty(name = "motcua.bootstrap.admin.password")
    Optional<String> bootstrapAdminPassword;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Every mode: bundled national calendar years missing from the database; years present are left as edited.
        int years = calendars.seedNationalDefaults();
        LOG.info(() -> "National calendar: " + years + " bundled year(s) seeded");
        if (demoMode) {
            int created = demoData.ensure();
            LOG.info(() -> "Demo mode: demo provinces and accounts present (" + created + " created now)");
            List<DemoContribution> parts = contributions.stream()
                    .sorted(Comparator.comparingInt(DemoContribution::order)).toList();
            for (DemoData.DemoProvince province : DemoData.PROVINCES) {
                for (DemoContribution part : parts) {
                    TenantContext.run(province.slug(), () -> part.ensure(province.slug()));
                }
            }
        } else if (bootstrapAdminPassword.filter(p -> !p.isBlank()).isPresent()) {
            demoData.ensureBootstrapAdmin(bootstrapAdminPassword.get());
        }
    }
}
