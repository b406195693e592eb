package vn.motcua.infra.it.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.units.UnitsApi.array;
import static vn.motcua.infra.it.units.UnitsApi.as;
import static vn.motcua.infra.it.units.UnitsApi.flat;
import static vn.motcua.infra.it.units.UnitsApi.id;
import static vn.motcua.infra.it.units.UnitsApi.object;
import static vn.motcua.infra.it.units.UnitsApi.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** A Gia Lai administrator can neither list, read, change, merge, split nor import into Hà Tĩnh's units. */
class UnitIsolationApiIT {

    @Test
    void anotherProvincesUnitsAreInvisibleAndUntouchableEvenByGuessedIds() {
        Http haTinh = as("ha-tinh.admin");
        Http giaLai = as("gia-lai.admin");
        JsonArray htUnits = flat(haTinh, null);
        JsonObject target = htUnits.stream().map(v -> (JsonObject) v)
                .filter(u -> "DEPARTMENT".equals(u.getString("kind"))).findFirst().orElseThrow();
        long id = id(target);
        long version = target.getJsonNumber("version").longValue();

        String glList = flat(giaLai, null).toString() + flat(giaLai, "2024-01-01");
        assertFalse(glList.contains("H27"), "no Hà Tĩnh code in Gia Lai's lists");
        assertFalse(glList.contains("Hà Tĩnh"), "no Hà Tĩnh unit in Gia Lai's lists");

        problem(giaLai.get("/api/units/" + id), 404);
        problem(giaLai.get("/api/units/" + id + "/timeline"), 404);
        problem(giaLai.get("/api/units/" + id + "/successors"), 404);
        String body = "{\"name\":\"Bị đổi tên\",\"kind\":\"DEPARTMENT\",\"level\":\"PROVINCE\",\"effectiveFrom\":\"2026-12-01\",\"version\":" + version + "}";
        problem(giaLai.put("/api/units/" + id, body), 404);
        problem(giaLai.post("/api/units/" + id + "/split?preview=true",
                "{\"date\":\"2026-12-01\",\"parts\":[{\"name\":\"X\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\"}]}"), 404);
        problem(giaLai.post("/api/units/merge?preview=true", "{\"date\":\"2026-12-01\",\"sourceIds\":[" + id + "],\"targetId\":1}"), 404);
        problem(giaLai.post("/api/units", "{\"name\":\"Con của đơn vị tỉnh khác\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"parentId\":" + id + "}"), 400);
        JsonObject imp = problem(giaLai.post("/api/units/import", "text/csv",
                "id,name,kind,level\n" + id + ",Bị đổi tên,DEPARTMENT,PROVINCE\n"), 400);
        assertEquals("id", imp.getJsonArray("errors").getJsonObject(0).getString("column"));
        problem(giaLai.post("/api/units/import", "text/csv",
                "portal_code,name,kind,level,parent_id\nH21.9990,Con,OTHER,PROVINCE," + id + "\n"), 400);
        // guessed ids all around
        for (long guess = Math.max(1, id - 3); guess <= id + 3; guess++) {
            int s = giaLai.get("/api/units/" + guess).status();
            if (s == 200) {
                assertFalse(giaLai.get("/api/units/" + guess).body().contains("H27"), "guessed id " + guess);
            }
        }

        JsonObject after = object(haTinh.get("/api/units/" + id));
        assertEquals(target.getString("name"), after.getString("name"), "unchanged");
        assertEquals(version, after.getJsonNumber("version").longValue(), "not even its lock value moved");
    }

    @Test
    void openApiListsTheUnitOperations() {
        Http.Response r = Http.toSystemUnderTest().get("/openapi");
        assertEquals(200, r.status(), r::toString);
        for (String op : new String[] {"listUnits", "getUnit", "getUnitTimeline", "mapUnit", "createUnit", "updateUnit",
                "mergeUnits", "splitUnit", "importUnits", "exportUnits", "absorbTenant"}) {
            assertTrue(java.util.regex.Pattern.compile("operationId\"?\\s*:\\s*\"?" + op + "\\b").matcher(r.body()).find(),
                    op + " missing from /openapi");
        }
    }

    @Test
    void everyoneInTheProvinceReadsOnlyAdministratorsChange() {
        Http clerk = as("gia-lai.clerk");
        assertTrue(array(clerk.get("/api/units")).size() >= 1);
        problem(clerk.post("/api/units", "{\"name\":\"X\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\"}"), 403);
        problem(as("gia-lai.leader").post("/api/units/merge?preview=true", "{}"), 403);
        problem(as("admin").post("/api/tenants/gia-lai/absorb?preview=true", null), 400);
        problem(as("gia-lai.admin").post("/api/tenants/gia-lai/absorb", "{\"absorbed\":\"ha-tinh\",\"date\":\"2026-12-01\"}"), 403);
        assertEquals(401, Http.toSystemUnderTest().get("/api/units").status());
    }
}
