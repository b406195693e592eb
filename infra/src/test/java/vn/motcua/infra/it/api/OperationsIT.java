package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;

class OperationsIT {

    @Test
    void readinessReportsTheDatabase() {
        Http.Response r = Http.toSystemUnderTest().get("/health/ready");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("\"status\":\"UP\"") || r.body().contains("\"status\": \"UP\""), r.body());
        assertTrue(r.body().contains("database"), r.body());
    }

    @Test
    void openApiListsTheStableOperationIds() {
        Http.Response r = Http.toSystemUnderTest().get("/openapi");
        assertEquals(200, r.status(), r::toString);
        for (String op : new String[] {"getCurrentUser", "listTenants", "getTenant", "createTenant", "createApiToken",
                "revokeApiToken", "listApiTokens", "listUsers", "createUser", "updateUserRoles", "setUserStatus",
                "listSecurityEvents", "receiveDossier", "getDossier", "transitionDossier", "listMyWork", "getDossierForm",
                "lookupDossierPublic", "rateDossierPublic", "verifyDossierAudit", "verifyAuditTrail", "getTrackingBook"}) {
            assertTrue(java.util.regex.Pattern.compile("operationId\"?\\s*:\\s*\"?" + op + "\\b").matcher(r.body()).find(),
                    op + " missing from /openapi");
        }
    }

    @Test
    void swaggerUiAndMetricsAreServed() {
        Http.Response ui = Http.toSystemUnderTest().get("/api-docs.html");
        assertEquals(200, ui.status(), ui::toString);
        assertTrue(ui.body().contains("swagger-ui"), ui.body());
        Http.Response metrics = Http.toSystemUnderTest().get("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
    }
}
