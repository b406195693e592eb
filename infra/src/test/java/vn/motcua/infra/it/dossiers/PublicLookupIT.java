package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.dossiers.DossierApi.act;
import static vn.motcua.infra.it.dossiers.DossierApi.as;
import static vn.motcua.infra.it.dossiers.DossierApi.object;
import static vn.motcua.infra.it.dossiers.DossierApi.problem;
import static vn.motcua.infra.it.dossiers.DossierApi.receiveInGiaLai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** The applicant's lookup: what it shows, the throttle on wrong secrets, and the rating after the result. */
class PublicLookupIT {

    static String body(String code, String secret) {
        return Json.createObjectBuilder().add("code", code).add("secret", secret).build().toString();
    }

    @Test
    void showsStatusDueDateAndWhatIsMissing() {
        JsonObject d = receiveInGiaLai("Lý Thường Kiệt");
        act("gia-lai.officer", d.getString("code"), "REQUEST_SUPPLEMENT", d.getJsonNumber("version").longValue(),
                "Bản sao giấy chứng nhận quyền sử dụng đất");
        JsonObject v = object(Http.toSystemUnderTest().post("/api/public/dossiers/lookup",
                body(d.getString("code").toLowerCase(), d.getString("lookupSecret").toLowerCase())));
        assertEquals(5, v.getInt("status"));
        assertEquals("Yêu cầu bổ sung", v.getString("statusLabel"));
        assertEquals("Bản sao giấy chứng nhận quyền sử dụng đất", v.getString("whatIsMissing"));
        assertTrue(v.getString("dueAt").endsWith("+07:00"));
        assertFalse(v.getBoolean("canRate"));
    }

    @Test
    void wrongSecretsAreThrottledPerCodeEvenForTheRightOneAfterwards() {
        JsonObject d = receiveInGiaLai("Trưng Trắc");
        String code = d.getString("code");
        Http anonymous = Http.toSystemUnderTest().header("Accept-Language", "vi");
        for (int i = 0; i < 5; i++) {
            problem(anonymous.post("/api/public/dossiers/lookup", body(code, "WRONG" + i + "XX")), 404);
        }
        JsonObject p = problem(anonymous.post("/api/public/dossiers/lookup", body(code, d.getString("lookupSecret"))), 429);
        assertTrue(p.getString("detail").contains("15 phút"), p::toString);
        // Another dossier is not affected by this code's failures.
        JsonObject other = receiveInGiaLai("Trưng Nhị");
        assertEquals(200, anonymous.post("/api/public/dossiers/lookup",
                body(other.getString("code"), other.getString("lookupSecret"))).status());
    }

    @Test
    void theApplicantRatesOnceAfterTheResult() {
        JsonObject d = receiveInGiaLai("Bùi Thị Xuân");
        String code = d.getString("code");
        Http anonymous = Http.toSystemUnderTest();
        String rating = Json.createObjectBuilder().add("code", code).add("secret", d.getString("lookupSecret"))
                .add("score", 5).add("feedback", "Cán bộ hướng dẫn tận tình").build().toString();
        problem(anonymous.post("/api/public/dossiers/rating", rating), 409);
        JsonObject s = d;
        while (s.getInt("status") != 9) {
            s = object(act(s.getString("currentAssignee"), code, "COMPLETE_STEP", s.getJsonNumber("version").longValue(), null));
        }
        s = object(as("gia-lai.clerk").post("/api/dossiers/" + code + "/transitions", Json.createObjectBuilder()
                .add("action", "RETURN_RESULT").add("version", s.getJsonNumber("version").longValue()).build().toString()));
        assertEquals(10, s.getInt("status"));
        JsonObject rated = object(anonymous.post("/api/public/dossiers/rating", rating));
        assertEquals(5, rated.getInt("satisfaction"));
        assertFalse(rated.getBoolean("canRate"));
        problem(anonymous.post("/api/public/dossiers/rating", rating), 409);
        JsonObject seen = object(as("gia-lai.leader").get("/api/dossiers/" + code));
        assertEquals("Cán bộ hướng dẫn tận tình", seen.getString("feedback"));
        assertEquals("RATE", seen.getJsonArray("events").getJsonObject(seen.getInt("eventCount") - 1).getString("action"));
    }
}
