package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String name = Api.unique("ha-tinh.cv.");
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

    private static String newUser(String username, String password, String roles) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Phạm Văn Khoá\",\"password\":\"" + password
                + "\",\"roles\":" + roles + "}";
    }

    @Test
    void aProvinceNamesItsAccountsWithinItsOwnNamespaceAndLearnsNothingAboutOthers() {
        // Finding 7: a Gia Lai administrator could create "ha-tinh.something" (landing in Gia Lai), and the 409 for
        // "ha-tinh.clerk" told them that Hà Tĩnh has such an account
        Http.Response unknown = as("gia-lai.admin").post("/api/users",
                newUser(Api.unique("ha-tinh.something-"), "mat-khau-du-dai", "[\"CLERK\"]"));
        JsonObject p = problem(unknown, 400);
        assertEquals("[{\"field\":\"username\",\"message\":\"Tên đăng nhập phải bắt đầu bằng 'gia-lai.' (tiền tố của tỉnh), "
                + "ví dụ gia-lai.nguyen.van.a.\"}]", p.getJsonArray("errors").toString());
        Http.Response existing = as("gia-lai.admin").post("/api/users", newUser("ha-tinh.clerk", "mat-khau-du-dai", "[\"CLERK\"]"));
        assertEquals(400, existing.status(), "not 409: " + existing);
        assertEquals(unknown.body(), existing.body(), "the same answer whether or not the account exists elsewhere");
        assertTrue(!existing.body().contains("ha-tinh") && !existing.body().contains("Hà Tĩnh"), existing.body());
        assertEquals("[{\"field\":\"username\",\"message\":\"The user name must start with 'gia-lai.' (the province's prefix), "
                + "for example gia-lai.nguyen.van.a.\"}]", problem(as("gia-lai.admin").header("Accept-Language", "en")
                .post("/api/users", newUser("ha-tinh.clerk", "mat-khau-du-dai", "[\"CLERK\"]")), 400)
                .getJsonArray("errors").toString());
        assertTrue(!as("admin").get("/api/users").body().contains("ha-tinh.something-"), "nothing was created");

        // within the caller's own namespace a duplicate is still a duplicate
        problem(as("gia-lai.admin").post("/api/users", newUser("gia-lai.clerk", "mat-khau-du-dai", "[\"CLERK\"]")), 409);
        // the tenant field of a province administrator's request is ignored, so it cannot widen the namespace
        problem(as("gia-lai.admin").post("/api/users", "{\"username\":\"ha-tinh.clerk2\",\"displayName\":\"X\","
                + "\"password\":\"mat-khau-du-dai\",\"roles\":[\"CLERK\"],\"tenant\":\"ha-tinh\"}"), 400);
    }

    @Test
    void platformAdministratorsFollowTheTargetProvincesNamespaceAndKeepPlatformNamesOutOfProvinces() {
        JsonObject wrongProvince = problem(as("admin").post("/api/users", "{\"username\":\"" + Api.unique("gia-lai.x")
                + "\",\"displayName\":\"X\",\"password\":\"mat-khau-du-dai\",\"roles\":[\"CLERK\"],\"tenant\":\"ha-tinh\"}"), 400);
        assertTrue(wrongProvince.getJsonArray("errors").toString().contains("'ha-tinh.'"), wrongProvince.toString());
        JsonObject platform = problem(as("admin").post("/api/users", "{\"username\":\"" + Api.unique("bac-ninh.auditor")
                + "\",\"displayName\":\"X\",\"password\":\"mat-khau-du-dai\",\"roles\":[\"CENTRAL_VIEWER\"]}"), 400);
        assertEquals("[{\"field\":\"username\",\"message\":\"Tên đăng nhập bắt đầu bằng 'bac-ninh.' dành cho tài khoản của "
                + "tỉnh đó; tài khoản nền tảng hãy chọn tên khác.\"}]", platform.getJsonArray("errors").toString());
        Http.Response ok = as("admin").post("/api/users", "{\"username\":\"" + Api.unique("ha-tinh.pa")
                + "\",\"displayName\":\"X\",\"password\":\"mat-khau-du-dai\",\"roles\":[\"CLERK\"],\"tenant\":\"ha-tinh\"}");
        assertEquals(201, ok.status(), ok::toString);
    }

    private static String status(boolean enabled, long version) {
        return "{\"enabled\":" + enabled + ",\"version\":" + version + "}";
    }

    @Test
    void aDisabledAccountIsRefusedAtItsNextRequestWithPasswordAndTokensUntilEnabledAgain() {
        // Finding 8: accounts could not be disabled at all
        String name = Api.unique("gia-lai.qt.");
        String password = "mat-khau-qtri-du-dai";
        Http.Response created = as("gia-lai.admin").post("/api/users", newUser(name, password, "[\"PROVINCE_ADMIN\"]"));
        assertEquals(201, created.status(), created::toString);
        long id = object(created).getJsonNumber("id").longValue();
        Http basic = Http.toSystemUnderTest().basic(name, password);
        assertEquals(200, basic.get("/api/me").status(), "signed in (and remembered by the credential cache)");
        Http.Response issued = basic.post("/api/api-tokens", "{\"name\":\"Cổng " + name + "\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, issued.status(), issued::toString);
        Http token = Http.toSystemUnderTest().bearer(object(issued).getString("secret"));
        assertEquals(200, token.get("/api/me").status());

        long version = object(as("gia-lai.admin").get("/api/users/" + id)).getJsonNumber("version").longValue();
        // another province's administrator: the same 404 as reading the account
        problem(as("ha-tinh.admin").get("/api/users/" + id), 404);
        problem(as("ha-tinh.admin").put("/api/users/" + id + "/status", status(false, version)), 404);
        problem(as("gia-lai.clerk").put("/api/users/" + id + "/status", status(false, version)), 403);
        JsonObject missing = problem(as("gia-lai.admin").put("/api/users/" + id + "/status", "{}"), 400);
        assertTrue(missing.getJsonArray("errors").toString().contains("enabled")
                && missing.getJsonArray("errors").toString().contains("version"), missing.toString());

        JsonObject disabled = object(as("gia-lai.admin").put("/api/users/" + id + "/status", status(false, version)));
        assertFalse(disabled.getBoolean("enabled"));
        assertTrue(disabled.getJsonNumber("version").longValue() > version);
        // a second administrator working from the now stale version
        problem(as("gia-lai.admin").put("/api/users/" + id + "/status", status(true, version)), 409);

        JsonObject refused = problem(basic.get("/api/me"), 401);
        assertEquals("Tài khoản này đã bị khóa. Hãy liên hệ người quản trị tài khoản của tỉnh (hoặc của nền tảng) để mở khóa.",
                refused.getString("detail"));
        JsonObject wrongPassword = problem(Http.toSystemUnderTest().basic(name, "khong-phai-mat-khau").get("/api/me"), 401);
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", wrongPassword.getString("detail"),
                "without the password nobody learns the account is disabled");
        problem(token.get("/api/me"), 401);
        JsonObject listed = object(as("gia-lai.admin").get("/api/users/" + id));
        assertFalse(listed.getBoolean("enabled"));

        // roles can still be changed while disabled
        Http.Response roles = as("gia-lai.admin").put("/api/users/" + id + "/roles", "{\"roles\":[\"PROVINCE_ADMIN\",\"CLERK\"],"
                + "\"version\":" + listed.getJsonNumber("version").longValue() + "}");
        assertEquals(200, roles.status(), roles::toString);

        JsonObject enabled = object(as("gia-lai.admin").put("/api/users/" + id + "/status",
                status(true, object(roles).getJsonNumber("version").longValue())));
        assertTrue(enabled.getBoolean("enabled"));
        assertEquals(200, basic.get("/api/me").status());
        assertEquals(200, token.get("/api/me").status(), "the token works again with its creator");

        java.util.List<String> events = new java.util.ArrayList<>();
        for (JsonValue v : array(as("gia-lai.admin").get("/api/security-events?limit=500"))) {
            JsonObject e = v.asJsonObject();
            if (name.equals(e.getString("username", null)) && e.getString("event").startsWith("USER_")) {
                events.add(e.getString("event") + " by " + e.getString("actor"));
            }
        }
        assertEquals(java.util.List.of("USER_ENABLED by gia-lai.admin", "USER_DISABLED by gia-lai.admin",
                "USER_CREATED by gia-lai.admin"), events, "newest first");
    }

    @Test
    void nobodyDisablesThemselvesAndAProvinceKeepsAnEnabledAdministrator() {
        long self = idOf("quang-ngai.admin", "quang-ngai.admin");
        long version = object(as("quang-ngai.admin").get("/api/users/" + self)).getJsonNumber("version").longValue();
        JsonObject p = problem(as("quang-ngai.admin").put("/api/users/" + self + "/status", status(false, version)), 400);
        assertTrue(p.getJsonArray("errors").toString().contains("Bạn không thể tự khóa tài khoản của chính mình"), p.toString());

        // a fresh province whose only administrator the platform administrator tries to disable
        String slug = null;
        for (int attempt = 0; slug == null; attempt++) {
            String candidate = "it-u-" + Long.toString(System.nanoTime(), 36);
            String code = "" + (char) ('P' + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 8))
                    + String.format("%02d", java.util.concurrent.ThreadLocalRandom.current().nextInt(70, 100));
            Http.Response t = as("admin").post("/api/tenants", "{\"slug\":\"" + candidate + "\",\"provinceCode\":\"" + code
                    + "\",\"nameVi\":\"Tỉnh thử tài khoản\",\"activeFrom\":\"2019-01-01\"}");
            if (t.status() == 409 && attempt < 10) {
                continue;
            }
            assertEquals(201, t.status(), t::toString);
            slug = candidate;
        }
        Http.Response created = as("admin").post("/api/users", "{\"username\":\"" + slug + ".admin\",\"displayName\":\"Quản trị\","
                + "\"password\":\"mat-khau-du-dai\",\"roles\":[\"PROVINCE_ADMIN\"],\"tenant\":\"" + slug + "\"}");
        assertEquals(201, created.status(), created::toString);
        JsonObject only = object(created);
        JsonObject last = problem(as("admin").put("/api/users/" + only.getJsonNumber("id").longValue() + "/status",
                status(false, only.getJsonNumber("version").longValue())), 400);
        assertTrue(last.getJsonArray("errors").toString().contains("người quản trị duy nhất còn hoạt động"), last.toString());
        assertTrue(object(as("admin").get("/api/users/" + only.getJsonNumber("id").longValue())).getBoolean("enabled"));
        // nor take its administrator role away
        JsonObject demoted = problem(as("admin").put("/api/users/" + only.getJsonNumber("id").longValue() + "/roles",
                "{\"roles\":[\"CLERK\"],\"version\":" + only.getJsonNumber("version").longValue() + "}"), 400);
        assertTrue(demoted.getJsonArray("errors").toString().contains("\"field\":\"roles\""), demoted.toString());
        assertTrue(demoted.getJsonArray("errors").toString().contains("bỏ quyền quản trị của nó"), demoted.toString());
        assertTrue(object(as("admin").get("/api/users/" + only.getJsonNumber("id").longValue())).getJsonArray("roles")
                .toString().contains("PROVINCE_ADMIN"));
    }
}
