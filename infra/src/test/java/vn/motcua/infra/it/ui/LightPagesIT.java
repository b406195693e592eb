package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * Light pages (issue 15): text answers are compressed when the client accepts gzip, and the same bytes otherwise;
 * resources with a version in their URL are cached for a year, others revalidated; our own scripts and style sheets
 * carry a version that is their content's.
 */
class LightPagesIT {

    /** As browsers speak to it: HTTP/1.1 (Java's client would otherwise ask to upgrade to h2c, which browsers never do). */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern OWN_STYLE = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/motcua\\.css\\.xhtml\\?v=[0-9a-f]+)\"");

    private static HttpResponse<byte[]> get(String path, boolean gzip) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SystemUnderTest.get().baseUrl() + path));
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void aPrimeFacesScriptAPageAndJsonAreCompressedWhenTheClientAcceptsGzip() {
        for (String path : new String[] {"/jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=15.0.13",
                "/login.xhtml", "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue&v=15.0.13",
                "/openapi"}) {
            HttpResponse<byte[]> plain = get(path, false);
            HttpResponse<byte[]> zipped = get(path, true);
            assertEquals(200, plain.statusCode(), path);
            assertEquals(200, zipped.statusCode(), path);
            assertEquals("", header(plain, "Content-Encoding"), path + ": not compressed unless asked");
            assertEquals("gzip", header(zipped, "Content-Encoding"), path);
            assertTrue(zipped.body().length * 2 < plain.body().length,
                    path + ": " + zipped.body().length + " bytes compressed, " + plain.body().length + " plain");
            if (!path.equals("/login.xhtml")) { // a page has a fresh view state and nonce each time
                assertArrayEquals(plain.body(), gunzip(zipped.body()), path + ": the same content");
            } else {
                assertTrue(new String(gunzip(zipped.body()), StandardCharsets.UTF_8).contains("loginForm"));
            }
        }
    }

    @Test
    void versionedResourcesAreKeptAYearOthersAreRevalidated() {
        HttpResponse<byte[]> script = get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13", true);
        assertEquals("public, max-age=31536000, immutable", header(script, "Cache-Control"));
        String page = new String(get("/login.xhtml", false).body(), StandardCharsets.UTF_8);
        Matcher own = OWN_STYLE.matcher(page);
        assertTrue(own.find(), "our style sheet's URL carries its content's version: " + page);
        HttpResponse<byte[]> style = get(own.group(1), false);
        assertEquals(200, style.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(style, "Cache-Control"));
        assertTrue(new String(style.body(), StandardCharsets.UTF_8).contains("--"), "the style sheet itself");
        HttpResponse<byte[]> unversioned = get("/jakarta.faces.resource/css/motcua.css.xhtml", false);
        assertEquals("no-cache", header(unversioned, "Cache-Control"), "no version: asked again each time");
        assertEquals("", header(unversioned, "Expires"));
    }
}
