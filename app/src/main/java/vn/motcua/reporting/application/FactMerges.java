package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.reporting.infrastructure.DayFactRepository;
import vn.motcua.tenancy.application.TenantContext;

/**
 * When a province's pending fact rows (V27, decision 0008) are merged into its facts. Dossier writes append their sums
 * to pending tables and readers add those to the facts, so a merge changes no figure: it only keeps the pending rows
 * few, which keeps reads fast. It waits while the province imports (a merge during an import would take the cores the
 * import is using, and the next batch would append again at once), up to {@link #LONGEST_WAIT} after the last merge.
 */
@ApplicationScoped
public class FactMerges {

    /** How long a province's imports must have been idle before its pending rows are merged. */
    public static final Duration QUIET = Duration.ofSeconds(10);

    /**
     * A province importing for longer than this is merged anyway, so pending rows stay bounded. Not less: a merge
     * during an import takes a core from it (2,000,000 dossiers merged every 3 minutes kept 77 % of the import's speed
     * without facts; docs/benchmarks.md); while rows are pending, the province's reports read them too, more slowly.
     */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final Map<String, AtomicInteger> importing = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastImport = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastMerge = new ConcurrentHashMap<>();

    @Inject
    DayFactRepository facts;

    /** An import batch of {@code tenant} begins. */
    public void importing(String tenant) {
        importing(tenant, Instant.now());
    }

    /** It ended (committed or not). */
    public void imported(String tenant) {
        imported(tenant, Instant.now());
    }

    void importing(String tenant, Instant at) {
        importing.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
        lastImport.put(tenant, at);
    }

    void imported(String tenant, Instant at) {
        importing.computeIfAbsent(tenant, t -> new AtomicInteger()).decrementAndGet();
        lastImport.put(tenant, at);
    }

    void merged(String tenant, Instant at) {
        lastMerge.put(tenant, at);
    }

    /** Whether {@code tenant}'s pending rows are to be merged at {@code now}. */
    public boolean due(String tenant, Instant now) {
        AtomicInteger running = importing.get(tenant);
        Instant imported = lastImport.get(tenant);
        boolean quiet = (running == null || running.get() <= 0)
                && (imported == null || !imported.plus(QUIET).isAfter(now));
        Instant merged = lastMerge.get(tenant);
        return quiet || merged == null || !merged.plus(LONGEST_WAIT).isAfter(now);
    }

    /** Merges the bound province's pending fact rows; the number of pending rows moved. */
    @Transactional
    public long merge() {
        String tenant = TenantContext.require();
        long moved = facts.merge();
        merged(tenant, Instant.now());
        return moved;
    }
}
