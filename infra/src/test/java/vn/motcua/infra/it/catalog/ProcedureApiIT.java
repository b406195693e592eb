package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.catalog.CatalogApi.as;
import static vn.motcua.infra.it.catalog.CatalogApi.body;
import static vn.motcua.infra.it.catalog.CatalogApi.create;
import static vn.motcua.infra.it.catalog.CatalogApi.object;
import static vn.motcua.infra.it.catalog.CatalogApi.problem;
import static vn.motcua.infra.it.catalog.CatalogApi.uniqueCode;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** listProcedures, getProcedure, getProcedureVersion, createProcedure, updateProcedure, listFields. */
class ProcedureApiIT {

    @Test
    void theDemoCatalogIsSearchedWithoutAccentsAndFiltered() {
        Http clerk = as("gia-lai.clerk");
        JsonObject all = object(clerk.get("/api/procedures?size=5"));
        assertTrue(all.getInt("total") >= 250, all.toString());
        assertEquals(5, all.getJsonArray("items").size());

        JsonObject hoTich = object(clerk.get("/api/procedures?q=ho%20tich&size=100"));
        assertTrue(hoTich.getInt("total") >= 5, hoTich.toString());
        for (var item : hoTich.getJsonArray("items")) {
            JsonObject p = item.asJsonObject();
            assertTrue(p.getString("fieldName").equals("Hộ tịch") || p.getString("name").toLowerCase().contains("hộ tịch"), p.toString());
        }
        JsonObject birth = object(clerk.get("/api/procedures?q=dang%20ky%20khai%20sinh&level=COMMUNE&onlineKind=FULL"));
        assertTrue(birth.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("name").equals("Đăng ký khai sinh")
                && i.asJsonObject().getString("time").equals("Trong ngày (nhận trước 15:00)")), birth.toString());
        JsonObject land = object(clerk.get("/api/procedures?field=DAT_DAI&level=PROVINCE&size=200"));
        assertTrue(land.getInt("total") > 0);
        land.getJsonArray("items").forEach(i -> {
            assertEquals("DAT_DAI", i.asJsonObject().getString("field"));
            assertTrue(i.asJsonObject().getJsonArray("levels").toString().contains("PROVINCE"));
        });
        JsonObject full = object(clerk.get("/api/procedures?onlineKind=FULL&size=500"));
        full.getJsonArray("items").forEach(i -> assertEquals("FULL", i.asJsonObject().getString("onlineKind")));
        assertTrue(full.getInt("total") < all.getInt("total"));
        problem(clerk.get("/api/procedures?level=HUYEN"), 400);

