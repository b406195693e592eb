package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.motcua.infra.it.catalog.CatalogApi.as;
import static vn.motcua.infra.it.catalog.CatalogApi.body;
import static vn.motcua.infra.it.catalog.CatalogApi.create;
import static vn.motcua.infra.it.catalog.CatalogApi.object;
import static vn.motcua.infra.it.catalog.CatalogApi.problem;
import static vn.motcua.infra.it.catalog.CatalogApi.uniqueCode;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** A Hà Tĩnh administrator can neither see nor change Gia Lai's catalog, guessed ids included. */
class CatalogIsolationIT {

    @Test
    void anotherProvinceCannotSeeOrChangeTheCatalog() {
        String code = uniqueCode();
        JsonObject created = create("gia-lai.admin", code, "Thủ tục riêng của Gia Lai " + code, 4, null);
        long versionId = created.getJsonNumber("versionId").longValue();
        Http haTinh = as("ha-tinh.admin");

        problem(haTinh.get("/api/procedures/" + code), 404);
        problem(haTinh.get("/api/procedures/" + code + "?asOf=2030-01-01"), 404);
        problem(haTinh.get("/api/procedure-versions/" + versionId), 404);
        for (long guess = Math.max(1, versionId - 3); guess <= versionId + 3; guess++) {
            Http.Response r = haTinh.get("/api/procedure-versions/" + guess);
            if (r.status() == 200) {
                assertFalse(r.body().contains(code), "a guessed id shows Hà Tĩnh's own versions only");
            }
        }
        assertEquals(0, object(haTinh.get("/api/procedures?q=" + code)).getInt("total"));
        assertFalse(haTinh.get("/api/procedures/export?format=json").body().contains(code));
        String edit = body(code, "Sửa trộm", 1, ",\"basedOnVersionId\":" + versionId);
        problem(haTinh.put("/api/procedures/" + code, edit), 404);

        // Hà Tĩnh importing the same code gets a procedure of its own; Gia Lai's is untouched
        String csv = "code,name,field,levels,time,onlineKind\n" + code + ",Thủ tục của Hà Tĩnh,HO_TICH,COMMUNE,1 WORKING_DAYS,NONE\n";
        assertEquals(1, object(haTinh.post("/api/procedures/import", "text/csv", csv)).getInt("created"));
        JsonObject gl = object(as("gia-lai.clerk").get("/api/procedures/" + code));
        assertEquals(versionId, gl.getJsonNumber("versionId").longValue());
        assertEquals(4, gl.getJsonObject("time").getInt("value"));
        assertEquals(1, gl.getJsonArray("history").size());
        assertEquals("Thủ tục của Hà Tĩnh", object(haTinh.get("/api/procedures/" + code)).getString("name"));
    }
}
