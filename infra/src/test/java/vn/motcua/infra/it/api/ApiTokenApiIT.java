package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.api.Api.as;
import static vn.motcua.infra.it.api.Api.object;
import static vn.motcua.infra.it.api.Api.problem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

class ApiTokenApiIT {

    private static JsonObject create(String admin, String roles) {
        Http.Response r = as(admin).post("/api/api-tokens",
                "{\"name\":\"Cổng tích hợp " + Api.unique("") + "\",\"roles\":" + roles + ",\"validDays\":30}");
        assertEquals(201, r.status(), r::toString);
        return object(r);
    }

    @Test
    void aTokenActsForItsProvinceWithItsRolesUntilRevoked() {
        JsonObject created = create("gia-lai.admin", "[\"CLERK\"]");
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("mc_gia-lai_"), secret);

        Http token = Http.toSystemUnderTest().bearer(secret);
        JsonObject me = object(token.get("/api/me"));
        assertEquals("gia-lai", me.getJsonObject("tenant").getString("slug"));
        assertEquals("[\"CLERK\"]", me.getJsonArray("roles").toString());
        assertEquals("token", me.getString("authenticatedBy"));
        problem(token.get("/api/api-tokens"), 403);

        // the secret is never shown again
        String listed = as("gia-lai.admin").get("/api/api-tokens").body();
        assertFalse(listed.contains(secret.substring(20)), listed);

        assertEquals(204, as("gia-lai.admin").delete("/api/api-tokens/" + id).status());
        problem(token.get("/api/me"), 401);
        assertEquals("REVOKED", object(as("gia-lai.admin").get("/api/api-tokens/" + id)).getString("status"));
    }

    @Test
    void anotherProvinceCannotSeeUseOrRevokeTheToken() {
        JsonObject created = create("gia-lai.admin", "[\"OFFICER\"]");
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        Http haTinh = as("ha-tinh.admin");

        assertFalse(haTinh.get("/api/api-tokens").body().contains("\"id\":" + id + ","));
        problem(haTinh.get("/api/api-tokens/" + id), 404);
        problem(haTinh.delete("/api/api-tokens/" + id), 404);
        // still alive after the attempt
        assertEquals(200, Http.toSystemUnderTest().bearer(secret).get("/api/me").status());

        // the same secret presented under another province's name is worthless
        String forged = secret.replace("mc_gia-lai_", "mc_ha-tinh_");
        problem(Http.toSystemUnderTest().bearer(forged).get("/api/me"), 401);
        problem(Http.toSystemUnderTest().bearer("mc_khong-co_" + secret.substring(11)).get("/api/me"), 401);
        problem(Http.toSystemUnderTest().bearer("not-a-token").get("/api/me"), 401);
    }

    @Test
    void tokensCannotCarryPlatformRoles() {
        Http.Response r = as("gia-lai.admin").post("/api/api-tokens", "{\"name\":\"x\",\"roles\":[\"PLATFORM_ADMIN\"]}");
        JsonObject p = problem(r, 400);
        assertEquals("roles", p.getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
