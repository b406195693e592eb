package vn.motcua.identity.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.interfaces.rest.problem.Problem;
import vn.motcua.shared.Jsonp;
import vn.motcua.shared.Messages;
import vn.motcua.tenancy.application.TenantContext;

/**
 * Runs after authentication on every request. It
 * <ol>
 * <li>refuses cross-site form posts: a state-changing request to a web page must come from our own origin
 * and carry a JSF view state (the per-view token that Faces checks), or it is answered 403. "Our own origin" is
 * shown by the {@code Origin} header, or failing that the {@code Referer}; a post with neither is refused too.
 * Every browser we support sends {@code Origin} with every POST (Chrome, Edge, Safari, Firefox since 2019/70),
 * and our {@code Referrer-Policy: same-origin} keeps the Referer on our own pages; a post without either comes
 * from a script or a privacy tool that strips them, and the view state alone would then be the only defence.
 * {@code /api/**} is exempt: it ignores the web session and needs its own credentials;</li>
 * <li>binds the caller and the caller's province for the rest of the request. The province comes from the
 * authenticated account only, never from a header, parameter or path, so no request can choose it;</li>
 * <li>writes one structured access-log line with the tenant and user.</li>
 * </ol>
 */
@WebFilter(filterName = "RequestContextFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger ACCESS = Logger.getLogger("vn.motcua.access");
    private static final List<String> SAFE_METHODS = List.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        try {
            if (!path.startsWith("/api/") && !SAFE_METHODS.contains(request.getMethod()) && !isSameOriginFormPost(request)) {
                refuseCrossSite(request, response);
                return;
            }
            CallerContext.set(caller, request.getRemoteAddr());
            TenantContext.set(caller == null ? null : caller.tenantId());
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            CallerContext.clear();
            log(request, response, path, caller, start);
        }
    }

    static boolean isSameOriginFormPost(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null && !"null".equals(origin) ? origin : request.getHeader("Referer");
        if (origin != null && "null".equals(origin)) {
            return false;
        }
        if (source == null || !sameHost(source, request)) {
            return false;
        }
        return request.getParameter("jakarta.faces.ViewState") != null;
    }

    private static boolean sameHost(String url, HttpServletRequest request) {
        try {
            URI uri = URI.create(url);
            String host = request.getHeader("Host");
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getAuthority()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuseCrossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Problem.locale(request.getHeader("Accept-Language"));
        response.setStatus(403);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(Problem.json(403, "csrf", Problem.title(403, locale),
                Messages.format(locale, "request.csrf"), List.of(), locale));
    }

    private static void log(HttpServletRequest request, HttpServletResponse response, String path, Caller caller, long start) {
        boolean asset = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/");
        Level level = asset ? Level.FINE : Level.INFO;
        if (!ACCESS.isLoggable(level)) {
            return;
        }
        Caller effective = caller != null ? caller : (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        var line = Jsonp.BUILDERS.createObjectBuilder()
                .add("method", request.getMethod())
                .add("path", path)
                .add("status", response.getStatus())
                .add("ms", (System.nanoTime() - start) / 1_000_000)
                .add("tenant", effective == null || effective.tenantId() == null ? "-" : effective.tenantId())
                .add("user", effective == null ? "-" : effective.name())
                .add("ip", String.valueOf(request.getRemoteAddr()))
                .build();
        ACCESS.log(level, line.toString());
    }
}
