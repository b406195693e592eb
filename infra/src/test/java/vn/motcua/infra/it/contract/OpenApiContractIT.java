package vn.motcua.infra.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.SystemUnderTest;
import vn.motcua.infra.it.catalog.CatalogApi;
import vn.motcua.infra.it.dossiers.DossierApi;

/**
 * The suite generated from the server's own {@code /openapi}: every operation in it, also one added later, is called
 * <ul>
 *   <li><b>roles</b>: as every kind of caller (the demo accounts of Gia Lai, the platform administrator, the central
 *       viewer, Gia Lai API tokens, anonymous); {@link RoleTable} says who may call it, everyone else must get 403
 *       (anonymous 401);</li>
 *   <li><b>cross-province</b>: as every caller of province A (Gia Lai) with identifiers, codes and secrets really
 *       created in province B (Hà Tĩnh) in the path, the query and the body: no name, code or secret of B may come
 *       back, an object of B addressed by path must not be reached, and B's rows are unchanged afterwards;</li>
 *   <li><b>bad input</b>: for every parameter and every body field, generated bad values (wrong type, NUL, lone
 *       surrogate, NFD, overlong, -1, 0, huge, fractional) plus malformed JSON and an oversize body: a 4xx
 *       problem+json that names the field, never a 500, and nothing written (a fingerprint of every table before and
 *       after, as the database superuser);</li>
 *   <li><b>documented responses</b>: every answer above has a status the document lists for the operation.</li>
 * </ul>
 * The counts per category and every failure are printed at the end; any leak, 500, write despite an error or
 * undocumented status fails the suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractIT {

    static final String MARK = "HTBIMAT";
    static final String YEAR = "2031";
    static final String NO_SUCH_ID = "999999999";
    static final int OVERSIZE_MB = Integer.getInteger("motcua.it.oversizeMb", 8);
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Rows these tables get on refused requests by design (the security log, failed public lookups). */
    static final Set<String> LOGS = Set.of("platform.security_audit", "platform.public_lookup_failure",
            "platform.flyway_schema_history");

    record Param(String name, String in, JsonObject schema) { }

    record Op(String id, String method, String path, List<Param> params, JsonObject jsonBody, Set<String> bodyTypes,
              Set<String> documented) {
        boolean write() {
            return !method.equals("GET");
        }
    }

    record Caller(String label, Set<String> roles, Http http) { }

    /** What one category tried and what went wrong. */
    static final class Tally {
        final Map<String, int[]> counts = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        void attempt(String category) {
            counts.computeIfAbsent(category, k -> new int[2])[0]++;
        }

        void fail(String category, String op, String input, Http.Response r, String why) {
            counts.computeIfAbsent(category, k -> new int[2])[1]++;
            String snippet = r == null ? "" : printable(r.body()).replaceAll("\\s+", " ");
            snippet = snippet.length() > 160 ? snippet.substring(0, 160) + "…" : snippet;
            failures.add(String.format("[%s] %s | %s | %s | %s | %s", category, op, input,
                    r == null ? "-" : Integer.toString(r.status()), why, snippet));
        }

        long failed(String category) {
            return failures.stream().filter(f -> f.startsWith("[" + category + "]")).count();
        }
    }

    static final Tally TALLY = new Tally();
    static JsonObject doc;
    static final List<Op> OPS = new ArrayList<>();
    static final List<Caller> CALLERS = new ArrayList<>();
    /** Province A's callers (Gia Lai accounts and tokens). */
    static final List<Caller> A_CALLERS = new ArrayList<>();
    /** Province B's real identifiers by name (see {@link #bPath}). */
    static final Map<String, String> B = new LinkedHashMap<>();
    /** Valid identifiers of province A for the bad-input calls. */
    static final Map<String, String> A = new LinkedHashMap<>();
    /** Names, codes and secrets of B that A must never see (unless A itself sent them). */
    static final Set<String> B_SECRETS = new LinkedHashSet<>();

    static java.sql.Timestamp started;

    @BeforeAll
    static void readTheDocumentAndCreateProvinceBsData() throws SQLException {
        try (Connection c = superuser(); ResultSet rs = c.createStatement().executeQuery("SELECT now()")) {
            rs.next();
            started = rs.getTimestamp(1);
        }
        Http.Response r = Http.toSystemUnderTest().header("Accept", "application/json").get("/openapi");
        assertEquals(200, r.status(), r::toString);
        doc = (JsonObject) Rest.parse(r);
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, o) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject op = o.asJsonObject();
            List<Param> params = new ArrayList<>();
            for (JsonValue p : op.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY : op.getJsonArray("parameters")) {
                JsonObject po = resolve(p.asJsonObject());
                params.add(new Param(po.getString("name"), po.getString("in"), resolve(po.getJsonObject("schema"))));
            }
            JsonObject json = null;
            Set<String> types = new TreeSet<>();
            if (op.containsKey("requestBody")) {
                JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                types.addAll(content.keySet());
                if (content.containsKey("application/json")) {
                    json = resolve(content.getJsonObject("application/json").getJsonObject("schema"));
                }
            }
            OPS.add(new Op(op.getString("operationId"), method.toUpperCase(Locale.ROOT), path, params, json, types,
                    new TreeSet<>(op.getJsonObject("responses").keySet())));
        }));

        Http sut = Http.toSystemUnderTest();
        String n = Long.toString(System.nanoTime(), 36);
        // Province B (Hà Tĩnh): one of each thing, with names no other province has
        Http bAdmin = Rest.as("ha-tinh.admin");
        Http bClerk = Rest.as("ha-tinh.clerk");
        JsonObject unit = created(bAdmin.post("/api/units", "{\"name\":\"" + MARK + " Ban thử " + n
                + "\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"validFrom\":\"2026-01-01\"}"));
        B.put("unitId", num(unit, "id"));
        B.put("unitVersion", num(unit, "version"));
        B_SECRETS.add(unit.getString("name"));
        String procCode = CatalogApi.uniqueCode();
        JsonObject proc = created(bAdmin.post("/api/procedures",
                CatalogApi.body(procCode, MARK + " Thủ tục riêng " + n, 5, "")));
        B.put("procedureCode", procCode);
        B.put("versionId", num(proc, "versionId"));
        B_SECRETS.add(proc.getString("name"));
        String desk = desk("ha-tinh.clerk");
        String bProcedure = DossierApi.firstProcedure("ha-tinh.clerk");
        JsonObject dossier = created(bClerk.post("/api/dossiers", DossierApi.receiptJson(bProcedure, MARK + " Nguyễn Văn Bê " + n, desk)));
        B.put("dossierCode", dossier.getString("code"));
        B.put("dossierVersion", num(dossier, "version"));
        B.put("secret", dossier.getString("lookupSecret"));
        B.put("unitCode", desk);
        B_SECRETS.add(dossier.getString("code"));
        B_SECRETS.add(dossier.getString("lookupSecret"));
        B_SECRETS.add(MARK + " Nguyễn Văn Bê " + n);
        JsonObject token = created(bAdmin.post("/api/api-tokens", "{\"name\":\"" + MARK + " token " + n + "\",\"roles\":[\"CLERK\"]}"));
        B.put("tokenId", num(token.getJsonObject("token"), "id"));
        B_SECRETS.add(token.getString("secret"));
        B_SECRETS.add(MARK + " token " + n);
        String username = "ha-tinh." + MARK.toLowerCase(Locale.ROOT) + n;
        JsonObject user = created(bAdmin.post("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + MARK
                + " Người dùng " + n + "\",\"password\":\"mat-khau-rat-dai\",\"roles\":[\"CLERK\"]}"));
        B.put("userId", num(user, "id"));
        B.put("userVersion", num(user, "version"));
        B.put("username", username);
        B_SECRETS.add(username);
        JsonObject targets = Rest.object(bAdmin.get("/api/targets/" + YEAR));
        Http.Response put = bAdmin.put("/api/targets/" + YEAR, "{\"version\":" + num(targets, "version")
                + ",\"targets\":[{\"metric\":\"ON_TIME_RATE\",\"targetValue\":97.5,\"direction\":\"AT_LEAST\","
                + "\"deadline\":\"2031-12-31\",\"sourceNote\":\"" + MARK + " chỉ tiêu " + n + "\"}]}");
        assertEquals(200, put.status(), put::toString);
        B.put("targetVersion", num(Rest.object(put), "version"));
        B_SECRETS.add(MARK + " chỉ tiêu " + n);
        Http.Response days = bAdmin.put("/api/calendar/" + YEAR + "/overrides", "[{\"date\":\"2031-03-05\",\"kind\":"
                + "\"LOCAL_DAY_OFF\",\"nameVi\":\"" + MARK + " Ngày nghỉ " + n + "\",\"nameEn\":\"" + MARK + " day off\"}]");
        assertEquals(200, days.status(), days::toString);
        B_SECRETS.add(MARK + " Ngày nghỉ " + n);
        JsonObject scenario = created(bAdmin.post("/api/index/scenarios", scenario(MARK + " Kịch bản " + n)))
                .getJsonObject("scenario");
        B.put("scenarioId", num(scenario, "id"));
        B.put("scenarioVersion", num(scenario, "version"));
        B_SECRETS.add(MARK + " Kịch bản " + n);
        B.put("slug", "ha-tinh");

        // Province A (Gia Lai): its callers, and valid things of its own for the bad-input calls
        Http aAdmin = Rest.as("gia-lai.admin");
        for (String u : List.of("gia-lai.admin", "gia-lai.leader", "gia-lai.clerk", "gia-lai.officer")) {
            A_CALLERS.add(caller(u, Rest.as(u)));
        }
        for (String roles : List.of("[\"UNIT_LEADER\"]", "[\"PROVINCE_ADMIN\",\"PROVINCE_LEADER\",\"UNIT_LEADER\","
                + "\"CLERK\",\"OFFICER\"]")) {
            JsonObject t = created(aAdmin.post("/api/api-tokens", "{\"name\":\"contract " + roles.replace("\"", "")
                    + " " + n + "\",\"roles\":" + roles + "}"));
            A_CALLERS.add(caller("gia-lai token " + roles.replace("\"", ""), sut.bearer(t.getString("secret"))));
        }
        CALLERS.addAll(A_CALLERS);
        CALLERS.add(caller("admin", Rest.as("admin")));
        CALLERS.add(caller("central", Rest.as("central")));
        CALLERS.add(new Caller("anonymous", Set.of(), sut));

        JsonObject aUnit = created(aAdmin.post("/api/units", "{\"name\":\"Ban hợp đồng API " + n
                + "\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\",\"validFrom\":\"2026-01-01\"}"));
        A.put("unitId", num(aUnit, "id"));
        A.put("unitVersion", num(aUnit, "version"));
        String aCode = CatalogApi.uniqueCode();
        JsonObject aProc = created(aAdmin.post("/api/procedures", CatalogApi.body(aCode, "Thủ tục hợp đồng " + n, 5, "")));
        A.put("procedureCode", aCode);
        A.put("versionId", num(aProc, "versionId"));
        String aDesk = desk("gia-lai.clerk");
        JsonObject aDossier = created(Rest.as("gia-lai.clerk").post("/api/dossiers",
                DossierApi.receiptJson(DossierApi.firstProcedure("gia-lai.clerk"), "Người nộp hợp đồng " + n, aDesk)));
        A.put("dossierCode", aDossier.getString("code"));
        A.put("dossierVersion", num(aDossier, "version"));
        A.put("secret", aDossier.getString("lookupSecret"));
        A.put("unitCode", aDesk);
        JsonObject aToken = created(aAdmin.post("/api/api-tokens", "{\"name\":\"contract spare " + n + "\",\"roles\":[\"CLERK\"]}"));
        A.put("tokenId", num(aToken.getJsonObject("token"), "id"));
        JsonObject aUser = created(aAdmin.post("/api/users", "{\"username\":\"gia-lai.contract" + n + "\",\"displayName\":"
                + "\"Người dùng hợp đồng\",\"password\":\"mat-khau-rat-dai\",\"roles\":[\"CLERK\"]}"));
        A.put("userId", num(aUser, "id"));
        A.put("userVersion", num(aUser, "version"));
        A.put("targetVersion", num(Rest.object(aAdmin.get("/api/targets/" + YEAR)), "version"));
        A.put("scenarioId", num(created(aAdmin.post("/api/index/scenarios", scenario("Kịch bản hợp đồng " + n)))
                .getJsonObject("scenario"), "id"));
        A.put("slug", "gia-lai");
    }

    @Test
    @Order(1)
    void everyOperationHasALineInTheRoleTableAndEveryLineAnOperation() {
        Set<String> inDocument = new TreeSet<>();
        OPS.forEach(o -> inDocument.add(o.id()));
        Set<String> missing = new TreeSet<>(inDocument);
        missing.removeAll(RoleTable.EXPECTED.keySet());
        Set<String> stale = new TreeSet<>(RoleTable.EXPECTED.keySet());
        stale.removeAll(inDocument);
        assertTrue(missing.isEmpty(), () -> "operations of /openapi without a line in RoleTable: " + missing);
        assertTrue(stale.isEmpty(), () -> "RoleTable lines without an operation in /openapi: " + stale);
        for (Op op : OPS) {
            for (Param p : op.params()) {
                if (p.in().equals("path")) {
                    assertTrue(bPath(op, p.name()) != null, () -> "no value of province B for path parameter "
                            + p.name() + " of " + op.id() + " " + op.path() + ": add it to bPath");
                }
            }
        }
    }

    @Test
    @Order(2)
    void rolesOutsideTheTableGet403() {
        for (Op op : OPS) {
            for (Caller c : CALLERS) {
                boolean allowed = RoleTable.allows(op.id(), c.roles());
                // Harmless values: nothing of that id exists, an empty object body, preview where offered
                String path = fill(op, name -> switch (name) {
                    case "year" -> YEAR;
                    case "slug", "province" -> "khong-ton-tai";
                    case "form" -> "RECEIPT";
                    case "code" -> "KHONG-TON-TAI";
                    default -> NO_SUCH_ID;
                }, name -> name.equals("preview") ? "true" : null);
                String type = op.bodyTypes().isEmpty() ? null
                        : op.bodyTypes().contains("application/json") ? "application/json" : op.bodyTypes().iterator().next();
                Http.Response r = send(c.http(), op, path, type, type == null ? null : "{}");
                String input = "as " + c.label() + " " + op.method() + " " + path;
                TALLY.attempt("roles");
                documented(op, input, r);
                if (r.status() >= 500) {
                    TALLY.fail("roles", op.id(), input, r, "500");
                } else if (allowed && (r.status() == 401 || r.status() == 403)) {
                    TALLY.fail("roles", op.id(), input, r, "allowed by RoleTable but refused");
                } else if (!allowed && r.status() != (c.roles().isEmpty() ? 401 : 403)) {
                    TALLY.fail("roles", op.id(), input, r, "expected " + (c.roles().isEmpty() ? 401 : 403));
                }
            }
        }
        assertEquals(0, TALLY.failed("roles"), "role failures, see the report");
    }

    @Test
    @Order(3)
    void provinceANeverSeesNorChangesProvinceB() throws SQLException {
        String before = bState();
        Map<String, String> fingerprint = fingerprint("ha-tinh");
        for (Op op : OPS) {
            for (Caller c : A_CALLERS) {
                String path = fill(op, name -> bPath(op, name), name -> bQuery(name));
                String body = op.bodyTypes().isEmpty() ? null : bBody(op);
                String type = op.bodyTypes().isEmpty() ? null
                        : op.bodyTypes().contains("application/json") ? "application/json" : op.bodyTypes().iterator().next();
                if (type != null && !type.equals("application/json")) {
                    body = csvWithBIds();
                }
                Http.Response r = send(c.http(), op, path, type, body);
                String input = "as " + c.label() + " " + op.method() + " " + path + (body == null ? "" : " " + clip(body));
                TALLY.attempt("cross-province");
                documented(op, input, r);
                String sent = path + " " + body;
                for (String secret : B_SECRETS) {
                    if (!sent.contains(secret) && r.body().contains(secret)) {
                        TALLY.fail("cross-province", op.id(), input, r, "LEAK: answer contains B's '" + secret + "'");
                    }
                }
                if (r.body().contains(MARK) && !sent.contains(MARK)) {
                    TALLY.fail("cross-province", op.id(), input, r, "LEAK: answer contains B's marker " + MARK);
                }
                if (r.status() >= 500) {
                    TALLY.fail("cross-province", op.id(), input, r, "500");
                }
                boolean addressesB = op.params().stream().anyMatch(p -> p.in().equals("path")
                        && Set.of("id", "versionId", "code").contains(p.name()));
                if (addressesB && r.status() < 300 && !op.path().contains("/tenants/")) {
                    TALLY.fail("cross-province", op.id(), input, r, "reached B's object by its identifier");
                }
            }
        }
        TALLY.attempt("cross-province");
        String after = bState();
        if (!before.equals(after)) {
            TALLY.fail("cross-province", "(B's data)", "B's reads before/after", null, "B CHANGED: " + diff(before, after));
        }
        Map<String, String> fingerprintAfter = fingerprint("ha-tinh");
        if (!fingerprint.equals(fingerprintAfter)) {
            TALLY.fail("cross-province", "(B's rows)", "fingerprint of B's rows", null,
                    "B's rows CHANGED: " + changed(fingerprint, fingerprintAfter));
        }
        assertEquals(0, TALLY.failed("cross-province"), "cross-province failures, see the report");
    }

    @Test
    @Order(4)
    void badInputIsRefusedNamingTheFieldNever500AndWritesNothing() throws SQLException {
        for (Op op : OPS) {
            Caller c = badInputCaller(op);
            if (c == null) {
                continue;
            }
            for (Param p : op.params()) {
                if (p.in().equals("header")) {
                    continue;
                }
                for (Bad bad : badValues(p.schema())) {
                    if (bad.url() == null) {
                        continue; // a value only JSON can carry
                    }
                    String path = fill(op, name -> name.equals(p.name()) && p.in().equals("path") ? bad.url()
                                    : aPath(op, name),
                            name -> name.equals(p.name()) && p.in().equals("query") ? bad.url() : aQuery(name));
                    String body = op.jsonBody() == null ? (op.bodyTypes().isEmpty() ? null : "[]") : validBody(op).toString();
                    attemptBad(op, c, p.name(), bad, path, op.bodyTypes().isEmpty() ? null
                            : op.jsonBody() == null ? op.bodyTypes().iterator().next() : "application/json", body);
                }
            }
            if (op.jsonBody() != null) {
                String path = fill(op, name -> aPath(op, name), OpenApiContractIT::aQuery);
                JsonObject schema = op.jsonBody();
                if ("object".equals(schema.getString("type", "")) && schema.containsKey("properties")) {
                    for (Map.Entry<String, JsonValue> f : schema.getJsonObject("properties").entrySet()) {
                        for (Bad bad : badValues(resolve(f.getValue().asJsonObject()))) {
                            JsonObject base = validBody(op).asJsonObject();
                            String body = Json.createObjectBuilder(base).add(f.getKey(), bad.json()).build().toString();
                            attemptBad(op, c, f.getKey(), bad, path, "application/json", body);
                        }
                    }
                }
                attemptBad(op, c, null, new Bad("malformed JSON", null, null, true), path, "application/json",
                        "{\"a\": [1, \"b\"");
            }
            if (!op.bodyTypes().isEmpty()) {
                String path = fill(op, name -> aPath(op, name), OpenApiContractIT::aQuery);
                String type = op.bodyTypes().contains("application/json") ? "application/json" : op.bodyTypes().iterator().next();
                attemptOversize(op, c, path, type);
            }
        }
        assertEquals(0, TALLY.failed("bad input"), "bad-input failures, see the report");
        // Every test above checks each answer's status against the document; this, the last, fails on any of them
        assertEquals(0, TALLY.failed("documented responses"), "undocumented statuses, see the report");
    }

    @AfterAll
    static void report() throws SQLException {
        // The suite's wrong public lookups must not throttle this address for the system tests that follow
        try (Connection c = superuser();
             var ps = c.prepareStatement("DELETE FROM platform.public_lookup_failure WHERE occurred_at >= ?")) {
            ps.setTimestamp(1, started);
            ps.executeUpdate();
        }
        StringBuilder sb = new StringBuilder("\n===== OpenAPI contract suite: " + OPS.size() + " operations =====\n");
        TALLY.counts.forEach((k, v) -> sb.append(String.format("  %-22s %6d attempts %5d failed%n", k, v[0], v[1])));
        if (!TALLY.failures.isEmpty()) {
            sb.append("Failures (category | operation | input | status | why | answer):\n");
            TALLY.failures.forEach(f -> sb.append("  ").append(f).append('\n'));
        }
        System.out.println(sb);
        try {
            java.nio.file.Files.writeString(SystemUnderTest.get().targetDir().resolve("openapi-contract-report.txt"), sb);
        } catch (java.io.IOException e) {
            // the console has it
        }
    }

    // ----- bad input -----

    /** A bad value: as it goes into a URL (already encoded) and into JSON; {@code neverValid}: 2xx is wrong. */
    record Bad(String label, String url, JsonValue json, boolean neverValid) { }

    static List<Bad> badValues(JsonObject schema) {
        String type = schema.getString("type", schema.containsKey("$ref") ? "object" : "string");
        List<Bad> out = new ArrayList<>();
        String overlong = "x".repeat(100_000);
        Integer maxLength = schema.containsKey("maxLength") ? schema.getInt("maxLength") : null;
        switch (type) {
            case "integer", "number" -> {
                boolean integer = type.equals("integer");
                out.add(new Bad("wrong type", "abc", Json.createValue("abc"), true));
                out.add(new Bad("-1", "-1", Json.createValue(-1), below(schema, -1)));
                out.add(new Bad("0", "0", Json.createValue(0), below(schema, 0)));
                out.add(new Bad("1e20", "100000000000000000000", Json.createValue(new java.math.BigDecimal("1e20")),
                        integer || above(schema, 1e20)));
                out.add(new Bad("1.5", "1.5", Json.createValue(1.5), integer));
                out.add(new Bad("NUL", "1%00", Json.createValue("1\u0000"), true));
            }
            case "boolean" -> {
                out.add(new Bad("wrong type", "maybe", Json.createValue("maybe"), true));
                out.add(new Bad("NUL", "true%00", Json.createValue(1), true));
            }
            case "array" -> {
                out.add(new Bad("wrong type", null, Json.createValue("not a list"), true));
                out.add(new Bad("NUL", null, Json.createArrayBuilder().add("\u0000").build(), true));
            }
            case "object" -> out.add(new Bad("wrong type", null, Json.createValue(42), true));
            default -> {
                out.add(new Bad("wrong type", null, Json.createValue(42), false));
                out.add(new Bad("NUL", "a%00b", Json.createValue("a\u0000b"), true));
                out.add(new Bad("lone surrogate", "a%ED%A0%80b", Json.createValue("a\ud800b"), true));
                out.add(new Bad("NFD", URLEncoder.encode("Ha\u0300 Ti\u0303nh", StandardCharsets.UTF_8),
                        Json.createValue("Ha\u0300 Ti\u0303nh"), false));
                out.add(new Bad("overlong", "x".repeat(5_000), Json.createValue(overlong),
                        maxLength != null && maxLength < 5_000));
            }
        }
        return out;
    }

    static boolean below(JsonObject schema, double v) {
        return schema.containsKey("minimum") && v < schema.getJsonNumber("minimum").doubleValue();
    }

    static boolean above(JsonObject schema, double v) {
        return schema.containsKey("maximum") && v > schema.getJsonNumber("maximum").doubleValue();
    }

    static void attemptBad(Op op, Caller c, String field, Bad bad, String path, String type, String body) throws SQLException {
        Map<String, String> before = op.write() ? fingerprint(null) : null;
        Http.Response r = send(c.http(), op, path, type, body);
        String input = (field == null ? "" : field + "=") + bad.label() + " " + op.method() + " " + clip(path)
                + (body == null ? "" : " " + clip(body));
        TALLY.attempt("bad input");
        documented(op, input, r);
        int s = r.status();
        if (s >= 500) {
            TALLY.fail("bad input", op.id(), input, r, "500");
        } else if (s < 300) {
            if (bad.neverValid()) {
                TALLY.fail("bad input", op.id(), input, r, "accepted (" + s + ") a value that is never valid");
            }
        } else {
            if (s == 400 && r.body().isEmpty() && inPath(op, field) && (bad.label().equals("NUL")
                    || bad.label().equals("lone surrogate"))) {
                // The HTTP server (Grizzly) refuses a path that decodes to NUL or to bytes that are no UTF-8 before
                // any application code runs, with a bare 400: counted apart, so that the report shows how many.
                TALLY.attempt("bad path refused by the HTTP server");
            } else if (!r.contentType().orElse("").startsWith("application/problem+json")) {
                TALLY.fail("bad input", op.id(), input, r, "not problem+json");
            } else if (bad.neverValid() && s != 400) {
                TALLY.fail("bad input", op.id(), input, r, "expected 400 naming " + (field == null ? "the body" : "'" + field + "'"));
            } else if (field != null && bad.neverValid() && s == 400 && !namesField(r, field)) {
                // A value that may be valid (0, NFD text, a long text where no maxLength is documented) can meet a 400
                // about another field of the generated body; a value that is never valid must be the one named.
                TALLY.fail("bad input", op.id(), input, r, "the problem does not name '" + field + "'");
            }
        }
        if (before != null) {
            Map<String, String> after = fingerprint(null);
            if (s >= 300 && !before.equals(after)) {
                TALLY.fail("bad input", op.id(), input, r, "WRITE DESPITE ERROR: " + changed(before, after));
            }
        }
    }

    static boolean inPath(Op op, String field) {
        return field != null && op.params().stream().anyMatch(p -> p.in().equals("path") && p.name().equals(field));
    }

    static boolean namesField(Http.Response r, String field) {
        String f = field.toLowerCase(Locale.ROOT);
        try {
            JsonObject p = Rest.object(r);
            if (p.getString("detail", "").toLowerCase(Locale.ROOT).contains(f)) {
                return true;
            }
            for (JsonValue e : p.containsKey("errors") ? p.getJsonArray("errors") : JsonValue.EMPTY_JSON_ARRAY) {
                JsonObject o = e.asJsonObject();
                for (String k : List.of("field", "column", "message")) {
                    if (o.containsKey(k) && o.get(k) instanceof JsonString js
                            && js.getString().toLowerCase(Locale.ROOT).contains(f)) {
                        return true;
                    }
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    static void attemptOversize(Op op, Caller c, String path, String type) throws SQLException {
        Map<String, String> before = op.write() ? fingerprint(null) : null;
        long size = OVERSIZE_MB * 1024L * 1024L;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.http().baseUrl() + path))
                .timeout(Duration.ofSeconds(120))
                .method(op.method(), HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> oversize(size)), size))
                .header("Content-Type", type).header("Accept", "application/json");
        String auth = authorization(c);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        Http.Response r;
        try {
            HttpResponse<String> hr = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofString());
            r = new Http.Response(hr.statusCode(), hr.headers(), hr.body());
        } catch (Exception e) {
            // The server may answer and close before reading everything: that is a refusal, not a failure
            TALLY.attempt("bad input");
            return;
        }
        String input = "oversize body " + OVERSIZE_MB + " MB " + op.method() + " " + path;
        TALLY.attempt("bad input");
        documented(op, input, r);
        if (r.status() >= 500) {
            TALLY.fail("bad input", op.id(), input, r, "500");
        } else if (r.status() < 300) {
            TALLY.fail("bad input", op.id(), input, r, "accepted an oversize body");
        } else if (!r.contentType().orElse("").startsWith("application/problem+json")) {
            TALLY.fail("bad input", op.id(), input, r, "not problem+json");
        }
        if (before != null && !before.equals(fingerprint(null))) {
            TALLY.fail("bad input", op.id(), input, r, "WRITE DESPITE ERROR");
        }
    }

    /** {"x":"xxxx…  (a JSON text that never ends within the size) */
    static InputStream oversize(long size) {
        return new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent >= size) {
                    return -1;
                }
                sent++;
                return sent <= 6 ? "{\"x\":\"".charAt((int) sent - 1) : 'x';
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - sent);
                for (int i = 0; i < n; i++) {
                    buf[off + i] = (byte) read();
                }
                return n;
            }
        };
    }

    /** Bad input is sent by a caller the operation allows, of province A where possible. */
    static Caller badInputCaller(Op op) {
        for (Caller c : CALLERS) {
            if (!c.label().contains("token") && RoleTable.allows(op.id(), c.roles())) {
                return c;
            }
        }
        return null;
    }

    // ----- values -----

    /** Province B's value for a path parameter (null: unknown, which fails the suite). */
    static String bPath(Op op, String name) {
        return value(B, op, name);
    }

    static String aPath(Op op, String name) {
        return value(A, op, name);
    }

    static String value(Map<String, String> v, Op op, String name) {
        String p = op.path();
        return switch (name) {
            case "id" -> p.startsWith("/api/units") ? v.get("unitId") : p.startsWith("/api/users") ? v.get("userId")
                    : p.startsWith("/api/api-tokens") ? v.get("tokenId")
                    : p.startsWith("/api/index/scenarios") ? v.get("scenarioId") : null;
            case "versionId" -> v.get("versionId");
            case "code" -> p.startsWith("/api/dossiers") ? v.get("dossierCode")
                    : p.startsWith("/api/procedures") || p.startsWith("/api/central/procedures")
                    ? v.get("procedureCode") : null;
            case "year" -> YEAR;
            case "form" -> "RECEIPT";
            case "slug", "province" -> v.get("slug");
            default -> null;
        };
    }

    static String bQuery(String name) {
        return switch (name) {
            // listDossiers's search (issue 15): B's dossier is named after MARK, has this code, desk and ID number
            case "q", "applicantName" -> MARK;
            case "code" -> B.get("dossierCode");
            case "unitCode", "receivingUnitCode", "competentUnitCode" -> B.get("unitCode");
            case "idNumber" -> "064190000123";
            case "year" -> YEAR;
            case "from" -> "2026-01-01";
            case "to" -> "2026-12-31";
            case "format" -> "json";
            case "view" -> "flat";
            case "size" -> "500";
            case "withinHours" -> "8760";
            default -> null;
        };
    }

    static String aQuery(String name) {
        return switch (name) {
            case "unitCode" -> A.get("unitCode");
            case "from" -> "2026-01-01";
            case "to" -> "2026-12-31";
            case "preview" -> "true";
            default -> null;
        };
    }

    /** A request body with B's identifiers wherever a field of that name exists. */
    static String bBody(Op op) {
        if (op.jsonBody() == null) {
            return "[]";
        }
        JsonObject items = "array".equals(op.jsonBody().getString("type", "")) && op.jsonBody().containsKey("items")
                ? resolve(op.jsonBody().getJsonObject("items")) : null;
        if (items != null && !items.containsKey("properties") && "object".equals(items.getString("type", ""))) {
            // the rows of an import, keyed by B's identifiers
            return Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", Long.parseLong(B.get("unitId"))).add("code", B.get("procedureCode"))
                    .add("name", "Bị đổi tên").add("kind", "OTHER").add("level", "PROVINCE")
                    .add("unitCode", B.get("unitCode"))).build().toString();
        }
        JsonValue v = generate(op.jsonBody(), "", name -> bField(op, name), 0);
        if (op.id().equals("lookupDossierPublic") || op.id().equals("rateDossierPublic")) {
            // B's code with A's secret: the pair must not open B's dossier
            v = Json.createObjectBuilder(v.asJsonObject()).add("code", B.get("dossierCode")).add("secret", A.get("secret"))
                    .build();
        }
        return v.toString();
    }

    static JsonValue bField(Op op, String name) {
        String p = op.path();
        return switch (name) {
            case "unitId", "parentId", "targetId", "id" -> Json.createValue(Long.parseLong(B.get("unitId")));
            case "sourceIds" -> Json.createArrayBuilder().add(Long.parseLong(B.get("unitId"))).build();
            case "procedureCode" -> Json.createValue(B.get("procedureCode"));
            case "code" -> Json.createValue(p.contains("dossiers") ? B.get("dossierCode") : B.get("procedureCode"));
            case "secret" -> Json.createValue(B.get("secret"));
            case "receivingUnitCode", "unitCode", "competentUnitCode" -> Json.createValue(B.get("unitCode"));
            case "basedOnVersionId" -> Json.createValue(Long.parseLong(B.get("versionId")));
            case "username" -> Json.createValue(B.get("username"));
            case "tenant", "absorbed" -> Json.createValue("ha-tinh");
            case "version" -> Json.createValue(Long.parseLong(p.contains("units") ? B.get("unitVersion")
                    : p.contains("users") ? B.get("userVersion") : p.contains("targets") ? B.get("targetVersion")
                    : p.contains("dossiers") ? B.get("dossierVersion")
                    : p.contains("scenarios") ? B.get("scenarioVersion") : "-1"));
            default -> null;
        };
    }

    static String csvWithBIds() {
        return "id,code,name,unitCode\n" + B.get("unitId") + "," + B.get("procedureCode") + ",Bị đổi,"
                + B.get("unitCode") + "\n";
    }

    /** A plausible valid body for province A: hand-written where the schema alone cannot say, else generated. */
    static JsonValue validBody(Op op) {
        String n = Long.toString(System.nanoTime(), 36);
        Http aAdmin = Rest.as("gia-lai.admin");
        // versions as they are now: an accepted earlier value may have changed them
        switch (op.id()) {
            case "updateUnit" -> A.put("unitVersion", num(Rest.object(aAdmin.get("/api/units/" + A.get("unitId"))), "version"));
            case "updateUserRoles" -> A.put("userVersion", num(Rest.object(aAdmin.get("/api/users/" + A.get("userId"))), "version"));
            case "putTargets" -> A.put("targetVersion", num(Rest.object(aAdmin.get("/api/targets/" + YEAR)), "version"));
            case "transitionDossier" -> A.put("dossierVersion", num(Rest.object(Rest.as("gia-lai.clerk")
                    .get("/api/dossiers/" + A.get("dossierCode"))), "version"));
            default -> { }
        }
        String json = switch (op.id()) {
            case "createUnit", "updateUnit" -> "{\"name\":\"Ban thử sai " + n + "\",\"kind\":\"OTHER\",\"level\":\"PROVINCE\","
                    + "\"validFrom\":\"2026-01-01\",\"version\":" + A.get("unitVersion") + "}";
            case "createProcedure" -> CatalogApi.body(CatalogApi.uniqueCode(), "Thủ tục sai " + n, 5, "");
            case "receiveDossier" -> DossierApi.receiptJson(DossierApi.firstProcedure("gia-lai.clerk"),
                    "Người nộp sai " + n, A.get("unitCode"));
            case "transitionDossier" -> "{\"action\":\"REQUEST_SUPPLEMENT\",\"version\":" + A.get("dossierVersion")
                    + ",\"reason\":\"Thiếu giấy tờ\"}";
            case "createApiToken" -> "{\"name\":\"sai " + n + "\",\"roles\":[\"CLERK\"],\"validDays\":30}";
            case "createUser" -> "{\"username\":\"gia-lai.sai" + n + "\",\"displayName\":\"Sai\",\"password\":"
                    + "\"mat-khau-rat-dai\",\"roles\":[\"CLERK\"]}";
            case "updateUserRoles" -> "{\"roles\":[\"CLERK\"],\"version\":" + A.get("userVersion") + "}";
            case "putTargets" -> "{\"version\":" + A.get("targetVersion") + ",\"targets\":[]}";
            case "computeDueDate" -> "{\"receivedAt\":\"2026-03-02T08:00:00+07:00\",\"duration\":{\"value\":3,"
                    + "\"unit\":\"WORKING_DAYS\"}}";
            case "lookupDossierPublic" -> "{\"code\":\"" + A.get("dossierCode") + "\",\"secret\":\"" + A.get("secret") + "\"}";
            case "rateDossierPublic" -> "{\"code\":\"" + A.get("dossierCode") + "\",\"secret\":\"" + A.get("secret")
                    + "\",\"score\":5,\"feedback\":\"Tốt\"}";
            default -> null;
        };
        if (json != null) {
            return Json.createReader(new StringReader(json)).readValue();
        }
        return generate(op.jsonBody(), "", name -> name.equals("version") ? Json.createValue(-1) : null, 0);
    }

    /** A value of the schema: overrides by property name, else the first enum value or a plain example. */
    static JsonValue generate(JsonObject schema, String name, Function<String, JsonValue> override, int depth) {
        JsonValue o = name.isEmpty() ? null : override.apply(name);
        if (o != null) {
            return o;
        }
        schema = resolve(schema);
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        String format = schema.getString("format", "");
        return switch (type) {
            case "object" -> {
                JsonObjectBuilder b = Json.createObjectBuilder();
                if (depth < 4 && schema.containsKey("properties")) {
                    schema.getJsonObject("properties").forEach((k, v) ->
                            b.add(k, generate(v.asJsonObject(), k, override, depth + 1)));
                }
                yield b.build();
            }
            case "array" -> {
                JsonArrayBuilder b = Json.createArrayBuilder();
                if (depth < 4 && schema.containsKey("items")) {
                    b.add(generate(schema.getJsonObject("items"), "", override, depth + 1));
                }
                yield b.build();
            }
            case "integer" -> Json.createValue(1);
            case "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            default -> Json.createValue(switch (format) {
                case "date" -> "2031-03-03";
                case "date-time" -> "2031-03-03T08:00:00+07:00";
                default -> "Giá trị thử";
            });
        };
    }

    static JsonObject resolve(JsonObject schema) {
        JsonObject s = schema;
        for (int i = 0; i < 10 && s != null && s.containsKey("$ref"); i++) {
            String[] parts = s.getString("$ref").substring(2).split("/");
            JsonObject at = doc;
            for (String part : parts) {
                at = at.getJsonObject(part);
            }
            s = at;
        }
        return s == null ? JsonValue.EMPTY_JSON_OBJECT : s;
    }

    // ----- requests and checks -----

    /** The path template with path values, and query parameters whose value is not null. */
    static String fill(Op op, Function<String, String> path, Function<String, String> query) {
        String p = op.path();
        StringBuilder q = new StringBuilder();
        for (Param param : op.params()) {
            if (param.in().equals("path")) {
                String v = path.apply(param.name());
                p = p.replace("{" + param.name() + "}", v == null ? "null" : v);
            } else if (param.in().equals("query")) {
                String v = query.apply(param.name());
                if (v != null) {
                    q.append(q.length() == 0 ? '?' : '&').append(param.name()).append('=').append(v);
                }
            }
        }
        return p + q;
    }

    static Http.Response send(Http http, Op op, String path, String type, String body) {
        // a lone surrogate travels in JSON as its escape (Java would write it as '?')
        String b = body == null ? null : body.replace("\ud800", "\\ud800");
        try {
            return http.send(op.method(), path, type, b);
        } catch (IllegalStateException e) {
            try {
                return http.send(op.method(), path, type, b);
            } catch (IllegalStateException again) {
                return new Http.Response(599, java.net.http.HttpHeaders.of(Map.of(), (x, y) -> true),
                        "connection dropped: " + again.getMessage());
            }
        }
    }

    static void documented(Op op, String input, Http.Response r) {
        TALLY.attempt("documented responses");
        String s = Integer.toString(r.status());
        if (!op.documented().contains(s) && !op.documented().contains("default")) {
            TALLY.fail("documented responses", op.id(), input, r, "status " + s + " not in the document " + op.documented());
        }
    }

    static Caller caller(String label, Http http) {
        JsonObject me = Rest.object(http.get("/api/me"));
        Set<String> roles = new TreeSet<>();
        me.getJsonArray("roles").forEach(v -> roles.add(((JsonString) v).getString()));
        return new Caller(label, roles, http);
    }

    static String authorization(Caller c) {
        if (c.label().equals("anonymous")) {
            return null;
        }
        return c.http().headerValue("Authorization");
    }

    /** B's own reads of what it created, as B's administrator and clerk. */
    static String bState() {
        Http admin = Rest.as("ha-tinh.admin");
        StringBuilder sb = new StringBuilder();
        for (String path : List.of("/api/units/" + B.get("unitId"), "/api/procedures/" + B.get("procedureCode"),
                "/api/users/" + B.get("userId"), "/api/api-tokens/" + B.get("tokenId"), "/api/targets/" + YEAR,
                "/api/calendar/" + YEAR, "/api/units?view=flat", "/api/users", "/api/index/scenarios")) {
            sb.append(path).append(" -> ").append(admin.get(path).body()).append('\n');
        }
        Http.Response d = Rest.as("ha-tinh.clerk").get("/api/dossiers/" + B.get("dossierCode"));
        JsonObject dossier = Rest.object(d);
        sb.append("dossier version ").append(dossier.get("version")).append(" status ").append(dossier.get("status"))
                .append(" events ").append(dossier.get("eventCount")).append('\n');
        return sb.toString();
    }

    static String diff(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        List<String> b = List.of(after.split("\n"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                sb.append(clip(a.get(i))).append(" => ").append(clip(b.get(i))).append("; ");
            }
        }
        return sb.toString();
    }

    /**
     * count and a hash of every row version (its xmin and place) per table of the platform and province schemas
     * (except the logs of refused requests), as the database superuser (row-level security does not hide rows from it); only the province's rows
     * when {@code tenant} is given.
     */
    static Connection fingerprints;

    static Map<String, String> fingerprint(String tenant) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        if (fingerprints == null || fingerprints.isClosed()) {
            fingerprints = superuser();
        }
        Connection c = fingerprints;
        settleFacts(c);
        {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT t.table_schema || '.' || t.table_name, "
                    + "EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = t.table_schema "
                    + "AND k.table_name = t.table_name AND k.column_name = 'tenant_id') FROM information_schema.tables t "
                    + "WHERE t.table_schema IN ('platform', 'province') AND t.table_type = 'BASE TABLE' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), Boolean.toString(rs.getBoolean(2))});
                }
            }
            StringBuilder sql = new StringBuilder("SELECT ");
            List<String> names = new ArrayList<>();
            for (String[] t : tables) {
                if (LOGS.contains(t[0]) || tenant != null && !Boolean.parseBoolean(t[1])) {
                    continue;
                }
                String where = tenant == null ? "" : " WHERE x.tenant_id = '" + tenant + "'";
                // the API tokens' last use is bookkeeping of successful calls, not a change of the token
                // Any insert, update or delete gives a row version a new xmin (and place): hashing those instead of the
                // rows' text finds the same changes without writing every row out, which took ~0.5 s per fingerprint
                // once a generated year was loaded (two per write attempt)
                String row = t[0].equals("province.api_token") ? "(x.id, x.revoked_at, x.version)::text"
                        : "x.xmin::text || x.ctid::text";
                sql.append(names.isEmpty() ? "" : ", ").append("(SELECT count(*) || ':' || coalesce(sum(hashtext(")
                        .append(row).append(")::bigint), 0) FROM ").append(t[0]).append(" x").append(where).append(')');
                names.add(t[0]);
            }
            try (ResultSet rs = c.createStatement().executeQuery(sql.toString())) {
                rs.next();
                for (int i = 0; i < names.size(); i++) {
                    out.put(names.get(i), rs.getString(i + 1));
                }
            }
        }
        return out;
    }

    /**
     * Merges every province's pending report facts (V27) as the server's background merge does, so that a merge the
     * server runs between two fingerprints finds nothing to move: a merge changes row versions of the facts but no
     * figure. A request that writes still shows: its dossier rows, and its facts once merged here.
     */
    static void settleFacts(Connection c) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM platform.tenant ORDER BY id")) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        try (PreparedStatement bind = c.prepareStatement("SELECT set_config('app.tenant', ?, false)");
             Statement merge = c.createStatement()) {
            for (String t : tenants) {
                bind.setString(1, t);
                bind.execute();
                merge.execute("SELECT province.facts_merge()");
            }
            bind.setString(1, "");
            bind.execute();
        }
    }

    static String changed(Map<String, String> before, Map<String, String> after) {
        StringBuilder sb = new StringBuilder();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                sb.append(k).append(' ');
            }
        });
        return sb.toString().strip();
    }

    static Connection superuser() throws SQLException {
        SystemUnderTest sut = SystemUnderTest.get();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + sut.pgPort() + "/motcua", "postgres",
                sut.credentials().getProperty("postgres.password"));
    }

    // ----- fixtures -----

    /** A saved what-if of January 2026 that any province can save: its publicity at 1 of 1. */
    static String scenario(String name) {
        return "{\"name\":\"" + name + "\",\"from\":\"2026-01-01\",\"to\":\"2026-01-31\",\"changes\":["
                + "{\"metricCode\":\"PUBLISH_ON_TIME\",\"numerator\":1,\"denominator\":1}]}";
    }

    static JsonObject created(Http.Response r) {
        assertEquals(201, r.status(), r::toString);
        return Rest.object(r);
    }

    static String num(JsonObject o, String key) {
        return o.getJsonNumber(key).toString();
    }

    static String desk(String user) {
        JsonArray units = Rest.array(Rest.as(user).get("/api/units?view=flat"));
        return units.stream().map(JsonValue::asJsonObject).filter(u -> "SERVICE_CENTRE".equals(u.getString("kind", "")))
                .map(u -> u.getString("portalCode")).findFirst().orElseThrow();
    }

    /** NUL, lone surrogates and other controls as escapes, so that the report prints. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean lone = Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(ch) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone || Character.isISOControl(ch) && ch != '\n' && ch != '\t') {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String clip(String s) {
        String t = printable(s).replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 120) + "…(" + t.length() + " chars)" : t;
    }
}
