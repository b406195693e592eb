package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.catalog.CatalogApi.as;
import static vn.motcua.infra.it.catalog.CatalogApi.object;
import static vn.motcua.infra.it.catalog.CatalogApi.problem;
import static vn.motcua.infra.it.catalog.CatalogApi.uniqueCode;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;

/** importProcedures and exportProcedures: all or nothing, row and column in the report, idempotent. */
class ProcedureImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String csv(String codeA, String codeB, String shareB) {
        return "code,name,field,levels,time,onlineKind,fullOnlineEligible,steps,fees,documents,decisionDate,effectiveDate\n"
                + codeA + ",Thủ tục nhập thử A " + codeA + ",CHUNG_THUC,COMMUNE,SAME_DAY 15:00,PARTIAL,false,"
                + "\"Tiếp nhận|30%|H21.XA|CLERK\nChứng thực|70%|H21.XA|OFFICER\",Phí chứng thực|2000|,Bản chính|1|ORIGINAL|,01/07/2025,01/07/2025\n"
                + codeB + ",Thủ tục nhập thử B " + codeB + ",DAT_DAI,PROVINCE,30 WORKING_DAYS,FULL,true,"
                + "\"Tiếp nhận|10%||\nThẩm định|" + shareB + "%||\",,,2025-07-01,2025-07-15\n";
    }

    @Test
    void oneBadRowWritesNothingAndNamesRowAndColumn() {
        String a = uniqueCode();
        String b = uniqueCode();
        Http admin = as("gia-lai.admin");
        JsonObject p = problem(admin.post("/api/procedures/import", "text/csv", csv(a, b, "80")), 400);
        assertEquals(1, p.getJsonArray("errors").size(), p.toString());
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, e.getInt("row"));
        assertEquals("steps", e.getString("column"));
        assertTrue(e.getString("message").contains("90%"), e.toString());
        problem(admin.get("/api/procedures/" + a), 404);
        problem(admin.get("/api/procedures/" + b), 404);

        // a bad time and an unknown field are both reported, with their columns
        String worse = csv(a, b, "90").replace("SAME_DAY 15:00", "trong ngày").replace("DAT_DAI", "DAT");
        p = problem(admin.post("/api/procedures/import", "text/csv", worse), 400);
        assertEquals("[\"2:time\",\"3:field\"]", p.getJsonArray("errors").stream()
                .map(x -> "\"" + x.asJsonObject().getInt("row") + ":" + x.asJsonObject().getString("column") + "\"")
                .toList().toString().replace(" ", ""));
        problem(admin.get("/api/procedures/" + a), 404);
    }

    @Test
    void reimportingTheSameFileChangesNothingInAnyFormat() throws Exception {
        String a = uniqueCode();
        String b = uniqueCode();
        Http admin = as("ha-tinh.admin");
        String file = csv(a, b, "90").replace("H21.XA", "H27.XA"); // Hà Tĩnh's communes, not Gia Lai's
        JsonObject first = object(admin.post("/api/procedures/import", "text/csv", file));
        assertEquals(2, first.getInt("created"), first.toString());
        long versionA = object(admin.get("/api/procedures/" + a)).getJsonNumber("versionId").longValue();
        JsonObject again = object(admin.post("/api/procedures/import", "text/csv", file));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(2, again.getInt("unchanged"));
        assertEquals(versionA, object(admin.get("/api/procedures/" + a)).getJsonNumber("versionId").longValue());
        assertEquals(1, object(admin.get("/api/procedures/" + a)).getJsonArray("history").size());

        // the export re-imports unchanged, as JSON and as XLSX too
        String json = admin.get("/api/procedures/export?format=json").body();
        assertTrue(json.contains(a));
        JsonObject viaJson = object(admin.post("/api/procedures/import", "application/json", json));
        assertEquals(0, viaJson.getInt("created") + viaJson.getInt("updated"), viaJson.toString());
        byte[] xlsx = download("ha-tinh.admin", "/api/procedures/export?format=xlsx");
        JsonObject viaXlsx = upload("ha-tinh.admin", xlsx);
        assertEquals(0, viaXlsx.getInt("created") + viaXlsx.getInt("updated"), viaXlsx.toString());
        assertTrue(viaXlsx.getInt("unchanged") >= 250);
        String csvExport = admin.get("/api/procedures/export?format=csv").body();
        assertTrue(csvExport.contains("Thủ tục nhập thử A " + a));

        // a changed row becomes a new version of that procedure only
        JsonObject changed = object(admin.post("/api/procedures/import", "text/csv", file.replace("30 WORKING_DAYS", "20 WORKING_DAYS")));
        assertEquals(1, changed.getInt("updated"));
        assertEquals(1, changed.getInt("unchanged"));
        assertEquals(2, object(admin.get("/api/procedures/" + b)).getJsonArray("history").size());
    }

    static byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(SystemUnderTest.get().uri(path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    static JsonObject upload(String user, byte[] body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(SystemUnderTest.get()
                .uri("/api/procedures/import")).header("Authorization", basic(user)).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

}
