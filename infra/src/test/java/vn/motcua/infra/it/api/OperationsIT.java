package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;
import vn.motcua.infra.it.ui.WebSecurityIT;

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
                "lookupDossierPublic", "rateDossierPublic", "verifyDossierAudit", "verifyAuditTrail", "getTrackingBook",
                "rebuildFacts", "timelinessReport", "reportDrillDown", "serviceRatesReport", "exportReport",
                "publicLateUnits", "targetsStatus", "publicLateOfficials", "reportSettings", "updateReportSettings",
                "overdueWithoutApology", "scoreIndex", "importPublishedScores", "centralIndexRanking", "tenantIndex",
                "simulateIndex", "indexPointsLost", "indexDrillDown", "putIndexInputs", "listIndexInputs",
                "saveIndexScenario", "listIndexScenarios", "getIndexScenario", "updateIndexScenario",
                "deleteIndexScenario",
                "publishAggregates", "listPublishedAggregates", "rankProvinces", "compareProvinces",
                "listComparableProcedures", "compareProcedure"}) {
            assertTrue(java.util.regex.Pattern.compile("operationId\"?\\s*:\\s*\"?" + op + "\\b").matcher(r.body()).find(),
                    op + " missing from /openapi");
        }
    }

    @Test
    void swaggerUiAndMetricsAreServed() {
        Http.Response ui = Http.toSystemUnderTest().get("/api-docs.html");
        assertEquals(200, ui.status(), ui::toString);
        assertTrue(ui.body().contains("swagger-ui"), ui.body());
        // Metrics need the scraper token since issue 11 (before, anyone could read them)
        Http.Response metrics = Http.toSystemUnderTest().bearer(SystemUnderTest.METRICS_TOKEN)
                .header("Accept", "text/plain").get("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
    }

    @Test
    void metricsAnswerOnlyTheScraperTokenAndThePlatformAdministrator() {
        Http.Response anonymous = Http.toSystemUnderTest().get("/metrics");
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals("Bearer realm=\"metrics\"", anonymous.header("WWW-Authenticate"));
        assertFalse(anonymous.body().contains("jvm_"), anonymous.body());
        assertEquals(401, Http.toSystemUnderTest().get("/metrics/base").status(), "every metrics path");

        Http.Response wrongToken = Http.toSystemUnderTest().bearer("it-metrics-token-7f3c9b").get("/metrics");
        assertEquals(401, wrongToken.status(), wrongToken::toString);
        Http.Response apiCredentials = Http.toSystemUnderTest().basic("admin", "demo").get("/metrics");
        assertEquals(401, apiCredentials.status(), "HTTP Basic is the API's, not the scraper's: " + apiCredentials);

        Http.Response provinceAdmin = WebSecurityIT.signIn("gia-lai.admin").get("/metrics");
        assertEquals(403, provinceAdmin.status(), provinceAdmin::toString);
        assertFalse(provinceAdmin.body().contains("jvm_"), provinceAdmin.body());

        Http.Response platformAdmin = WebSecurityIT.signIn("admin").header("Accept", "text/plain").get("/metrics");
        assertEquals(200, platformAdmin.status(), platformAdmin::toString);
        assertTrue(platformAdmin.body().contains("# TYPE "), platformAdmin.body());

        Http.Response scraper = Http.toSystemUnderTest().bearer(SystemUnderTest.METRICS_TOKEN)
                .header("Accept", "text/plain").get("/metrics");
        assertEquals(200, scraper.status(), scraper::toString);
        assertTrue(scraper.contentType().orElse("").startsWith("text/plain"), scraper::toString);
        assertTrue(scraper.body().contains("# TYPE "), scraper.body());
        assertTrue(scraper.body().contains("jvm_uptime_seconds"), scraper.body());
    }

    @Test
    void healthStaysOpenForLoadBalancers() {
        assertEquals(200, Http.toSystemUnderTest().get("/health/live").status());
        assertEquals(200, Http.toSystemUnderTest().get("/health/ready").status());
    }
}
