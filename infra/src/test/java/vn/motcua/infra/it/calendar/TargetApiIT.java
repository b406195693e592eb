package vn.motcua.infra.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.calendar.CalendarApiIT.as;
import static vn.motcua.infra.it.calendar.CalendarApiIT.json;
import static vn.motcua.infra.it.calendar.CalendarApiIT.problem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** KPI targets: read by the province, replaced as a whole by its administrator, invisible to other provinces. */
class TargetApiIT {

    private static final String TARGETS = "[{\"metric\":\"ON_TIME_RATE\",\"targetValue\":96.5,\"direction\":\"AT_LEAST\","
            + "\"deadline\":\"2032-12-31\",\"sourceNote\":\"Chỉ thị thử nghiệm\"},"
            + "{\"metric\":\"INDEX_GROUP_SCORE\",\"groupCode\":\"TDGQ\",\"targetValue\":18,\"direction\":\"AT_LEAST\"}]";

    @Test
    void demoTargetsNameTheirDirective() {
        String body = as("gia-lai.leader").get("/api/targets/2020").body();
        assertTrue(body.contains("5021/UBND-KSTT") && body.contains("ON_TIME_RATE") && body.contains("95"), body);
        JsonObject y2024 = (JsonObject) json(as("gia-lai.leader").get("/api/targets/2024"));
        assertEquals(7, y2024.getJsonArray("targets").size(), "the seven index targets of the Bình Định directive");
        assertTrue(as("bac-ninh.clerk").get("/api/targets/2019").body().contains("ONLINE_SUBMISSION_RATE"));
    }

    @Test
    void replaceWithVersionAndIsolation() {
        int year = 2032;
        Http giaLai = as("gia-lai.admin");
        JsonObject before = (JsonObject) json(giaLai.get("/api/targets/" + year));
        long version = before.getJsonNumber("version").longValue();
        Http.Response put = giaLai.put("/api/targets/" + year, "{\"version\":" + version + ",\"targets\":" + TARGETS + "}");
        assertEquals(200, put.status(), put::toString);
        JsonObject after = (JsonObject) json(put);
        assertEquals(2, after.getJsonArray("targets").size());
        assertTrue(after.getJsonNumber("version").longValue() != version || version == -1);

        // the version read before is stale now
        problem(giaLai.put("/api/targets/" + year, "{\"version\":" + version + ",\"targets\":[]}"), 409);

        // Hà Tĩnh sees none of it and its "same" year is its own
        JsonObject haTinh = (JsonObject) json(as("ha-tinh.leader").get("/api/targets/" + year));
        assertEquals(0, haTinh.getJsonArray("targets").size(), haTinh.toString());
        assertEquals(-1, haTinh.getJsonNumber("version").longValue());
        problem(as("ha-tinh.admin").put("/api/targets/" + year, "{\"version\":" + after.getJsonNumber("version")
                + ",\"targets\":[]}"), 409);
        assertEquals(2, ((JsonObject) json(giaLai.get("/api/targets/" + year))).getJsonArray("targets").size(),
                "Gia Lai's targets untouched");

        // a leader reads but does not set
        problem(as("gia-lai.leader").put("/api/targets/" + year, "{\"version\":0,\"targets\":[]}"), 403);
    }

    @Test
    void invalidTargetsWriteNothing() {
        Http admin = as("quang-ngai.admin");
        JsonObject before = (JsonObject) json(admin.get("/api/targets/2033"));
        JsonObject p = problem(admin.put("/api/targets/2033", "{\"version\":" + before.getJsonNumber("version")
                + ",\"targets\":[{\"metric\":\"INDEX_GROUP_SCORE\",\"targetValue\":50,\"direction\":\"AT_LEAST\"},"
                + "{\"metric\":\"ON_TIME_RATE\",\"targetValue\":120,\"direction\":\"SIDEWAYS\"}]}"), 400);
        String text = p.toString();
        assertTrue(text.contains("targets[0].groupCode") && text.contains("targets[1].direction"), text);
        assertEquals(before.toString(), json(admin.get("/api/targets/2033")).toString());
    }

    @Test
    void aGroupScoreTargetReachesAtMostTheGroupsPointsInTheYearsRuleSet() {
        Http admin = as("quang-ngai.admin");
        JsonObject before = (JsonObject) json(admin.get("/api/targets/2032"));
        // 766-2026 gives TDGQ 20 points and MDSH 22 (in force from 2026, and used for every year after it)
        String text = problem(admin.put("/api/targets/2032", "{\"version\":" + before.getJsonNumber("version")
                + ",\"targets\":[{\"metric\":\"INDEX_GROUP_SCORE\",\"groupCode\":\"TDGQ\",\"targetValue\":20.5,"
                + "\"direction\":\"AT_LEAST\"}]}"), 400).toString();
        assertTrue(text.contains("targets[0].targetValue") && text.contains("0 đến 20,"), text);
        assertEquals(before.toString(), json(admin.get("/api/targets/2032")).toString());
        Http.Response put = admin.put("/api/targets/2032", "{\"version\":" + before.getJsonNumber("version")
                + ",\"targets\":[{\"metric\":\"INDEX_GROUP_SCORE\",\"groupCode\":\"MDSH\",\"targetValue\":22,"
                + "\"direction\":\"AT_LEAST\"}]}");
        assertEquals(200, put.status(), put::toString);
    }
}
