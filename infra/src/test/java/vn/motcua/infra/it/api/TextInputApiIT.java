package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.api.Api.array;
import static vn.motcua.infra.it.api.Api.as;
import static vn.motcua.infra.it.api.Api.object;
import static vn.motcua.infra.it.api.Api.problem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.catalog.CatalogApi;

/**
 * Numbers, text and bytes of a request are taken exactly or refused (issue 11, findings 1–4): 400 problem+json naming
 * the field, nothing written.
 */
class TextInputApiIT {

    private static final String NUL = "\\u0000";
    private static final String NGUYEN_NFD = "Nguye\u0302\u0303n";
    private static final String NGUYEN_NFC = "Nguy\u1EC5n";
    private static final String GIA_LAI_CENTRE = "H21.30";

    /** Asserts a 400 whose errors are exactly the given fields, and returns the first error's message. */
    private static String refusedNaming(Http.Response r, String... fields) {
        JsonObject p = problem(r, 400);
        JsonArray errors = p.getJsonArray("errors");
        assertEquals(List.of(fields), errors.stream().map(e -> e.asJsonObject().getString("field")).toList(), p.toString());
        return errors.getJsonObject(0).getString("message");
    }

    private static int count(String user, String path) {
        return array(as(user).get(path)).size();
    }

    private static String receipt(String applicant, String fees) {
        return "{\"procedureCode\":\"1.000046\",\"channel\":\"IN_PERSON\",\"receivingUnitCode\":\"" + GIA_LAI_CENTRE + "\","
                + "\"applicant\":{\"kind\":\"PERSON\",\"name\":\"" + applicant + "\",\"idNumber\":\"064190000123\"},"
                + "\"documents\":[{\"name\":\"Tờ khai\",\"originals\":1,\"copies\":0}],\"fees\":" + fees + "}";
    }

    /** The running number of a dossier code AGENCY-YYMMDD-NNNN. */
    private static int sequence(JsonObject dossier) {
        String code = dossier.getString("code");
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }

    private static JsonObject receive(String applicant) {
        Http.Response r = as("gia-lai.clerk").post("/api/dossiers", receipt(applicant, "[{\"name\":\"Lệ phí\",\"amountVnd\":50000}]"));
        assertEquals(201, r.status(), r::toString);
        return object(r);
    }

    @Test
    void feesBeyondTheRangeAreRefusedNotWrappedOnProceduresAndDossiers() {
        String code = CatalogApi.uniqueCode();
        for (String amount : List.of("1e20", "1e308", "-1", "15000.5")) {
            String body = CatalogApi.body(code, "Thủ tục phí lớn", 3, "").replace("\"amountVnd\":15000", "\"amountVnd\":" + amount);
            refusedNaming(as("gia-lai.admin").post("/api/procedures", body), "fees[0].amountVnd");
        }
        problem(as("gia-lai.admin").get("/api/procedures/" + code), 404);

        int first = sequence(receive("Người nhận trước"));
        String message = refusedNaming(as("gia-lai.clerk").post("/api/dossiers",
                receipt("Người phí lớn", "[{\"name\":\"Lệ phí\",\"amountVnd\":1e20}]")), "fees[0].amountVnd");
        assertEquals("Phải từ 0 đến 1,000,000,000,000,000.", message);
        refusedNaming(as("gia-lai.clerk").post("/api/dossiers",
                receipt("Người phí lớn", "[{\"name\":\"Lệ phí\",\"amountVnd\":0},{\"name\":\"Phí\",\"amountVnd\":1e308}]")),
                "fees[1].amountVnd");
        assertEquals(first + 1, sequence(receive("Người nhận sau")), "no dossier code was used by the refused receipts");
    }

