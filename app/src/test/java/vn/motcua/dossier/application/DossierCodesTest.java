package vn.motcua.dossier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.units.domain.UnitCode;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;

class DossierCodesTest {

    static UnitVersion unit(String qcvn, String portal) {
        return new UnitVersion(7, LocalDate.of(2019, 1, 1), null, new UnitSpec("Sở Tư pháp", UnitKind.DEPARTMENT,
                UnitLevel.PROVINCE, null, qcvn == null ? null : UnitCode.qcvn(qcvn), UnitCode.portal(portal)));
    }

    @Test
    void theAgencyIsTheQcvnCodeWhenTheUnitHasOneElseThePortalCode() {
        assertEquals("000.00.30.H21", DossierCodes.agencyCode(unit("000.00.30.H21", "H21.30")));
        assertEquals("H21.30", DossierCodes.agencyCode(unit(null, "H21.30")));
    }

    @Test
    void codesAreAgencyDayAndFourDigitSequence() {
        assertEquals("H21.30-261122-0007", DossierCodes.format("H21.30", LocalDate.of(2026, 11, 22), 7));
        assertEquals("H21.30-261122-10000", DossierCodes.format("H21.30", LocalDate.of(2026, 11, 22), 10_000));
    }
}
