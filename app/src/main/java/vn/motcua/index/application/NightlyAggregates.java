package vn.motcua.index.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitService;

/**
 * Every night (at {@code motcua.aggregates.nightly}, Vietnam time; default 01:30; {@code off} turns it off) each
 * active province publishes its aggregates of the month that ended last and of the month under way
 * ({@link AggregatePublishingService#publishLatest}), one province at a time, each in its own transaction: one
 * province failing leaves the others published.
 */
@WebListener
public class NightlyAggregates implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(NightlyAggregates.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AggregatePublishingService publishing;

    @Inject
    TenantRegistry tenants;

    @Inject
    @ConfigProperty(name = "motcua.aggregates.nightly", defaultValue = "01:30")
    String at;

    private volatile ScheduledFuture<?> next;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (at == null || at.isBlank() || at.strip().equalsIgnoreCase("off") || scheduler == null) {
            LOG.info("Nightly aggregates: off");
            return;
        }
        LocalTime time = timeOfDay(at);
        scheduleAfter(time);
        LOG.info(() -> "Nightly aggregates: every day at " + time + " (" + UnitService.BUSINESS_ZONE + ")");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ScheduledFuture<?> f = next;
        if (f != null) {
            f.cancel(false);
        }
    }

    /** The setting as a time of day; a setting that is none stops the deployment with a message saying so. */
    static LocalTime timeOfDay(String setting) {
        try {
            return LocalTime.parse(setting.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("motcua.aggregates.nightly = '" + setting + "': give a time of day"
                    + " (HH:mm, e.g. 01:30, in Asia/Ho_Chi_Minh) or off", e);
        }
    }

    /** The first run after {@code now}: today at {@code time} if that is still ahead, else tomorrow. */
    static ZonedDateTime nextRun(ZonedDateTime now, LocalTime time) {
        ZonedDateTime run = LocalDateTime.of(now.toLocalDate(), time).atZone(now.getZone());
        return run.isAfter(now) ? run : run.plusDays(1);
    }

    private void scheduleAfter(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(UnitService.BUSINESS_ZONE);
        ZonedDateTime run = nextRun(now, time);
        next = scheduler.schedule(() -> {
            try {
                runOnce();
            } finally {
                scheduleAfter(time);
            }
        }, Duration.between(now, run).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every active province, one after the other. */
    void runOnce() {
        for (Tenant t : tenants.list()) {
            if (!t.isActive()) {
                continue;
            }
            try {
                int periods = TenantContext.call(t.getSlug(), () -> publishing.publishLatest().size());
                LOG.info(() -> "Nightly aggregates: " + t.getSlug() + " published " + periods + " periods");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Nightly aggregates: " + t.getSlug() + " failed", e);
            }
        }
    }
}
