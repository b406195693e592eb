package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** The demo catalog names the province's real units: every implementing unit and step unit is in its unit tree. */
class CatalogUnitReferencesIT {

    @Test
    void provinceLevelProceduresAreImplementedByUnitsOfTheProvince() {
        Http admin = Http.toSystemUnderTest().basic("gia-lai.admin", "demo");
        Set<String> codes = new HashSet<>();
        for (JsonValue v : read(admin.get("/api/units?view=flat&asOf=2025-07-01").body()).asJsonArray()) {
            JsonObject u = v.asJsonObject();
            if (u.containsKey("portalCode") && !u.isNull("portalCode")) {
                codes.add(u.getString("portalCode"));
            }
        }
        assertTrue(codes.contains("H21.30"), "the service centre is a unit");
        JsonArray page = read(admin.get("/api/procedures?level=PROVINCE&size=25").body()).asJsonObject().getJsonArray("items");
        assertFalse(page.isEmpty());
        for (JsonValue item : page) {
            String code = item.asJsonObject().getString("code");
            JsonObject p = read(admin.get("/api/procedures/" + code).body()).asJsonObject();
            for (JsonValue ref : p.getJsonArray("unitRefs")) {
                assertTrue(codes.contains(((jakarta.json.JsonString) ref).getString()), code + " names unit " + ref);
            }
            for (JsonValue step : p.getJsonArray("steps")) {
                String ref = step.asJsonObject().getString("unitRef");
                assertTrue(codes.contains(ref), code + " step unit " + ref);
            }
        }
        // civil status procedures of the province level belong to the justice department
        JsonObject civil = read(admin.get("/api/procedures?field=HO_TICH&level=PROVINCE&size=1").body()).asJsonObject();
        if (!civil.getJsonArray("items").isEmpty()) {
            String code = civil.getJsonArray("items").getJsonObject(0).getString("code");
            JsonObject p = read(admin.get("/api/procedures/" + code).body()).asJsonObject();
            String dept = p.getJsonArray("unitRefs").getString(0);
            JsonObject unit = read(admin.get("/api/units?view=flat").body()).asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(u -> dept.equals(u.getString("portalCode", null)))
                    .findFirst().orElseThrow();
            assertEquals("Sở Tư pháp - tỉnh Gia Lai", unit.getString("name"));
        }
    }

    private static JsonValue read(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readValue();
        }
    }
}
