package vn.motcua.infra.it.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/**
 * scoreIndex against the rule set V19 stores: three of Gia Lai's units as the national portal published them on
 * 10/10/2026 (counts copied from the fixture by hand, published scores as literals), an aggregate scored from pooled
 * counts, who may call it, and refusals that name the field.
 */
class IndexScoreIT {

    /** Thanh tra tỉnh: no dossiers at all (empty denominators), total 19.79. */
    static final String H21_20 = unit("H21.20", "AGENCY", "TDGQ_ON_TIME=0/0 PUBLISH_ON_TIME=1/47 "
            + "PUBLIC_UPDATE_ON_TIME=43/47 PUBLIC_CONTENT_FULL=47/47 DOSSIER_SYNC=0/0 ORIGINAL_RESULT_AVAILABLE=0/0 "
            + "SO_HOA_GIAY_TO_GIAI_QUYET=0/0 REUSED_DIGITIZED_DATA=0/0 SYNCED_WITH_DVCQG_PERSONAL_STORAGE=0/0 "
            + "CITIZEN_DATA_CONNECTED_DOSSIER=0/0 CITIZEN_DATA_CONNECTED_FORMALITY=0/0 ELECTRONIC_CERTIFIED_COPY=/ "
            + "TTTT_DOSSIER_PAYMENT=0/0 TTTT_FORMALITY_PAYMENT=0/1 PETITION_CLASSIFICATION_TTHC=0/0 "
            + "DOSSIER_RECEIVING_SATISFACTION=0/0 PETITION_PROCESSING_ON_TIME=0/0 PETITION_HANDLING_SATISFACTION=0/0 "
            + "PETITION_CLASSIFICATION_STAFF=0/0 ONLINE=0 TTTT=0");

    /** Sở Tài chính: the half cent (15.25 % of 2 points = 0.31), total 44.04. */
    static final String H21_13 = unit("H21.13", "AGENCY", "TDGQ_ON_TIME=444/583 PUBLISH_ON_TIME=1/47 "
            + "PUBLIC_UPDATE_ON_TIME=43/47 PUBLIC_CONTENT_FULL=47/47 DOSSIER_SYNC=282/282 ORIGINAL_RESULT_AVAILABLE=11/583 "
            + "SO_HOA_GIAY_TO_GIAI_QUYET=2/583 REUSED_DIGITIZED_DATA=212/583 SYNCED_WITH_DVCQG_PERSONAL_STORAGE=12/583 "
            + "CITIZEN_DATA_CONNECTED_DOSSIER=583/583 CITIZEN_DATA_CONNECTED_FORMALITY=9/59 ELECTRONIC_CERTIFIED_COPY=/ "
            + "TTTT_DOSSIER_PAYMENT=0/0 TTTT_FORMALITY_PAYMENT=0/23 PETITION_CLASSIFICATION_TTHC=1/1 "
            + "DOSSIER_RECEIVING_SATISFACTION=442/583 PETITION_PROCESSING_ON_TIME=0/1 PETITION_HANDLING_SATISFACTION=0/1 "
            + "PETITION_CLASSIFICATION_STAFF=0/1 ONLINE=54.58 TTTT=0");

    /** UBND xã Vân Canh: first of the communes, total 75.34. */
    static final String H21_227 = unit("H21.227", "COMMUNE", "TDGQ_ON_TIME=2541/2618 PUBLISH_ON_TIME=1/47 "
            + "PUBLIC_UPDATE_ON_TIME=43/47 PUBLIC_CONTENT_FULL=47/47 DOSSIER_SYNC=1869/1869 "
            + "ORIGINAL_RESULT_AVAILABLE=2497/2618 SO_HOA_GIAY_TO_GIAI_QUYET=1520/2618 REUSED_DIGITIZED_DATA=1543/2618 "
            + "SYNCED_WITH_DVCQG_PERSONAL_STORAGE=2/2618 CITIZEN_DATA_CONNECTED_DOSSIER=1105/2618 "
            + "CITIZEN_DATA_CONNECTED_FORMALITY=28/388 ELECTRONIC_CERTIFIED_COPY=/ TTTT_DOSSIER_PAYMENT=2352/2489 "
            + "TTTT_FORMALITY_PAYMENT=20/42 PETITION_CLASSIFICATION_TTHC=0/0 DOSSIER_RECEIVING_SATISFACTION=2540/2618 "
            + "PETITION_PROCESSING_ON_TIME=0/0 PETITION_HANDLING_SATISFACTION=0/0 PETITION_CLASSIFICATION_STAFF=0/0 "
            + "ONLINE=52.58 TTTT=73.4");

