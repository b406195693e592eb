package vn.motcua.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCodesTest {

    @Test
    void bothCodesOfAVersionNameTheUnitWithinItsPeriod() {
        UnitCodes codes = UnitCodes.of(List.of(
                new UnitVersion(1, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30), new UnitSpec("Sở Tư pháp",
                        UnitKind.DEPARTMENT, UnitLevel.PROVINCE, null, UnitCode.qcvn("000.05.21.H21"),
                        UnitCode.portal("H21.05"))),
                new UnitVersion(2, LocalDate.of(2025, 7, 1), null, new UnitSpec("Trung tâm Phục vụ hành chính công",
                        UnitKind.SERVICE_CENTRE, UnitLevel.PROVINCE, null, null, UnitCode.portal("H21.30")))));
        assertTrue(codes.inForce("H21.05", LocalDate.of(2025, 6, 30)));
        assertTrue(codes.inForce("000.05.21.H21", LocalDate.of(2019, 1, 1)));
        assertFalse(codes.inForce("H21.05", LocalDate.of(2025, 7, 1)));
        assertFalse(codes.inForce("H21.30", LocalDate.of(2025, 6, 30)));
        assertTrue(codes.inForce("H21.30", LocalDate.of(2030, 1, 1)));
        assertTrue(codes.knows("H21.05"));
        assertFalse(codes.knows("H27.24"));
        assertEquals("01/01/2019–30/06/2025", codes.periods("000.05.21.H21"));
        assertEquals("01/07/2025–", codes.periods("H21.30"));
    }
}
