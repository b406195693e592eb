package vn.motcua.infra.launcher;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Takes over shutdown hooks that libraries registered, so that the launcher's single hook can run the steps in
 * order (JVM shutdown hooks otherwise run concurrently, and zonky could stop PostgreSQL while Payara is still
 * shutting down its connection pools).
 *
 * <p>Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}, which the launcher jar's manifest provides. Without
 * it nothing is taken and the libraries' own hooks stay in place (still a clean stop, just not ordered).
 */
final class ShutdownHooks {

    private ShutdownHooks() {
    }

    /** Unregisters and returns the registered hooks whose thread name matches. */
    static List<Thread> take(Predicate<String> threadName) {
        List<Thread> matching = new ArrayList<>();
        try {
            Class<?> hooksClass = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = hooksClass.getDeclaredField("hooks");
            field.setAccessible(true);
            synchronized (hooksClass) {
                Map<?, ?> hooks = (Map<?, ?>) field.get(null);
                if (hooks == null) {
                    return matching; // shutdown in progress
                }
                for (Object key : hooks.keySet()) {
                    if (key instanceof Thread t && threadName.test(t.getName())) {
                        matching.add(t);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return matching; // not accessible: leave the hooks alone
        }
        List<Thread> removed = new ArrayList<>();
        for (Thread t : matching) {
            try {
                if (Runtime.getRuntime().removeShutdownHook(t)) {
                    removed.add(t);
                }
            } catch (IllegalStateException e) {
                break; // shutdown already in progress
            }
        }
        return removed;
    }
}
