package vn.motcua.identity.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.identity.application.PasswordHasher;

/**
 * REST clients send their password with every request, and a slow password hash on every call would cap
 * the API at a few requests per second per core. A verified user-name/password pair is therefore remembered
 * for a short time, keyed by a SHA-256 of both (the password itself is not kept). The account's state and
 * roles are still re-read on every request: a pair remembered for an account that has since been disabled finds
 * no current caller, is forgotten, and the request goes through the full sign-in, which refuses it. The cache
 * therefore only saves the hash; it never decides who may enter.
 */
@ApplicationScoped
public class BasicCredentialCache {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String username, long expiresAtMillis) { }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<String> lookup(String user, String password) {
        Entry e = entries.get(key(user, password));
        if (e == null) {
            return Optional.empty();
        }
        if (e.expiresAtMillis() < System.currentTimeMillis()) {
            entries.remove(key(user, password));
            return Optional.empty();
        }
        return Optional.of(e.username());
    }

    public void remember(String user, String password, String canonicalUsername) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(user, password), new Entry(canonicalUsername, System.currentTimeMillis() + TTL.toMillis()));
    }

    public void forget(String user, String password) {
        entries.remove(key(user, password));
    }

    /** Drops every remembered pair, e.g. after a password change. */
    public void clear() {
        entries.clear();
    }

    private static String key(String user, String password) {
        return PasswordHasher.sha256Hex(user + '\u0000' + password);
    }
}
