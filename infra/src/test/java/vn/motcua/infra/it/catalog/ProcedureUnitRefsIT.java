package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.catalog.CatalogApi.as;
import static vn.motcua.infra.it.catalog.CatalogApi.body;
import static vn.motcua.infra.it.catalog.CatalogApi.object;
import static vn.motcua.infra.it.catalog.CatalogApi.parse;
import static vn.motcua.infra.it.catalog.CatalogApi.problem;
import static vn.motcua.infra.it.catalog.CatalogApi.uniqueCode;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/**
 * Implementing units and step units of a procedure are units of the province in force on the first day of the
 * version (portal or QCVN code, or {@code <province>.XA}), on create, update and import; a refusal names the field
 * (or the file's row and column) and writes nothing.
 */
class ProcedureUnitRefsIT {

    static final String STEPS_WITH = "\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\",\"sharePercent\":20,\"unitRef\":\"%s\"},"
            + "{\"name\":\"Giải quyết\",\"sharePercent\":80,\"unitRef\":\"%s\"}]";

    /** {@link CatalogApi#body} with the given implementing units and step units, valid from {@code validFrom}. */
    static String procedure(String code, List<String> unitRefs, String step0, String step1, String validFrom) {
        String units = unitRefs.stream().map(u -> "\"" + u + "\"").toList().toString().replace(" ", "");
        return body(code, "Thủ tục thử đơn vị " + code, 5, ",\"unitRefs\":" + units + ",\"versionValidFrom\":\"" + validFrom
                + "\"").replaceFirst("\"steps\":\\[[^\\]]*\\]", String.format(STEPS_WITH, step0, step1));
    }

    static Set<String> portalCodes(Http admin, String asOf) {
        Set<String> codes = new HashSet<>();
        for (JsonValue v : parse(admin.get("/api/units?view=flat&asOf=" + asOf)).asJsonArray()) {
            JsonObject u = v.asJsonObject();
            if (u.containsKey("portalCode") && !u.isNull("portalCode")) {
                codes.add(u.getString("portalCode"));
            }
        }
        return codes;
    }

    @Test
    void aUnitOfAnotherProvinceIsRefusedNamingTheFieldAndNothingIsWritten() {
        Http admin = as("gia-lai.admin");
        String code = uniqueCode();
        JsonObject p = problem(admin.post("/api/procedures",
                procedure(code, List.of("H21.30", "H27.24"), "H21.30", "H21.XA", "2025-09-01")), 400);
        assertEquals(1, p.getJsonArray("errors").size(), p.toString());
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals("unitRefs[1]", e.getString("field"));
        assertTrue(e.getString("message").contains("H27.24"), e.toString());
        assertTrue(e.getString("message").contains("01/09/2025"), e.toString());
        problem(admin.get("/api/procedures/" + code), 404);

        // Hà Tĩnh's own placeholder is not Gia Lai's; a step names the unit too
        p = problem(admin.post("/api/procedures",
                procedure(code, List.of("H21.30"), "H21.30", "H27.XA", "2025-09-01")), 400);
        assertEquals("steps[1].unitRef", p.getJsonArray("errors").getJsonObject(0).getString("field"), p.toString());
        problem(admin.get("/api/procedures/" + code), 404);

        // the same procedure with Gia Lai's units is created
        JsonObject created = object(admin.post("/api/procedures",
                procedure(code, List.of("H21.30"), "H21.30", "H21.XA", "2025-09-01")));
        assertEquals("[\"H21.30\"]", created.getJsonArray("unitRefs").toString());
    }

    @Test
    void aUnitThatEndedBeforeTheVersionStartsIsRefusedAndAcceptedForAnEarlierVersion() {
        Http admin = as("gia-lai.admin");
        Set<String> ended = portalCodes(admin, "2024-06-01");
        ended.removeAll(portalCodes(admin, "2025-09-01"));
        assertFalse(ended.isEmpty(), "the demo units of Gia Lai have units that ended before 01/09/2025");
        String gone = ended.stream().sorted().findFirst().orElseThrow();

        String code = uniqueCode();
        JsonObject p = problem(admin.post("/api/procedures",
                procedure(code, List.of(gone), "H21.30", "H21.XA", "2025-09-01")), 400);
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals("unitRefs[0]", e.getString("field"), p.toString());
        assertTrue(e.getString("message").contains(gone), e.toString());
        problem(admin.get("/api/procedures/" + code), 404);

        // a version starting while the unit existed may name it
        JsonObject created = object(admin.post("/api/procedures",
                procedure(code, List.of(gone), gone, gone, "2024-06-01")));
        assertEquals("[\"" + gone + "\"]", created.getJsonArray("unitRefs").toString());

        // an edit from 01/09/2025 that keeps the ended unit is refused and leaves the current version
        long versionId = created.getJsonNumber("versionId").longValue();
        String edit = procedure(code, List.of(gone), gone, gone, "2025-09-01").replace("\"time\":{\"value\":5",
                "\"time\":{\"value\":7").replace(",\"versionValidFrom\"", ",\"basedOnVersionId\":" + versionId
                + ",\"versionValidFrom\"");
        p = problem(admin.put("/api/procedures/" + code, edit), 400);
        assertEquals("unitRefs[0]", p.getJsonArray("errors").getJsonObject(0).getString("field"), p.toString());
        assertEquals(versionId, object(admin.get("/api/procedures/" + code)).getJsonNumber("versionId").longValue());
    }

    @Test
    void anImportNamingAUnitOfAnotherProvinceIsRefusedWithRowAndColumn() {
        Http admin = as("gia-lai.admin");
        String a = uniqueCode();
        String b = uniqueCode();
        String csv = "code,name,field,levels,units,time,onlineKind,steps\n"
                + a + ",Thủ tục nhập thử đơn vị A " + a + ",CHUNG_THUC,COMMUNE,H21.XA,SAME_DAY 15:00,PARTIAL,"
                + "\"Tiếp nhận|30%|H21.XA|CLERK\nChứng thực|70%|H21.XA|OFFICER\"\n"
                + b + ",Thủ tục nhập thử đơn vị B " + b + ",DAT_DAI,PROVINCE,H27.24,30 WORKING_DAYS,PARTIAL,"
                + "\"Tiếp nhận|10%|H21.30|\nThẩm định|90%|H21.30|\"\n";
        JsonObject p = problem(admin.post("/api/procedures/import", "text/csv", csv), 400);
        assertEquals(1, p.getJsonArray("errors").size(), p.toString());
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, e.getInt("row"));
        assertEquals("units", e.getString("column"));
        assertTrue(e.getString("message").contains("H27.24"), e.toString());
        problem(admin.get("/api/procedures/" + a), 404);
        problem(admin.get("/api/procedures/" + b), 404);

        JsonObject ok = object(admin.post("/api/procedures/import", "text/csv", csv.replace("H27.24", "H21.30")));
        assertEquals(2, ok.getInt("created"), ok.toString());
    }
}