    @Test
    void aNumberIsNotTextAndTextIsNotANumber() {
        int before = count("ha-tinh.admin", "/api/api-tokens");
        String message = refusedNaming(as("ha-tinh.admin").header("Accept-Language", "en")
                .post("/api/api-tokens", "{\"name\":123,\"roles\":[\"CLERK\"]}"), "name");
        assertEquals("Must be a text (a JSON string in double quotes).", message);
        refusedNaming(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"x\",\"roles\":[\"CLERK\"],\"validDays\":30.5}"),
                "validDays");
        refusedNaming(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"x\",\"roles\":[\"CLERK\"],\"validDays\":1e10}"),
                "validDays");
        assertEquals(before, count("ha-tinh.admin", "/api/api-tokens"));
    }

    @Test
    void nulInAnyTextFieldIsRefusedNamingTheField() {
        int tokens = count("gia-lai.admin", "/api/api-tokens");
        int users = count("gia-lai.admin", "/api/users");
        int units = count("gia-lai.admin", "/api/units");
        String message = refusedNaming(as("gia-lai.admin").post("/api/api-tokens", "{\"name\":\"máy" + NUL + "\",\"roles\":[\"CLERK\"]}"),
                "name");
        assertEquals("Chứa ký tự điều khiển U+0000 ở vị trí 4; hãy xoá ký tự này rồi gửi lại.", message);
        refusedNaming(as("gia-lai.admin").post("/api/users", "{\"username\":\"gia-lai.nul" + System.nanoTime() % 100000
                + "\",\"displayName\":\"Người" + NUL + "\",\"password\":\"mat-khau-dai-du-12\",\"roles\":[\"CLERK\"]}"), "displayName");
        refusedNaming(as("gia-lai.admin").post("/api/units",
                "{\"name\":\"Đơn vị" + NUL + "\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"validFrom\":\"2026-01-01\"}"), "name");
        String code = CatalogApi.uniqueCode();
        refusedNaming(as("gia-lai.admin").post("/api/procedures", CatalogApi.body(code, "Thủ tục" + NUL, 3, "")), "name");
        problem(as("gia-lai.admin").get("/api/procedures/" + code), 404);
        refusedNaming(as("gia-lai.clerk").post("/api/dossiers", receipt("Người" + NUL, "[]")), "applicant.name");

        JsonObject dossier = receive("Người chuyển bước");
        long version = dossier.getJsonNumber("version").longValue();
        refusedNaming(as("gia-lai.clerk").post("/api/dossiers/" + dossier.getString("code") + "/transitions",
                "{\"action\":\"GUIDE\",\"version\":" + version + ",\"reason\":\"thiếu" + NUL + "\"}"), "reason");
        assertEquals(version, object(as("gia-lai.clerk").get("/api/dossiers/" + dossier.getString("code")))
                .getJsonNumber("version").longValue());

        JsonObject year = object(as("gia-lai.admin").get("/api/targets/2033"));
        refusedNaming(as("gia-lai.admin").put("/api/targets/2033", "{\"version\":" + year.getJsonNumber("version")
                + ",\"targets\":[{\"metric\":\"ON_TIME_RATE\",\"targetValue\":96.5,\"direction\":\"AT_LEAST\","
                + "\"sourceNote\":\"Chỉ thị" + NUL + "\"}]}"), "targets[0].sourceNote");
        assertEquals(year, object(as("gia-lai.admin").get("/api/targets/2033")));

        refusedNaming(as("gia-lai.clerk").get("/api/procedures?q=h%E1%BB%99%00"), "q");

        assertEquals(tokens, count("gia-lai.admin", "/api/api-tokens"));
        assertEquals(users, count("gia-lai.admin", "/api/users"));
        assertEquals(units, count("gia-lai.admin", "/api/units"));
    }

    @Test
    void loneSurrogatesAndInvalidUtf8AreRefused() throws Exception {
        int before = count("quang-ngai.admin", "/api/api-tokens");
        String message = refusedNaming(as("quang-ngai.admin").post("/api/api-tokens", "{\"name\":\"a\\ud800\",\"roles\":[\"CLERK\"]}"),
                "name");
        assertEquals("Chứa ký tự không hợp lệ ở vị trí 2 (một nửa cặp UTF-16 đứng riêng); hãy gõ lại đoạn văn bản này.", message);
        refusedNaming(as("quang-ngai.clerk").get("/api/procedures?q=%ED%A0%80"), "q");

        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write("{\"name\":\"m".getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xE1); // "á" in ISO-8859-1: not UTF-8
        latin1.write("y\",\"roles\":[\"CLERK\"]}".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(Http.toSystemUnderTest().baseUrl() + "/api/api-tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("quang-ngai.admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        JsonObject p = Json.createReader(new java.io.StringReader(r.body())).readObject();
        assertEquals("The request body is not valid UTF-8 text (invalid byte at offset 10); send UTF-8 encoded text.",
                p.getString("detail"));
        assertEquals(before, count("quang-ngai.admin", "/api/api-tokens"));
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        JsonObject token = object(as("bac-ninh.admin").post("/api/api-tokens",
                "{\"name\":\"" + NGUYEN_NFD + " " + suffix + "\",\"roles\":[\"CLERK\"]}")).getJsonObject("token");
        assertEquals(NGUYEN_NFC + " " + suffix, token.getString("name"));
        String listed = as("bac-ninh.admin").get("/api/api-tokens").body();
        assertTrue(listed.contains(NGUYEN_NFC + " " + suffix), listed);
        assertFalse(listed.contains(NGUYEN_NFD), listed);

        Http.Response unit = as("bac-ninh.admin").post("/api/units",
                "{\"name\":\"Phòng " + NGUYEN_NFD + " " + suffix + "\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(201, unit.status(), unit::toString);
        assertEquals("Phòng " + NGUYEN_NFC + " " + suffix, object(unit).getString("name"));

        // A search typed decomposed finds the composed name.
        String code = CatalogApi.uniqueCode();
        CatalogApi.create("bac-ninh.admin", code, "Cấp giấy " + NGUYEN_NFC + " " + suffix, 3, null);
        String q = java.net.URLEncoder.encode(NGUYEN_NFD + " " + suffix, StandardCharsets.UTF_8);
        JsonObject page = object(as("bac-ninh.clerk").get("/api/procedures?q=" + q));
        assertEquals(1, page.getJsonNumber("total").intValue(), page.toString());
    }

    @Test
    void oneLengthLimitPerKindOfField() {
        int users = count("ha-tinh.admin", "/api/users");
        String message = refusedNaming(as("ha-tinh.admin").post("/api/users", "{\"username\":\"ha-tinh.dai" + System.nanoTime() % 100000
                + "\",\"displayName\":\"" + "x".repeat(10_000) + "\",\"password\":\"mat-khau-dai-du-12\",\"roles\":[\"CLERK\"]}"),
                "displayName");
        assertEquals("Dài tối đa 300 ký tự (nội dung gửi lên có 10,000 ký tự).", message);
        assertEquals(users, count("ha-tinh.admin", "/api/users"));
        // Names: 300 characters for a token as for a unit or a person.
        String name300 = "Tên".repeat(100);
        Http.Response created = as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"" + name300 + "\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(name300, object(created).getJsonObject("token").getString("name"));
        refusedNaming(as("ha-tinh.admin").post("/api/api-tokens", "{\"name\":\"" + name300 + "x\",\"roles\":[\"CLERK\"]}"), "name");
        refusedNaming(as("ha-tinh.admin").post("/api/units",
                "{\"name\":\"" + name300 + "x\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"validFrom\":\"2026-01-01\"}"), "name");
    }
}
