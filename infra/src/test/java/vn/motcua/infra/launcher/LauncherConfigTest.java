package vn.motcua.infra.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherConfigTest {

    private static LauncherConfig config(String... keyValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return LauncherConfig.from(m::get, "/home/u");
    }

    @Test
    void defaultsToEmbeddedDemoModeInHomeDirectory() {
        LauncherConfig c = config();
        assertEquals(LauncherConfig.Mode.EMBEDDED, c.mode());
        assertTrue(c.demo());
        assertEquals(Path.of("/home/u/.motcua"), c.dataDir());
        assertEquals(8080, c.httpPort());
        assertEquals(0, c.pgPort());
        assertNull(c.war());
    }

    @Test
    void demoModeListensOnLoopbackOnlyUnlessToldOtherwise() {
        assertEquals("127.0.0.1", config().bindAddress());
        assertEquals("0.0.0.0", config("MOTCUA_BIND_ADDRESS", "0.0.0.0").bindAddress());
        assertEquals("0.0.0.0", config("DB_URL", "jdbc:postgresql://db/motcua", "DB_USER", "app", "DB_PASSWORD", "x")
                .bindAddress(), "production listens on all interfaces");
        assertThrows(LauncherException.class, () -> config("MOTCUA_BIND_ADDRESS", "everywhere"));
    }

    @Test
    void embeddedSettings() {
        LauncherConfig c = config("MOTCUA_DATA_DIR", "/data/mc", "PORT", "9090", "MOTCUA_PG_PORT", "5444",
                "MOTCUA_DEMO", "false", "MOTCUA_WAR", "/x/app.war");
        assertEquals(Path.of("/data/mc"), c.dataDir());
        assertEquals(9090, c.httpPort());
        assertEquals(5444, c.pgPort());
        assertFalse(c.demo());
        assertEquals(Path.of("/x/app.war"), c.war());
    }

    @Test
    void blankValuesCountAsUnset() {
        LauncherConfig c = config("DB_URL", "  ", "PORT", "", "MOTCUA_DEMO", " ");
        assertTrue(c.embedded());
        assertEquals(8080, c.httpPort());
        assertTrue(c.demo());
    }

    @Test
    void externalModeUsesRuntimeRoleForMigrationsByDefault() {
        LauncherConfig c = config("DB_URL", "jdbc:postgresql://db:5432/motcua", "DB_USER", "app", "DB_PASSWORD", "pw");
        assertEquals(LauncherConfig.Mode.EXTERNAL, c.mode());
        assertFalse(c.demo());
        assertEquals("app", c.migrationUser());
        assertEquals("pw", c.migrationPassword());
    }

    @Test
    void externalModeWithSeparateMigrationRole() {
        LauncherConfig c = config("DB_URL", "jdbc:postgresql://db/motcua", "DB_USER", "app", "DB_PASSWORD", "pw",
                "DB_MIGRATION_USER", "owner", "DB_MIGRATION_PASSWORD", "opw", "MOTCUA_DEMO", "false");
        assertEquals("app", c.dbUser());
        assertEquals("owner", c.migrationUser());
        assertEquals("opw", c.migrationPassword());
    }

    @Test
    void demoIsRefusedWithExternalDatabase() {
        LauncherException e = assertThrows(LauncherException.class, () -> config("DB_URL", "jdbc:postgresql://db/m",
                "DB_USER", "app", "DB_PASSWORD", "pw", "MOTCUA_DEMO", "true"));
        assertTrue(e.getMessage().contains("MOTCUA_DEMO"));
    }

    @Test
    void externalModeNeedsCredentials() {
        assertThrows(LauncherException.class, () -> config("DB_URL", "jdbc:postgresql://db/m"));
        assertThrows(LauncherException.class, () -> config("DB_URL", "jdbc:postgresql://db/m", "DB_USER", "app"));
        assertThrows(LauncherException.class, () -> config("DB_URL", "jdbc:postgresql://db/m", "DB_USER", "app",
                "DB_PASSWORD", "pw", "DB_MIGRATION_USER", "owner"));
        assertThrows(LauncherException.class, () -> config("DB_URL", "postgres://db/m", "DB_USER", "a",
                "DB_PASSWORD", "p"));
    }

    @Test
    void invalidValuesAreRejected() {
        assertThrows(LauncherException.class, () -> config("PORT", "http"));
        assertThrows(LauncherException.class, () -> config("PORT", "0"));
        assertThrows(LauncherException.class, () -> config("PORT", "70000"));
        assertThrows(LauncherException.class, () -> config("MOTCUA_DEMO", "maybe"));
    }

    @Test
    void demoDossiersDefaultOffOrACount() {
        assertEquals(LauncherConfig.DEFAULT_DEMO_DOSSIERS, config().demoDossiers());
        assertEquals(0, config("MOTCUA_DEMO_DOSSIERS", "0").demoDossiers());
        assertEquals(0, config("MOTCUA_DEMO_DOSSIERS", "false").demoDossiers());
        assertEquals(5000, config("MOTCUA_DEMO_DOSSIERS", "5000").demoDossiers());
        assertEquals(0, config("MOTCUA_DEMO", "false", "MOTCUA_DEMO_DOSSIERS", "5000").demoDossiers());
        assertThrows(LauncherException.class, () -> config("MOTCUA_DEMO_DOSSIERS", "many"));
    }

    @Test
    void bootstrapAdminPassword() {
        assertNull(config().bootstrapAdminPassword());
        assertEquals("a-long-secret-1", config("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD", "a-long-secret-1")
                .bootstrapAdminPassword());
        assertThrows(LauncherException.class, () -> config("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD", "short"));
    }
}
