package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.infra.it.Http;

/** Helpers of the catalog system tests. */
public final class CatalogApi {

    private CatalogApi() { }

    public static Http as(String user) {
        return Http.toSystemUnderTest().basic(user, "demo");
    }

    public static JsonObject object(Http.Response r) {
        return (JsonObject) parse(r);
    }

    static JsonStructure parse(Http.Response r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    static JsonObject problem(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().orElse("").startsWith("application/problem+json"), () -> "content type of " + r);
        return object(r);
    }

    /** A code in the 1.8xxxxx range, which the demo catalogs do not use. */
    public static String uniqueCode() {
        return "1.8" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    /** A minimal valid procedure body. */
    public static String body(String code, String name, int workingDays, String extra) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"field\":\"HO_TICH\",\"levels\":[\"COMMUNE\"],"
                + "\"time\":{\"value\":" + workingDays + ",\"unit\":\"WORKING_DAYS\"},\"onlineKind\":\"PARTIAL\","
                + "\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\",\"sharePercent\":20},{\"name\":\"Giải quyết\",\"sharePercent\":80}],"
                + "\"fees\":[{\"name\":\"Lệ phí\",\"amountVnd\":15000}],"
                + "\"documents\":[{\"name\":\"Tờ khai\",\"copies\":1,\"original\":true}],"
                + "\"publication\":{\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2024-12-20\",\"effectiveDate\":\"2025-01-01\","
                + "\"nationalDbDate\":\"2024-12-27\"}" + extra + "}";
    }

    /** Creates a procedure as {@code admin}, valid from {@code validFrom}; returns it. */
    public static JsonObject create(String admin, String code, String name, int workingDays, String validFrom) {
        Http.Response r = as(admin).post("/api/procedures", body(code, name, workingDays,
                validFrom == null ? "" : ",\"versionValidFrom\":\"" + validFrom + "\""));
        assertEquals(201, r.status(), r::toString);
        return object(r);
    }
}
