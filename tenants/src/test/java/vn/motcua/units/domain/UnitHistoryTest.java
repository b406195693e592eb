package vn.motcua.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;

class UnitHistoryTest {

    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);

    static UnitSpec spec(String name, UnitKind kind, UnitLevel level, Long parent, String portal) {
        return new UnitSpec(name, kind, level, parent, null, portal == null ? null : UnitCode.portal(portal));
    }

    /** 1 = People's Committee; 2 = a department; 3, 4 = districts until 30/06/2025; 5, 6 = communes from 1/7/2025. */
    static UnitHistory province() {
        List<UnitVersion> v = new ArrayList<>();
        v.add(new UnitVersion(1, START, null, spec("UBND tỉnh Gia Lai", UnitKind.PEOPLES_COMMITTEE, UnitLevel.PROVINCE, null, "H21")));
        v.add(new UnitVersion(2, START, null, spec("Sở Y tế", UnitKind.DEPARTMENT, UnitLevel.PROVINCE, 1L, "H21.19")));
        v.add(new UnitVersion(3, START, BEFORE, spec("UBND huyện Chư Păh", UnitKind.DISTRICT, UnitLevel.DISTRICT, 1L, null)));
        v.add(new UnitVersion(4, START, BEFORE, spec("UBND huyện Ia Grai", UnitKind.DISTRICT, UnitLevel.DISTRICT, 1L, null)));
        v.add(new UnitVersion(5, MERGER, null, spec("UBND xã Ia Ly", UnitKind.COMMUNE, UnitLevel.COMMUNE, 1L, "H21.120")));
        v.add(new UnitVersion(6, MERGER, null, spec("UBND xã Ia Grai", UnitKind.COMMUNE, UnitLevel.COMMUNE, 1L, "H21.121")));
        List<Succession> s = List.of(
                new Succession(3, 5, MERGER, SuccessionType.MERGED_INTO),
                new Succession(4, 6, MERGER, SuccessionType.MERGED_INTO),
                new Succession(4, 5, MERGER, SuccessionType.MERGED_INTO));
        return new UnitHistory(v, s);
    }

    static UnitHistory apply(UnitHistory h, UnitPlan plan) {
        List<UnitVersion> all = new ArrayList<>();
        for (long id : h.unitIds()) {
            for (UnitVersion v : h.versionsOf(id)) {
                UnitVersion w = v;
                for (UnitPlan.Closing c : plan.closings()) {
                    if (c.unitId() == id && c.versionFrom().equals(v.validFrom())) {
                        w = v.closedOn(c.lastDay());
                    }
                }
                all.add(w);
            }
        }
        all.addAll(plan.newVersions());
        List<Succession> s = new ArrayList<>(h.successions());
        s.addAll(plan.successions());
        return new UnitHistory(all, s);
    }

    @Test
    void treeAsOfADayShowsOnlyUnitsValidThatDay() {
        UnitHistory h = province();
        List<UnitHistory.Node> before = h.treeOn(LocalDate.of(2024, 1, 15));
        assertEquals(1, before.size());
        assertEquals(List.of(2L, 3L, 4L), before.get(0).children().stream().map(n -> n.version().unitId()).toList());
        List<UnitHistory.Node> after = h.treeOn(LocalDate.of(2026, 1, 15));
        assertEquals(List.of(2L, 5L, 6L), after.get(0).children().stream().map(n -> n.version().unitId()).toList());
        assertTrue(h.treeOn(LocalDate.of(2018, 12, 31)).isEmpty(), "nothing existed yet");
    }

    @Test
    void mappingFollowsSuccessionLinksTransitivelyAndOnlyOnceTheyApply() {
        UnitHistory h = province();
        assertEquals(Set.of(3L), h.successorsOn(3, BEFORE), "still valid: maps to itself");
        assertEquals(Set.of(5L), h.successorsOn(3, MERGER));
        assertEquals(Set.of(5L, 6L), h.successorsOn(4, LocalDate.of(2026, 11, 22)));
        assertEquals(Set.of(), h.successorsOn(5, LocalDate.of(2020, 1, 1)), "did not exist yet");
        // a second step: commune 5 merges into commune 6 in 2026; district 3 then maps to 6
        UnitPlan p = h.planMerge(List.of(5L), 6L, null, LocalDate.of(2026, 3, 1));
        UnitHistory h2 = apply(h, p);
        assertEquals(Set.of(6L), h2.successorsOn(3, LocalDate.of(2026, 11, 22)));
        assertEquals(Set.of(5L), h2.successorsOn(3, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void renameAndMoveCreateNewVersionsAndKeepTheOldOnes() {
        UnitHistory h = province();
        UnitSpec renamed = spec("Sở Y tế tỉnh Gia Lai", UnitKind.DEPARTMENT, UnitLevel.PROVINCE, 1L, "H21.19");
        UnitPlan p = h.planChange(2, renamed, LocalDate.of(2026, 1, 1));
        assertEquals(List.of(new UnitPlan.Closing(2, START, LocalDate.of(2025, 12, 31))), p.closings());
        UnitHistory h2 = apply(h, p);
        assertEquals("Sở Y tế", h2.versionOn(2, LocalDate.of(2025, 12, 31)).orElseThrow().name());
        assertEquals("Sở Y tế tỉnh Gia Lai", h2.versionOn(2, LocalDate.of(2026, 1, 1)).orElseThrow().name());
        List<String> events = h2.timeline(2).stream().map(UnitHistory.TimelineEntry::event).toList();
        assertEquals(List.of("CREATED", "RENAMED"), events);

        UnitSpec moved = spec("UBND xã Ia Ly", UnitKind.COMMUNE, UnitLevel.COMMUNE, 2L, "H21.120");
        UnitHistory h3 = apply(h2, h2.planChange(5, moved, LocalDate.of(2026, 2, 1)));
        assertEquals(2L, h3.versionOn(5, LocalDate.of(2026, 2, 1)).orElseThrow().parentId());
        assertEquals(1L, h3.versionOn(5, LocalDate.of(2026, 1, 31)).orElseThrow().parentId());
        assertEquals(List.of("CREATED", "SUCCEEDS_MERGED_INTO", "SUCCEEDS_MERGED_INTO", "MOVED"),
                h3.timeline(5).stream().map(UnitHistory.TimelineEntry::event).toList());
    }

    @Test
    void changesThatWouldOverwriteHistoryOrLoopAreRefused() {
        UnitHistory h = province();
        UnitSpec s = spec("Khác", UnitKind.DEPARTMENT, UnitLevel.PROVINCE, 1L, null);
        assertThrows(DomainException.class, () -> h.planChange(2, s, START), "same day as the version's start");
        assertThrows(DomainException.class, () -> h.planChange(3, s, LocalDate.of(2025, 8, 1)), "closed unit");
        UnitSpec loop = spec("UBND tỉnh Gia Lai", UnitKind.PEOPLES_COMMITTEE, UnitLevel.PROVINCE, 2L, "H21");
        DomainException e = assertThrows(DomainException.class, () -> h.planChange(1, loop, LocalDate.of(2026, 1, 1)));
        assertEquals("unit.parent.cycle", e.fieldErrors().get(0).messageKey());
        assertTrue(h.planChange(2, h.versionOn(2, MERGER).orElseThrow().spec(), LocalDate.of(2026, 1, 1)).isEmpty(),
                "no change, no new version");
    }

    @Test
    void mergePreviewClosesSourcesLinksThemAndMovesTheirChildren() {
        UnitHistory h = province();
        // put a desk under commune 5, then merge 5 and 6 into a new commune
        UnitHistory withDesk = apply(h, h.planCreate(spec("Bộ phận một cửa xã Ia Ly", UnitKind.ONE_STOP_DESK,
                UnitLevel.COMMUNE, 5L, null), MERGER));
        LocalDate day = LocalDate.of(2026, 6, 1);
        UnitPlan p = withDesk.planMerge(List.of(5L, 6L), null,
                spec("UBND xã Ia Ly Mới", UnitKind.COMMUNE, UnitLevel.COMMUNE, 1L, "H21.130"), day);
        assertEquals(1, p.newUnits().size());
        long target = p.newUnits().get(0).tempId();
        assertTrue(target < 0);
        assertEquals(3, p.closings().size(), "two communes and the moved desk's old version");
        assertEquals(2, p.successions().size());
        assertTrue(p.successions().stream().allMatch(s -> s.successorId() == target && s.type() == SuccessionType.MERGED_INTO));
        assertTrue(p.newVersions().stream().anyMatch(v -> v.kind() == UnitKind.ONE_STOP_DESK && v.parentId() == target));
        UnitHistory after = apply(withDesk, p);
        assertEquals(Set.of(target), after.successorsOn(3, LocalDate.of(2026, 11, 1)));
        assertTrue(h.versionOn(5, day).isPresent(), "planning wrote nothing");
    }

    @Test
    void splitPreviewCreatesPartsAndOptionallyClosesTheSource() {
        UnitHistory h = province();
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<UnitSpec> parts = List.of(spec("UBND xã Ia Ly A", UnitKind.COMMUNE, UnitLevel.COMMUNE, 1L, null),
                spec("UBND xã Ia Ly B", UnitKind.COMMUNE, UnitLevel.COMMUNE, 1L, null));
        UnitPlan keep = h.planSplit(5, parts, false, day);
        assertEquals(2, keep.newUnits().size());
        assertTrue(keep.closings().isEmpty());
        assertTrue(keep.successions().stream().allMatch(s -> s.predecessorId() == 5 && s.type() == SuccessionType.SPLIT_FROM));
        UnitPlan close = h.planSplit(5, parts, true, day);
        assertEquals(List.of(new UnitPlan.Closing(5, MERGER, day.minusDays(1))), close.closings());
        UnitHistory after = apply(h, close);
        assertEquals(2, after.successorsOn(5, day).size());
        assertEquals(Set.of(5L), after.successorsOn(5, day.minusDays(1)));
    }

    @Test
    void absorbingAProvinceKeepsItsHistoryAndLinksItsUnitsToSuccessors() {
        UnitHistory absorbing = province();
        List<UnitVersion> v = new ArrayList<>();
        v.add(new UnitVersion(1, START, null, spec("UBND tỉnh Bình Định", UnitKind.PEOPLES_COMMITTEE, UnitLevel.PROVINCE, null, "H08")));
        v.add(new UnitVersion(2, START, null, spec("Sở Y tế - tỉnh Bình Định", UnitKind.DEPARTMENT, UnitLevel.PROVINCE, 1L, "H08.19")));
        v.add(new UnitVersion(3, START, LocalDate.of(2022, 12, 31), spec("UBND huyện Vân Canh", UnitKind.DISTRICT, UnitLevel.DISTRICT, 1L, null)));
        v.add(new UnitVersion(3, LocalDate.of(2023, 1, 1), null, spec("UBND huyện Vân Canh (mới)", UnitKind.DISTRICT, UnitLevel.DISTRICT, 1L, null)));
        v.add(new UnitVersion(4, START, null, spec("Sở Ngoại vụ - tỉnh Bình Định", UnitKind.DEPARTMENT, UnitLevel.PROVINCE, 1L, null)));
        UnitHistory absorbed = new UnitHistory(v, List.of());

        UnitPlan p = Absorption.plan("binh-dinh", absorbed, Set.of(3L), absorbing, MERGER, Map.of(3L, List.of(6L)));
        assertEquals(4, p.newUnits().size());
        assertTrue(p.newUnits().stream().allMatch(n -> "binh-dinh".equals(n.originTenant())));
        assertTrue(p.newUnits().stream().allMatch(n -> n.generated() == (n.originUnitId() == 3L)), "generated flag kept");
        assertTrue(p.newVersions().stream().allMatch(x -> x.validTo() != null && x.validTo().isBefore(MERGER)),
                "nothing of the absorbed province is valid from the merger on");
        UnitHistory after = apply(absorbing, p);
        Map<Long, Long> byOrigin = new java.util.HashMap<>();
        p.newUnits().forEach(n -> byOrigin.put(n.originUnitId(), n.tempId()));
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (long origin : List.of(1L, 2L, 3L, 4L)) {
            long id = byOrigin.get(origin);
            assertTrue(after.versionOn(id, LocalDate.of(2024, 1, 1)).isPresent(), "reachable before the merger: " + origin);
            assertTrue(after.treeOn(LocalDate.of(2024, 1, 1)).stream().anyMatch(n -> n.version().unitId() == byOrigin.get(1L)));
        }
        assertEquals(Set.of(1L), after.successorsOn(byOrigin.get(1L), today), "People's Committee → People's Committee");
        assertEquals(Set.of(2L), after.successorsOn(byOrigin.get(2L), today), "department → same-named department");
        assertEquals(Set.of(6L), after.successorsOn(byOrigin.get(3L), today), "district → the chosen commune");
        assertEquals(Set.of(1L), after.successorsOn(byOrigin.get(4L), today), "no counterpart → province root");
        assertEquals("UBND huyện Vân Canh", after.versionOn(byOrigin.get(3L), LocalDate.of(2020, 1, 1)).orElseThrow().name(),
                "older versions are copied too");
    }

    @Test
    void departmentNamesMatchWithoutTheProvinceSuffix() {
        assertEquals(Absorption.baseName("Sở Y tế - tỉnh Bình Định"), Absorption.baseName("Sở Y tế tỉnh Gia Lai"));
        assertEquals("so tai chinh", Absorption.baseName("Sở Tài chính"));
    }

    @Test
    void unitCodesOfBothSchemes() {
        assertEquals("H21", UnitCode.portal("h21.227").provinceCode());
        assertEquals("H21", UnitCode.qcvn("000.17.21.H21").provinceCode());
        assertThrows(IllegalArgumentException.class, () -> UnitCode.portal("21.17"));
        assertThrows(IllegalArgumentException.class, () -> UnitCode.qcvn("H21.17"));
        assertTrue(UnitCode.parse(UnitCode.Scheme.PORTAL, " ").isEmpty());
    }
}
