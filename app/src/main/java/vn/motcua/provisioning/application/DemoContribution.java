package vn.motcua.provisioning.application;

/**
 * A part of the demo data (units, catalog, calendar overrides, targets, …), created after the demo provinces
 * and accounts exist. Implementations are {@code @ApplicationScoped} beans; they run in ascending
 * {@link #order()} and must only create what is missing, so that a restart keeps changes made since.
 */
public interface DemoContribution {

    /** Lower runs first: units 10, catalog 20, calendar 30, targets 40. */
    int order();

    /** Creates what is missing for one demo province; runs with that province bound (TenantContext). */
    void ensure(String tenantSlug);
}
