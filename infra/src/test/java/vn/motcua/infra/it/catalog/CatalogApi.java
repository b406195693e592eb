package vn.motcua.infra.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/** Helpers of the catalog system tests. */
public final class CatalogApi {

    private CatalogApi() { }

    public static Http as(String user) {
        return Rest.as(user);
    }

    public static JsonObject object(Http.Response r) {
        return Rest.object(r);
    }

    static JsonStructure parse(Http.Response r) {
        return Rest.parse(r);
    }

    static JsonObject problem(Http.Response r, int status) {
        return Rest.problem(r, status);
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
