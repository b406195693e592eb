package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.SystemUnderTest;

/** Helpers for the dossier system tests: receipt with a demo procedure, actions, JSON, and the database as owner. */
public final class DossierApi {

    /** A demo procedure of every demo province (generated catalog), with its officer and leader steps. */
    static final String PROCEDURE = "1.000046";
    static final String GIA_LAI_CENTRE = "H21.30";

    private DossierApi() { }

    static Http as(String user) {
        return Rest.as(user);
    }

    static JsonObject object(Http.Response r) {
        return Rest.object(r);
    }

    static String receiptJson(String applicant, String receivingUnit) {
        return receiptJson(PROCEDURE, applicant, receivingUnit);
    }

    /** The first procedure of the province's catalog (demo catalogs differ a little between provinces). */
    public static String firstProcedure(String user) {
        JsonObject page = object(as(user).get("/api/procedures?size=1"));
        return page.getJsonArray("items").getJsonObject(0).getString("code");
    }

    public static String receiptJson(String procedure, String applicant, String receivingUnit) {
        return Json.createObjectBuilder()
                .add("procedureCode", procedure)
                .add("channel", "IN_PERSON")
                .add("applicant", Json.createObjectBuilder().add("kind", "PERSON").add("name", applicant)
                        .add("idNumber", "064190000123").add("phone", "0912345678"))
                .add("receivingUnitCode", receivingUnit)
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Tờ khai")
                        .add("originals", 1).add("copies", 0).add("digitised", true).add("reused", false)))
                .add("fees", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Lệ phí")
                        .add("amountVnd", 50000)))
                .build().toString();
    }

    /** Receives a dossier at the Gia Lai service centre as the demo clerk; returns the created dossier. */
    public static JsonObject receiveInGiaLai(String applicant) {
        Http.Response r = as("gia-lai.clerk").post("/api/dossiers", receiptJson(applicant, GIA_LAI_CENTRE));
        assertEquals(201, r.status(), r::toString);
        return object(r);
    }

    static Http.Response act(String user, String code, String action, long version, String reason) {
        var b = Json.createObjectBuilder().add("action", action).add("version", version);
        if (reason != null) {
            b.add("reason", reason);
        }
        return as(user).post("/api/dossiers/" + code + "/transitions", b.build().toString());
    }

    static JsonObject problem(Http.Response r, int status) {
        return Rest.explainedProblem(r, status);
    }

    /**
     * The system under test's database as the owner role, bound to a province for the session: row-level security is
     * forced on the owner too, only the runtime role's grants (no UPDATE of events) do not apply.
     */
    static Connection owner(String tenant) throws SQLException {
        Connection c = connect("motcua_owner");
        try (var ps = c.prepareStatement("SELECT set_config('app.tenant', ?, false)")) {
            ps.setString(1, tenant);
            ps.executeQuery().close();
        }
        return c;
    }

    static Connection runtime() throws SQLException {
        return connect("motcua_app");
    }

    private static Connection connect(String role) throws SQLException {
        SystemUnderTest sut = SystemUnderTest.get();
        Properties credentials = sut.credentials();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + sut.pgPort() + "/motcua", role,
                credentials.getProperty(role + ".password"));
    }
}
