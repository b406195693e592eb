package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.api.Api.array;
import static vn.motcua.infra.it.api.Api.as;
import static vn.motcua.infra.it.api.Api.object;
import static vn.motcua.infra.it.api.Api.problem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** Bad input gets a clear problem+json answer and changes nothing. */
class BadInputApiIT {

    private static int tokenCount(String admin) {
        return array(as(admin).get("/api/api-tokens")).size();
    }

    @Test
    void malformedJsonIsRefusedAndWritesNothing() {
        int before = tokenCount("ha-tinh.admin");
        JsonObject p = problem(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\": \"x\", \"roles\": [\"CLERK\""), 400);
        assertTrue(p.getString("detail").startsWith("Nội dung"), p.toString());
        assertEquals(before, tokenCount("ha-tinh.admin"));
    }

    @Test
    void wrongTypesAreRefusedAndWriteNothing() {
        int before = tokenCount("ha-tinh.admin");
        problem(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"x\",\"roles\":[\"CLERK\"],\"validDays\":\"nhiều\"}"), 400);
        problem(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"x\",\"roles\":[\"THU_KHO\"]}"), 400);
        problem(as("ha-tinh.admin").post("/api/api-tokens", "[1,2,3]"), 400);
        assertEquals(before, tokenCount("ha-tinh.admin"));
    }

    @Test
    void invalidValuesNameTheField() {
        JsonObject p = problem(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"  \",\"roles\":[],\"validDays\":0}"), 400);
        String fields = p.getJsonArray("errors").toString();
        assertTrue(fields.contains("\"field\":\"name\"") && fields.contains("\"field\":\"roles\"")
                && fields.contains("\"field\":\"validDays\""), fields);
    }

    @Test
    void unknownTenantSlugIsAClearNotFound() {
        JsonObject p = problem(as("admin").get("/api/tenants/khong-co-tinh-nay"), 404);
        assertTrue(p.getString("detail").contains("khong-co-tinh-nay"), p.toString());
        problem(as("admin").get("/api/tenants/NOT%20A%20SLUG"), 404);
    }

    @Test
    void messagesInEnglishOnRequest() {
        JsonObject p = problem(as("admin").header("Accept-Language", "en-US,en;q=0.9").get("/api/tenants/nowhere"), 404);
        assertEquals("There is no province with the identifier 'nowhere'. See GET /api/tenants for the list.", p.getString("detail"));
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        problem(as("admin").get("/api/khong-co"), 404);
        problem(as("gia-lai.admin").send("PATCH", "/api/api-tokens", "application/json", "{}"), 405);
        problem(as("gia-lai.admin").post("/api/api-tokens", "text/plain", "name=x"), 415);
    }

    @Test
    void duplicateTenantIsAConflictAndInvalidCodeIsNamed() {
        problem(as("admin").post("/api/tenants", "{\"slug\":\"gia-lai\",\"provinceCode\":\"Z98\",\"nameVi\":\"Trùng\",\"activeFrom\":\"2026-01-01\"}"), 409);
        JsonObject p = problem(as("admin").post("/api/tenants", "{\"slug\":\"tinh-moi\",\"provinceCode\":\"h7\",\"nameVi\":\"Mới\",\"activeFrom\":\"2026-01-01\"}"), 400);
        assertTrue(p.getJsonArray("errors").toString().contains("provinceCode"), p.toString());
        problem(as("admin").get("/api/tenants/tinh-moi"), 404);
    }

    @Test
    void theProvinceCannotBeChosenByTheRequest() {
        Http giaLai = as("gia-lai.admin").header("X-Tenant", "ha-tinh");
        assertEquals("gia-lai", object(giaLai.get("/api/me?tenant=ha-tinh")).getJsonObject("tenant").getString("slug"));
        String haTinhToken = object(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"riêng Hà Tĩnh\",\"roles\":[\"CLERK\"]}"))
                .getJsonObject("token").get("id").toString();
        String listed = giaLai.get("/api/api-tokens?tenant=ha-tinh").body();
        assertTrue(!listed.contains("\"id\":" + haTinhToken + ","), listed);
        // SQL in a value is data, not a way to rebind the province
        Http.Response r = as("gia-lai.admin").post("/api/api-tokens",
                "{\"name\":\"x'); SELECT set_config('app.tenant','ha-tinh',false); --\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, r.status(), r::toString);
        assertTrue(!as("gia-lai.admin").get("/api/api-tokens").body().contains("riêng Hà Tĩnh"));
    }
}
