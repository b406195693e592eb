package vn.motcua.infra.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Minimal HTTP client for the system tests (java.net.http). Immutable: {@link #basic}, {@link #bearer},
 * {@link #header} and {@link #withCookies} return new instances.
 *
 * <pre>{@code
 * Http http = Http.to(SystemUnderTest.get().baseUrl());
 * Http.Response r = http.basic("gia-lai.clerk", "demo").get("/api/...");
 * assertEquals(200, r.status());
 * }</pre>
 * Redirects are not followed (tests see the 302/303). Bodies are read and sent as UTF-8 strings.
 */
public final class Http {

    /** Status, headers (case-insensitive lookup) and body of a response. */
    public record Response(int status, HttpHeaders headers, String body) {

        /** First value of the header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** All values of the header. */
        public List<String> headers(String name) {
            return headers.allValues(name);
        }

        public Optional<String> contentType() {
            return headers.firstValue("Content-Type");
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient client;
    private final Map<String, String> headers;

    private Http(String baseUrl, HttpClient client, Map<String, String> headers) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.client = client;
        this.headers = Map.copyOf(headers);
    }

    /** Anonymous client for {@code baseUrl} (e.g. {@code http://localhost:12345}), without cookies. */
    public static Http to(String baseUrl) {
        return new Http(baseUrl, newClient(null), Map.of());
    }

    /** Anonymous client for the shared system under test. */
    public static Http toSystemUnderTest() {
        return to(SystemUnderTest.get().baseUrl());
    }

    /** Same settings, but with its own cookie jar (session cookies are kept between requests). */
    public Http withCookies() {
        return new Http(baseUrl, newClient(new CookieManager()), headers);
    }

    /** Adds {@code Authorization: Basic ...}. */
    public Http basic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return header("Authorization", "Basic " + token);
    }

    /** Adds {@code Authorization: Bearer <token>}. */
    public Http bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** Adds (or replaces) a request header sent with every request. */
    public Http header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Http(baseUrl, client, h);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** POST with {@code Content-Type: application/json}. */
    public Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Response post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    /** POST {@code application/x-www-form-urlencoded} (values are URL-encoded here). */
    public Response postForm(String path, Map<String, String> form) {
        StringBuilder sb = new StringBuilder();
        form.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return send("POST", path, "application/x-www-form-urlencoded", sb.toString());
    }

    /** PUT with {@code Content-Type: application/json}. */
    public Response put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Response put(String path, String contentType, String body) {
        return send("PUT", path, contentType, body);
    }

    /** Any method; {@code body} may be null. {@code path} is relative to the base URL, or an absolute URL. */
    public Response send(String method, String path, String contentType, String body) {
        URI uri = URI.create(path.startsWith("http://") || path.startsWith("https://") ? path
                : baseUrl + (path.startsWith("/") ? path : "/" + path));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (!headers.containsKey("Accept")) {
            b.header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " interrupted", e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The value of a header this client sends with every request, or null. */
    public String headerValue(String name) {
        return headers.get(name);
    }

    private static HttpClient newClient(CookieManager cookies) {
        // HTTP/1.1 as browsers and integrators speak to us over plain HTTP: the JDK client's default h2c upgrade left
        // a connection answering 431 to every request after the server refused one over-long URL.
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        return b.build();
    }
}
