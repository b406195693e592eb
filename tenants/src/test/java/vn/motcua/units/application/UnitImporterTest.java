package vn.motcua.units.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitPlan;
import vn.motcua.units.domain.UnitVersion;

class UnitImporterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static UnitHistory base() {
        UnitSeedFile seed = UnitSeedFile.load("ha-tinh");
        return apply(new UnitHistory(List.of(), List.of()), seed.plan());
    }

    /** Applies a plan as the service would, giving new units ids from 10 000 on. */
    static UnitHistory apply(UnitHistory h, UnitPlan plan) {
        Map<Long, Long> ids = new HashMap<>();
        long next = 10_000 + h.unitIds().size();
        for (UnitPlan.NewUnit n : plan.newUnits()) {
            ids.put(n.tempId(), next++);
        }
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
        for (UnitVersion v : plan.newVersions()) {
            long id = v.unitId() < 0 ? ids.get(v.unitId()) : v.unitId();
            Long parent = v.parentId() == null ? null : v.parentId() < 0 ? ids.get(v.parentId()) : v.parentId();
            all.add(new UnitVersion(id, v.validFrom(), v.validTo(), v.spec().withParent(parent)));
        }
        List<Succession> links = new ArrayList<>(h.successions());
        for (Succession s : plan.successions()) {
            links.add(new Succession(s.predecessorId() < 0 ? ids.get(s.predecessorId()) : s.predecessorId(),
                    s.successorId() < 0 ? ids.get(s.successorId()) : s.successorId(), s.date(), s.type()));
        }
        return new UnitHistory(all, links);
    }

    static UnitImporter.Result plan(UnitHistory h, String csv) {
        return UnitImporter.plan(h, TabularReader.readCsv(csv.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    static final String FILE = """
            portal_code,name,kind,level,parent_portal_code,valid_from
            H27.40,Trung tâm Chuyển đổi số,OTHER,PROVINCE,H27,01/01/2026
            H27.40.1,Bộ phận Một cửa Trung tâm Chuyển đổi số,ONE_STOP_DESK,PROVINCE,H27.40,01/01/2026
            H27.19,Sở Y tế tỉnh Hà Tĩnh,DEPARTMENT,PROVINCE,H27,2026-02-01
            """;

    @Test
    void importCreatesAndVersionsThenTheSameFileChangesNothing() {
        UnitHistory h = base();
        UnitImporter.Result first = plan(h, FILE);
        assertEquals(2, first.created());
        assertEquals(1, first.updated(), "the renamed department gets a new version");
        UnitHistory after = apply(h, first.plan());
        UnitImporter.Result again = plan(after, FILE);
        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(3, again.unchanged());
        assertTrue(again.plan().isEmpty());
    }

    @Test
    void oneBadRowRejectsTheWholeFileNamingRowAndColumn() {
        String bad = FILE + "H27.41,Đơn vị lỗi,PLANET,PROVINCE,H27,01/01/2026\n";
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> plan(base(), bad));
        assertEquals(1, e.errors().size(), e.errors()::toString);
        assertEquals(5, e.errors().get(0).row());
        assertEquals("kind", e.errors().get(0).column());
    }

    @Test
    void unknownParentAndBadDateAndDuplicatesAreReported() {
        String bad = """
                portal_code,name,kind,level,parent_portal_code,valid_from
                H27.50,A,OTHER,PROVINCE,H27.99,01/01/2026
                H27.51,B,OTHER,PROVINCE,H27,31/02/2026
                H27.51,C,OTHER,PROVINCE,H27,01/01/2026
                """;
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> plan(base(), bad));
        List<String> where = e.errors().stream().map(x -> x.row() + ":" + x.column()).toList();
        assertEquals(List.of("2:parent_portal_code", "3:valid_from", "4:portal_code"), where);
    }

    @Test
    void anExportReimportsUnchangedAsCsvAndXlsx() {
        UnitHistory h = base();
        LocalDate day = LocalDate.of(2024, 1, 1);
        var rows = UnitExport.rows(h, day);
        for (vn.motcua.shared.tabular.TabularFormat f : vn.motcua.shared.tabular.TabularFormat.values()) {
            byte[] file = vn.motcua.shared.tabular.TabularWriter.write(f, "units", UnitImporter.COLUMNS, rows);
            UnitImporter.Result r = UnitImporter.plan(h, TabularReader.read(f, file), TODAY);
            assertEquals(rows.size(), r.unchanged(), f.name());
            assertTrue(r.plan().isEmpty(), f.name());
        }
    }

    @Test
    void seedFilesHaveTheRightShape() {
        UnitSeedFile gl = UnitSeedFile.load("gia-lai");
        UnitHistory h = apply(new UnitHistory(List.of(), List.of()), gl.plan());
        List<UnitVersion> now = h.unitsOn(TODAY);
        assertEquals(14, now.stream().filter(v -> v.kind() == vn.motcua.units.domain.UnitKind.DEPARTMENT).count());
        assertEquals(135, now.stream().filter(v -> v.level() == vn.motcua.units.domain.UnitLevel.COMMUNE).count());
        assertEquals(17, h.unitsOn(LocalDate.of(2025, 6, 30)).stream()
                .filter(v -> v.kind() == vn.motcua.units.domain.UnitKind.DISTRICT).count());
        for (String slug : List.of("binh-dinh", "quang-ngai", "kon-tum", "bac-ninh", "bac-giang", "ha-tinh")) {
            assertTrue(UnitSeedFile.load(slug).plan().newUnits().size() > 20, slug);
        }
    }
}
