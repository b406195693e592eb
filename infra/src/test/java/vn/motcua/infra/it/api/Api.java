package vn.motcua.infra.it.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/** Small helpers shared by the REST system tests. */
final class Api {

    private Api() { }

    static Http as(String user) {
        return Rest.as(user);
    }

    static JsonObject object(Http.Response r) {
        return Rest.object(r);
    }

    static JsonArray array(Http.Response r) {
        return Rest.array(r);
    }

    /** Asserts an RFC 9457 problem with the status, and returns it. */
    static JsonObject problem(Http.Response r, int status) {
        return Rest.explainedProblem(r, status);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
