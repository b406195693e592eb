package vn.motcua.identity.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.identity.application.ApiTokenService;
import vn.motcua.identity.application.AuthenticationResult;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.application.IdentityService;
import vn.motcua.shared.interfaces.rest.problem.Problem;
import vn.motcua.shared.Messages;

/**
 * The one authentication mechanism of the application.
 * <ul>
 * <li>{@code /api/**}: stateless. HTTP Basic for people, {@code Authorization: Bearer mc_...} for integration
 * tokens. The web session is deliberately ignored here, so a browser session cannot be abused cross-site
 * against the API.</li>
 * <li>Web pages: form sign-in through {@code SecurityContext.authenticate} from the login page, then the
 * account name kept in the HTTP session and re-checked against the database on every request.</li>
 * </ul>
 */
@ApplicationScoped
public class MotCuaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "vn.motcua.session.username";
    public static final String THROTTLED_ATTRIBUTE = "vn.motcua.login.throttledSeconds";
    public static final String DISABLED_ATTRIBUTE = "vn.motcua.login.disabled";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityService identity;

    @Inject
    ApiTokenService tokens;

    @Inject
    BasicCredentialCache basicCache;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Audit entries written during authentication need the client address; the request filter, which
        // normally provides it, runs only after this mechanism.
        Optional<Caller> previousCaller = CallerContext.current();
        String previousIp = CallerContext.clientIp();
        CallerContext.set(previousCaller.orElse(null), clientIp(request));
        try {
            return validate(request, response, context);
        } finally {
            CallerContext.set(previousCaller.orElse(null), previousIp);
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return validateApi(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formLogin(form, request, context);
        }
        if (path.startsWith("/jakarta.faces.resource/") && !context.isProtected()) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username instanceof String name) {
            Optional<Caller> caller = identity.currentCaller(name);
            if (caller.isPresent()) {
                return accept(caller.get(), request, context);
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential form, HttpServletRequest request,
                                           HttpMessageContext context) {
        AuthenticationResult result = identity.authenticate(form.getCaller(), form.getPasswordAsString(),
                clientIp(request), "web");
        if (result.succeeded()) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session = request.getSession();
            session.setAttribute(SESSION_USER, result.caller().name());
            return accept(result.caller(), request, context);
        }
        if (result.status() == AuthenticationResult.Status.THROTTLED) {
            request.setAttribute(THROTTLED_ATTRIBUTE, result.retryAfterSeconds());
        }
        if (result.status() == AuthenticationResult.Status.DISABLED) {
            request.setAttribute(DISABLED_ATTRIBUTE, Boolean.TRUE);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(request, response, "unauthorized");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return unauthorized(request, response, "unauthorized");
            }
            String user = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            Optional<String> cached = basicCache.lookup(user, password);
            if (cached.isPresent()) {
                Optional<Caller> caller = identity.currentCaller(cached.get());
                if (caller.isPresent()) {
                    return accept(caller.get(), request, context);
                }
                basicCache.forget(user, password);
            }
            AuthenticationResult result = identity.authenticate(user, password, clientIp(request), "rest");
            if (result.succeeded()) {
                basicCache.remember(user, password, result.caller().name());
                return accept(result.caller(), request, context);
            }
            if (result.status() == AuthenticationResult.Status.THROTTLED) {
                response.setHeader("Retry-After", Long.toString(result.retryAfterSeconds()));
                return problem(request, response, 429, "login.throttled", result.retryAfterSeconds());
            }
            return unauthorized(request, response,
                    result.status() == AuthenticationResult.Status.DISABLED ? "login.disabled" : "login.failed");
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Caller> caller = tokens.authenticate(header.substring(7).strip());
            if (caller.isPresent()) {
                return accept(caller.get(), request, context);
            }
            return unauthorized(request, response, "login.failed");
        }
        return unauthorized(request, response, "unauthorized");
    }

    private static AuthenticationStatus accept(Caller caller, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(caller.name(),
                caller.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Mot Cua\", Bearer");
        return problem(request, response, 401, key);
    }

    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
                                                String key, Object... args) {
        Locale locale = Problem.locale(request.getHeader("Accept-Language"));
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            response.getWriter().write(Problem.json(status, key, Problem.title(status, locale),
                    Messages.format(locale, key, args), List.of(), locale));
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; nothing more to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static String clientIp(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
