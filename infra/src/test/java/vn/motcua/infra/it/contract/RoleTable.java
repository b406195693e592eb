package vn.motcua.infra.it.contract;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call each operation of {@code /openapi}: written by hand, for a reviewer to read, and checked by
 * {@link OpenApiContractIT} against the server (every other caller gets 403, anonymous 401). An operation of the
 * document without a line here, or a line without an operation, fails the suite.
 */
final class RoleTable {

    /** No credential needed. */
    static final String PUBLIC = "PUBLIC";
    /** Any signed-in account or token, whatever its roles. */
    static final String SIGNED_IN = "SIGNED_IN";

    static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    static final String PROVINCE_LEADER = "PROVINCE_LEADER";
    static final String UNIT_LEADER = "UNIT_LEADER";
    static final String CLERK = "CLERK";
    static final String OFFICER = "OFFICER";
    static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    static final String CENTRAL_VIEWER = "CENTRAL_VIEWER";

    /** Everyone working in a province. */
    private static final Set<String> PROVINCE = Set.of(PROVINCE_ADMIN, PROVINCE_LEADER, UNIT_LEADER, CLERK, OFFICER);
    /** Those who process dossiers (the province administrator configures, he does not process). */
    private static final Set<String> DOSSIER_WORK = Set.of(PROVINCE_LEADER, UNIT_LEADER, CLERK, OFFICER);
    private static final Set<String> ADMIN = Set.of(PROVINCE_ADMIN);
    private static final Set<String> PLATFORM = Set.of(PLATFORM_ADMIN);
    /** Who reads the province's reports: its administrators and leaders (unit leaders: the whole province, for now). */
    private static final Set<String> REPORTS = Set.of(PROVINCE_ADMIN, PROVINCE_LEADER, UNIT_LEADER);
    /** Who compares the provinces, from their published aggregates. */
    private static final Set<String> CENTRAL = Set.of(CENTRAL_VIEWER, PLATFORM_ADMIN);

