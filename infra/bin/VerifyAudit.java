import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies the hash-chained event log of every dossier of a province, batch by batch, with progress.
 *
 * <pre>
 *   MOTCUA_PASSWORD=… java infra/bin/VerifyAudit.java http://localhost:8080 gia-lai.admin
 * </pre>
 * Exit code 0: every chain intact; 1: some broken (listed); 2: could not check. Needs only a JDK (no build).
 */
public class VerifyAudit {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MOTCUA_PASSWORD=… java infra/bin/VerifyAudit.java <base-url> <user> [batch-size]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        String password = System.getenv().getOrDefault("MOTCUA_PASSWORD", "demo");
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        long afterId = 0;
        long checked = 0;
        int broken = 0;
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers/audit?afterId="
                    + afterId + "&limit=" + batch)).header("Authorization", auth).header("Accept-Language", "vi").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                System.err.println("\nHTTP " + r.statusCode() + ": " + r.body());
                System.exit(2);
            }
            String body = r.body();
            checked += number(body, "checked");
            afterId = number(body, "lastId");
            Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"problems\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(body);
            while (m.find()) {
                broken++;
                System.out.println("\nBROKEN " + m.group(1) + ": " + m.group(2));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("\rchecked %,d dossiers (%,.0f/s), broken %d", checked, checked / Math.max(seconds, 1e-3), broken);
            if (!body.matches("(?s).*\"more\"\\s*:\\s*true.*")) {
                break;
            }
        }
        System.out.println();
        System.out.println(broken == 0 ? "All event chains intact." : broken + " dossier(s) with a broken event chain.");
        System.exit(broken == 0 ? 0 : 1);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
