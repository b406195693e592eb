package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.dossiers.DossierApi.act;
import static vn.motcua.infra.it.dossiers.DossierApi.as;
import static vn.motcua.infra.it.dossiers.DossierApi.object;
import static vn.motcua.infra.it.dossiers.DossierApi.problem;
import static vn.motcua.infra.it.dossiers.DossierApi.receiveInGiaLai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** The dossier lifecycle through the REST API of the running server, on its embedded PostgreSQL. */
class DossierLifecycleIT {

    @Test
    void receiveSupplementProcessAndReturnWithAnIntactTimeline() {
        JsonObject d = receiveInGiaLai("Nguyễn Thị Hồng Nhung");
        String code = d.getString("code");
        assertTrue(code.matches("H21\\.30-\\d{6}-\\d{4}"), code);
        assertEquals(2, d.getInt("status"));
        assertEquals(8, d.getString("lookupSecret").length());
        assertTrue(d.getString("dueAt").endsWith("+07:00"), d::toString);
        assertEquals(d.getString("dueAt"), d.getString("appointmentAt"));
        assertTrue(d.getString("deadlineExplanationVi").contains("Hạn trả kết quả"));
        assertEquals("gia-lai.officer", d.getString("currentAssignee"));
        long v = d.getJsonNumber("version").longValue();

        JsonObject s = object(ok(act("gia-lai.officer", code, "REQUEST_SUPPLEMENT", v, "Thiếu bản sao căn cước")));
        assertEquals(5, s.getInt("status"));
        assertEquals(1, s.getInt("supplementCount"));
        assertEquals("Thiếu bản sao căn cước", s.getString("pendingRequest"));
        s = object(ok(act("gia-lai.clerk", code, "RECEIVE_SUPPLEMENT", version(s), null)));
        assertEquals(4, s.getInt("status"));
        while (s.getInt("status") != 9) {
            s = object(ok(act(s.getString("currentAssignee"), code, "COMPLETE_STEP", version(s), null)));
        }
        assertFalse(s.getBoolean("late"));
        s = object(ok(as("gia-lai.clerk").post("/api/dossiers/" + code + "/transitions", Json.createObjectBuilder()
                .add("action", "RETURN_RESULT").add("version", version(s)).add("returnMethod", "POST")
                .add("electronicResult", true).build().toString())));
        assertEquals(10, s.getInt("status"));
        assertEquals("POST", s.getString("returnMethod"));
        List<String> actions = s.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals("RECEIVE", actions.get(0));
        assertTrue(actions.containsAll(List.of("REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT", "COMPLETE_STEP", "RETURN_RESULT")));
        assertEquals("RETURN_RESULT", actions.get(actions.size() - 1));
        JsonObject firstEvent = s.getJsonArray("events").getJsonObject(0);
        assertEquals("gia-lai.clerk", firstEvent.getString("actor"));
        assertEquals("CLERK", firstEvent.getString("role"));
        JsonObject audit = object(ok(as("gia-lai.officer").get("/api/dossiers/" + code + "/audit")));
        assertTrue(audit.getBoolean("intact"), audit::toString);
        assertEquals(actions.size(), audit.getInt("events"));
    }