        JsonArray fields = (JsonArray) CatalogApi.parse(clerk.get("/api/procedure-fields"));
        assertTrue(fields.size() >= 30);
        assertTrue(fields.toString().contains("\"nameVi\":\"Đất đai\""));
    }

    @Test
    void aDemoProcedureShowsItsStepsAndPublicationAndIsMarkedGenerated() {
        JsonObject p = object(as("ha-tinh.officer").get("/api/procedures/1.001193"));
        assertEquals("Đăng ký khai sinh", p.getString("name"));
        assertEquals("SAME_DAY", p.getJsonObject("time").getString("unit"));
        assertEquals("15:00", p.getJsonObject("time").getString("cutOff"));
        assertTrue(p.getBoolean("generated"));
        int sum = p.getJsonArray("steps").stream().mapToInt(s -> s.asJsonObject().getInt("sharePercent")).sum();
        assertEquals(100, sum);
        assertTrue(p.getJsonObject("publication").getString("decisionNumber").endsWith("/QĐ-UBND"));
        assertFalse(p.getJsonArray("history").isEmpty());
    }

    @Test
    void anEditCreatesANewVersionAndTheOldOneStaysReadableAsOfAnEarlierDate() {
        String code = uniqueCode();
        JsonObject v1 = create("gia-lai.admin", code, "Thủ tục thử phiên bản " + code, 5, "2025-01-01");
        long v1Id = v1.getJsonNumber("versionId").longValue();

        String edit = body(code, "Thủ tục thử phiên bản " + code, 3, ",\"basedOnVersionId\":" + v1Id);
        Http.Response r = as("gia-lai.admin").put("/api/procedures/" + code, edit);
        assertEquals(200, r.status(), r::toString);
        JsonObject v2 = object(r);
        long v2Id = v2.getJsonNumber("versionId").longValue();
        assertTrue(v2Id != v1Id);
        assertEquals(3, v2.getJsonObject("time").getInt("value"));
        assertEquals(LocalDate.now().toString(), v2.getString("validFrom"));
        assertEquals(2, v2.getJsonArray("history").size());

        JsonObject old = object(as("gia-lai.clerk").get("/api/procedures/" + code + "?asOf=2025-06-01"));
        assertEquals(v1Id, old.getJsonNumber("versionId").longValue());
        assertEquals(5, old.getJsonObject("time").getInt("value"));
        assertFalse(old.getBoolean("current"));
        assertEquals(LocalDate.now().toString(), old.getString("validTo"));
        // the version a dossier keeps stays readable by its id
        assertEquals(5, object(as("gia-lai.clerk").get("/api/procedure-versions/" + v1Id)).getJsonObject("time").getInt("value"));
        assertEquals(v2Id, object(as("gia-lai.clerk").get("/api/procedures/" + code)).getJsonNumber("versionId").longValue());
        problem(as("gia-lai.clerk").get("/api/procedures/" + code + "?asOf=2024-06-01"), 404);

        // an edit based on the old version is refused, not lost
        JsonObject conflict = problem(as("gia-lai.admin").put("/api/procedures/" + code, edit), 409);
        assertEquals("procedure.changedMeanwhile", conflict.getString("code"));
        // an edit that changes nothing creates no version
        String same = body(code, "Thủ tục thử phiên bản " + code, 3, ",\"basedOnVersionId\":" + v2Id);
        assertEquals(v2Id, object(as("gia-lai.admin").put("/api/procedures/" + code, same)).getJsonNumber("versionId").longValue());
    }

    @Test
    void invalidProceduresAreRefusedFieldByField() {
        String code = uniqueCode();
        String badSteps = body(code, "Thủ tục sai", 3, "").replace("\"sharePercent\":80", "\"sharePercent\":70");
        JsonObject p = problem(as("gia-lai.admin").post("/api/procedures", badSteps), 400);
        assertEquals("steps", p.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(p.getJsonArray("errors").getJsonObject(0).getString("message").contains("100%"));

        String sameDayNoCutOff = body(code, "Thủ tục sai", 3, "").replace("{\"value\":3,\"unit\":\"WORKING_DAYS\"}",
                "{\"value\":0,\"unit\":\"SAME_DAY\"}");
        p = problem(as("gia-lai.admin").post("/api/procedures", sameDayNoCutOff), 400);
        assertEquals("time", p.getJsonArray("errors").getJsonObject(0).getString("field"));

        String onlineLonger = body(code, "Thủ tục sai", 3, ",\"onlineTime\":{\"value\":10,\"unit\":\"WORKING_DAYS\"}");
        p = problem(as("gia-lai.admin").post("/api/procedures", onlineLonger), 400);
        assertEquals("onlineTime", p.getJsonArray("errors").getJsonObject(0).getString("field"));

        problem(as("gia-lai.admin").post("/api/procedures", body("12.34", "Mã sai", 3, "")), 400);
        problem(as("gia-lai.admin").get("/api/procedures/" + code), 404);

        String existing = body("1.001193", "Trùng mã", 3, "");
        assertEquals(409, as("gia-lai.admin").post("/api/procedures", existing).status());
    }

    @Test
    void openApiDocumentsTheCatalogOperations() {
        Http.Response r = Http.toSystemUnderTest().get("/openapi");
        assertEquals(200, r.status());
        for (String op : new String[] {"listProcedures", "getProcedure", "getProcedureVersion", "createProcedure",
                "updateProcedure", "importProcedures", "exportProcedures", "listFields"}) {
            assertTrue(java.util.regex.Pattern.compile("operationId\"?\\s*:\\s*\"?" + op + "\\b").matcher(r.body()).find(),
                    op + " missing from /openapi");
        }
    }

    @Test
    void onlyProvinceAdministratorsChangeTheCatalog() {
        String code = uniqueCode();
        problem(as("gia-lai.clerk").post("/api/procedures", body(code, "Thủ tục của cán bộ", 3, "")), 403);
        problem(as("gia-lai.leader").post("/api/procedures/import", "[]"), 403);
        problem(as("admin").get("/api/procedures"), 403);
        problem(as("gia-lai.clerk").get("/api/procedures/" + code), 404);
    }
}
