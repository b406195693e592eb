package vn.motcua.infra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second launcher in production mode (DB_URL set) against the database of the demo system under test:
 * it uses the external PostgreSQL with the runtime and migration roles it is given, creates no demo data,
 * and refuses the demo accounts that exist in that database.
 */
class ExternalDatabaseModeIT {

    private static Process process;
    private static String baseUrl;
    private static Path log;

    @BeforeAll
    static void startInExternalMode() throws Exception {
        SystemUnderTest demo = SystemUnderTest.get();
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(demo.dataDir().resolve("credentials.properties"))) {
            credentials.load(in);
        }
        Path dataDir = demo.targetDir().resolve("it-external");
        Files.createDirectories(dataDir);
        log = demo.targetDir().resolve("it-external-server.log");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        baseUrl = "http://localhost:" + port;
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar", System.getProperty("motcua.it.launcherJar")))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("MOTCUA_DEMO");
        pb.environment().put("MOTCUA_DATA_DIR", dataDir.toString());
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("DB_URL", "jdbc:postgresql://localhost:" + demo.pgPort() + "/motcua");
        pb.environment().put("DB_USER", "motcua_app");
        pb.environment().put("DB_PASSWORD", credentials.getProperty("motcua_app.password"));
        pb.environment().put("DB_MIGRATION_USER", "motcua_owner");
        pb.environment().put("DB_MIGRATION_PASSWORD", credentials.getProperty("motcua_owner.password"));
        process = pb.start();
        Readiness.await(process, baseUrl, Duration.ofSeconds(180), log);
    }

    @AfterAll
    static void stop() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void demoAccountsAreRefusedOutsideDemoMode() {
        Http.Response r = Http.to(baseUrl).basic("gia-lai.admin", "demo").get("/api/me");
        assertEquals(401, r.status(), r::toString);
        assertEquals(401, Http.to(baseUrl).basic("admin", "demo").get("/api/me").status());
        // the same account is accepted by the demo-mode server on the same database
        assertEquals(200, Http.toSystemUnderTest().basic("gia-lai.admin", "demo").get("/api/me").status());
    }

    @Test
    void realAccountsWorkAndTheDataIsShared() {
        String name = "ha-tinh.that." + Long.toString(System.nanoTime(), 36);
        Http.Response created = Http.toSystemUnderTest().basic("ha-tinh.admin", "demo").post("/api/users",
                "{\"username\":\"" + name + "\",\"displayName\":\"Lê Thị Thật\",\"password\":\"mot-mat-khau-that\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, created.status(), created::toString);
        Http.Response me = Http.to(baseUrl).basic(name, "mot-mat-khau-that").get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertTrue(me.body().contains("\"slug\":\"ha-tinh\""), me.body());
    }

    @Test
    void theBannerSaysProductionModeAndListsNoDemoLogins() throws IOException {
        String out = Files.readString(log);
        assertTrue(out.contains("Một Cửa is ready"), out);
        assertFalse(out.contains("password for all: demo"), "no demo logins printed outside demo mode");
    }
}
