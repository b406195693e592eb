package vn.motcua.infra.it.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/** Helpers of the units system tests. */
final class UnitsApi {

    private UnitsApi() { }

    static Http as(String user) {
        return Rest.as(user);
    }

    static JsonObject object(Http.Response r) {
        return Rest.object(r);
    }

    static JsonArray array(Http.Response r) {
        return Rest.array(r);
    }

    static JsonObject problem(Http.Response r, int status) {
        return Rest.problem(r, status);
    }

    static JsonObject ok(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        return object(r);
    }

    /** A portal code of {@code province} nobody else uses in this run, e.g. H21.4821. */
    static String freshCode(String province) {
        return province + "." + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    static JsonArray flat(Http http, String asOf) {
        Http.Response r = http.get("/api/units?view=flat" + (asOf == null ? "" : "&asOf=" + asOf));
        assertEquals(200, r.status(), r::toString);
        return array(r);
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
