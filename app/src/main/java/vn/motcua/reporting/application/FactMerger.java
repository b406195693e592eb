package vn.motcua.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * Every {@code motcua.facts.merge-seconds} (default 10; 0 turns it off), merges the pending fact rows (V27) of each
 * active province whose turn it is ({@link FactMerges#due}), one province at a time, each in its own transaction.
 */
@WebListener
public class FactMerger implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(FactMerger.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    FactMerges merges;

    @Inject
    TenantRegistry tenants;

    @Inject
    @ConfigProperty(name = "motcua.facts.merge-seconds", defaultValue = "10")
    int every;

    private volatile ScheduledFuture<?> task;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (every <= 0 || scheduler == null) {
            LOG.info("Fact merges: off");
            return;
        }
        task = scheduler.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.SECONDS);
        LOG.info(() -> "Fact merges: every " + every + " s");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** Every active province whose turn it is, one after the other; one failing leaves the others merged. */
    void runOnce() {
        for (Tenant t : tenants.list()) {
            if (!t.isActive() || !merges.due(t.getSlug(), Instant.now())) {
                continue;
            }
            try {
                long t0 = System.nanoTime();
                long moved = TenantContext.call(t.getSlug(), merges::merge);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                LOG.log(ms >= 1000 ? Level.INFO : Level.FINE, () -> "Fact merges: " + t.getSlug() + " " + moved
                        + " pending rows in " + ms + " ms");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Fact merges: " + t.getSlug() + " failed", e);
            }
        }
    }
}
