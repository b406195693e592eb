package vn.motcua.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up provisioning, before the application accepts requests: demo provinces and accounts in demo mode;
 * otherwise, on an empty external database, the first platform administrator from a configured password.
 */
@ApplicationScoped
public class Provisioning {

    private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    @ConfigProperty(name = "motcua.bootstrap.admin.password", defaultValue = "")
    String bootstrapAdminPassword;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (demoMode) {
            int created = demoData.ensure();
            LOG.info(() -> "Demo mode: demo provinces and accounts present (" + created + " created now)");
        } else if (!bootstrapAdminPassword.isBlank()) {
            demoData.ensureBootstrapAdmin(bootstrapAdminPassword);
        }
    }
}
