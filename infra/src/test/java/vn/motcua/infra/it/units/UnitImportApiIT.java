package vn.motcua.infra.it.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.units.UnitsApi.as;
import static vn.motcua.infra.it.units.UnitsApi.flat;
import static vn.motcua.infra.it.units.UnitsApi.freshCode;
import static vn.motcua.infra.it.units.UnitsApi.ok;
import static vn.motcua.infra.it.units.UnitsApi.problem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** Imports are all or nothing, report row and column, and are idempotent in every format. */
class UnitImportApiIT {

    static final String HEADER = "portal_code,name,kind,level,parent_portal_code,valid_from\n";

    @Test
    void oneBadRowWritesNothingAndNamesRowAndColumn() {
        Http admin = as("gia-lai.admin");
        String good = freshCode("H21");
        String csv = HEADER + good + ",Trung tâm Chuyển đổi số thử,OTHER,PROVINCE,H21,01/01/2026\n"
                + freshCode("H21") + ",Đơn vị lỗi,COMMUNE,PROVINCE,H21.9999.9999,01/01/2026\n";
        JsonObject p = problem(admin.post("/api/units/import", "text/csv", csv), 400);
        assertEquals(1, p.getJsonArray("errors").size(), p::toString);
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, e.getInt("row"));
        assertEquals("parent_portal_code", e.getString("column"));
        assertFalse(flat(admin, "2026-06-01").toString().contains(good), "the good row was not written either");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Http admin = as("gia-lai.admin");
        String centre = freshCode("H21");
        String desk = centre + ".1";
        String csv = HEADER + desk + ",Bộ phận Một cửa Trung tâm thử,ONE_STOP_DESK,PROVINCE," + centre + ",2026-02-01\n"
                + centre + ",Trung tâm thử nghiệm nhập tệp,OTHER,PROVINCE,H21,2026-02-01\n";
        JsonObject first = ok(admin.post("/api/units/import", "text/csv", csv), 200);
        assertEquals(2, first.getInt("created"), first::toString);
        JsonObject second = ok(admin.post("/api/units/import", "text/csv", csv), 200);
        assertEquals(0, second.getInt("created"), second::toString);
        assertEquals(0, second.getInt("updated"));
        assertEquals(2, second.getInt("unchanged"));
        String units = flat(admin, "2026-03-01").toString();
        assertEquals(1, units.split("\"" + desk + "\"", -1).length - 1, "exactly one desk");

        // a renamed row from a later date is a new version, not an overwrite
        String renamed = HEADER + centre + ",Trung tâm thử nghiệm (đổi tên),OTHER,PROVINCE,H21,2026-05-01\n";
        assertEquals(1, ok(admin.post("/api/units/import", "text/csv", renamed), 200).getInt("updated"));
        assertTrue(flat(admin, "2026-03-01").toString().contains("Trung tâm thử nghiệm nhập tệp"));
        assertTrue(flat(admin, "2026-06-01").toString().contains("Trung tâm thử nghiệm (đổi tên)"));
    }

    @Test
    void exportsReimportUnchangedInEveryFormat() {
        Http admin = as("quang-ngai.admin");
        for (String format : new String[] {"csv", "json"}) {
            Http.Response export = admin.get("/api/units/export?format=" + format);
            assertEquals(200, export.status(), export::toString);
            String type = "csv".equals(format) ? "text/csv" : "application/json";
            JsonObject r = ok(admin.post("/api/units/import", type, export.body()), 200);
            assertEquals(0, r.getInt("created"), format + " " + r);
            assertEquals(0, r.getInt("updated"), format + " " + r);
            assertTrue(r.getInt("unchanged") > 100, r::toString);
        }
        Http.Response xlsx = admin.get("/api/units/export?format=xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().orElse("").contains("spreadsheetml"), xlsx::toString);
    }

    @Test
    void readersCannotImport() {
        problem(as("gia-lai.clerk").post("/api/units/import", "text/csv", HEADER), 403);
    }
}
