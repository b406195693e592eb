package vn.motcua.application.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import vn.motcua.application.provisioning.DemoContribution;
import vn.motcua.application.provisioning.DemoData;
import vn.motcua.catalog.application.CatalogSeed;
import vn.motcua.catalog.application.CatalogService;

/** Demo catalogs (a few hundred generated procedures per demo province), created once; restarts keep edits. */
@ApplicationScoped
public class CatalogDemoData implements DemoContribution {

    private static final Logger LOG = Logger.getLogger(CatalogDemoData.class.getName());

    @Inject
    CatalogService catalog;

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void ensure(String tenantSlug) {
        String code = DemoData.PROVINCES.stream().filter(p -> p.slug().equals(tenantSlug)).findFirst()
                .map(DemoData.DemoProvince::code).orElseThrow();
        long start = System.nanoTime();
        int created = catalog.seedGenerated(CatalogSeed.generate(tenantSlug, code), LocalDate.of(2025, 7, 1));
        if (created > 0) {
            LOG.info(() -> "Demo catalog of " + tenantSlug + ": " + created + " generated procedures in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
