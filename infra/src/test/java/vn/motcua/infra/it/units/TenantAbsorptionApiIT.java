package vn.motcua.infra.it.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.units.UnitsApi.array;
import static vn.motcua.infra.it.units.UnitsApi.flat;
import static vn.motcua.infra.it.units.UnitsApi.id;
import static vn.motcua.infra.it.units.UnitsApi.object;
import static vn.motcua.infra.it.units.UnitsApi.ok;
import static vn.motcua.infra.it.units.UnitsApi.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/**
 * The merge test: one province absorbs another; every historical unit of the absorbed province stays reachable
 * as of a pre-merger date and maps to a current unit of the absorbing province as of today.
 */
public class TenantAbsorptionApiIT {

    static final String PASSWORD = "mat-khau-du-dai-1";

    public record Province(String slug, String code, Http admin) { }

    public static Province newProvince(String label) {
        Http platform = UnitsApi.as("admin");
        for (int attempt = 0; ; attempt++) {
            String code = "" + (char) ('P' + ThreadLocalRandom.current().nextInt(0, 8))
                    + String.format("%02d", ThreadLocalRandom.current().nextInt(70, 100));
            String slug = "it-" + label + "-" + Long.toString(System.nanoTime(), 36);
            Http.Response r = platform.post("/api/tenants", "{\"slug\":\"" + slug + "\",\"provinceCode\":\"" + code
                    + "\",\"nameVi\":\"Tỉnh thử " + label + "\",\"activeFrom\":\"2019-01-01\"}");
            if (r.status() == 409 && attempt < 10) {
                continue;
            }
            assertEquals(201, r.status(), r::toString);
            String user = slug + ".admin";
            Http.Response u = platform.post("/api/users", "{\"username\":\"" + user + "\",\"displayName\":\"Quản trị "
                    + label + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"PROVINCE_ADMIN\"],\"tenant\":\"" + slug + "\"}");
            assertEquals(201, u.status(), u::toString);
            return new Province(slug, code, Http.toSystemUnderTest().basic(user, PASSWORD));
        }
    }

    static final String HEADER = "portal_code,name,kind,level,parent_portal_code,valid_from\n";

