package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/**
 * The web UI at the HTTP level, as an attacker's browser would send it: forged form posts, session
 * fixation, and a province administrator's pages showing another province's data.
 */
public class WebSecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private static String viewState(Http.Response page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), () -> "no ViewState in " + page);
        return m.group(1);
    }

    private static String sessionId(Http.Response r) {
        for (String c : r.headers("Set-Cookie")) {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Signs in through the real login form, as the browser does; returns the client with its session. */
    public static Http signIn(String username) {
        Http web = Http.toSystemUnderTest().withCookies();
        String origin = web.baseUrl();
        Http.Response login = web.get("/login.xhtml");
        assertEquals(200, login.status(), login::toString);
        String before = sessionId(login);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", "demo");
        form.put("loginForm:login", "");
        form.put("jakarta.faces.ViewState", viewState(login));
        Http.Response posted = web.header("Origin", origin).postForm("/login.xhtml", form);
        assertTrue(posted.status() == 302 || posted.status() == 303, posted::toString);
        String after = sessionId(posted);
        assertNotNull(after, "a new session cookie is issued at sign-in");
        assertNotEquals(before, after, "the session id changes at sign-in (no fixation)");
        for (String c : posted.headers("Set-Cookie")) {
            if (c.startsWith("JSESSIONID")) {
                assertTrue(c.toLowerCase().contains("httponly"), c);
                assertTrue(c.toLowerCase().contains("samesite=lax"), c); // Payara writes "SameSite=lax"
                assertFalse(c.toLowerCase().contains("secure"), "plain HTTP, MOTCUA_SECURE_COOKIES unset: " + c);
            }
        }
        return web;
    }

    @Test
    void aFormPostWithoutTheAntiForgeryTokenIsRefusedAndChangesNothing() {
        Http web = signIn("bac-ninh.admin");
        int tokensBefore = tokenCount();
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("createTokenForm", "createTokenForm");
        forged.put("createTokenForm:tokenName", "giả mạo");
        forged.put("createTokenForm:tokenRoles", "CLERK");
        forged.put("createTokenForm:createToken", "");
        Http.Response r = web.header("Origin", web.baseUrl()).postForm("/admin/api-tokens.xhtml", forged);
        assertEquals(403, r.status(), r::toString);
        assertTrue(r.body().contains("CSRF"), r.body());
        assertEquals(tokensBefore, tokenCount());
    }

    @Test
    void aCrossSitePostIsRefusedEvenWithAValidViewState() {
        Http web = signIn("bac-ninh.admin");
        Http.Response page = web.get("/admin/api-tokens.xhtml");
        assertEquals(200, page.status(), page::toString);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("createTokenForm", "createTokenForm");
        form.put("createTokenForm:tokenName", "từ trang khác");
        form.put("createTokenForm:createToken", "");
        Http.Response r = web.header("Origin", "http://ke-gian.example").postForm("/admin/api-tokens.xhtml", form);
        assertEquals(403, r.status(), r::toString);
        Http.Response nullOrigin = web.header("Origin", "null").postForm("/admin/api-tokens.xhtml", form);
        assertEquals(403, nullOrigin.status(), nullOrigin::toString);
    }

    @Test
    void aProvinceAdministratorsPagesShowOnlyTheirProvince() {
        String haTinhToken = "Kết nối riêng Hà Tĩnh " + System.nanoTime();
        Http.Response created = Http.toSystemUnderTest().basic("ha-tinh.admin", "demo").post("/api/api-tokens",
                "{\"name\":\"" + haTinhToken + "\",\"roles\":[\"CLERK\"]}");
        assertEquals(201, created.status(), created::toString);

        Http web = signIn("gia-lai.admin");
        String users = web.get("/admin/users.xhtml").body();
        // the list's first page (25 by username) may hold accounts other tests created or officials known from
        // imported dossiers (no "gia-lai." prefix): every account shown must be one of Gia Lai's, and some are shown
        Set<String> own = new HashSet<>();
        for (JsonValue v : Rest.array(Rest.as("gia-lai.admin").get("/api/users"))) {
            own.add(v.asJsonObject().getString("username"));
        }
        Matcher shown = Pattern.compile("<code class=\"username\">([^<]+)</code>").matcher(users);
        int listed = 0;
        while (shown.find()) {
            listed++;
            assertTrue(own.contains(shown.group(1)), shown.group(1) + " is not one of Gia Lai's accounts");
        }
        assertTrue(listed > 0, "own accounts listed");
        assertFalse(users.contains("ha-tinh.clerk"), "another province's accounts are not");
        assertFalse(web.get("/admin/api-tokens.xhtml").body().contains(haTinhToken));
        String log = web.get("/admin/security-log.xhtml").body();
        assertFalse(log.contains("ha-tinh.admin"), "another province's security log is not shown");
    }

    @Test
    void theWebSessionDoesNotAuthenticateTheApi() {
        Http web = signIn("gia-lai.admin");
        Http.Response r = web.get("/api/me");
        assertEquals(401, r.status(), "the API needs its own credentials: " + r);
    }

    @Test
    void aFormPostWithAValidViewStateButNeitherOriginNorRefererIsRefusedAndChangesNothing() {
        Http web = signIn("bac-ninh.admin");
        int tokensBefore = tokenCount();
        Http.Response page = web.get("/admin/api-tokens.xhtml");
        assertEquals(200, page.status(), page::toString);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("createTokenForm", "createTokenForm");
        form.put("createTokenForm:tokenName", "không rõ nguồn");
        form.put("createTokenForm:tokenRoles", "CLERK");
        form.put("createTokenForm:createToken", "");
        Http.Response r = web.postForm("/admin/api-tokens.xhtml", form);
        assertEquals(403, r.status(), r::toString);
        assertTrue(r.body().contains("CSRF"), r.body());
        assertEquals(tokensBefore, tokenCount());
    }

    @Test
    void aSameOriginRefererStandsInForAMissingOrigin() {
        Http web = Http.toSystemUnderTest().withCookies();
        Http.Response login = web.get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", "gia-lai.clerk");
        form.put("loginForm:password", "demo");
        form.put("loginForm:login", "");
        form.put("jakarta.faces.ViewState", viewState(login));
        Http.Response posted = web.header("Referer", web.baseUrl() + "/login.xhtml").postForm("/login.xhtml", form);
        assertTrue(posted.status() == 302 || posted.status() == 303, posted::toString);
        Http.Response crossSite = Http.toSystemUnderTest().withCookies().header("Referer", "http://ke-gian.example/x")
                .postForm("/login.xhtml", form);
        assertEquals(403, crossSite.status(), crossSite::toString);
    }

    private static final String FACES_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'nonce-";
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)';$");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static void assertCommonHeaders(Http.Response r) {
        assertEquals(List.of("nosniff"), r.headers("X-Content-Type-Options"), r::toString);
        assertEquals(List.of("same-origin"), r.headers("Referrer-Policy"), r::toString);
        assertEquals(List.of("DENY"), r.headers("X-Frame-Options"), r::toString);
    }

    /** One policy, with this response's nonce on every script of the page and no inline event handler. */
    private static void assertFacesPagePolicy(Http.Response r) {
        assertCommonHeaders(r);
        List<String> policies = r.headers("Content-Security-Policy");
        assertEquals(1, policies.size(), () -> "exactly one policy: " + policies);
        String policy = policies.get(0);
        assertTrue(policy.startsWith(FACES_POLICY), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        Matcher script = SCRIPT_TAG.matcher(r.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            String tag = script.group();
            assertTrue(tag.contains(" src=") || tag.contains("nonce=\"" + nonce.group(1) + "\""),
                    "inline script without this response's nonce: " + tag);
        }
        assertTrue(scripts > 0, "PrimeFaces pages have scripts");
        Matcher handler = EVENT_ATTRIBUTE.matcher(r.body());
        assertFalse(handler.find(), () -> "inline event handler (CSP would block it): " + handler.group());
    }

    @Test
    void facesPagesCarryAStrictContentSecurityPolicyWithAFreshNonce() {
        Http.Response login = Http.toSystemUnderTest().get("/login.xhtml");
        assertEquals(200, login.status(), login::toString);
        assertFacesPagePolicy(login);
        Http.Response again = Http.toSystemUnderTest().get("/login.xhtml");
        Matcher first = NONCE.matcher(login.header("Content-Security-Policy"));
        Matcher second = NONCE.matcher(again.header("Content-Security-Policy"));
        assertTrue(first.find() && second.find());
        assertNotEquals(first.group(1), second.group(1), "a nonce is used once");

        Http.Response lookup = Http.toSystemUnderTest().get("/tra-cuu.xhtml");
        assertEquals(200, lookup.status(), lookup::toString);
        assertFacesPagePolicy(lookup);

        Http.Response publicList = Http.toSystemUnderTest().get("/cong-khai/don-vi-tre-han.xhtml?tinh=gia-lai");
        assertEquals(200, publicList.status(), "the public lists need no sign-in: " + publicList);
        assertFacesPagePolicy(publicList);

        Http web = signIn("bac-ninh.admin");
        Http.Response tokens = web.get("/admin/api-tokens.xhtml");
        assertEquals(200, tokens.status(), tokens::toString);
        assertFacesPagePolicy(tokens);

        Http.Response missing = Http.toSystemUnderTest().header("Accept", "text/html").get("/khong-co-trang-nay.html");
        assertEquals(404, missing.status(), missing::toString);
        assertFacesPagePolicy(missing);
    }

    @Test
    void staticHtmlCarriesThePolicyWithoutNonce() {
        Http.Response docs = Http.toSystemUnderTest().get("/api-docs.html");
        assertEquals(200, docs.status(), docs::toString);
        assertCommonHeaders(docs);
        assertEquals(List.of("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'"),
                docs.headers("Content-Security-Policy"));
    }

    @Test
    void resourcesAndApiAnswersAreNotSniffed() {
        Http.Response script = Http.toSystemUnderTest().get("/api-docs.js");
        assertEquals(200, script.status(), script::toString);
        assertCommonHeaders(script);
        Http.Response facesResource = Http.toSystemUnderTest().get("/jakarta.faces.resource/css/motcua.css.xhtml");
        assertEquals(200, facesResource.status(), facesResource::toString);
        assertCommonHeaders(facesResource);
        Http.Response api = Http.toSystemUnderTest().basic("gia-lai.clerk", "demo").get("/api/me");
        assertEquals(200, api.status(), api::toString);
        assertCommonHeaders(api);
        Http.Response apiError = Http.toSystemUnderTest().get("/api/me");
        assertEquals(401, apiError.status(), apiError::toString);
        assertCommonHeaders(apiError);
    }

    private static int tokenCount() {
        String body = Http.toSystemUnderTest().basic("bac-ninh.admin", "demo").get("/api/api-tokens").body();
        return body.split("\"id\":", -1).length - 1;
    }
}
