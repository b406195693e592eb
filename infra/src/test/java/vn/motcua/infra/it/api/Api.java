package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import vn.motcua.infra.it.Http;

/** Small helpers shared by the REST system tests. */
final class Api {

    private Api() { }

    static Http as(String user) {
        return Http.toSystemUnderTest().basic(user, "demo");
    }

    static JsonObject object(Http.Response r) {
        return (JsonObject) parse(r);
    }

    static JsonArray array(Http.Response r) {
        return (JsonArray) parse(r);
    }

    private static JsonStructure parse(Http.Response r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    /** Asserts an RFC 9457 problem with the status, and returns it. */
    static JsonObject problem(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().orElse("").startsWith("application/problem+json"), () -> "content type of " + r);
        JsonObject p = object(r);
        assertEquals(status, p.getInt("status"));
        assertTrue(p.getString("detail").length() > 10, "a message a person can act on");
        return p;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
