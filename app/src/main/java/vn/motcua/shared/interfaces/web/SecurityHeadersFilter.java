package vn.motcua.shared.interfaces.web;

import vn.motcua.identity.interfaces.security.RequestContextFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The security headers of every answer, and the session cookie's {@code Secure} flag.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} everywhere (pages, JSON, CSS/JS, PDFs): a browser takes the
 * declared content type, so an uploaded or echoed text is never run as script or style.</li>
 * <li>{@code Referrer-Policy: same-origin}: our own pages still send a Referer to us (the cross-site check of
 * {@link RequestContextFilter} can use it), other sites get none, so the dossier code in a lookup URL
 * ({@code tra-cuu.xhtml?code=…}) does not leak. Not {@code no-referrer}: with it browsers send
 * {@code Origin: null} on our own form posts, which are then refused.</li>
 * <li>{@code X-Frame-Options: DENY}: no page of ours in a frame (for browsers without CSP frame-ancestors).</li>
 * <li>{@code Content-Security-Policy} of static HTML ({@code api-docs.html}): {@link #STATIC_HTML_POLICY}. Faces
 * pages get theirs from PrimeFaces, with a nonce (web.xml, {@code primefaces.CSP_POLICY}: the same directives);
 * only an existing .html file gets this one, so a Faces error page never carries two policies.</li>
 * </ul>
 * Set before the chain runs, so error answers carry them too.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The Faces pages' policy (web.xml) without a nonce: Swagger UI is started by api-docs.js, not inline script.
     * Its own inline {@code <style>} and Swagger UI's style attributes need {@code 'unsafe-inline'} for styles
     * only; its icons are data: SVGs.
     */
    public static final String STATIC_HTML_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith(".html") && exists(path)) {
            response.setHeader("Content-Security-Policy", STATIC_HTML_POLICY);
        }
        chain.doFilter(request, response);
    }

    private boolean exists(String path) {
        try {
            return getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /**
     * {@code MOTCUA_SECURE_COOKIES=true} (MicroProfile Config {@code motcua.secure-cookies}): the session cookie is
     * {@code Secure} even on plain-HTTP requests, for a deployment whose TLS ends at a proxy in front of us.
     * Without it the container marks the cookie {@code Secure} exactly when the request itself came over HTTPS.
     */
    @WebListener
    public static class SecureCookies implements ServletContextListener {

        static final String SETTING = "motcua.secure-cookies";

        @Override
        public void contextInitialized(ServletContextEvent event) {
            boolean secure = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
            if (secure) {
                event.getServletContext().getSessionCookieConfig().setSecure(true);
                Logger.getLogger(SecureCookies.class.getName()).info("Session cookie: Secure on every request ("
                        + SETTING + "=true)");
            }
        }
    }
}
