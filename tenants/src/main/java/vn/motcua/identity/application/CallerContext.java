package vn.motcua.identity.application;

import java.util.Optional;

/** The caller of the current request, set and cleared by the request filter alongside the tenant. */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<String> CLIENT_IP = new ThreadLocal<>();

    private CallerContext() { }

    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String actorName() {
        Caller caller = CURRENT.get();
        return caller == null ? "system" : caller.name();
    }

    public static String clientIp() {
        return CLIENT_IP.get();
    }

    public static void set(Caller caller, String clientIp) {
        if (caller == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(caller);
        }
        if (clientIp == null) {
            CLIENT_IP.remove();
        } else {
            CLIENT_IP.set(clientIp);
        }
    }

    public static void clear() {
        CURRENT.remove();
        CLIENT_IP.remove();
    }
}