    @Test
    void absorbedUnitsStayReachableBeforeTheMergerAndMapToSuccessorsToday() {
        Province a = newProvince("a");
        Province b = newProvince("b");
        String ac = a.code();
        String bc = b.code();
        ok(a.admin().post("/api/units/import", "text/csv", HEADER
                + ac + ",UBND tỉnh A,PEOPLES_COMMITTEE,PROVINCE,,2019-01-01\n"
                + ac + ".19,Sở Y tế - tỉnh A,DEPARTMENT,PROVINCE," + ac + ",2019-01-01\n"
                + ac + ".101,UBND xã Một,COMMUNE,COMMUNE," + ac + ",2025-07-01\n"
                + ac + ".102,UBND xã Hai,COMMUNE,COMMUNE," + ac + ",2025-07-01\n"), 200);
        ok(b.admin().post("/api/units/import", "text/csv", HEADER
                + bc + ",UBND tỉnh B,PEOPLES_COMMITTEE,PROVINCE,,2019-01-01\n"
                + bc + ".19,Sở Y tế - tỉnh B,DEPARTMENT,PROVINCE," + bc + ",2019-01-01\n"
                + bc + ".21,Sở Du lịch - tỉnh B,DEPARTMENT,PROVINCE," + bc + ",2019-01-01\n"
                + bc + ".50,UBND huyện Núi,DISTRICT,DISTRICT," + bc + ",2019-01-01\n"
                + bc + ".51,UBND huyện Biển,DISTRICT,DISTRICT," + bc + ",2019-01-01\n"), 200);
        // a rename in 2022 gives district "Núi" two versions
        ok(b.admin().post("/api/units/import", "text/csv", HEADER
                + bc + ".50,UBND thị xã Núi,DISTRICT,DISTRICT," + bc + ",2022-01-01\n"), 200);
        JsonArray bUnits = flat(b.admin(), "2025-06-30");
        assertEquals(5, bUnits.size());
        long nui = idByCode(bUnits, bc + ".50");
        long xaHai = idByCode(flat(a.admin(), "2025-07-01"), ac + ".102");

        Http platform = UnitsApi.as("admin");
        String request = "{\"absorbed\":\"" + b.slug() + "\",\"date\":\"2025-07-01\",\"mapping\":{\"" + nui + "\":[" + xaHai + "]}}";
        JsonObject preview = ok(platform.post("/api/tenants/" + a.slug() + "/absorb?preview=true", request), 200);
        assertTrue(preview.getBoolean("preview"));
        assertEquals(5, preview.getJsonArray("createdUnitIds").size());
        assertEquals(2, flat(a.admin(), "2024-01-01").size(), "the preview wrote nothing");
        assertEquals("ACTIVE", object(platform.get("/api/tenants/" + b.slug())).getString("status"));

        JsonObject done = ok(platform.post("/api/tenants/" + a.slug() + "/absorb", request), 200);
        assertFalse(done.getBoolean("preview"));
        JsonObject tb = object(platform.get("/api/tenants/" + b.slug()));
        assertEquals("MERGED", tb.getString("status"));
        assertEquals(a.slug(), tb.getString("mergedInto"));
        assertEquals("2025-06-30", tb.getString("activeTo"));
        problem(platform.post("/api/tenants/" + a.slug() + "/absorb", request), 409);

        // every absorbed unit is reachable in A as of a pre-merger day, with its old name
        JsonArray before = flat(a.admin(), "2024-01-01");
        Map<String, JsonObject> copies = new HashMap<>();
        for (JsonObject u : before.getValuesAs(JsonObject.class)) {
            if (b.slug().equals(u.getString("originTenant", null))) {
                copies.put(u.getString("portalCode"), u);
            }
        }
        assertEquals(5, copies.size(), before::toString);
        assertEquals("UBND thị xã Núi", copies.get(bc + ".50").getString("name"));
        assertEquals("UBND huyện Núi", object(a.admin().get("/api/units/" + id(copies.get(bc + ".50")) + "?asOf=2021-06-01")).getString("name"));
        assertTrue(flat(a.admin(), "2025-07-01").stream().noneMatch(v -> v.toString().contains(b.slug())),
                "nothing of B is valid from the merger on");

        // and maps to a current unit of A today
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Map<String, List<String>> mapped = new HashMap<>();
        for (JsonObject u : copies.values()) {
            JsonObject m = ok(a.admin().get("/api/units/" + id(u) + "/successors?asOf=" + today), 200);
            List<String> names = new ArrayList<>();
            for (JsonObject s : m.getJsonArray("successors").getValuesAs(JsonObject.class)) {
                assertFalse(s.containsKey("validTo") && !s.isNull("validTo"), "successor is current: " + s);
                names.add(s.getString("name"));
            }
            assertFalse(names.isEmpty(), "unit " + u.getString("name") + " maps somewhere");
            mapped.put(u.getString("portalCode"), names);
            JsonObject then = ok(a.admin().get("/api/units/" + id(u) + "/successors?asOf=2024-01-01"), 200);
            assertEquals(id(u), id(then.getJsonArray("successors").getJsonObject(0)), "before the merger it is itself");
        }
        assertEquals(List.of("UBND tỉnh A"), mapped.get(bc));
        assertEquals(List.of("Sở Y tế - tỉnh A"), mapped.get(bc + ".19"), "same department by name");
        assertEquals(List.of("UBND tỉnh A"), mapped.get(bc + ".21"), "no counterpart: the province root");
        assertEquals(List.of("UBND xã Hai"), mapped.get(bc + ".50"), "the chosen commune");
        assertEquals(List.of("UBND tỉnh A"), mapped.get(bc + ".51"), "no mapping: the province root");
        JsonObject timeline = ok(a.admin().get("/api/units/" + id(copies.get(bc + ".50")) + "/timeline"), 200);
        assertNotNull(timeline.getJsonArray("entries"));
        assertTrue(timeline.toString().contains("SUCCEEDED_BY_MERGED_INTO"), timeline::toString);
    }

    @Test
    void theDemoMergersWentThroughTheSamePath() {
        Http platform = UnitsApi.as("admin");
        for (String[] m : new String[][] {{"binh-dinh", "gia-lai"}, {"kon-tum", "quang-ngai"}, {"bac-giang", "bac-ninh"}}) {
            JsonObject t = object(platform.get("/api/tenants/" + m[0]));
            assertEquals("MERGED", t.getString("status"), m[0]);
            assertEquals(m[1], t.getString("mergedInto"));
        }
        Http gl = UnitsApi.as("gia-lai.admin");
        JsonArray tree2024 = array(gl.get("/api/units?asOf=2024-06-01"));
        assertTrue(tree2024.toString().contains("UBND tỉnh Bình Định"), "Bình Định's tree as it was");
        assertFalse(array(gl.get("/api/units?asOf=2025-07-01")).toString().contains("UBND tỉnh Bình Định"));
    }

    private static long idByCode(JsonArray units, String code) {
        return units.getValuesAs(JsonObject.class).stream().filter(u -> code.equals(u.getString("portalCode", null)))
                .map(UnitsApi::id).findFirst().orElseThrow(() -> new AssertionError(code + " in " + units));
    }
}
