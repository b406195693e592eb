package vn.motcua.tenancy.application;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The province the current unit of work acts for. Set once per HTTP request by the request filter
 * (from the authenticated caller, never from request data) or explicitly by platform jobs through
 * {@link #call}. {@code TransactionTenantBinding} reads it to bind each database transaction; no other
 * code binds a tenant.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() { }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantBoundException();
        }
        return tenant;
    }

    /** Runs {@code work} for {@code tenantId}, restoring whatever was bound before. */
    public static <T> T call(String tenantId, Supplier<T> work) {
        String previous = CURRENT.get();
        set(tenantId);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    public static void run(String tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** For the request filter only: binds for the rest of the request; pair with {@link #clear()}. */
    public static void set(String tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenantId);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }
}
