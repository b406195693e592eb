package vn.motcua.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.TenantAbsorptionService;
import vn.motcua.units.application.UnitSeedFile;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.application.UnitsSnapshot;
import vn.motcua.units.domain.UnitVersion;

/**
 * Demo unit trees (seed files under {@code vn/motcua/seed/<province>/units.csv}) and the 2025 mergers: Bình Định
 * into Gia Lai, Kon Tum into Quảng Ngãi, Bắc Giang into Bắc Ninh, each a MERGED demo tenant absorbed on
 * 1 Jul 2025 through the same code path as the platform operation {@code absorbTenant}.
 *
 * <p>Not one transaction, unlike other contributions: a merger touches two provinces, and one transaction may
 * act for only one. Each step is its own transaction and checks what is already there, so a restart (or a
 * start interrupted half-way) completes what is missing and changes nothing else.
 *
 * <p>The retired province codes of the absorbed tenants are our choice (plausible, not verified): Bình Định
 * H08, Kon Tum H34, Bắc Giang H04 — none of them is among the 34 codes in use since 1 Jul 2025.
 */
@ApplicationScoped
public class UnitsDemo implements DemoContribution {

    private static final Logger LOG = Logger.getLogger(UnitsDemo.class.getName());

    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    record Absorbed(String slug, String code, String nameVi, String nameEn) { }

    static final Map<String, Absorbed> ABSORBED = Map.of(
            "gia-lai", new Absorbed("binh-dinh", "H08", "Bình Định", "Binh Dinh"),
            "quang-ngai", new Absorbed("kon-tum", "H34", "Kon Tum", "Kon Tum"),
            "bac-ninh", new Absorbed("bac-giang", "H04", "Bắc Giang", "Bac Giang"));

    @Inject
    UnitService units;

    @Inject
    TenantRegistry tenants;

    @Inject
    TenantAbsorptionService absorption;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void ensure(String slug) {
        if (!UnitSeedFile.exists(slug)) {
            return;
        }
        if (units.snapshot().identities().isEmpty()) {
            units.seed(UnitSeedFile.load(slug).plan());
            LOG.info(() -> "Demo units created for " + slug);
        }
        Absorbed a = ABSORBED.get(slug);
        if (a == null) {
            return;
        }
        Tenant old = tenants.find(a.slug()).orElseGet(
                () -> tenants.create(a.slug(), a.code(), a.nameVi(), a.nameEn(), DemoData.DEMO_ACTIVE_FROM));
        if (!old.isActive()) {
            return; // already absorbed
        }
        UnitSeedFile seed = UnitSeedFile.load(a.slug());
        UnitsSnapshot oldUnits = TenantContext.call(a.slug(), () -> {
            if (units.snapshot().identities().isEmpty()) {
                units.seed(seed.plan());
            }
            return units.snapshot();
        });
        Map<Long, List<Long>> mapping = mapping(seed, oldUnits, units.snapshot());
        absorption.absorb(slug, a.slug(), MERGER, mapping, false);
        LOG.info(() -> "Demo merger: " + a.slug() + " absorbed into " + slug + " on " + MERGER);
    }

    /** Seed rows name the absorbing units by portal code; the absorbed units are found by name, kind and start. */
    static Map<Long, List<Long>> mapping(UnitSeedFile seed, UnitsSnapshot absorbed, UnitsSnapshot absorbing) {
        Map<String, Long> byPortal = new HashMap<>();
        for (UnitVersion v : absorbing.history().unitsOn(MERGER)) {
            if (v.spec().portal() != null) {
                byPortal.put(v.spec().portal(), v.unitId());
            }
        }
        Map<Long, UnitVersion> seedVersions = new HashMap<>();
        seed.plan().newVersions().forEach(v -> seedVersions.put(v.unitId(), v));
        Map<Long, List<Long>> mapping = new HashMap<>();
        for (var e : seed.absorbInto().entrySet()) {
            UnitVersion wanted = seedVersions.get(seed.tempIdByKey().get(e.getKey()));
            Optional<Long> id = absorbed.history().unitIds().stream()
                    .filter(u -> absorbed.history().versionsOf(u).stream().anyMatch(v -> v.name().equals(wanted.name())
                            && v.kind() == wanted.kind() && v.validFrom().equals(wanted.validFrom())))
                    .findFirst();
            List<Long> targets = e.getValue().stream().map(byPortal::get).filter(java.util.Objects::nonNull).toList();
            if (id.isPresent() && !targets.isEmpty()) {
                mapping.put(id.get(), targets);
            }
        }
        return mapping;
    }
}
