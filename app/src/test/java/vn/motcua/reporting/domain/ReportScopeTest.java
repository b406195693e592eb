package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportScopeTest {

    @Test
    void oneUnitOrEveryUnit() {
        assertEquals(Set.of("H21.19"), ReportScope.of("H21.19", "1.001", null).unitCodes());
        assertNull(ReportScope.of(null, "1.001", null).unitCodes());
        assertEquals(ReportScope.PROVINCE, ReportScope.of(null, null, null));
    }

    @Test
    void narrowingKeepsTheUnitsInBothAndTheOtherFilters() {
        ReportScope s = new ReportScope(Set.of("H08.19", "H21.19"), "1.001", "Y_TE");
        assertEquals(new ReportScope(Set.of("H21.19"), "1.001", "Y_TE"), s.within(Set.of("H21.19", "H21.227")));
        assertEquals(new ReportScope(Set.of(), "1.001", "Y_TE"), s.within(Set.of("H21.227")));
        assertEquals(new ReportScope(Set.of("H21.227"), null, null), ReportScope.PROVINCE.within(Set.of("H21.227")));
        assertEquals(new ReportScope(Set.of("H08.50", "H21.99"), "1.001", "Y_TE"),
                s.withUnitCodes(Set.of("H21.99", "H08.50")));
    }
}
