package vn.motcua.infra.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.api.Api.array;
import static vn.motcua.infra.it.api.Api.as;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * Request bodies larger than their operation accepts are refused with 413 before they are read: with a
 * Content-Length above the limit the answer comes without the body being sent at all; a chunked body is cut off as
 * soon as it passes the limit. Plain sockets, so that the test controls what is sent and when.
 */
class BodyLimitApiIT {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final String CLAIMED_JSON = "{\"code\":\"G01-260101-0001\",\"secret\":\"";

    private record Answer(int status, Map<String, String> headers, String body) {

        JsonObject problem() {
            assertTrue(headers.getOrDefault("content-type", "").startsWith("application/problem+json"), this::toString);
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    @Test
    void theUnauthenticatedLookupRefusesA50MegabyteBodyWithoutReadingIt() throws IOException {
        long start = System.nanoTime();
        Answer a = declaredButNotSent("/api/public/dossiers/lookup", null, FIFTY_MB);
        assertEquals(413, a.status(), a::toString);
        assertEquals("Nội dung yêu cầu quá lớn: tối đa 16 KB cho thao tác này.", a.problem().getString("detail"));
        assertEquals(413, a.problem().getInt("status"));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "answered at once");
    }

    @Test
    void aJsonOperationRefusesA50MegabyteBodyWithoutReadingItAndWritesNothing() throws IOException {
        int before = array(as("quang-ngai.admin").get("/api/api-tokens")).size();
        Answer a = declaredButNotSent("/api/api-tokens", "quang-ngai.admin", FIFTY_MB);
        assertEquals(413, a.status(), a::toString);
        assertEquals("Nội dung yêu cầu quá lớn: tối đa 1 MB cho thao tác này.", a.problem().getString("detail"));
        assertEquals(before, array(as("quang-ngai.admin").get("/api/api-tokens")).size());
    }

    @Test
    void aChunkedBodyIsCutOffOnceItPassesTheLimit() throws IOException {
        Answer pub = chunked("/api/public/dossiers/lookup", null, FIFTY_MB);
        assertEquals(413, pub.status(), pub::toString);
        assertEquals("Nội dung yêu cầu quá lớn: tối đa 16 KB cho thao tác này.", pub.problem().getString("detail"));

        int before = array(as("quang-ngai.admin").get("/api/api-tokens")).size();
        Answer json = chunked("/api/api-tokens", "quang-ngai.admin", FIFTY_MB);
        assertEquals(413, json.status(), json::toString);
        assertEquals("Nội dung yêu cầu quá lớn: tối đa 1 MB cho thao tác này.", json.problem().getString("detail"));
        assertEquals(before, array(as("quang-ngai.admin").get("/api/api-tokens")).size());
    }

    @Test
    void theLimitIsToldInEnglishOnRequest() throws IOException {
        Answer a = send("/api/public/dossiers/lookup", null, Map.of("Content-Length", Long.toString(FIFTY_MB),
                "Accept-Language", "en"), null);
        assertEquals(413, a.status(), a::toString);
        assertEquals("The request body is too large: at most 16 KB for this operation.", a.problem().getString("detail"));
    }

    @Test
    void noPageReadsABodyLargerThanTheLargestUpload() throws IOException {
        // 257 MiB (the dossier history upload) is the most the server reads at all, for the web pages too
        Answer a = declaredButNotSent("/dossiers/import.xhtml", "quang-ngai.admin", 269_484_033L);
        assertEquals(413, a.status(), a::toString);
    }

    @Test
    void bodiesWithinTheLimitAreServedAsBefore() {
        // a wrong code and secret in 15 KB (JSON whitespace: a secret is at most 100 characters): 404 as ever, the
        // body was read
        assertEquals(404, vn.motcua.infra.it.Http.toSystemUnderTest().post("/api/public/dossiers/lookup",
                "{" + " ".repeat(15_000) + "\"code\":\"G01-260101-0001\",\"secret\":\"AAAAAAAA\"}").status());
        // just under 1 MB of JSON reaches the operation, which reads it and names what is wrong
        assertEquals(400, as("quang-ngai.admin").post("/api/api-tokens",
                "{\"name\":\"" + "x".repeat(1_000_000) + "\",\"roles\":[]}").status());
    }

    /** Headers announcing {@code length} bytes of JSON, the first few of them, and then only waiting for the answer. */
    private static Answer declaredButNotSent(String path, String user, long length) throws IOException {
        return send(path, user, Map.of("Content-Length", Long.toString(length)),
                out -> out.write(CLAIMED_JSON.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A chunked body of up to {@code length} bytes, written by another thread while the answer is awaited. */
    private static Answer chunked(String path, String user, long length) throws IOException {
        return send(path, user, Map.of("Transfer-Encoding", "chunked"), out -> {
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'A');
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    byte[] first = CLAIMED_JSON.getBytes(StandardCharsets.US_ASCII);
                    out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(first);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (long sent = first.length; sent < length; sent += chunk.length) {
                        out.write(head);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading and closed the connection: expected
                }
            }, "chunked-body-writer");
            writer.setDaemon(true);
            writer.start();
        });
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Answer send(String path, String user, Map<String, String> extra, Body body) throws IOException {
        URI base = URI.create(SystemUnderTest.get().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder h = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n");
            if (user != null) {
                h.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
            extra.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            out.write(h.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (body != null) {
                body.write(out);
                out.flush();
            }
            return read(socket.getInputStream());
        }
    }

    /** One HTTP/1.1 response: status line, headers, body by Content-Length or chunked. */
    private static Answer read(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int n = Integer.parseInt(line(in).strip(), 16); n > 0; n = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
