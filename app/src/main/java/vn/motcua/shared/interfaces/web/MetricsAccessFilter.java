package vn.motcua.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.interfaces.rest.problem.Problem;
import vn.motcua.shared.Messages;

/**
 * {@code /metrics} (MicroProfile Metrics, Prometheus text) only for
 * <ul>
 * <li>a scraper sending {@code Authorization: Bearer <token>} with the token configured as
 * {@code MOTCUA_METRICS_TOKEN} (MicroProfile Config {@code motcua.metrics.token}; no token configured, no
 * scraper access), or</li>
 * <li>a platform administrator signed in to the web UI (session cookie), to look at it in the browser.</li>
 * </ul>
 * Anyone else: 401 with {@code WWW-Authenticate: Bearer}, or 403 for a signed-in person of another role.
 * {@code /health/*} stays open for load balancers; it says UP or DOWN and nothing else.
 * <p>
 * Payara Micro registers its metrics servlet in the web module at context root "/", which is ours, so this filter
 * sees its requests like any other.
 */
@WebFilter(filterName = "MetricsAccessFilter", urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String TOKEN_SETTING = "motcua.metrics.token";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasMetricsToken(request.getHeader("Authorization"), configuredToken())
                || request.isUserInRole(Role.PLATFORM_ADMIN.name())) {
            chain.doFilter(request, response);
            return;
        }
        boolean signedIn = request.getUserPrincipal() != null;
        int status = signedIn ? 403 : 401;
        if (!signedIn) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        }
        Locale locale = Problem.locale(request.getHeader("Accept-Language"));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(Problem.json(status, "metrics.unauthorized", Problem.title(status, locale),
                Messages.format(locale, "metrics.unauthorized"), List.of(), locale));
    }

    private static Optional<String> configuredToken() {
        return ConfigProvider.getConfig().getOptionalValue(TOKEN_SETTING, String.class)
                .map(String::strip).filter(t -> !t.isEmpty());
    }

    /** Constant-time comparison, so the answer time does not tell how much of a guess was right. */
    static boolean hasMetricsToken(String authorization, Optional<String> token) {
        if (token.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] sent = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, token.get().getBytes(StandardCharsets.UTF_8));
    }
}
