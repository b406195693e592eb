package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.infra.it.api.Api.as;
import static vn.motcua.infra.it.api.Api.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/** Numeric query and path parameters outside their range, or no number at all, are a bad request naming them. */
class ParameterApiIT {

    /** Asserts 400 with the one field error on the parameter, and returns the message. */
    private static String refused(Http.Response r, String parameter) {
        JsonObject p = problem(r, 400);
        assertEquals(1, p.getJsonArray("errors").size(), p.toString());
        assertEquals(parameter, p.getJsonArray("errors").getJsonObject(0).getString("field"), p.toString());
        return p.getString("detail");
    }

    @Test
    void pagingOutsideItsRangeIsRefused() {
        assertEquals("Tham số 'size' phải là số nguyên từ 1 đến 500.",
                refused(as("gia-lai.clerk").get("/api/dossiers?size=-1"), "size"));
        assertEquals("Tham số 'first' phải là số nguyên từ 0 đến 2147483647.",
                refused(as("gia-lai.clerk").get("/api/dossiers?first=-5"), "first"));
        refused(as("gia-lai.clerk").get("/api/dossiers/my-work?size=501"), "size");
        refused(as("gia-lai.clerk").get("/api/procedures?size=0"), "size");
        refused(as("gia-lai.clerk").get("/api/dossiers/late-without-apology?withinHours=721"), "withinHours");
        refused(as("gia-lai.clerk").get("/api/dossiers?status=11"), "status");
    }

    @Test
    void limitsOutsideTheirRangeAreRefused() {
        assertEquals("Tham số 'limit' phải là số nguyên từ 1 đến 20000.",
                refused(as("gia-lai.admin").get("/api/dossiers/audit?limit=0"), "limit"));
        refused(as("gia-lai.admin").get("/api/dossiers/audit?afterId=-1"), "afterId");
        refused(as("gia-lai.admin").get("/api/security-events?limit=1001"), "limit");
    }

    @Test
    void numbersTooLargeForTheirTypeAreABadRequestNotANotFound() {
        assertEquals("Tham số 'first' phải là số nguyên từ 0 đến 2147483647.",
                refused(as("gia-lai.clerk").get("/api/procedures?first=2%5E40"), "first"));
        refused(as("gia-lai.clerk").get("/api/procedures?first=1099511627776"), "first");
        assertEquals("Tham số 'year' phải là số nguyên từ 1976 đến 2200.",
                refused(as("admin").put("/api/calendar/national/2147483648", "{\"notices\":[\"x\"],\"days\":[]}"), "year"));
        refused(as("gia-lai.clerk").get("/api/calendar/2147483648"), "year");
        refused(as("gia-lai.admin").get("/api/targets/1975"), "year");
    }

    @Test
    void idsThatAreNoNumbersAreABadRequestNamingThem() {
        assertEquals("Tham số 'versionId' phải là số nguyên từ 1 đến 9223372036854775807.",
                refused(as("gia-lai.clerk").get("/api/procedure-versions/abc"), "versionId"));
        refused(as("gia-lai.admin").get("/api/units/0"), "id");
        refused(as("gia-lai.admin").get("/api/users/-3"), "id");
        refused(as("gia-lai.admin").get("/api/api-tokens/9223372036854775808"), "id");
    }

    @Test
    void theMessageIsInEnglishOnRequest() {
        assertEquals("The parameter 'size' must be a whole number from 1 to 500.",
                refused(as("gia-lai.clerk").header("Accept-Language", "en").get("/api/dossiers?size=-1"), "size"));
    }

    @Test
    void valuesWithinTheRangeStillWork() {
        assertEquals(200, as("gia-lai.clerk").get("/api/dossiers?first=0&size=500").status());
        assertEquals(200, as("gia-lai.clerk").get("/api/procedures?first=2147483647&size=1").status());
        assertEquals(200, as("gia-lai.admin").get("/api/dossiers/audit?afterId=0&limit=1").status());
        assertEquals(200, as("gia-lai.clerk").get("/api/dossiers/late-without-apology?withinHours=720").status());
    }

    @Test
    void theOpenApiDocumentShowsTheRanges() {
        Http.Response r = Http.toSystemUnderTest().header("Accept", "application/json").get("/openapi");
        assertEquals(200, r.status(), r::toString);
        JsonObject doc;
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            doc = reader.readObject();
        }
        JsonObject size = parameter(doc, "/api/dossiers", "get", "size");
        assertEquals(1, size.getJsonObject("schema").getJsonNumber("minimum").intValue(), size.toString());
        assertEquals(500, size.getJsonObject("schema").getJsonNumber("maximum").intValue(), size.toString());
        JsonObject year = parameter(doc, "/api/calendar/national/{year}", "put", "year");
        assertEquals(1976, year.getJsonObject("schema").getJsonNumber("minimum").intValue(), year.toString());
        assertEquals(2200, year.getJsonObject("schema").getJsonNumber("maximum").intValue(), year.toString());
    }

    private static JsonObject parameter(JsonObject doc, String path, String method, String name) {
        JsonObject op = doc.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
        return op.getJsonArray("parameters").stream().map(v -> v.asJsonObject())
                .filter(p -> name.equals(p.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + op));
    }

    @Test
    void theCallerIsCheckedBeforeTheParameters() {
        problem(Http.toSystemUnderTest().get("/api/dossiers?size=-1"), 401);
        problem(as("gia-lai.clerk").get("/api/dossiers/audit?limit=0"), 403);
    }
}
