package vn.motcua.infra.it.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/**
 * importPublishedScores and centralIndexRanking on the portal's ranking of 17/09/2026 (34 provinces, test resource
 * index766/provinces-2026-09-17.csv, copied from the shared fixtures): ranked in the published order, the tenants of
 * this deployment named, all or nothing, repeatable, and only the platform administrator imports.
 */
class IndexPublicationIT {

    static final String IMPORT = "/api/index/published-scores?publishedOn=%s&period=%s";

    static String provinces() {
        try (InputStream in = IndexPublicationIT.class.getResourceAsStream("/index766/provinces-2026-09-17.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Http.Response importCsv(String user, String day, String csv) {
        return Rest.as(user).post(String.format(IMPORT, day, "N%C4%83m%202026"), "text/csv", csv);
    }

    @Test
    void theRankingComesOutInThePublishedOrderWithOurProvincesNamed() {
        Http.Response r = importCsv("admin", "2026-09-17", provinces());
        assertEquals(200, r.status(), r::toString);
        assertEquals(34, Rest.object(r).getInt("provinces"));
        assertEquals("766-2026", Rest.object(r).getString("ruleSet"));

        JsonObject ranking = Rest.object(Rest.as("central").get("/api/index/ranking?publishedOn=2026-09-17"));
        assertEquals("Năm 2026", ranking.getString("period"));
        List<JsonObject> p = ranking.getJsonArray("provinces").getValuesAs(JsonObject.class);
        assertEquals(34, p.size());
        for (int i = 0; i < p.size(); i++) {
            assertEquals(i + 1, p.get(i).getInt("rank"), p.get(i).toString());
        }
        assertEquals("H20", p.get(0).getString("provinceCode"));
        assertEquals("68.32", p.get(0).getJsonNumber("total").bigDecimalValue().toPlainString());
        assertEquals("TRUNG_BINH", p.get(0).getString("band"));
        JsonObject giaLai = p.get(11);
        assertEquals("Gia Lai", giaLai.getString("provinceName"));
        assertEquals("gia-lai", giaLai.getString("tenant"));
        assertEquals(List.of("CKMB", "TDGQ", "ONLINE", "TTTT", "MDSH", "MDHL"),
                List.copyOf(giaLai.getJsonObject("groups").keySet()));
        assertEquals("9.23", giaLai.getJsonObject("groups").getJsonNumber("MDSH").bigDecimalValue().toPlainString());
        assertEquals("quang-ngai", p.get(30).getString("tenant"));
        assertFalse(p.get(0).containsKey("tenant") && !p.get(0).isNull("tenant"), "Đồng Tháp is not served here");

        // importing the same publication again replaces it: the same ranking
        JsonObject again = Rest.object(importCsv("admin", "2026-09-17", provinces()));
        assertTrue(again.getBoolean("replaced"));
        assertEquals(ranking, Rest.object(Rest.as("central").get("/api/index/ranking?publishedOn=2026-09-17")));
    }

    @Test
    void aWrongLineRefusesTheWholeFileAndChangesNothing() {
        String good = provinces();
        // Hải Phòng's total (line 4) one cent off the sum of its groups; a code that is not the portal's (line 6)
        String bad = good.replace("H24,\"Hải Phòng\",66.54", "H24,\"Hải Phòng\",66.55")
                .replace("6,H37,", "6,37,");
        JsonObject p = Rest.explainedProblem(importCsv("admin", "2026-09-30", bad), 400);
        List<JsonObject> errors = p.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("4 total", "7 province_code"),
                errors.stream().map(e -> e.getInt("row") + " " + e.getString("column")).toList(), p.toString());
        Rest.explainedProblem(Rest.as("central").get("/api/index/ranking?publishedOn=2026-09-30"), 404);
        Rest.explainedProblem(importCsv("admin", "2025-06-30", good), 400);
        Rest.explainedProblem(Rest.as("admin").post("/api/index/published-scores?publishedOn=2026-09-30", "text/csv",
                good), 400);
        Rest.explainedProblem(Rest.as("central").get("/api/index/ranking?publishedOn=17/09/2026"), 400);
    }

    @Test
    void theLatestPublicationUnlessOneIsAskedFor() {
        importCsv("admin", "2026-09-17", provinces());
        String two = "province_code,province_name,total,CKMB,TDGQ,ONLINE,TTTT,MDSH,MDHL\n"
                + "H21,Gia Lai,62.62,11.79,15.76,8.47,6.91,9.23,10.46\n"
                + "H27,Hà Tĩnh,62.62,8.76,16.91,8.69,6.01,8.26,13.99\n";
        assertEquals(200, importCsv("admin", "2026-09-18", two).status());
        JsonObject latest = Rest.object(Rest.as("gia-lai.leader").get("/api/index/ranking"));
        assertEquals("2026-09-18", latest.getString("publishedOn"));
        assertTrue(latest.getJsonArray("publications").toString().contains("2026-09-17"));
        List<JsonObject> p = latest.getJsonArray("provinces").getValuesAs(JsonObject.class);
        // equal totals share a rank
        assertEquals(List.of(1, 1), p.stream().map(x -> x.getInt("rank")).toList());
    }

    @Test
    void onlyThePlatformAdministratorImports() {
        for (String user : List.of("central", "gia-lai.admin", "gia-lai.leader")) {
            assertEquals(403, importCsv(user, "2026-09-17", provinces()).status(), user);
        }
        assertEquals(401, Http.toSystemUnderTest().get("/api/index/ranking").status());
    }
}
