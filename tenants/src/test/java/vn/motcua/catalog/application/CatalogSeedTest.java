package vn.motcua.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;

class CatalogSeedTest {

    static final Map<String, String> PROVINCES = Map.of("gia-lai", "H21", "quang-ngai", "H48", "bac-ninh", "H05", "ha-tinh", "H27");

    @Test
    void everyDemoProvinceGetsAFewHundredValidDistinctProcedures() {
        PROVINCES.forEach((slug, code) -> {
            List<ProcedureContent> all = CatalogSeed.generate(slug, code);
            assertTrue(all.size() >= 250 && all.size() <= 400, slug + ": " + all.size());
            Set<String> codes = new HashSet<>();
            for (ProcedureContent c : all) {
                assertEquals(List.of(), c.validate(ProcedureFields::exists), c.code() + " " + c.name());
                assertTrue(codes.add(c.code().value()), "duplicate " + c.code());
            }
            assertTrue(all.stream().map(ProcedureContent::fieldCode).distinct().count() >= 30, slug);
        });
    }

    @Test
    void realisticTimesAndProvincesDiffer() {
        List<ProcedureContent> gl = CatalogSeed.generate("gia-lai", "H21");
        ProcedureContent birth = gl.stream().filter(c -> c.name().equals("Đăng ký khai sinh")).findFirst().orElseThrow();
        assertEquals(StatutoryTime.sameDay(LocalTime.of(15, 0)), birth.time());
        assertTrue(gl.stream().anyMatch(c -> c.time().unit() == StatutoryUnit.MONTHS));
        assertTrue(gl.stream().anyMatch(c -> c.time().unit() == StatutoryUnit.CALENDAR_DAYS));
        assertTrue(gl.stream().anyMatch(c -> c.fieldCode().equals("DKKD") && c.name().startsWith("Đăng ký thành lập")
                && c.time().equals(StatutoryTime.workingDays(3))));
        assertEquals(CatalogSeed.generate("gia-lai", "H21"), gl, "deterministic");
        System.out.println("generated catalog sizes: " + PROVINCES.keySet().stream()
                .map(s -> s + "=" + CatalogSeed.generate(s, PROVINCES.get(s)).size()).toList());
        assertNotEquals(gl.size(), CatalogSeed.generate("ha-tinh", "H27").size());
    }

    @Test
    void generatedProceduresNameTheProvincesRealUnits() {
        CatalogSeed.UnitRefs refs = new CatalogSeed.UnitRefs("H21.30", java.util.List.of(
                new CatalogSeed.UnitRefs.Department("H21.19", "Sở Y tế - tỉnh Gia Lai"),
                new CatalogSeed.UnitRefs.Department("H21.23", "Sở Tư pháp - tỉnh Gia Lai"),
                new CatalogSeed.UnitRefs.Department("H21.05", "Sở Xây dựng - tỉnh Gia Lai")));
        java.util.Set<String> known = java.util.Set.of("H21.30", "H21.19", "H21.23", "H21.05", "H21.XA");
        for (var p : CatalogSeed.generate("gia-lai", "H21", refs)) {
            assertTrue(known.containsAll(p.unitRefs()), p.code() + " " + p.unitRefs());
            p.steps().forEach(st -> assertTrue(known.contains(st.unitRef()), p.code() + " step " + st.unitRef()));
            if (p.fieldCode().equals("HO_TICH") && p.levels().contains(vn.motcua.catalog.domain.Level.PROVINCE)) {
                assertEquals(java.util.List.of("H21.23"), p.unitRefs(), "civil status is the justice department's");
            }
        }
    }
}
