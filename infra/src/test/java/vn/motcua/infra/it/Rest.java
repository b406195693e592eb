package vn.motcua.infra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;

/** What every REST system test does: call as a demo account, read JSON, check a problem+json answer. */
public final class Rest {

    private Rest() { }

    /** The system under test as a demo account (password {@code demo}). */
    public static Http as(String user) {
        return Http.toSystemUnderTest().basic(user, "demo");
    }

    public static JsonObject object(Http.Response r) {
        return (JsonObject) parse(r);
    }

    public static JsonArray array(Http.Response r) {
        return (JsonArray) parse(r);
    }

    public static JsonStructure parse(Http.Response r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    /** Asserts the status and an {@code application/problem+json} body, and returns it. */
    /**
     * Whether a field is null in an answer. Payara's JSON-B writer and ours tie, and which one writes a response is
     * not fixed: ours writes nulls, Payara's leaves them out; a test must accept both.
     */
    public static boolean isNull(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    public static JsonObject problem(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().orElse("").startsWith("application/problem+json"), () -> "content type of " + r);
        return object(r);
    }

    /** {@link #problem} whose detail is a message a person can act on, and whose status field agrees. */
    public static JsonObject explainedProblem(Http.Response r, int status) {
        JsonObject p = problem(r, status);
        assertEquals(status, p.getInt("status"));
        assertTrue(p.getString("detail").length() > 10, "a message a person can act on");
        return p;
    }
}