    static final Map<String, Set<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            // Public
            Map.entry("lookupDossierPublic", Set.of(PUBLIC)),
            Map.entry("rateDossierPublic", Set.of(PUBLIC)),
            Map.entry("publicLateUnits", Set.of(PUBLIC)),
            // Identity
            Map.entry("getCurrentUser", Set.of(SIGNED_IN)),
            Map.entry("listApiTokens", ADMIN),
            Map.entry("createApiToken", ADMIN),
            Map.entry("getApiToken", ADMIN),
            Map.entry("revokeApiToken", ADMIN),
            Map.entry("listUsers", Set.of(PROVINCE_ADMIN, PLATFORM_ADMIN)),
            Map.entry("getUser", Set.of(PROVINCE_ADMIN, PLATFORM_ADMIN)),
            Map.entry("createUser", Set.of(PROVINCE_ADMIN, PLATFORM_ADMIN)),
            Map.entry("updateUserRoles", Set.of(PROVINCE_ADMIN, PLATFORM_ADMIN)),
            Map.entry("setUserStatus", Set.of(PROVINCE_ADMIN, PLATFORM_ADMIN)),
            Map.entry("listSecurityEvents", Set.of(PROVINCE_ADMIN, PLATFORM_ADMIN)),
            // Index
            Map.entry("scoreIndex", Set.of(SIGNED_IN)),
            Map.entry("centralIndexRanking", Set.of(SIGNED_IN)),
            Map.entry("importPublishedScores", PLATFORM),
            Map.entry("tenantIndex", REPORTS),
            Map.entry("simulateIndex", REPORTS),
            Map.entry("indexPointsLost", REPORTS),
            Map.entry("indexDrillDown", REPORTS),
            Map.entry("listIndexInputs", REPORTS),
            Map.entry("putIndexInputs", ADMIN),
            Map.entry("listIndexScenarios", REPORTS),
            Map.entry("getIndexScenario", REPORTS),
            Map.entry("saveIndexScenario", Set.of(PROVINCE_ADMIN, PROVINCE_LEADER)),
            Map.entry("updateIndexScenario", Set.of(PROVINCE_ADMIN, PROVINCE_LEADER)),
            Map.entry("deleteIndexScenario", Set.of(PROVINCE_ADMIN, PROVINCE_LEADER)),
            Map.entry("publishAggregates", ADMIN),
            Map.entry("listPublishedAggregates", Set.of(PROVINCE_ADMIN, PROVINCE_LEADER)),
            Map.entry("rankProvinces", CENTRAL),
            Map.entry("compareProvinces", CENTRAL),
            Map.entry("listComparableProcedures", CENTRAL),
            Map.entry("compareProcedure", CENTRAL),
            // Platform
            Map.entry("listTenants", Set.of(PLATFORM_ADMIN, CENTRAL_VIEWER)),
            Map.entry("getTenant", Set.of(PLATFORM_ADMIN, CENTRAL_VIEWER)),
            Map.entry("createTenant", PLATFORM),
            Map.entry("absorbTenant", PLATFORM),
            // Units
            Map.entry("listUnits", PROVINCE),
            Map.entry("getUnit", PROVINCE),
            Map.entry("getUnitTimeline", PROVINCE),
            Map.entry("mapUnit", PROVINCE),
            Map.entry("exportUnits", PROVINCE),
            Map.entry("createUnit", ADMIN),
            Map.entry("updateUnit", ADMIN),
            Map.entry("mergeUnits", ADMIN),
            Map.entry("splitUnit", ADMIN),
            Map.entry("importUnits", ADMIN),
            // Procedure catalog
            Map.entry("listFields", Set.of(PROVINCE_ADMIN, PROVINCE_LEADER, UNIT_LEADER, CLERK, OFFICER, PLATFORM_ADMIN,
                    CENTRAL_VIEWER)),
            Map.entry("listProcedures", PROVINCE),
            Map.entry("getProcedure", PROVINCE),
            Map.entry("getProcedureVersion", PROVINCE),
            Map.entry("exportProcedures", PROVINCE),
            Map.entry("createProcedure", ADMIN),
            Map.entry("updateProcedure", ADMIN),
            Map.entry("importProcedures", ADMIN),
            // Calendar and deadlines
            Map.entry("getCalendar", PROVINCE),
            Map.entry("exportCalendarDays", PROVINCE),
            Map.entry("listNationalCalendarYears", Set.of(PLATFORM_ADMIN, PROVINCE_ADMIN, PROVINCE_LEADER, UNIT_LEADER,
                    CLERK, OFFICER)),
            Map.entry("putCalendarOverrides", ADMIN),
            Map.entry("importCalendarDays", ADMIN),
            Map.entry("putOfficeHours", ADMIN),
            Map.entry("putNationalCalendarDays", PLATFORM),
            Map.entry("computeDueDate", PROVINCE),
            // Targets
            Map.entry("listTargets", PROVINCE),
            Map.entry("putTargets", ADMIN),
            // Dossiers
            Map.entry("receiveDossier", Set.of(PROVINCE_LEADER, UNIT_LEADER, CLERK)),
            Map.entry("getDossier", DOSSIER_WORK),
            Map.entry("transitionDossier", DOSSIER_WORK),
            Map.entry("listDossiers", DOSSIER_WORK),
            Map.entry("listMyWork", DOSSIER_WORK),
            Map.entry("listLateWithoutApology", DOSSIER_WORK),
            Map.entry("verifyDossierAudit", DOSSIER_WORK),
            Map.entry("getDossierForm", DOSSIER_WORK),
            Map.entry("getTrackingBook", DOSSIER_WORK),
            Map.entry("verifyAuditTrail", Set.of(PROVINCE_ADMIN, PROVINCE_LEADER)),
            Map.entry("importDossiers", ADMIN),
            // Reports
            Map.entry("rebuildFacts", ADMIN),
            Map.entry("timelinessReport", REPORTS),
            Map.entry("reportDrillDown", REPORTS),
            Map.entry("serviceRatesReport", REPORTS),
            Map.entry("exportReport", REPORTS),
            Map.entry("targetsStatus", REPORTS),
            Map.entry("overdueWithoutApology", REPORTS),
            Map.entry("reportSettings", ADMIN),
            Map.entry("updateReportSettings", ADMIN),
            Map.entry("publicLateOfficials", Set.of(PUBLIC))));

    private RoleTable() { }

    /** Whether a caller holding {@code roles} (empty: anonymous) may call the operation. */
    static boolean allows(String operationId, Set<String> roles) {
        Set<String> expected = EXPECTED.get(operationId);
        if (expected.contains(PUBLIC)) {
            return true;
        }
        if (roles.isEmpty()) {
            return false;
        }
        return expected.contains(SIGNED_IN) || roles.stream().anyMatch(expected::contains);
    }
}
