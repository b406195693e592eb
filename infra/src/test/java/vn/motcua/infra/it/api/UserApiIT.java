package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.api.Api.array;
import static vn.motcua.infra.it.api.Api.as;
import static vn.motcua.infra.it.api.Api.object;
import static vn.motcua.infra.it.api.Api.problem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

class UserApiIT {

    private static long idOf(String admin, String username) {
        for (JsonValue v : array(as(admin).get("/api/users"))) {
            JsonObject u = v.asJsonObject();
            if (u.getString("username").equals(username)) {
                return u.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError(username + " not listed for " + admin);
    }

    @Test
    void aProvinceAdministratorSeesOnlyTheirProvincesAccounts() {
        for (JsonValue v : array(as("gia-lai.admin").get("/api/users"))) {
            assertEquals("gia-lai", v.asJsonObject().getString("tenant"), v.toString());
        }
        long haTinhClerk = idOf("admin", "ha-tinh.clerk");
        problem(as("gia-lai.admin").get("/api/users/" + haTinhClerk), 404);
        problem(as("gia-lai.admin").put("/api/users/" + haTinhClerk + "/roles",
                "{\"roles\":[\"PROVINCE_ADMIN\"],\"version\":0}"), 404);
        JsonObject after = object(as("admin").get("/api/users/" + haTinhClerk));
        assertEquals("[\"CLERK\"]", after.getJsonArray("roles").toString());
    }

    @Test
    void roleChangesAreVersionedAndAudited() {
        String name = Api.unique("cv.");
        Http.Response created = as("ha-tinh.admin").post("/api/users", "{\"username\":\"" + name + "\","
                + "\"displayName\":\"Nguyễn Thị Hương\",\"password\":\"mat-khau-du-dai\",\"roles\":[\"OFFICER\"]}");
        assertEquals(201, created.status(), created::toString);
        JsonObject user = object(created);
        long id = user.getJsonNumber("id").longValue();
        long version = user.getJsonNumber("version").longValue();
        assertEquals("ha-tinh", user.getString("tenant"), "created in the administrator's own province");

        Http.Response first = as("ha-tinh.admin").put("/api/users/" + id + "/roles",
                "{\"roles\":[\"OFFICER\",\"UNIT_LEADER\"],\"version\":" + version + "}");
        assertEquals(200, first.status(), first::toString);
        // a second administrator working from the same, now stale, version
        problem(as("ha-tinh.admin").put("/api/users/" + id + "/roles",
                "{\"roles\":[\"CLERK\"],\"version\":" + version + "}"), 409);
        assertEquals("[\"OFFICER\",\"UNIT_LEADER\"]", object(as("ha-tinh.admin").get("/api/users/" + id)).getJsonArray("roles").toString());

        JsonObject me = object(Http.toSystemUnderTest().basic(name, "mat-khau-du-dai").get("/api/me"));
        assertEquals("[\"OFFICER\",\"UNIT_LEADER\"]", me.getJsonArray("roles").toString());

        String events = as("ha-tinh.admin").get("/api/security-events?limit=500").body();
        assertTrue(events.contains("\"event\":\"USER_CREATED\""), events);
        assertTrue(events.contains("\"event\":\"ROLE_GRANTED\"") && events.contains("UNIT_LEADER"), events);
        assertTrue(!as("gia-lai.admin").get("/api/security-events?limit=1000").body().contains(name),
                "another province's audit log is not visible");
    }

    @Test
    void weakPasswordsAndPlatformRolesAreRefusedForProvinceAccounts() {
        JsonObject p = problem(as("gia-lai.admin").post("/api/users", "{\"username\":\"yeu.mk\",\"displayName\":\"X\","
                + "\"password\":\"demo\",\"roles\":[\"PLATFORM_ADMIN\"]}"), 400);
        String errors = p.getJsonArray("errors").toString();
        assertTrue(errors.contains("password") && errors.contains("roles"), errors);
        problem(as("gia-lai.admin").get("/api/users/999999999"), 404);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        long self = idOf("bac-ninh.admin", "bac-ninh.admin");
        long version = object(as("bac-ninh.admin").get("/api/users/" + self)).getJsonNumber("version").longValue();
        problem(as("bac-ninh.admin").put("/api/users/" + self + "/roles", "{\"roles\":[\"CLERK\"],\"version\":" + version + "}"), 400);
    }
}
