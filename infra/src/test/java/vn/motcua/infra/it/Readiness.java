package vn.motcua.infra.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The one wait for a launcher the tests started themselves ({@link SystemUnderTest}, {@link OwnLauncher}, a second
 * launcher in production mode): polls {@code GET /health/ready} until it answers 200 and lists the application's
 * {@code database} check, i.e. the WAR is deployed and reaches its database, not only Payara listening.
 * Fails fast when the process exits first, and names the last answer and the end of the launcher's log either way.
 */
public final class Readiness {

    public static final String PATH = "/health/ready";
    /** Lines of the launcher's log a failure shows: enough for a stack trace, not the whole start-up. */
    static final int LOG_LINES = 60;
    private static final Duration POLL = Duration.ofMillis(500);

    // Short timeouts of its own: a port that accepts and never answers must not eat the start timeout in one probe.
    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() { }

    /**
     * Returns once {@code process} answers ready at {@code baseUrl} (e.g. {@code http://localhost:12345}).
     *
     * @throws IllegalStateException if the process exits, {@code timeout} passes or the thread is interrupted first;
     *                               the process is left as it is (the caller stops it)
     */
    public static void await(Process process, String baseUrl, Duration timeout, Path log) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(5)).GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The launcher (pid " + process.pid() + ") exited with status "
                        + process.exitValue() + " before it was ready at " + baseUrl + ". " + tail(log));
            }
            try {
                HttpResponse<String> r = PROBE.send(ready, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200 && r.body().contains("database")) {
                    return;
                }
                last = "HTTP " + r.statusCode() + " " + r.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the launcher at " + baseUrl, e);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the launcher at " + baseUrl, e);
            }
        }
        throw new IllegalStateException("The launcher (pid " + process.pid() + ") was not ready at " + baseUrl
                + " within " + timeout.toSeconds() + " s (last " + PATH + ": " + last + "). " + tail(log));
    }

    /** The last {@link #LOG_LINES} lines of {@code log}, introduced by its path. */
    static String tail(Path log) {
        return "Last lines of " + log + ":\n" + lastLines(log, LOG_LINES);
    }

    /** The last {@code lines} lines of {@code log}, or why it cannot be read. */
    static String lastLines(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e + ")";
        }
    }
}
