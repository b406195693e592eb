package vn.motcua.infra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers' readiness wait against a stand-in server and stand-in processes, without Payara. */
class ReadinessTest {

    private static final String UP = "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}";

    @TempDir
    Path dir;

    private HttpServer server;
    private Process process;
    private final AtomicInteger probes = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void answer(int readyFromProbe, String readyBody) {
        server.createContext("/health/ready", exchange -> {
            boolean ready = probes.incrementAndGet() >= readyFromProbe;
            byte[] body = (ready ? readyBody : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Test
    void returnsAtTheFirstReadyAnswerAfterTheNotReadyOnes() throws Exception {
        answer(3, UP);
        process = new ProcessBuilder("sleep", "60").start();

        Readiness.await(process, base(), Duration.ofSeconds(20), dir.resolve("server.log"));

        assertEquals(3, probes.get());
    }

    @Test
    void payaraUpWithoutTheApplicationsCheckIsNotReady() throws Exception {
        answer(1, "{\"status\":\"UP\",\"checks\":[]}");
        process = new ProcessBuilder("sleep", "60").start();
        Path log = dir.resolve("server.log");
        Files.writeString(log, "first line\nDeploying ROOT.war\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Readiness.await(process, base(), Duration.ofSeconds(1), log));

        assertTrue(e.getMessage().contains(" within 1 s (last /health/ready: HTTP 200 {\"status\":\"UP\",\"checks\":[]}). "
                + "Last lines of " + log + ":\nfirst line\nDeploying ROOT.war"), e.getMessage());
    }

    @Test
    void aLauncherThatExitsFailsAtOnceWithItsStatusAndLog() throws Exception {
        answer(1, UP);
        process = new ProcessBuilder("sh", "-c", "exit 3").start();
        process.waitFor();
        Path log = dir.resolve("server.log");
        Files.writeString(log, "[motcua] Port 8080 is already in use\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Readiness.await(process, base(), Duration.ofSeconds(20), log));

        assertTrue(e.getMessage().contains(") exited with status 3 before it was ready at " + base() + ". Last lines of "
                + log + ":\n[motcua] Port 8080 is already in use"), e.getMessage());
        assertEquals(0, probes.get());
    }
}
