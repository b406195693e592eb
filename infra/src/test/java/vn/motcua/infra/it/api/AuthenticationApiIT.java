package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.api.Api.as;
import static vn.motcua.infra.it.api.Api.object;
import static vn.motcua.infra.it.api.Api.problem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

class AuthenticationApiIT {

    @Test
    void currentUserShowsProvinceCodeAndRoles() {
        Http.Response r = as("gia-lai.admin").get("/api/me");
        assertEquals(200, r.status(), r::toString);
        JsonObject me = object(r);
        assertEquals("gia-lai.admin", me.getString("username"));
        assertEquals("gia-lai", me.getJsonObject("tenant").getString("slug"));
        assertEquals("H21", me.getJsonObject("tenant").getString("provinceCode"));
        assertEquals("Gia Lai", me.getJsonObject("tenant").getString("name"));
        assertEquals("[\"PROVINCE_ADMIN\"]", me.getJsonArray("roles").toString());
        assertEquals("password", me.getString("authenticatedBy"));
    }

    @Test
    void platformUsersHaveNoProvince() {
        JsonObject me = object(as("admin").get("/api/me"));
        assertTrue(me.isNull("tenant"));
        assertEquals("[\"PLATFORM_ADMIN\"]", me.getJsonArray("roles").toString());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Http anonymous = Http.toSystemUnderTest();
        JsonObject wrongPassword = problem(anonymous.basic("ha-tinh.clerk", "not-demo").get("/api/me"), 401);
        JsonObject unknownUser = problem(anonymous.basic("khong-ton-tai", "demo").get("/api/me"), 401);
        assertEquals(wrongPassword.getString("detail"), unknownUser.getString("detail"));
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", wrongPassword.getString("detail"));
    }

    @Test
    void missingCredentialsAsksForThem() {
        Http.Response r = Http.toSystemUnderTest().get("/api/me");
        problem(r, 401);
        assertNotNull(r.header("WWW-Authenticate"));
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPasswordAfterwards() {
        // a fresh account, so other tests' failures do not count
        Http admin = as("bac-ninh.admin");
        String name = Api.unique("bac-ninh.thu.");
        Http.Response created = admin.post("/api/users", "{\"username\":\"" + name + "\",\"displayName\":\"Người thử\","
                + "\"password\":\"mat-khau-rat-dai\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, created.status(), created::toString);
        Http anonymous = Http.toSystemUnderTest();
        for (int i = 0; i < 5; i++) {
            problem(anonymous.basic(name, "sai-mat-khau-" + i).get("/api/me"), 401);
        }
        Http.Response throttled = anonymous.basic(name, "mat-khau-rat-dai").get("/api/me");
        JsonObject p = problem(throttled, 429);
        assertTrue(Long.parseLong(throttled.header("Retry-After")) > 0);
        assertTrue(p.getString("detail").contains("thử lại sau"), p.toString());
    }

    @Test
    void everyLoginAndFailureIsAudited() {
        as("quang-ngai.officer").get("/api/me");
        Http.toSystemUnderTest().basic("quang-ngai.officer", "wrong-password").get("/api/me");
        String events = as("quang-ngai.admin").get("/api/security-events?limit=200").body();
        assertTrue(events.contains("\"event\":\"LOGIN_SUCCESS\"") && events.contains("quang-ngai.officer"), events);
        assertTrue(events.contains("\"event\":\"LOGIN_FAILURE\""), events);
        assertTrue(events.contains("BAD_PASSWORD"), "the reason is kept for administrators: " + events);
    }

    @Test
    void aClerkCannotReachAdministratorOperations() {
        Http clerk = as("gia-lai.clerk");
        problem(clerk.get("/api/api-tokens"), 403);
        problem(clerk.post("/api/api-tokens", "{\"name\":\"x\",\"roles\":[\"CLERK\"]}"), 403);
        problem(clerk.get("/api/users"), 403);
        problem(clerk.get("/api/tenants"), 403);
        problem(clerk.get("/api/security-events"), 403);
    }

    @Test
    void centralAgencyReadsTheProvinceListButManagesNothing() {
        String list = as("central").get("/api/tenants").body();
        assertTrue(list.contains("\"slug\":\"ha-tinh\""), list);
        problem(as("central").post("/api/tenants", "{\"slug\":\"x-y\",\"provinceCode\":\"Z99\",\"nameVi\":\"X\",\"activeFrom\":\"2026-01-01\"}"), 403);
        problem(as("central").get("/api/users"), 403);
    }
}
