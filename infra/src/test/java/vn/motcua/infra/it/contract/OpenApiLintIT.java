package vn.motcua.infra.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * The OpenAPI document the server serves passes Stoplight Spectral's {@code spectral:oas} ruleset with no error and
 * documents a success response on every operation. Spectral is the project-local npm install made by {@code .ci/run}
 * ({@code npm install --prefix infra/target/spectral @stoplight/spectral-cli@6.16.3}); without it the test fails and
 * says so, unless {@code -Dmotcua.it.spectral=skip} is given on purpose.
 */
class OpenApiLintIT {

    static final String SPECTRAL_VERSION = "6.16.3";

    @Test
    void theServedDocumentPassesSpectral() throws IOException, InterruptedException {
        Http.Response r = Http.toSystemUnderTest().header("Accept", "application/json").get("/openapi");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().startsWith("{\"openapi\""), () -> "JSON OpenAPI document: " + r);
        Path target = SystemUnderTest.get().targetDir();
        Path doc = target.resolve("openapi.json");
        Files.writeString(doc, r.body(), StandardCharsets.UTF_8);

        Path spectral = target.resolve("spectral/node_modules/.bin/spectral");
        if (!Files.isExecutable(spectral)) {
            Assumptions.assumeFalse("skip".equals(System.getProperty("motcua.it.spectral")),
                    "Spectral not installed; skipped on purpose (-Dmotcua.it.spectral=skip)");
            throw new AssertionError("Spectral is not installed at " + spectral + ". Install it with: npm install "
                    + "--prefix infra/target/spectral @stoplight/spectral-cli@" + SPECTRAL_VERSION + " (.ci/run does), "
                    + "or skip this check on purpose with -Dmotcua.it.spectral=skip");
        }
        Path ruleset = target.getParent().resolve("src/test/spectral/.spectral.yaml");
        Path out = target.resolve("openapi-spectral.txt");
        Process p = new ProcessBuilder(List.of(spectral.toString(), "lint", "--ruleset", ruleset.toString(),
                "--fail-severity", "error", "--format", "text", doc.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "spectral finished within two minutes");
        String report = Files.readString(out, StandardCharsets.UTF_8);
        System.out.println("Spectral (spectral:oas) on the served /openapi:\n" + report);
        assertEquals(0, p.exitValue(), () -> "Spectral reports errors on the served document:\n" + report);
        assertFalse(report.contains(" error "), () -> "no error: " + report);
        assertFalse(report.contains("operation-success-response"), () -> "every operation documents a 2xx: " + report);
    }

    /**
     * Every public field of a REST body class is a property of its schema. Payara's scanner documents only the
     * annotated fields of a class when one of them carries {@code @Schema}: a description on one field once hid the
     * others of eight bodies (their descriptions are Javadoc now).
     */
    @Test
    void everyFieldOfABodyIsDocumented() throws Exception {
        Http.Response r = Http.toSystemUnderTest().header("Accept", "application/json").get("/openapi");
        jakarta.json.JsonObject schemas;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            schemas = reader.readObject().getJsonObject("components").getJsonObject("schemas");
        }
        java.net.URL app = Class.forName("vn.motcua.index.interfaces.rest.TenantIndexDtos").getProtectionDomain()
                .getCodeSource().getLocation();
        List<String> names = new java.util.ArrayList<>();
        Path root = Path.of(app.toURI());
        if (Files.isDirectory(root)) {
            try (var files = Files.walk(root)) {
                files.map(f -> root.relativize(f).toString()).forEach(names::add);
            }
        } else {
            try (var jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName).forEach(names::add);
            }
        }
        List<String> hidden = new java.util.ArrayList<>();
        int checked = 0;
        for (String name : names) {
            if (!name.contains("/interfaces/rest/") || !name.endsWith(".class")) {
                continue;
            }
            String binary = name.replace('/', '.').replace(".class", "");
            String simple = binary.substring(Math.max(binary.lastIndexOf('.'), binary.lastIndexOf('$')) + 1);
            if (!schemas.containsKey(simple)) {
                continue;
            }
            Class<?> type = Class.forName(binary, false, getClass().getClassLoader());
            checked++;
            jakarta.json.JsonObject properties = schemas.getJsonObject(type.getSimpleName()).getJsonObject("properties");
            for (java.lang.reflect.Field f : type.getFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
                        || f.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
                    continue;
                }
                if (properties == null || !properties.containsKey(f.getName())) {
                    hidden.add(type.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertTrue(checked > 50, "the bodies were found: " + checked);
        assertEquals(List.of(), hidden, "fields missing from the served schemas");
    }
}
