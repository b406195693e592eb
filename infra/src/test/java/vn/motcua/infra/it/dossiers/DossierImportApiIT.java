package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.dossiers.ImportFiles.as;
import static vn.motcua.infra.it.dossiers.ImportFiles.batch;
import static vn.motcua.infra.it.dossiers.ImportFiles.code;
import static vn.motcua.infra.it.dossiers.ImportFiles.columns;
import static vn.motcua.infra.it.dossiers.ImportFiles.count;
import static vn.motcua.infra.it.dossiers.ImportFiles.dossiersLike;
import static vn.motcua.infra.it.dossiers.ImportFiles.eventsLike;
import static vn.motcua.infra.it.dossiers.ImportFiles.line;
import static vn.motcua.infra.it.dossiers.ImportFiles.object;
import static vn.motcua.infra.it.dossiers.ImportFiles.post;
import static vn.motcua.infra.it.dossiers.ImportFiles.row;
import static vn.motcua.infra.it.dossiers.ImportFiles.unique;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * importDossiers against the running application: our engine's deadlines, all or nothing, idempotent batches,
 * and province isolation. Rows are checked with SQL as the application's runtime role sees them (row-level
 * security on, bound to one province).
 */
class DossierImportApiIT {

    static Connection db(String tenant) throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        return ImportFiles.runtime(sut.dataDir(), sut.pgPort(), tenant);
    }

    static String due(String receivedAt, int workingDays) {
        Http.Response r = as("gia-lai.admin").post("/api/deadlines/compute", "{\"receivedAt\":\"" + receivedAt
                + "\",\"statutoryTime\":{\"value\":" + workingDays + ",\"unit\":\"WORKING_DAYS\"}}");
        assertEquals(200, r.status(), r::toString);
        return object(r).getString("due");
    }

    /** The length of the province's office day (Gia Lai's demo hours are 07:00–11:30, 13:30–17:00). */
    static long officeDayNanos(String user) {
        long minutes = 0;
        for (var p : object(as(user).get("/api/calendar/2026")).getJsonObject("officeHours").getJsonArray("periods")) {
            minutes += java.time.Duration.between(java.time.LocalTime.parse(p.asJsonObject().getString("start")),
                    java.time.LocalTime.parse(p.asJsonObject().getString("end"))).toMinutes();
        }
        return minutes * 60_000_000_000L;
    }

    static void sameInstant(String expected, String actual) {
        assertEquals(OffsetDateTime.parse(expected).toInstant(),
                OffsetDateTime.parse(actual.replace(' ', 'T').replaceAll("([+-]\\d\\d)$", "$1:00")).toInstant(),
                () -> expected + " vs " + actual);
    }

    @Test
    void aValidBatchGetsOurDeadlinesLatenessAndAHashChain() throws Exception {
        Http admin = as("gia-lai.admin");
        String procedure = ImportFiles.procedure("gia-lai.admin", 5);
        String prefix = unique("ok");
        String appointment = due("2026-03-02T09:01:00+07:00", 5);
        // the supplement pause lasted two office days: the due instant is that of 7 working days
        String moved = due("2026-03-02T09:01:00+07:00", 7);
        String lateAt = OffsetDateTime.parse(moved).plusHours(1).toString();
        String body = line(code(prefix, 1), procedure, 1, "2026-03-10T15:00:00+07:00", appointment) + "\n"
                + line(code(prefix, 2), procedure, 1, lateAt, OffsetDateTime.parse(appointment).plusDays(1).toString()) + "\n";
        Http.Response r = post(admin, prefix, body);
        assertEquals(200, r.status(), r::toString);
        JsonObject result = object(r);
        assertEquals("CREATED", result.getString("outcome"));
        assertEquals(2, result.getInt("dossiers"));
        assertEquals(10, result.getInt("events"));
        assertEquals(2, result.getInt("created"));
        assertEquals(1, result.getInt("disagreements"), result.toString());
        assertEquals(1, result.getInt("late"), result.toString());

        try (Connection c = db("gia-lai")) {
            List<String> onTime = row(c, "SELECT appointment_at, due_at, late, late_nanos, paused_nanos, supplement_count, "
                    + "source, source_system, import_batch, event_count, form_set, source_disagrees, status, "
                    + "procedure_code, last_event_hash FROM province.dossier WHERE code = ?", code(prefix, 1));
            sameInstant(appointment, onTime.get(0));
            sameInstant(moved, onTime.get(1));
            assertEquals(List.of("f", "0", Long.toString(2 * officeDayNanos("gia-lai.admin")), "1", "IMPORT", "it-igate", prefix, "5",
                    "TT03_2025", "f", "10", procedure), onTime.subList(2, 14));
            List<String> late = row(c, "SELECT late, late_nanos, source_disagrees, timeliness FROM province.dossier "
                    + "WHERE code = ?", code(prefix, 2));
            assertEquals(List.of("t", Long.toString(3_600_000_000_000L), "t", "LATE"), late);
            // processed on 10/03 at 15:00 against the moved due instant of 7 working days (11/03): a day early
            List<String> report = row(c, "SELECT timeliness, overdue_from FROM province.dossier WHERE code = ?",
                    code(prefix, 1));
            assertEquals("EARLY", report.get(0));
            sameInstant(moved, report.get(1));
            // the chain: seq 1..5, each prev_hash the previous hash, the dossier's head the last one
            assertEquals(0, count(c, "SELECT count(*) FROM province.dossier_event e JOIN province.dossier d "
                    + "ON d.id = e.dossier_id AND d.tenant_id = e.tenant_id LEFT JOIN province.dossier_event p "
                    + "ON p.tenant_id = e.tenant_id AND p.dossier_id = e.dossier_id AND p.seq = e.seq - 1 "
                    + "WHERE d.code = ? AND (e.prev_hash IS DISTINCT FROM p.hash OR length(e.hash) <> 64)", code(prefix, 1)));
            assertEquals(onTime.get(14), row(c, "SELECT e.hash FROM province.dossier_event e JOIN province.dossier d "
                    + "ON d.id = e.dossier_id AND d.tenant_id = e.tenant_id WHERE d.code = ? AND e.seq = 5", code(prefix, 1)).get(0));
            assertEquals("Thiếu bản sao giấy khai sinh", row(c, "SELECT e.reason FROM province.dossier_event e JOIN "
                    + "province.dossier d ON d.id = e.dossier_id AND d.tenant_id = e.tenant_id WHERE d.code = ? AND e.seq = 2",
                    code(prefix, 1)).get(0));
        }
        // the dossier service reads imported dossiers like its own, and the chain verifies
        Http clerk = as("gia-lai.clerk");
        Http.Response got = clerk.get("/api/dossiers/" + code(prefix, 2));
        assertEquals(200, got.status(), got::toString);
        assertTrue(got.body().contains("Nguyễn Thị Hồng Nhung"), got.body());
        JsonObject audit = object(clerk.get("/api/dossiers/" + code(prefix, 1) + "/audit"));
        assertTrue(audit.getBoolean("intact"), audit.toString());
        assertEquals(5, audit.getInt("events"));
    }

    @Test
    void oneBadLineWritesNothingAndIsNamedByRowAndColumn() throws Exception {
        Http admin = as("gia-lai.admin");
        String procedure = ImportFiles.procedure("gia-lai.admin", 5);
        String prefix = unique("bad");
        String good = batch(prefix, procedure, 3);
        String bad = good.replace(code(prefix, 2) + "\",\"procedureCode\":\"" + procedure + "\",\"channel\":\"IN_PERSON\"",
                code(prefix, 2) + "\",\"procedureCode\":\"" + procedure + "\",\"channel\":\"FAX\"");
        Http.Response r = post(admin, prefix, bad);
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().orElse("").startsWith("application/problem+json"));
        JsonObject p = object(r);
        assertEquals(1, p.getJsonArray("errors").size(), p.toString());
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals(2, e.getInt("row"));
        assertEquals("channel", e.getString("column"));
        assertTrue(e.getString("message").contains("FAX"), e.toString());
        try (Connection c = db("gia-lai")) {
            assertEquals(0, dossiersLike(c, prefix));
            assertEquals(0, count(c, "SELECT count(*) FROM province.dossier_import_batch WHERE batch_key = ?", prefix));
        }
        // nothing was kept of the refused batch: the corrected file goes in under the same key
        Http.Response fixed = post(admin, prefix, good);
        assertEquals(200, fixed.status(), fixed::toString);
        assertEquals(3, object(fixed).getInt("created"));
    }

    @Test
    void theSameBatchTwiceIsWrittenOnceAndTheSameKeyWithOtherContentIsRefused() throws Exception {
        Http admin = as("gia-lai.admin");
        String procedure = ImportFiles.procedure("gia-lai.admin", 5);
        String prefix = unique("twice");
        String body = batch(prefix, procedure, 20);
        assertEquals(200, post(admin, prefix, body).status());
        Http.Response again = post(admin, prefix, body);
        assertEquals(200, again.status(), again::toString);
        JsonObject r = object(again);
        assertEquals("UNCHANGED", r.getString("outcome"));
        assertEquals(0, r.getInt("created"));
        assertEquals(20, r.getInt("unchanged"));
        assertEquals(100, r.getInt("events"));
        assertTrue(!r.containsKey("late") || r.isNull("late"), r.toString());

        Http.Response changed = post(admin, prefix, body.replace("Cán bộ hướng dẫn tận tình", "Tốt"));
        assertEquals(409, changed.status(), changed::toString);
        assertTrue(object(changed).getString("detail").contains(prefix), changed.body());

        // the same dossiers under another key are refused line by line: they are already here
        Http.Response other = post(admin, prefix + "-b", body);
        assertEquals(400, other.status(), other::toString);
        JsonObject p = object(other);
        assertEquals(20, p.getJsonArray("errors").size());
        assertEquals(1, p.getJsonArray("errors").getJsonObject(0).getInt("row"));
        assertEquals("code", p.getJsonArray("errors").getJsonObject(0).getString("column"));
        try (Connection c = db("gia-lai")) {
            assertEquals(20, dossiersLike(c, prefix));
            assertEquals(100, eventsLike(c, prefix));
        }
    }

    @Test
    void concurrentSendersOfOneBatchOrOfOverlappingBatchesNeverDuplicate() throws Exception {
        Http admin = as("gia-lai.admin");
        String procedure = ImportFiles.procedure("gia-lai.admin", 5);
        String prefix = unique("conc");
        String body = batch(prefix, procedure, 300);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // the same batch twice at once: one import, one UNCHANGED (the second waits for the first's lock)
            var a = pool.submit(() -> post(admin, prefix, body));
            var b = pool.submit(() -> post(admin, prefix, body));
            List<String> outcomes = new java.util.ArrayList<>();
            for (var f : List.of(a, b)) {
                Http.Response r = f.get();
                assertEquals(200, r.status(), r::toString);
                outcomes.add(object(r).getString("outcome"));
            }
            java.util.Collections.sort(outcomes);
            assertEquals(List.of("CREATED", "UNCHANGED"), outcomes);
            // two keys with the same dossiers at once: one goes in, the other is refused (400 or 409), nothing twice
            String other = unique("conc2");
            String both = batch(other, procedure, 300);
            var c = pool.submit(() -> post(admin, other + "-x", both));
            var d = pool.submit(() -> post(admin, other + "-y", both));
            List<Integer> statuses = new java.util.ArrayList<>(List.of(c.get().status(), d.get().status()));
            java.util.Collections.sort(statuses);
            assertEquals(200, statuses.get(0), statuses::toString);
            assertTrue(statuses.get(1) == 400 || statuses.get(1) == 409, statuses::toString);
            try (Connection conn = db("gia-lai")) {
                assertEquals(300, dossiersLike(conn, prefix));
                assertEquals(300, dossiersLike(conn, other));
                assertEquals(1500, eventsLike(conn, other));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void provincesImportIntoThemselvesOnlyAndNeitherCodesNorBatchKeysCollide() throws Exception {
        String glProcedure = ImportFiles.procedure("gia-lai.admin", 5);
        String htProcedure = ImportFiles.procedure("ha-tinh.admin", 5);
        String prefix = unique("iso");
        assertEquals(200, post(as("gia-lai.admin"), prefix, batch(prefix, glProcedure, 4)).status());
        // Hà Tĩnh sends the same codes under the same batch key, and tries to name Gia Lai: it lands in Hà Tĩnh
        Http.Response ht = as("ha-tinh.admin").post("/api/dossiers/import?batch=" + prefix + "&source=it-igate&tenant=gia-lai",
                ImportFiles.NDJSON, ImportFiles.inHaTinh(batch(prefix, htProcedure, 4)).replace("\"feeTotal\":50000", "\"feeTotal\":0"));
        assertEquals(200, ht.status(), ht::toString);
        assertEquals("CREATED", object(ht).getString("outcome"));
        // Gia Lai's procedure is unknown in Hà Tĩnh's catalog
        Http.Response foreign = post(as("ha-tinh.admin"), unique("iso2"),
                ImportFiles.inHaTinh(batch(unique("iso2"), glProcedure, 1)));
        assertEquals(400, foreign.status(), foreign::toString);
        assertEquals(List.of("procedureCode"), columns(foreign));
        // and so are Gia Lai's units in Hà Tĩnh's unit tree
        String glUnits = unique("iso7");
        Http.Response foreignUnits = post(as("ha-tinh.admin"), glUnits, batch(glUnits, htProcedure, 1));
        assertEquals(400, foreignUnits.status(), foreignUnits::toString);
        assertEquals(List.of("receivingUnit", "competentUnit"), columns(foreignUnits));
        assertTrue(object(foreignUnits).getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("không có đơn vị mã 'H21.30'"), foreignUnits::toString);
        try (Connection gl = db("gia-lai"); Connection ht2 = db("ha-tinh")) {
            assertEquals(4, dossiersLike(gl, prefix));
            assertEquals(4, dossiersLike(ht2, prefix));
            assertEquals(0, count(gl, "SELECT count(*) FROM province.dossier WHERE code LIKE ? || '%' AND fee_total = 0", prefix));
            assertEquals(4, count(ht2, "SELECT count(*) FROM province.dossier WHERE code LIKE ? || '%' AND fee_total = 0", prefix));
            assertEquals(1, count(ht2, "SELECT count(*) FROM province.dossier_import_batch WHERE batch_key = ?", prefix));
            assertEquals(0, count(ht2, "SELECT count(*) FROM province.dossier WHERE procedure_code = ?", glProcedure));
            assertEquals(0, dossiersLike(ht2, glUnits));
        }
        // neither province reads the other's imported dossier, even with its exact code
        Http.Response foreignRead = as("ha-tinh.clerk").get("/api/dossiers/" + code(prefix, 1));
        assertEquals(200, foreignRead.status(), foreignRead::toString); // Hà Tĩnh's own dossier of that code
        assertTrue(foreignRead.body().contains(htProcedure), foreignRead.body());
        assertTrue(!foreignRead.body().contains(glProcedure), foreignRead.body());
        assertEquals(404, as("ha-tinh.clerk").get("/api/dossiers/" + code(prefix, 1) + "-nope").status());
        String glOnly = unique("iso6");
        assertEquals(200, post(as("gia-lai.admin"), glOnly, batch(glOnly, glProcedure, 1)).status());
        assertEquals(200, as("gia-lai.clerk").get("/api/dossiers/" + code(glOnly, 1)).status());
        assertEquals(404, as("ha-tinh.clerk").get("/api/dossiers/" + code(glOnly, 1)).status());
        // only province administrators import
        assertEquals(403, post(as("gia-lai.clerk"), unique("iso3"), batch(unique("iso3"), glProcedure, 1)).status());
        assertEquals(403, post(as("admin"), unique("iso4"), batch(unique("iso4"), glProcedure, 1)).status());
        assertEquals(401, post(Http.toSystemUnderTest(), unique("iso5"), batch(unique("iso5"), glProcedure, 1)).status());
    }

    @Test
    void csvBatchesAndRequestProblems() throws Exception {
        Http admin = as("ha-tinh.admin");
        String procedure = ImportFiles.procedure("ha-tinh.admin", 5);
        String prefix = unique("csv");
        String csv = "code,procedure_code,channel,applicant_kind,applicant_name,receiving_unit,received_at,status,events\n"
                + code(prefix, 1) + "," + procedure + ",ONLINE,ORGANISATION,Công ty TNHH Đồng Xanh,H27.30,"
                + "2026-03-02T09:00:00+07:00,4,\"2026-03-02T09:00:00+07:00|clerk.a|CLERK|RECEIVE||2|\n"
                + "2026-03-03T09:00:00+07:00|officer.b|OFFICER|COMPLETE_STEP|2|4|Chuyển phòng chuyên môn\"\n";
        Http.Response r = admin.post("/api/dossiers/import?batch=" + prefix + "&source=it-csv", "text/csv", csv);
        assertEquals(200, r.status(), r::toString);
        assertEquals(2, object(r).getInt("events"));
        try (Connection c = db("ha-tinh")) {
            List<String> d = row(c, "SELECT applicant_name, applicant_kind, channel, late, due_at IS NOT NULL FROM "
                    + "province.dossier WHERE code = ?", code(prefix, 1));
            assertEquals("Công ty TNHH Đồng Xanh", d.get(0));
            assertEquals(List.of("ORGANISATION", "ONLINE"), d.subList(1, 3));
            assertNull(d.get(3), "still open: not late, not on time");
            assertEquals("t", d.get(4));
        }
        // bad batch keys and an unsupported type
        assertEquals(400, admin.post("/api/dossiers/import?batch=b%20c&source=x", ImportFiles.NDJSON, "{}").status());
        assertEquals(400, admin.post("/api/dossiers/import?source=x", ImportFiles.NDJSON, "{}").status());
        assertEquals(415, admin.post("/api/dossiers/import?batch=a&source=x", "application/xml", "<a/>").status());
        Http.Response empty = admin.post("/api/dossiers/import?batch=" + unique("e") + "&source=x", ImportFiles.NDJSON, "\n");
        assertEquals(400, empty.status(), empty::toString);
        assertTrue(java.util.regex.Pattern.compile("operationId\"?\\s*:\\s*\"?importDossiers\\b")
                .matcher(Http.toSystemUnderTest().get("/openapi").body()).find(), "importDossiers in /openapi");
    }
}
