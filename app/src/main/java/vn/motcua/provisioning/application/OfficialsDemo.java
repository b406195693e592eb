package vn.motcua.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.motcua.identity.application.AccountProvisioning;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitVersion;

/**
 * Places the demo officials in units (once; an administrator's later change is kept): the clerk at the province's
 * public service centre, the leader at the People's Committee, the officer in the first department.
 */
@ApplicationScoped
public class OfficialsDemo implements DemoContribution {

    @Inject
    AccountProvisioning accounts;
    @Inject
    UnitService units;

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional
    public void ensure(String tenantSlug) {
        List<UnitVersion> current = units.snapshot().history().unitsOn(LocalDate.now());
        String centre = first(current, UnitKind.SERVICE_CENTRE);
        String committee = first(current, UnitKind.PEOPLES_COMMITTEE);
        String department = first(current, UnitKind.DEPARTMENT);
        List<AppUser> people = accounts.unplacedDemoOfficials(tenantSlug);
        for (AppUser u : people) {
            if (u.getRoles().contains(Role.CLERK)) {
                u.setUnitCode(centre);
            } else if (u.getRoles().contains(Role.OFFICER)) {
                u.setUnitCode(department);
            } else if (u.getRoles().contains(Role.PROVINCE_LEADER) || u.getRoles().contains(Role.UNIT_LEADER)) {
                u.setUnitCode(committee);
            }
        }
    }

    private static String first(List<UnitVersion> units, UnitKind kind) {
        return units.stream().filter(v -> v.kind() == kind && v.spec().portal() != null).map(v -> v.spec().portal())
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
