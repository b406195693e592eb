package vn.motcua.infra.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/**
 * The working calendar over REST: a province's own day off moves that province's due dates and no other's; one
 * province can neither read nor change another's days; imports are all-or-nothing and idempotent; bad input is a
 * problem+json.
 */
class CalendarApiIT {

    static Http as(String user) {
        return Http.toSystemUnderTest().basic(user, "demo");
    }

    static JsonStructure json(Http.Response r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    static JsonObject problem(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().orElse("").startsWith("application/problem+json"), () -> "content type of " + r);
        JsonObject p = (JsonObject) json(r);
        assertTrue(p.getString("detail").length() > 10, "a message a person can act on");
        return p;
    }

    static String due(String user, String receivedAt, int workingDays) {
        Http.Response r = as(user).post("/api/deadlines/compute", "{\"receivedAt\":\"" + receivedAt
                + "\",\"statutoryTime\":{\"value\":" + workingDays + ",\"unit\":\"WORKING_DAYS\"}}");
        assertEquals(200, r.status(), r::toString);
        return ((JsonObject) json(r)).getString("due");
    }

    /** The province's own days of a year, as JSON rows for putCalendarOverrides. */
    static JsonArrayBuilder localDays(String admin, int year) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (JsonValue v : ((JsonObject) json(as(admin).get("/api/calendar/" + year))).getJsonArray("days")) {
            JsonObject d = v.asJsonObject();
            if (d.getString("origin").equals("LOCAL")) {
                rows.add(Json.createObjectBuilder().add("date", d.getString("date")).add("kind", d.getString("kind"))
                        .add("nameVi", d.getString("nameVi")).add("nameEn", d.getString("nameEn"))
                        .add("source", d.getString("source")).add("verified", d.getBoolean("verified")));
            }
        }
        return rows;
    }

    @Test
    void aLocalDayOffMovesThatProvincesDueDatesOnly() {
        // Monday 07/06/2027 09:00 + 5 working days = Monday 14/06/2027 09:00 on the national calendar.
        String receipt = "2027-06-07T09:00:00+07:00";
        assertEquals("2027-06-14T09:00:00+07:00", due("gia-lai.clerk", receipt, 5));
        assertEquals("2027-06-14T09:00:00+07:00", due("ha-tinh.clerk", receipt, 5));

        JsonArray withDay = localDays("gia-lai.admin", 2027).add(Json.createObjectBuilder().add("date", "2027-06-09")
                .add("kind", "LOCAL_DAY_OFF").add("nameVi", "Ngày nghỉ thử nghiệm của tỉnh").add("source", "QĐ thử")).build();
        Http.Response put = as("gia-lai.admin").put("/api/calendar/2027/overrides", withDay.toString());
        assertEquals(200, put.status(), put::toString);
        try {
            assertEquals("2027-06-15T09:00:00+07:00", due("gia-lai.clerk", receipt, 5), "Gia Lai skips its day off");
            assertEquals("2027-06-14T09:00:00+07:00", due("ha-tinh.clerk", receipt, 5), "Hà Tĩnh is not affected");

            String giaLai = as("gia-lai.officer").get("/api/calendar/2027").body();
            assertTrue(giaLai.contains("Ngày nghỉ thử nghiệm của tỉnh"), giaLai);
            String haTinh = as("ha-tinh.admin").get("/api/calendar/2027").body();
            assertFalse(haTinh.contains("2027-06-09"), "Hà Tĩnh cannot see Gia Lai's day: " + haTinh);
            assertFalse(as("ha-tinh.admin").get("/api/calendar/overrides/export?format=json").body().contains("2027-06-09"));
        } finally {
            JsonArrayBuilder rest = Json.createArrayBuilder();
            localDays("gia-lai.admin", 2027).build().stream()
                    .filter(v -> !v.asJsonObject().getString("date").equals("2027-06-09")).forEach(rest::add);
            assertEquals(200, as("gia-lai.admin").put("/api/calendar/2027/overrides", rest.build().toString()).status());
        }
        assertEquals("2027-06-14T09:00:00+07:00", due("gia-lai.clerk", receipt, 5), "removing the day restores the date");
    }

    @Test
    void anotherProvincesAdministratorChangesOnlyTheirOwnDays() {
        String haTinhBefore = as("ha-tinh.admin").get("/api/calendar/overrides/export?format=json").body();
        // Whatever a Gia Lai administrator sends, it lands in Gia Lai: the province comes from the signed-in account.
        Http.Response r = as("gia-lai.admin").post("/api/calendar/overrides/import", "application/json",
                "[{\"date\":\"2027-08-11\",\"kind\":\"LOCAL_DAY_OFF\",\"name_vi\":\"Ngày của Gia Lai\",\"tenant\":\"ha-tinh\"}]");
        assertEquals(200, r.status(), r::toString);
        assertEquals(haTinhBefore, as("ha-tinh.admin").get("/api/calendar/overrides/export?format=json").body());
        assertTrue(as("gia-lai.admin").get("/api/calendar/overrides/export?format=json&year=2027").body().contains("2027-08-11"));
        // clean up
        JsonArrayBuilder rest = Json.createArrayBuilder();
        localDays("gia-lai.admin", 2027).build().stream()
                .filter(v -> !v.asJsonObject().getString("date").equals("2027-08-11")).forEach(rest::add);
        assertEquals(200, as("gia-lai.admin").put("/api/calendar/2027/overrides", rest.build().toString()).status());
    }

    @Test
    void theYearSaysWhatIsVerified() {
        JsonObject y2027 = (JsonObject) json(as("ha-tinh.officer").get("/api/calendar/2027"));
        assertTrue(y2027.getBoolean("provisional"), "2027 was entered before its notice");
        JsonObject y2026 = (JsonObject) json(as("ha-tinh.officer").get("/api/calendar/2026"));
        assertFalse(y2026.getBoolean("provisional"));
        JsonObject culture = y2026.getJsonArray("days").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("date").equals("2026-11-24")).findFirst().orElseThrow();
        assertFalse(culture.getBoolean("verified"));
        assertEquals("NATIONAL", culture.getString("origin"));
        JsonObject tet = y2026.getJsonArray("days").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("date").equals("2026-02-17")).findFirst().orElseThrow();
        assertEquals("TET_BREAK", tet.getString("kind"));
        assertEquals("9441/TB-BNV", tet.getString("source"));
        assertTrue(y2026.getJsonObject("officeHours").getJsonArray("periods").size() >= 1);
    }

    @Test
    void rolesAreEnforced() {
        problem(as("gia-lai.clerk").put("/api/calendar/2027/overrides", "[]"), 403);
        problem(as("gia-lai.leader").put("/api/calendar/office-hours", "{\"periods\":[],\"version\":-1}"), 403);
        problem(as("admin").get("/api/calendar/2026"), 403);
        problem(as("gia-lai.admin").put("/api/calendar/national/2041", "{\"notices\":[\"x\"],\"days\":[],\"version\":null}"), 403);
        problem(Http.toSystemUnderTest().get("/api/calendar/2026"), 401);
    }

    @Test
    void importIsAllOrNothingAndRepeatable() {
        String good = "date,kind,name_vi,name_en,source,verified\n"
                + "12/10/2027,LOCAL_DAY_OFF,Lễ hội thử nghiệm A,Test festival A,QĐ thử,true\n"
                + "2027-10-13,LOCAL_DAY_OFF,Lễ hội thử nghiệm B,,,\n";
        String bad = good + "2027-10-14,HOLIDAY,Không được,,,\n";
        Http qn = as("quang-ngai.admin");
        String before = qn.get("/api/calendar/overrides/export?format=csv&year=2027").body();

        JsonObject p = problem(qn.post("/api/calendar/overrides/import", "text/csv", bad), 400);
        JsonObject err = p.getJsonArray("errors").getJsonObject(0);
        assertEquals(4, err.getInt("row"), p.toString());
        assertEquals("kind", err.getString("column"), p.toString());
        assertEquals(before, qn.get("/api/calendar/overrides/export?format=csv&year=2027").body(), "nothing written");

        JsonObject first = (JsonObject) json(qn.post("/api/calendar/overrides/import", "text/csv", good));
        assertEquals(2, first.getInt("created"), first.toString());
        JsonObject again = (JsonObject) json(qn.post("/api/calendar/overrides/import", "text/csv", good));
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(0, again.getInt("updated"), again.toString());
        assertEquals(2, again.getInt("unchanged"), again.toString());
        String csv = qn.get("/api/calendar/overrides/export?format=csv&year=2027").body();
        assertTrue(csv.contains("2027-10-12,LOCAL_DAY_OFF,Lễ hội thử nghiệm A"), csv);

        // the exported file imports back without change
        JsonObject round = (JsonObject) json(qn.post("/api/calendar/overrides/import", "text/csv", csv));
        assertEquals(0, round.getInt("created") + round.getInt("updated"), round.toString());
    }

    @Test
    void xlsxImportAndExport() throws Exception {
        byte[] xlsx = vn.motcua.shared.tabular.TabularWriter.xlsx("calendar",
                java.util.List.of("date", "kind", "name_vi", "name_en", "source", "verified"),
                java.util.List.of(java.util.List.of("2027-11-02", "LOCAL_DAY_OFF", "Ngày hội thử XLSX", "XLSX test day", "QĐ thử", "true")));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("bac-ninh.admin:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.URI uri = java.net.URI.create(vn.motcua.infra.it.SystemUnderTest.get().baseUrl() + "/api/calendar/overrides/import");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(xlsx)).build();
        java.net.http.HttpResponse<String> first = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());
        java.net.http.HttpResponse<String> again = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(again.body().contains("\"unchanged\":1") && again.body().contains("\"created\":0"), again.body());

        java.net.http.HttpResponse<byte[]> export = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                vn.motcua.infra.it.SystemUnderTest.get().baseUrl() + "/api/calendar/overrides/export?format=xlsx&year=2027"))
                .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        var table = vn.motcua.shared.tabular.TabularReader.readXlsx(export.body());
        assertTrue(table.rows().stream().anyMatch(r -> r.get("name_vi").equals("Ngày hội thử XLSX")), table.toString());
        problem(as("bac-ninh.admin").get("/api/calendar/overrides/export?format=pdf"), 400);
    }

    @Test
    void operationsAreDocumented() {
        String openapi = Http.toSystemUnderTest().get("/openapi").body();
        for (String op : java.util.List.of("getCalendar", "putCalendarOverrides", "importCalendarDays", "exportCalendarDays",
                "putOfficeHours", "putNationalCalendarDays", "computeDueDate", "listTargets", "putTargets")) {
            assertTrue(java.util.regex.Pattern.compile("operationId\"?\\s*:\\s*\"?" + op + "\\b").matcher(openapi).find(),
                    op + " missing from /openapi");
        }
    }

    @Test
    void badInputIsAProblem() {
        Http clerk = as("bac-ninh.clerk");
        JsonObject p = problem(clerk.post("/api/deadlines/compute",
                "{\"receivedAt\":\"2026-11-23 09:15\",\"statutoryTime\":{\"value\":5,\"unit\":\"WORKING_DAYS\"}}"), 400);
        assertTrue(p.toString().contains("receivedAt"), p.toString());
        problem(clerk.post("/api/deadlines/compute",
                "{\"receivedAt\":\"2026-11-23T09:15:00+07:00\",\"statutoryTime\":{\"value\":5,\"unit\":\"FORTNIGHTS\"}}"), 400);
        problem(clerk.post("/api/deadlines/compute",
                "{\"receivedAt\":\"2026-11-23T09:15:00+07:00\",\"statutoryTime\":{\"value\":0,\"unit\":\"WORKING_DAYS\"}}"), 400);
        JsonObject out = problem(clerk.post("/api/deadlines/compute",
                "{\"receivedAt\":\"2031-03-02T09:15:00+07:00\",\"statutoryTime\":{\"value\":5,\"unit\":\"WORKING_DAYS\"}}"), 400);
        assertEquals("calendar.outOfRange", out.getString("code"), out.toString());
        problem(clerk.get("/api/calendar/2035"), 404);
        problem(as("bac-ninh.admin").put("/api/calendar/office-hours",
                "{\"periods\":[{\"start\":\"13:30\",\"end\":\"11:30\"}],\"version\":-1}"), 400);
        problem(as("bac-ninh.admin").put("/api/calendar/2027/overrides", "{not json"), 400);
        problem(as("bac-ninh.admin").post("/api/calendar/overrides/import", "application/json", "[{\"date\":\"x\"}]"), 400);
    }

    @Test
    void sameDayAndExplanationInBothLanguages() {
        JsonObject r = (JsonObject) json(as("ha-tinh.clerk").post("/api/deadlines/compute",
                "{\"receivedAt\":\"2026-12-02T08:30:00Z\",\"statutoryTime\":{\"unit\":\"SAME_DAY\",\"cutOff\":\"15:00\"}}"));
        // 08:30Z = 15:30 in Vietnam: after the cut-off, due at closing the next working day (Thursday 03/12/2026).
        assertTrue(r.getString("due").startsWith("2026-12-03T"), r.toString());
        assertTrue(r.getString("due").endsWith("+07:00"), r.toString());
        assertEquals(false, r.getBoolean("byCutOff"));
        assertTrue(r.getString("explanationVi").contains("giờ chốt"), r.toString());
        assertTrue(r.getString("explanationEn").contains("cut-off"), r.toString());
    }

    @Test
    void officeHoursAreVersioned() {
        Http admin = as("ha-tinh.admin");
        JsonObject hours = ((JsonObject) json(admin.get("/api/calendar/2026"))).getJsonObject("officeHours");
        long version = hours.getJsonNumber("version").longValue();
        String periods = hours.getJsonArray("periods").toString();
        Http.Response ok = admin.put("/api/calendar/office-hours", "{\"periods\":" + periods + ",\"version\":" + version + "}");
        assertEquals(200, ok.status(), ok::toString);
        JsonObject conflict = problem(admin.put("/api/calendar/office-hours", "{\"periods\":" + periods + ",\"version\":" + version + "}"), 409);
        assertEquals("calendar.changedMeanwhile", conflict.getString("code"));
    }

    @Test
    void thePlatformAdministratorMaintainsNationalYears() {
        String year = "2045";
        String body = "{\"notices\":[\"Thông báo thử nghiệm\"],\"version\":null,\"days\":[{\"date\":\"2045-01-01\","
                + "\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết Dương lịch\",\"nameEn\":\"New Year's Day\",\"source\":\"BLLĐ 2019 Đ.112\"}]}";
        Http admin = as("admin");
        Http.Response created = admin.put("/api/calendar/national/" + year, body);
        if (created.status() == 409) {
            return; // a rerun against a kept data directory
        }
        assertEquals(200, created.status(), created::toString);
        problem(admin.put("/api/calendar/national/" + year, body), 409);
        JsonObject bad = problem(admin.put("/api/calendar/national/2046", body.replace("HOLIDAY", "LOCAL_DAY_OFF")), 400);
        assertEquals("kind", bad.getJsonArray("errors").getJsonObject(0).getString("column"));
        assertTrue(admin.get("/api/calendar/national").body().contains("Thông báo thử nghiệm"));
    }
}
