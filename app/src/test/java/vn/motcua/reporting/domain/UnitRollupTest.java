package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.SuccessionType;
import vn.motcua.units.domain.UnitCode;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;

class UnitRollupTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    static UnitVersion v(long id, String from, String to, String name, String portal) {
        return new UnitVersion(id, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                new UnitSpec(name, UnitKind.OTHER, UnitLevel.PROVINCE, null, null,
                        portal == null ? null : UnitCode.portal(portal)));
    }

    static Succession link(long from, long to, String date, SuccessionType type) {
        return new Succession(from, to, LocalDate.parse(date), type);
    }

    /**
     * <pre>
     *  1 H21      UBND tỉnh Gia Lai              in force
     *  2 H21.19   Sở Y tế - tỉnh Gia Lai         in force
     *  3 H08.19   Sở Y tế - tỉnh Bình Định       until 30/06/2025, merged into 2
     *  4 H08.50   UBND huyện Vân Canh            until 30/06/2025, merged into 5, 6 and 7 (a split in effect)
     *  5 H21.230  UBND xã Canh Liên              from 01/07/2025
     *  6 H21.99   UBND xã Vân Canh               from 01/07/2025
     *  7 H21.228  UBND xã Canh Vinh              from 01/07/2025
     *  8 H21.501  UBND huyện Núi                 until 2021, renamed to 9
     *  9 H21.502  UBND thị xã Núi                2022–2023, merged into 10
     * 10 H21.600  UBND thành phố Núi             in force
     * 11 H21.40 → H21.41 (recoded on 01/01/2025) in force
     * 12 H21.700  Ban đã giải thể                until 2024, no successor
     * 13 H21.800  Ban nhập vào đơn vị không mã   until 2024, merged into 14
     * 14 (no code) Ban không mã                  in force
     * 15 H21.900  Ban tách một phần              until 2024, split into 16 (in force) and 2 on 2027-01-01 (later)
     * 16 H21.901                                  in force
     * 17 H21.502 reused by a new ward             from 01/07/2025 (the code's carrier today)
     * </pre>
     */
    static final UnitHistory HISTORY = new UnitHistory(List.of(
            v(1, "2019-01-01", null, "UBND tỉnh Gia Lai", "H21"),
            v(2, "2019-01-01", null, "Sở Y tế - tỉnh Gia Lai", "H21.19"),
            v(3, "2019-01-01", "2025-06-30", "Sở Y tế - tỉnh Bình Định", "H08.19"),
            v(4, "2019-01-01", "2025-06-30", "UBND huyện Vân Canh", "H08.50"),
            v(5, "2025-07-01", null, "UBND xã Canh Liên", "H21.230"),
            v(6, "2025-07-01", null, "UBND xã Vân Canh", "H21.99"),
            v(7, "2025-07-01", null, "UBND xã Canh Vinh", "H21.228"),
            v(8, "2019-01-01", "2021-12-31", "UBND huyện Núi", "H21.501"),
            v(9, "2022-01-01", "2023-12-31", "UBND thị xã Núi", "H21.502"),
            v(10, "2024-01-01", null, "UBND thành phố Núi", "H21.600"),
            v(11, "2019-01-01", "2024-12-31", "Ban Cũ Mã", "H21.40"),
            v(11, "2025-01-01", null, "Ban Cũ Mã", "H21.41"),
            v(12, "2019-01-01", "2024-12-31", "Ban đã giải thể", "H21.700"),
            v(13, "2019-01-01", "2024-12-31", "Ban nhập vào đơn vị không mã", "H21.800"),
            v(14, "2025-01-01", null, "Ban không mã", null),
            v(15, "2019-01-01", "2024-12-31", "Ban tách một phần", "H21.900"),
            v(16, "2025-01-01", null, "Ban tách ra", "H21.901"),
            v(17, "2025-07-01", null, "UBND phường Núi", "H21.502")),
            List.of(link(3, 2, "2025-07-01", SuccessionType.MERGED_INTO),
                    link(4, 5, "2025-07-01", SuccessionType.MERGED_INTO),
                    link(4, 6, "2025-07-01", SuccessionType.MERGED_INTO),
                    link(4, 7, "2025-07-01", SuccessionType.MERGED_INTO),
                    link(8, 9, "2022-01-01", SuccessionType.RENAMED),
                    link(9, 10, "2024-01-01", SuccessionType.MERGED_INTO),
                    link(13, 14, "2025-01-01", SuccessionType.MERGED_INTO),
                    link(15, 16, "2025-01-01", SuccessionType.SPLIT_FROM),
                    link(15, 2, "2027-01-01", SuccessionType.SPLIT_FROM)));

    static final UnitRollup ROLLUP = UnitRollup.of(HISTORY, TODAY);

    @Test
    void aMergedUnitRollsIntoItsSuccessorAndAUnitInForceIsItself() {
        assertEquals("H21.19", ROLLUP.today("H08.19"));
        assertEquals("H21.19", ROLLUP.today("H21.19"));
        assertEquals("H21", ROLLUP.today("H21"));
        assertEquals(Set.of("H08.19", "H21.19"), ROLLUP.rolledInto("H21.19"));
    }

    @Test
    void aSplitUnitGoesWholeToTheSuccessorWithTheFirstCodeComparedAsNumbers() {
        // H21.99 before H21.228 and H21.230: as numbers, not as text (where "H21.228" < "H21.99")
        assertEquals("H21.99", ROLLUP.today("H08.50"));
        assertEquals(Set.of("H08.50", "H21.99"), ROLLUP.rolledInto("H21.99"));
        assertEquals(Set.of("H21.228"), ROLLUP.rolledInto("H21.228"));
        assertEquals(Set.of("H21.230"), ROLLUP.rolledInto("H21.230"));
    }

    @Test
    void chainsAreFollowedToToday() {
        // H21.501 renamed to H21.502 in 2022, merged into H21.600 in 2024; the code H21.502 is a new ward's today
        assertEquals("H21.600", ROLLUP.today("H21.501"));
        assertEquals("H21.502", ROLLUP.today("H21.502"));
        assertEquals(Set.of("H21.501", "H21.600"), ROLLUP.rolledInto("H21.600"));
    }

    @Test
    void aRecodedUnitsOldCodeRollsIntoItsCodeOfToday() {
        assertEquals("H21.41", ROLLUP.today("H21.40"));
        assertEquals(Set.of("H21.40", "H21.41"), ROLLUP.rolledInto("H21.41"));
        assertEquals(Set.of(), ROLLUP.rolledInto("H21.40"), "an old code names no unit of today");
    }

    @Test
    void withoutASuccessorWithACodeTodayAUnitStaysUnderItsOwnCode() {
        assertEquals("H21.700", ROLLUP.today("H21.700"), "ended without successor");
        assertEquals("H21.800", ROLLUP.today("H21.800"), "its successor has no portal code");
        assertEquals("H21.901", ROLLUP.today("H21.900"), "a link dated after today is not followed yet");
        assertEquals(Set.of("H21.700"), ROLLUP.rolledInto("H21.700"));
    }

    @Test
    void aCodeNoUnitEverCarriedIsItself() {
        assertEquals("H99.1", ROLLUP.today("H99.1"));
        assertEquals(Set.of("H99.1"), ROLLUP.rolledInto("H99.1"));
        assertNull(ROLLUP.today(null));
        assertEquals(Set.of("H08.19", "H21.19", "H99.1"), ROLLUP.rolledInto(List.of("H21.19", "H99.1")));
    }

    @Test
    void beforeTheMergerEveryUnitWasItself() {
        UnitRollup then = UnitRollup.of(HISTORY, MERGER.minusDays(1));
        assertEquals("H08.19", then.today("H08.19"));
        assertEquals("H08.50", then.today("H08.50"));
        assertEquals("H21.600", then.today("H21.501"));
    }

    @Test
    void sumsByStoredCodeAddUpUnderTheCodesOfTodayAndTheTotalStays() {
        Map<String, FactSums> stored = Map.of(
                "H08.19", new FactSums(1, 2, 0, 1, 0, 1),
                "H21.19", new FactSums(0, 3, 1, 1, 1, 0),
                "H08.50", new FactSums(2, 2, 1, 0, 1, 1),
                "H21.700", new FactSums(0, 1, 0, 1, 0, 0),
                "H99.1", new FactSums(1, 0, 0, 0, 0, 0));
        assertEquals(Map.of(
                "H21.19", new FactSums(1, 5, 1, 2, 1, 1),
                "H21.99", new FactSums(2, 2, 1, 0, 1, 1),
                "H21.700", new FactSums(0, 1, 0, 1, 0, 0),
                "H99.1", new FactSums(1, 0, 0, 0, 0, 0)), ROLLUP.regroup(stored));
    }

    @Test
    void codesInReadingOrder() {
        List<String> codes = new ArrayList<>(List.of("H21.100", "H21.99", "H21", "H08.19", "H21.19.2", "H21.19"));
        codes.sort(UnitRollup.CODE_ORDER);
        assertEquals(List.of("H08.19", "H21", "H21.19", "H21.19.2", "H21.99", "H21.100"), codes);
    }
}
