package vn.motcua.calendar.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.tenancy.application.TenantContext;

/**
 * Built working calendars, one per province, in memory. Not an entity cache: it holds derived, immutable calendars.
 * The key is always the tenant bound in {@link TenantContext} (from the signed-in account, never from a request), and
 * a calendar is only handed out if it says it belongs to that tenant, so one province's overrides cannot be served to
 * another even if a builder got it wrong.
 *
 * <p>Every invalidation bumps a generation; a calendar is stored only if no invalidation happened while it was being
 * built, so a build that read the data just before another transaction committed cannot outlive that commit.
 */
final class TenantCalendarCache {

    private final Map<String, WorkingCalendar> byTenant = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The bound tenant's calendar, built by {@code builder(tenantId)} when missing. */
    WorkingCalendar get(Function<String, WorkingCalendar> builder) {
        String tenant = TenantContext.require();
        WorkingCalendar cached = byTenant.get(tenant);
        if (cached != null && belongsTo(cached, tenant)) {
            return cached;
        }
        long before = generation.get();
        WorkingCalendar built = builder.apply(tenant);
        if (!belongsTo(built, tenant)) {
            throw new IllegalStateException("calendar of " + built.tenantId().orElse("no province")
                    + " built for " + tenant);
        }
        if (generation.get() == before) {
            byTenant.put(tenant, built);
        }
        return built;
    }

    private static boolean belongsTo(WorkingCalendar calendar, String tenant) {
        return tenant.equals(calendar.tenantId().orElse(null));
    }

    void invalidate(String tenant) {
        generation.incrementAndGet();
        byTenant.remove(tenant);
    }

    void invalidateAll() {
        generation.incrementAndGet();
        byTenant.clear();
    }

    Optional<WorkingCalendar> peek(String tenant) {
        return Optional.ofNullable(byTenant.get(tenant));
    }
}