    /** A unit's JSON from "CODE=n/d" (counts; "/" for none) and "CODE=r" (a published ratio) items. */
    static String unit(String code, String kind, String metrics) {
        List<String> items = new ArrayList<>();
        for (String m : metrics.split(" ")) {
            String[] kv = m.split("=");
            if (!kv[1].contains("/")) {
                items.add("{\"code\":\"" + kv[0] + "\",\"ratioPct\":" + kv[1] + "}");
            } else if (kv[1].equals("/")) {
                items.add("{\"code\":\"" + kv[0] + "\"}");
            } else {
                String[] nd = kv[1].split("/");
                items.add("{\"code\":\"" + kv[0] + "\",\"numerator\":" + nd[0] + ",\"denominator\":" + nd[1] + "}");
            }
        }
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"metrics\":[" + String.join(",", items) + "]}";
    }

    static String request(String asOf, String... units) {
        return "{\"asOf\":\"" + asOf + "\",\"units\":[" + String.join(",", units) + "]}";
    }

    static JsonObject metric(JsonObject unit, String code) {
        return unit.getJsonArray("metrics").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void thePublishedScoresOfThreeUnitsToTheCent() {
        Http.Response r = Rest.as("central").post("/api/index/score", request("2026-10-10", H21_20, H21_13, H21_227));
        assertEquals(200, r.status(), r::toString);
        JsonObject body = Rest.object(r);
        assertEquals("766-2026", body.getString("ruleSet"));
        List<JsonObject> units = body.getJsonArray("units").getValuesAs(JsonObject.class);
        assertEquals(List.of("19.79", "44.04", "75.34"),
                units.stream().map(u -> u.getJsonNumber("total").bigDecimalValue().toPlainString()).toList());
        assertEquals(List.of(3, 2, 1), units.stream().map(u -> u.getInt("rank")).toList());
        assertEquals(List.of(2, 1, 1), units.stream().map(u -> u.getInt("kindRank")).toList());
        assertEquals(List.of("YEU", "YEU", "KHA"), units.stream().map(u -> u.getString("band")).toList());
        JsonObject tc = units.get(1);
        assertEquals("15.23", tc.getJsonObject("groups").getJsonNumber("TDGQ").bigDecimalValue().toPlainString());
        assertEquals("5.05", tc.getJsonObject("groups").getJsonNumber("MDHL").bigDecimalValue().toPlainString());
        JsonObject half = metric(tc, "CITIZEN_DATA_CONNECTED_FORMALITY");
        assertEquals("15.25", half.getJsonNumber("ratioPct").bigDecimalValue().toPlainString());
        assertEquals("0.31", half.getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals("1.69", half.getJsonNumber("pointsLost").bigDecimalValue().toPlainString());
        // Thanh tra tỉnh: 0/0 syncs give no score (absent), no dossiers give TDGQ 0 and satisfaction 0
        JsonObject none = metric(units.get(0), "DOSSIER_SYNC");
        assertTrue(!none.containsKey("score") || none.isNull("score"), none::toString);
        assertEquals("0.0", metric(units.get(0), "DOSSIER_RECEIVING_SATISFACTION").getJsonNumber("score")
                .bigDecimalValue().toPlainString());
        assertEquals("12.0", units.get(0).getJsonObject("groups").getJsonNumber("MDHL").bigDecimalValue().toPlainString());
    }

    @Test
    void anAggregateIsScoredFromItsMembersSummedCounts() {
        String a = unit("X1", "COMMUNE", "TDGQ_ON_TIME=444/583 PUBLISH_ON_TIME=1/47");
        String b = unit("X2", "COMMUNE", "TDGQ_ON_TIME=2541/2618 PUBLISH_ON_TIME=1/47");
        String both = "{\"code\":\"X\",\"kind\":\"PROVINCE\",\"members\":[\"X1\",\"X2\"]}";
        Http.Response r = Rest.as("gia-lai.clerk").post("/api/index/score", request("2026-10-10", a, b, both));
        assertEquals(200, r.status(), r::toString);
        List<JsonObject> units = Rest.object(r).getJsonArray("units").getValuesAs(JsonObject.class);
        // 2985/3201 = 93.25 % -> 18.65 of 20; the mean of 15.23 and 19.41 would be 17.32
        JsonObject tdgq = metric(units.get(2), "TDGQ_ON_TIME");
        assertEquals(2985, tdgq.getInt("numerator"));
        assertEquals(3201, tdgq.getInt("denominator"));
        assertEquals("18.65", tdgq.getJsonNumber("score").bigDecimalValue().toPlainString());
        // the province-level count, the same in both members, is taken once
        assertEquals(47, metric(units.get(2), "PUBLISH_ON_TIME").getInt("denominator"));
        assertTrue(units.get(2).getJsonArray("missing").size() > 10, "metrics nobody gave are listed as missing");
    }

    @Test
    void everySignedInAccountMayScoreAndNobodyElse() {
        String body = request("2026-10-10", H21_227);
        for (String user : List.of("admin", "central", "gia-lai.admin", "quang-ngai.leader", "ha-tinh.officer")) {
            assertEquals(200, Rest.as(user).post("/api/index/score", body).status(), user);
        }
        assertEquals(401, Http.toSystemUnderTest().post("/api/index/score", body).status());
    }

    @Test
    void wrongInputIsRefusedNamingTheField() {
        JsonObject p = Rest.explainedProblem(Rest.as("central").post("/api/index/score",
                request("2025-06-30", H21_227)), 400);
        assertTrue(p.toString().contains("766-2026"), "names the rule sets there are: " + p);
        p = Rest.explainedProblem(Rest.as("central").post("/api/index/score", request("2026-10-10",
                unit("A", "AGENCY", "TDGQ_ON_TIME=5/4 NO_SUCH=1/2 ONLINE=3/4"))), 400);
        String fields = p.toString();
        assertTrue(fields.contains("units[0].metrics[0].numerator"), fields);
        assertTrue(fields.contains("units[0].metrics[1].code"), fields);
        assertTrue(fields.contains("units[0].metrics[2].ratioPct"), fields);
        Rest.explainedProblem(Rest.as("central").post("/api/index/score",
                "{\"asOf\":\"2026-10-10\",\"units\":[{\"code\":\"A\",\"kind\":\"AGENCY\",\"metrics\":[{\"code\":"
                        + "\"TDGQ_ON_TIME\",\"numerator\":\"many\",\"denominator\":4}]}]}"), 400);
        Rest.explainedProblem(Rest.as("central").post("/api/index/score",
                "{\"asOf\":\"2026-10-10\",\"units\":[{\"code\":\"A\",\"kind\":\"TOWN\",\"metrics\":[]}]}"), 400);
        Rest.explainedProblem(Rest.as("central").post("/api/index/score", "{\"asOf\":\"2026-10-10\"}"), 400);
        Rest.explainedProblem(Rest.as("central").post("/api/index/score", request("2026-10-10",
                "{\"code\":\"P\",\"kind\":\"PROVINCE\",\"members\":[\"nobody\"]}")), 400);
    }
}
