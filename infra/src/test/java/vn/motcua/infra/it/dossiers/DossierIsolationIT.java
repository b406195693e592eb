package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.dossiers.DossierApi.act;
import static vn.motcua.infra.it.dossiers.DossierApi.as;
import static vn.motcua.infra.it.dossiers.DossierApi.object;
import static vn.motcua.infra.it.dossiers.DossierApi.problem;
import static vn.motcua.infra.it.dossiers.DossierApi.receiveInGiaLai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

/**
 * Every dossier operation tried by Hà Tĩnh's people on a Gia Lai dossier: each answers as if the dossier did not
 * exist, and nothing changes. The public lookup cannot be fooled by mixing a Gia Lai code with a Hà Tĩnh secret.
 */
class DossierIsolationIT {

    static JsonObject giaLai;
    static String code;

    @BeforeAll
    static void aGiaLaiDossier() {
        giaLai = receiveInGiaLai("Nguyễn Văn Cách Ly");
        code = giaLai.getString("code");
    }

    @Test
    void hàTĩnhCannotReadActOnOrPrintAGiaLaiDossier() {
        long v = giaLai.getJsonNumber("version").longValue();
        for (String user : new String[] {"ha-tinh.clerk", "ha-tinh.officer", "ha-tinh.leader"}) {
            problem(as(user).get("/api/dossiers/" + code), 404);
            problem(as(user).get("/api/dossiers/" + code + "/audit"), 404);
            problem(as(user).get("/api/dossiers/" + code + "/forms/RECEIPT"), 404);
            problem(act(user, code, "REQUEST_SUPPLEMENT", v, "Thử"), 404);
            problem(act(user, code, "APOLOGISE", v, "Thử"), 404);
            assertFalse(as(user).get("/api/dossiers?size=500").body().contains(code));
            assertFalse(as(user).get("/api/dossiers/my-work?size=500").body().contains(code));
            assertFalse(as(user).get("/api/dossiers/late-without-apology?withinHours=720&size=500").body().contains(code));
        }
        JsonObject after = object(as("gia-lai.clerk").get("/api/dossiers/" + code));
        assertEquals(v, after.getJsonNumber("version").longValue(), "nothing changed");
        assertEquals(1, after.getInt("eventCount"));
    }

    @Test
    void aHàTĩnhDeskCannotReceiveIntoGiaLaiUnitsNorPrintTheirBook() {
        problem(as("ha-tinh.clerk").post("/api/dossiers", DossierApi.receiptJson("Ai Đó", DossierApi.GIA_LAI_CENTRE)), 400);
        problem(as("ha-tinh.clerk").get("/api/dossiers/tracking-book?unitCode=" + DossierApi.GIA_LAI_CENTRE
                + "&from=2026-01-01&to=2026-12-31"), 400);
    }

    @Test
    void theCodeInTheRequestNeverChoosesTheProvince() {
        // Headers, query parameters and the code itself are ignored: the province is the signed-in account's.
        Http.Response r = as("ha-tinh.clerk").header("X-Tenant", "gia-lai").get("/api/dossiers/" + code + "?tenant=gia-lai");
        problem(r, 404);
    }

    @Test
    void publicLookupWithAGiaLaiCodeAndAHàTĩnhSecretRevealsNothing() {
        Http.Response created = as("ha-tinh.clerk").post("/api/dossiers",
                DossierApi.receiptJson(DossierApi.firstProcedure("ha-tinh.clerk"), "Trần Thị Hà", haTinhDesk()));
        assertEquals(201, created.status(), created::toString);
        JsonObject haTinh = object(created);
        String hatinhSecret = haTinh.getString("lookupSecret");
        Http anonymous = Http.toSystemUnderTest();
        JsonObject p = problem(anonymous.post("/api/public/dossiers/lookup", Json.createObjectBuilder()
                .add("code", code).add("secret", hatinhSecret).build().toString()), 404);
        assertFalse(p.toString().contains("Nguyễn Văn Cách Ly"));
        // The right pair works, from anywhere, and shows only the public fields.
        JsonObject ok = object(anonymous.post("/api/public/dossiers/lookup", Json.createObjectBuilder()
                .add("code", haTinh.getString("code")).add("secret", hatinhSecret).build().toString()));
        assertEquals(2, ok.getInt("status"));
        assertFalse(ok.containsKey("applicant"));
        assertFalse(ok.toString().contains("Trần Thị Hà"), "no personal data in the public view");
    }

    /** Hà Tĩnh's service centre, found in its unit list (kind SERVICE_CENTRE). */
    static String haTinhDesk() {
        var units = Json.createReader(new java.io.StringReader(as("ha-tinh.clerk").get("/api/units?view=flat").body()))
                .readArray();
        return units.stream().map(u -> u.asJsonObject()).filter(u -> "SERVICE_CENTRE".equals(u.getString("kind", "")))
                .map(u -> u.getString("portalCode")).findFirst().orElseThrow();
    }

    @Test
    void aNonExistingCodeAndAWrongSecretLookTheSame() {
        Http anonymous = Http.toSystemUnderTest();
        JsonObject a = problem(anonymous.post("/api/public/dossiers/lookup",
                "{\"code\":\"H21.30-991231-9999\",\"secret\":\"ABCDEFGH\"}"), 404);
        JsonObject b = problem(anonymous.post("/api/public/dossiers/lookup", Json.createObjectBuilder()
                .add("code", code).add("secret", "ABCDEFGH").build().toString()), 404);
        assertEquals(a.getString("detail"), b.getString("detail"));
        assertTrue(a.getString("detail").contains("không đúng"));
    }
}
