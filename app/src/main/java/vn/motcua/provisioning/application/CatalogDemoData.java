package vn.motcua.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.provisioning.application.DemoContribution;
import vn.motcua.provisioning.application.DemoData;
import vn.motcua.catalog.application.CatalogSeed;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitVersion;

/** Demo catalogs (a few hundred generated procedures per demo province), created once; restarts keep edits. */
@ApplicationScoped
public class CatalogDemoData implements DemoContribution {

    private static final Logger LOG = Logger.getLogger(CatalogDemoData.class.getName());

    @Inject
    CatalogService catalog;

    @Inject
    UnitService units;

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
        int created = catalog.seedGenerated(CatalogSeed.generate(tenantSlug, code, unitRefs()), LocalDate.of(2025, 7, 1));
        if (created > 0) {
            LOG.info(() -> "Demo catalog of " + tenantSlug + ": " + created + " generated procedures in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    /**
     * The province's units as the demo catalog names them: the service centre and the departments in service on the
     * catalog's start date (the units demo runs first, order 10). Codes sorted, so the choice is deterministic.
     */
    private CatalogSeed.UnitRefs unitRefs() {
        List<UnitVersion> current = units.snapshot().history().unitsOn(LocalDate.of(2025, 7, 1));
        String centre = current.stream().filter(v -> v.kind() == UnitKind.SERVICE_CENTRE && v.spec().portal() != null)
                .map(v -> v.spec().portal()).sorted().findFirst().orElse(null);
        List<CatalogSeed.UnitRefs.Department> departments = current.stream()
                .filter(v -> v.kind() == UnitKind.DEPARTMENT && v.spec().portal() != null)
                .map(v -> new CatalogSeed.UnitRefs.Department(v.spec().portal(), v.name()))
                .sorted(java.util.Comparator.comparing(CatalogSeed.UnitRefs.Department::portalCode)).toList();
        return new CatalogSeed.UnitRefs(centre, departments);
    }
}
