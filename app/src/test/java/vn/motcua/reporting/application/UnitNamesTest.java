package vn.motcua.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.units.domain.UnitCode;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;

class UnitNamesTest {

    static UnitVersion v(long id, String from, String to, String name, String portal) {
        return new UnitVersion(id, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                new UnitSpec(name, UnitKind.DISTRICT, UnitLevel.DISTRICT, null, null, UnitCode.portal(portal)));
    }

    // H21.501 was a district's code until 30/06/2025 (renamed on 01/01/2022), then a new commune's from 01/07/2025
    static final UnitHistory HISTORY = new UnitHistory(List.of(
            v(1, "2019-01-01", "2021-12-31", "UBND huyện An Nhơn", "H21.501"),
            v(1, "2022-01-01", "2025-06-30", "UBND thị xã An Nhơn", "H21.501"),
            v(2, "2025-07-01", null, "UBND phường An Nhơn", "H21.501")), List.of());

    @Test
    void theNameInForceOnTheReportsLastDay() {
        assertEquals("UBND huyện An Nhơn", new UnitNames(HISTORY, LocalDate.of(2021, 6, 30)).name("H21.501"));
        assertEquals("UBND thị xã An Nhơn", new UnitNames(HISTORY, LocalDate.of(2024, 12, 31)).name("H21.501"));
        assertEquals("UBND phường An Nhơn", new UnitNames(HISTORY, LocalDate.of(2026, 11, 30)).name("H21.501"));
    }

    @Test
    void beforeAnyVersionTheFirstAndAnUnknownCodeNone() {
        assertEquals("UBND huyện An Nhơn", new UnitNames(HISTORY, LocalDate.of(2018, 12, 31)).name("H21.501"));
        assertNull(new UnitNames(HISTORY, LocalDate.of(2026, 11, 30)).name("H21.999"));
    }
}
