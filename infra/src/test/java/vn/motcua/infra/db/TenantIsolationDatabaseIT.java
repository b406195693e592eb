package vn.motcua.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.launcher.DatabaseTarget;
import vn.motcua.infra.launcher.EmbeddedDatabase;
import vn.motcua.infra.launcher.Migrations;

/**
 * Province isolation enforced by PostgreSQL itself, tested with hand-written SQL as the runtime role the
 * application uses: the layer that still holds if application code forgets a WHERE clause.
 */
class TenantIsolationDatabaseIT {

    private static EmbeddedDatabase db;
    private static DatabaseTarget target;

    @BeforeAll
    static void startDatabase() throws Exception {
        Path dir = Files.createTempDirectory("motcua-rls-");
        db = EmbeddedDatabase.start(dir, 0, new PrintStream(System.out, true));
        target = db.target();
        Migrations.migrate(target);
        try (Connection c = runtime()) {
            c.createStatement().execute("INSERT INTO platform.tenant (id, province_code, name_vi, active_from) VALUES "
                    + "('rls-a', 'Z01', 'Tỉnh A', DATE '2019-01-01'), ('rls-b', 'Z02', 'Tỉnh B', DATE '2019-01-01') "
                    + "ON CONFLICT DO NOTHING");
        }
        insertToken("rls-a", 1, "token of A");
        insertToken("rls-b", 2, "token of B");
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndLeadsItsKeyWithTenantId() throws Exception {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        try (Connection c = owner(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation'),
                       (SELECT a.attname FROM pg_index i JOIN pg_attribute a
                          ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                         WHERE i.indrelid = c.oid AND i.indisprimary),
                       (SELECT a.attnotnull FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'),
                       (SELECT a.attname FROM pg_partitioned_table pt JOIN pg_attribute a
                          ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
                         WHERE pt.partrelid = coalesce((SELECT h.inhparent FROM pg_inherits h WHERE h.inhrelid = c.oid),
                                                       c.oid))
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'province' AND c.relkind IN ('r', 'p')""")) {
            while (rs.next()) {
                tables++;
                String t = rs.getString(1);
                if (!rs.getBoolean(2) || !rs.getBoolean(3)) {
                    problems.add(t + ": row-level security not enabled and forced");
                }
                if (!rs.getBoolean(4)) {
                    problems.add(t + ": no tenant_isolation policy");
                }
                // a table of appended rows (V27's pending facts) has no key: it is partitioned by tenant_id instead
                boolean keyless = rs.getString(5) == null;
                if (keyless && !"tenant_id".equals(rs.getString(7))) {
                    problems.add(t + ": no primary key, and not partitioned (nor a partition) by tenant_id");
                } else if (!keyless && !"tenant_id".equals(rs.getString(5))) {
                    problems.add(t + ": primary key does not start with tenant_id");
                }
                if (!rs.getBoolean(6)) {
                    problems.add(t + ": tenant_id missing or nullable");
                }
            }
        }
        assertTrue(tables >= 1, "schema province has tenant tables");
        assertEquals(List.of(), problems);
    }

    @Test
    void runtimeRoleIsNeitherOwnerNorSuperuserNorBypassesRls() throws Exception {
        try (Connection c = runtime(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT rolsuper, rolbypassrls, rolcreaterole, "
                        + "(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + " WHERE n.nspname IN ('platform','province') AND pg_get_userbyid(c.relowner) = current_user) "
                        + "FROM pg_roles WHERE rolname = current_user")) {
            assertTrue(rs.next());
            assertFalse(rs.getBoolean(1), "superuser");
            assertFalse(rs.getBoolean(2), "bypassrls");
            assertFalse(rs.getBoolean(3), "createrole");
            assertEquals(0, rs.getLong(4), "owns tables");
        }
    }

    @Test
    void withNoTenantBoundTenantTablesReturnNothing() throws Exception {
        try (Connection c = runtime()) {
            assertEquals(0, count(c, "SELECT count(*) FROM province.api_token"));
            assertEquals(0, count(c, "SELECT count(*) FROM province.api_token WHERE tenant_id = 'rls-b'"));
        }
        try (Connection c = owner()) {
            assertEquals(0, count(c, "SELECT count(*) FROM province.api_token"), "FORCE applies to the owner too");
        }
    }

    @Test
    void boundToOneProvinceHandWrittenSqlCannotReadChangeOrDeleteAnothers() throws Exception {
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            assertEquals(1, count(c, "SELECT count(*) FROM province.api_token"));
            assertEquals(0, count(c, "SELECT count(*) FROM province.api_token WHERE tenant_id = 'rls-b'"));
            assertEquals(0, count(c, "SELECT count(*) FROM province.api_token WHERE id = 2"));
            try (Statement st = c.createStatement()) {
                assertEquals(0, st.executeUpdate("UPDATE province.api_token SET name = 'stolen' WHERE tenant_id = 'rls-b'"));
                assertEquals(0, st.executeUpdate("UPDATE province.api_token SET revoked_at = now() WHERE id = 2"));
                // moving one's own row into another province is refused by WITH CHECK
                SQLException moved = assertThrows(SQLException.class,
                        () -> st.executeUpdate("UPDATE province.api_token SET tenant_id = 'rls-b' WHERE id = 1"));
                assertEquals("42501", moved.getSQLState());
            }
            c.rollback();
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "INSERT INTO province.api_token (tenant_id, id, name, token_hash, token_prefix, roles, created_by) "
                            + "VALUES ('rls-b', 99, 'planted', 'h99', 'p', 'CLERK', 'x')"));
            assertEquals("42501", e.getSQLState(), "new row violates row-level security policy");
            c.rollback();
        }
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            bind(c, "rls-b");
            assertEquals("token of B", string(c, "SELECT name FROM province.api_token WHERE id = 2"));
            c.rollback();
        }
    }

    @Test
    void publishedAggregatesAreReadByAllAndWrittenOnlyByTheirOwnProvince() throws Exception {
        String insert = "INSERT INTO platform.aggregate_period (tenant_id, kind, month, period_from, period_to, rule_set,"
                + " province_code, province_name, total, groups, metrics, published_by) SELECT ?, 'MONTH',"
                + " DATE '2026-01-01', DATE '2026-01-01', DATE '2026-01-31', code, ?, ?, 50, '{}', '{}', 'x'"
                + " FROM platform.index_rule_set LIMIT 1";
        for (String[] t : new String[][] {{"rls-a", "Z01", "Tỉnh A"}, {"rls-b", "Z02", "Tỉnh B"}}) {
            try (Connection c = runtime()) {
                c.setAutoCommit(false);
                bind(c, t[0]);
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    ps.setString(1, t[0]);
                    ps.setString(2, t[1]);
                    ps.setString(3, t[2]);
                    assertEquals(1, ps.executeUpdate());
                }
                c.commit();
            }
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            // every province's publication is readable (central agencies read them all)
            assertEquals(2, count(c, "SELECT count(*) FROM platform.aggregate_period WHERE tenant_id LIKE 'rls-%'"));
            try (Statement st = c.createStatement()) {
                // but another's cannot be changed, removed or planted
                assertEquals(0, st.executeUpdate("UPDATE platform.aggregate_period SET total = 99"
                        + " WHERE tenant_id = 'rls-b'"));
                assertEquals(0, st.executeUpdate("DELETE FROM platform.aggregate_period WHERE tenant_id = 'rls-b'"));
                SQLException moved = assertThrows(SQLException.class, () -> st.executeUpdate(
                        "UPDATE platform.aggregate_period SET tenant_id = 'rls-b' WHERE tenant_id = 'rls-a'"));
                assertEquals("42501", moved.getSQLState());
            }
            c.rollback();
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            try (PreparedStatement ps = c.prepareStatement(insert.replace("'MONTH'", "'YEAR_TO_DATE'"))) {
                ps.setString(1, "rls-b");
                ps.setString(2, "Z02");
                ps.setString(3, "Tỉnh B");
                assertEquals("42501", assertThrows(SQLException.class, ps::executeUpdate).getSQLState());
            }
            c.rollback();
        }
        try (Connection c = runtime()) {
            // with no province bound nothing can be written at all
            c.setAutoCommit(false);
            assertEquals(0, c.createStatement().executeUpdate("DELETE FROM platform.aggregate_period"));
            c.rollback();
        }
        try (Connection c = owner()) {
            assertEquals("50.00", string(c, "SELECT total FROM platform.aggregate_period WHERE tenant_id = 'rls-b'"));
        }
    }

    /** V23: saved what-if scenarios are the province's own; a name is unique within a province, not across them. */
    @Test
    void savedIndexScenariosAreTheirProvincesOnly() throws Exception {
        String insert = "INSERT INTO province.index_scenario (tenant_id, name, period_from, period_to, changes,"
                + " created_by) VALUES (?, 'Kịch bản tháng 1', DATE '2026-01-01', DATE '2026-01-31',"
                + " '[{\"metricCode\":\"PUBLISH_ON_TIME\",\"numerator\":1,\"denominator\":1}]', 'test') RETURNING id";
        long[] ids = new long[2];
        String[] tenants = {"rls-a", "rls-b"};
        for (int i = 0; i < 2; i++) {
            try (Connection c = runtime()) {
                c.setAutoCommit(false);
                bind(c, tenants[i]);
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    ps.setString(1, tenants[i]);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                }
                c.commit();
            }
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            assertEquals(1, count(c, "SELECT count(*) FROM province.index_scenario"));
            assertEquals(0, count(c, "SELECT count(*) FROM province.index_scenario WHERE id = " + ids[1]));
            try (Statement st = c.createStatement()) {
                assertEquals(0, st.executeUpdate("UPDATE province.index_scenario SET name = 'stolen' WHERE id = "
                        + ids[1]));
                assertEquals(0, st.executeUpdate("DELETE FROM province.index_scenario WHERE id = " + ids[1]));
                SQLException moved = assertThrows(SQLException.class, () -> st.executeUpdate(
                        "UPDATE province.index_scenario SET tenant_id = 'rls-b' WHERE id = " + ids[0]));
                assertEquals("42501", moved.getSQLState());
            }
            c.rollback();
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            SQLException twice = assertThrows(SQLException.class, () -> {
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    ps.setString(1, "rls-a");
                    ps.executeQuery().close();
                }
            });
            assertEquals("23505", twice.getSQLState(), "the same name twice in one province");
            c.rollback();
        }
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            bind(c, "rls-b");
            assertEquals("Kịch bản tháng 1", string(c, "SELECT name FROM province.index_scenario WHERE id = " + ids[1]));
            c.rollback();
        }
    }

    @Test
    void tokensAreRevokedNeverDeleted() throws Exception {
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            SQLException e = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("DELETE FROM province.api_token WHERE id = 1"));
            assertEquals("42501", e.getSQLState(), "no DELETE grant: revocation keeps the record");
            c.rollback();
        }
    }

    @Test
    void theBindingEndsWithTheTransaction() throws Exception {
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            assertEquals(1, count(c, "SELECT count(*) FROM province.api_token"));
            c.commit();
            assertEquals(0, count(c, "SELECT count(*) FROM province.api_token"), "SET LOCAL is gone after commit");
            c.rollback();
        }
    }

    @Test
    void runtimeRoleCannotSwitchRowLevelSecurityOff() throws Exception {
        String[] attempts = {
                "ALTER TABLE province.api_token DISABLE ROW LEVEL SECURITY",
                "ALTER TABLE province.api_token NO FORCE ROW LEVEL SECURITY",
                "DROP POLICY tenant_isolation ON province.api_token",
                "CREATE POLICY open_all ON province.api_token USING (true)",
                "SET ROLE motcua_owner",
                "SET ROLE postgres",
                "ALTER ROLE CURRENT_USER BYPASSRLS",
        };
        for (String sql : attempts) {
            try (Connection c = runtime()) {
                assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
            }
        }
        try (Connection c = runtime()) {
            c.createStatement().execute("SET row_security = off");
            SQLException e = assertThrows(SQLException.class,
                    () -> c.createStatement().executeQuery("SELECT count(*) FROM province.api_token"));
            assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
        }
    }

    @Test
    void securityAuditIsAppendOnlyForTheRuntimeRole() throws Exception {
        try (Connection c = runtime()) {
            c.createStatement().executeUpdate("INSERT INTO platform.security_audit (event, username) VALUES ('LOGIN_FAILURE', 'rls-test')");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "UPDATE platform.security_audit SET event = 'LOGIN_SUCCESS' WHERE username = 'rls-test'"));
        }
        try (Connection c = runtime()) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "DELETE FROM platform.security_audit WHERE username = 'rls-test'"));
        }
    }

    /** zonky starts PostgreSQL with fsync off for its own tests; the launcher's database must not run that way. */
    @Test
    void theEmbeddedDatabaseWritesCommitsDurably() throws Exception {
        try (Connection c = owner()) {
            assertEquals("on", string(c, "SHOW fsync"));
            assertEquals("on", string(c, "SHOW synchronous_commit"));
            assertEquals("on", string(c, "SHOW full_page_writes"));
        }
    }

    /** Bulk imports write gigabytes of WAL; checkpoints every 1 GB made them rewrite whole pages (benchmarks.md). */
    @Test
    void theEmbeddedDatabaseSpacesCheckpointsForBulkImports() throws Exception {
        try (Connection c = owner()) {
            assertEquals("4GB", string(c, "SHOW max_wal_size"));
            assertEquals("15min", string(c, "SHOW checkpoint_timeout"));
        }
    }

    /** Decision 0005: the event → dossier key is checked per statement, with the same outcome as a foreign key. */
    @Test
    void anEventNeedsADossierOfItsOwnProvince() throws Exception {
        insertDossier("rls-a", 7001);
        insertDossier("rls-b", 7002);
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            assertEquals(1, c.createStatement().executeUpdate(events(row("rls-a", 7001, 1))));
            c.rollback();
        }
        String[] orphans = {
                events(row("rls-a", 7999, 1)),                             // no such dossier
                events(row("rls-a", 7002, 1)),                             // the id of a dossier of province B
                events(row("rls-a", 7001, 1), row("rls-a", 7999, 1)),      // one good row, one orphan: nothing
        };
        for (String sql : orphans) {
            try (Connection c = runtime()) {
                c.setAutoCommit(false);
                bind(c, "rls-a");
                SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(sql), sql);
                assertEquals("23503", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().contains("does not exist"), "the statement-level check, not a row-level key: "
                        + e.getMessage());
                c.rollback();
            }
        }
        try (Connection c = owner()) {
            assertEquals(0, count(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
                    + "AND conrelid = 'province.dossier_event'::regclass"), "no per-row foreign key checks on events");
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            assertEquals(0, count(c, "SELECT count(*) FROM province.dossier_event"), "the failed statements wrote nothing");
            c.rollback();
        }
    }

    @Test
    void aDossierIsNeverDeletedNorReKeyedEvenByTheOwner() throws Exception {
        insertDossier("rls-a", 7003);
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            SQLException e = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("DELETE FROM province.dossier WHERE id = 7003"));
            assertEquals("42501", e.getSQLState(), "no DELETE grant for the runtime role");
            c.rollback();
        }
        String[] attempts = {
                "DELETE FROM province.dossier WHERE id = 7003",
                "TRUNCATE province.dossier CASCADE",
                "UPDATE province.dossier SET id = 7004 WHERE id = 7003",
        };
        for (String sql : attempts) {
            try (Connection c = owner()) {
                c.setAutoCommit(false);
                bind(c, "rls-a");
                SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(sql), sql);
                assertEquals("23001", e.getSQLState(), e.getMessage());
                c.rollback();
            }
        }
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, "rls-a");
            assertEquals(1, c.createStatement().executeUpdate("UPDATE province.dossier SET status = 4 WHERE id = 7003"),
                    "other columns change as before");
            c.rollback();
        }
    }

    private static void insertDossier(String tenant, long id) throws SQLException {
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, tenant);
            c.createStatement().executeUpdate("INSERT INTO province.dossier (tenant_id, id, code, lookup_secret, status, "
                    + "channel, procedure_code, procedure_name, time_value, time_unit, form_set, applicant_kind, "
                    + "applicant_name, receiving_unit_code, competent_unit_code, received_by, submitted_at) VALUES ('"
                    + tenant + "', " + id + ", 'TEST-260101-" + id + "', 'SECRET1', 2, 'IN_PERSON', '1.000001', 'Thủ tục', "
                    + "5, 'WORKING_DAYS', 'TT03_2025', 'PERSON', 'Nguyễn Văn A', 'H99', 'H99', 'test', now()) "
                    + "ON CONFLICT DO NOTHING");
            c.commit();
        }
    }

    private static String events(String... rows) {
        return "INSERT INTO province.dossier_event (tenant_id, dossier_id, seq, occurred_at, actor, actor_role, action, "
                + "to_status, hash) VALUES " + String.join(", ", rows);
    }

    private static String row(String tenant, long dossierId, int seq) {
        return "('" + tenant + "', " + dossierId + ", " + seq + ", now(), 'test', 'CLERK', 'RECEIVE', 2, 'h" + dossierId
                + "-" + seq + "')";
    }

    private static void insertToken(String tenant, long id, String name) throws SQLException {
        try (Connection c = runtime()) {
            c.setAutoCommit(false);
            bind(c, tenant);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO province.api_token (tenant_id, id, name, token_hash, token_prefix, roles, created_by) "
                            + "VALUES (?, ?, ?, ?, 'p', 'CLERK', 'test') ON CONFLICT DO NOTHING")) {
                ps.setString(1, tenant);
                ps.setLong(2, id);
                ps.setString(3, name);
                ps.setString(4, "hash-" + tenant + "-" + id);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    private static void bind(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant', ?, true)")) {
            ps.setString(1, tenant);
            ps.executeQuery().close();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Connection runtime() throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.runtimeUser(), target.runtimePassword());
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.migrationUser(), target.migrationPassword());
    }
}