    @Test
    void twoOfficersActingOnTheSameVersionOneWinsTheOtherGetsAConflict() throws Exception {
        JsonObject d = receiveInGiaLai("Trần Văn Bình");
        String code = d.getString("code");
        long v = version(d);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Http.Response> a = pool.submit(() -> {
                go.await();
                return act("gia-lai.officer", code, "REQUEST_SUPPLEMENT", v, "Thiếu tờ khai");
            });
            Future<Http.Response> b = pool.submit(() -> {
                go.await();
                return act("gia-lai.leader", code, "COMPLETE_STEP", v, "Đủ điều kiện");
            });
            go.countDown();
            Http.Response ra = a.get(60, TimeUnit.SECONDS);
            Http.Response rb = b.get(60, TimeUnit.SECONDS);
            List<Integer> statuses = List.of(ra.status(), rb.status());
            assertTrue(statuses.contains(200) && statuses.contains(409), () -> ra + "\n" + rb);
            problem(ra.status() == 409 ? ra : rb, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = object(ok(as("gia-lai.officer").get("/api/dossiers/" + code)));
        assertEquals(2, after.getInt("eventCount"), "one action recorded, not two");
        assertEquals(v + 1, version(after));
        assertTrue(object(ok(as("gia-lai.officer").get("/api/dossiers/" + code + "/audit"))).getBoolean("intact"));
    }

    @Test
    void aStaleVersionIsRefusedWithAMessageAndChangesNothing() {
        JsonObject d = receiveInGiaLai("Lê Thị Cúc");
        String code = d.getString("code");
        ok(act("gia-lai.officer", code, "REQUEST_SUPPLEMENT", version(d), "Thiếu ảnh"));
        JsonObject p = problem(act("gia-lai.clerk", code, "RECEIVE_SUPPLEMENT", version(d), null), 409);
        assertTrue(p.getString("detail").contains("tải lại"), p::toString);
        assertEquals(5, object(as("gia-lai.clerk").get("/api/dossiers/" + code)).getInt("status"));
    }

    @Test
    void transitionsTheStatusDoesNotAllowAreRefusedWithTheReason() {
        JsonObject d = receiveInGiaLai("Phạm Minh Đức");
        String code = d.getString("code");
        JsonObject p = problem(act("gia-lai.clerk", code, "RETURN_RESULT", version(d), null), 409);
        assertTrue(p.getString("detail").contains("RETURN_RESULT"), p::toString);
        problem(act("gia-lai.clerk", code, "FLY_TO_THE_MOON", version(d), null), 400);
        problem(as("gia-lai.clerk").post("/api/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}"), 400);
        // The clerk is not the assignee of the appraisal step.
        problem(act("gia-lai.clerk", code, "COMPLETE_STEP", version(d), null), 403);
        // Requesting a supplement needs to say what is missing.
        problem(act("gia-lai.officer", code, "REQUEST_SUPPLEMENT", version(d), " "), 400);
        JsonObject after = object(as("gia-lai.clerk").get("/api/dossiers/" + code));
        assertEquals(version(d), version(after));
        assertEquals(1, after.getInt("eventCount"));
    }

    @Test
    void theApologyWithANewDateIsGivenOnce() {
        JsonObject d = receiveInGiaLai("Võ Thị Sáu");
        String code = d.getString("code");
        String later = OffsetDateTime.parse(d.getString("dueAt")).plusDays(10).toString();
        Http.Response r = as("gia-lai.leader").post("/api/dossiers/" + code + "/transitions", Json.createObjectBuilder()
                .add("action", "APOLOGISE").add("version", version(d)).add("reason", "Chờ ý kiến cơ quan phối hợp")
                .add("newDate", later).build().toString());
        JsonObject a = object(ok(r));
        assertNotNull(a.getString("apologyAt"));
        assertEquals(d.getString("dueAt"), a.getString("dueAt"), "the due time does not move");
        Http.Response again = as("gia-lai.leader").post("/api/dossiers/" + code + "/transitions", Json.createObjectBuilder()
                .add("action", "APOLOGISE").add("version", version(a)).add("reason", "Lần nữa")
                .add("newDate", later).build().toString());
        assertTrue(problem(again, 409).getString("detail").contains("một lần"));
    }

    @Test
    void badReceiptsAreRefusedFieldByFieldAndWriteNothing() throws SQLException {
        long before = dossierCount();
        Http.Response r = as("gia-lai.clerk").post("/api/dossiers",
                "{\"procedureCode\":\"9.999999\",\"channel\":\"BY_PIGEON\",\"applicant\":{\"name\":\"\"},"
                        + "\"receivingUnitCode\":\"H99.1\"}");
        JsonObject p = problem(r, 400);
        String errors = p.toString();
        assertTrue(errors.contains("channel"), errors);
        problem(as("gia-lai.clerk").post("/api/dossiers", "{\"procedureCode\":\"9.999999\",\"channel\":\"ONLINE\","
                + "\"applicant\":{\"name\":\"\"},\"receivingUnitCode\":\"H99.1\"}"), 400);
        problem(as("gia-lai.clerk").post("/api/dossiers", "{not json"), 400);
        // An officer does not receive dossiers at a desk.
        assertEquals(403, as("gia-lai.officer").post("/api/dossiers",
                DossierApi.receiptJson("Nguyễn Văn A", DossierApi.GIA_LAI_CENTRE)).status());
        assertEquals(before, dossierCount());
    }

    @Test
    void twoHundredConcurrentReceiptsAtOneDeskGetTwoHundredDistinctCodes() throws Exception {
        Set<String> codes = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Http.Response>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                all.add(pool.submit(() -> as("gia-lai.clerk").post("/api/dossiers",
                        DossierApi.receiptJson("Người nộp số " + n, DossierApi.GIA_LAI_CENTRE))));
            }
            for (Future<Http.Response> f : all) {
                Http.Response r = f.get(120, TimeUnit.SECONDS);
                assertEquals(201, r.status(), r::toString);
                codes.add(object(r).getString("code"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, codes.size());
        codes.forEach(c -> assertTrue(c.matches("H21\\.30-\\d{6}-\\d{4}"), c));
    }

    @Test
    void theEventLogIsAppendOnlyAndTamperingIsDetected() throws SQLException {
        JsonObject d = receiveInGiaLai("Đặng Thùy Trâm");
        String code = d.getString("code");
        ok(act("gia-lai.officer", code, "REQUEST_SUPPLEMENT", version(d), "Thiếu giấy ủy quyền"));
        try (Connection app = DossierApi.runtime()) {
            app.setAutoCommit(false);
            try (var st = app.createStatement()) {
                st.execute("SELECT set_config('app.tenant', 'gia-lai', true)");
                SQLException denied = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> st.executeUpdate("UPDATE province.dossier_event SET reason = 'x'"));
                assertEquals("42501", denied.getSQLState(), "the runtime role may not rewrite history");
            }
            app.rollback();
        }
        try (Connection owner = DossierApi.owner("gia-lai");
             PreparedStatement ps = owner.prepareStatement("UPDATE province.dossier_event e SET reason = 'Đủ hồ sơ'"
                     + " FROM province.dossier d WHERE d.tenant_id = e.tenant_id AND d.id = e.dossier_id"
                     + " AND d.code = ? AND e.seq = 2")) {
            ps.setString(1, code);
            assertEquals(1, ps.executeUpdate());
        }
        JsonObject audit = object(ok(as("gia-lai.clerk").get("/api/dossiers/" + code + "/audit")));
        assertFalse(audit.getBoolean("intact"));
        assertTrue(audit.getJsonArray("problems").getString(0).startsWith("#2"), audit::toString);
        // The province-wide check (what infra/bin/VerifyAudit.java walks) finds it too.
        long afterId = 0;
        boolean found = false;
        boolean more = true;
        while (more) {
            JsonObject batch = object(ok(as("gia-lai.admin").get("/api/dossiers/audit?limit=500&afterId=" + afterId)));
            found |= batch.getJsonArray("broken").stream()
                    .anyMatch(b -> b.asJsonObject().getString("code").equals(code));
            afterId = batch.getJsonNumber("lastId").longValue();
            more = batch.getBoolean("more");
        }
        assertTrue(found, "the province-wide check lists the tampered dossier");
        assertEquals(403, as("gia-lai.clerk").get("/api/dossiers/audit").status());
    }

    @Test
    void theOfficersWorklistShowsTheStepSoonestDueFirstWithItsUrgency() {
        JsonObject d = receiveInGiaLai("Hoàng Văn Thụ");
        JsonObject work = object(ok(as("gia-lai.officer").get("/api/dossiers/my-work?size=500")));
        assertTrue(work.getJsonNumber("total").longValue() >= 1);
        var items = work.getJsonArray("items");
        JsonObject mine = items.stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("code").equals(d.getString("code"))).findFirst().orElseThrow();
        assertTrue(Set.of("ON_TRACK", "DUE_SOON", "OVERDUE").contains(mine.getString("urgency")));
        for (int i = 1; i < items.size(); i++) {
            OffsetDateTime previous = OffsetDateTime.parse(items.getJsonObject(i - 1).getString("stepDueAt"));
            OffsetDateTime next = OffsetDateTime.parse(items.getJsonObject(i).getString("stepDueAt"));
            assertFalse(previous.isAfter(next), "soonest due first");
        }
        JsonObject clerkWork = object(ok(as("gia-lai.clerk").get("/api/dossiers/my-work")));
        assertTrue(clerkWork.getJsonArray("items").stream()
                .noneMatch(i -> ((JsonString) i.asJsonObject().get("code")).getString().equals(d.getString("code"))));
    }

    static long version(JsonObject d) {
        return d.getJsonNumber("version").longValue();
    }

    static Http.Response ok(Http.Response r) {
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    static long dossierCount() throws SQLException {
        try (Connection c = DossierApi.owner("gia-lai"); ResultSet rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM province.dossier")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
