package vn.motcua.ui.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public lists' short addresses: {@code /cong-khai/quang-ngai/don-vi-tre-han?thang=2026-11} is the page
 * {@code /cong-khai/don-vi-tre-han.xhtml?tinh=quang-ngai&thang=2026-11}, forwarded on the server so that the address
 * a citizen shares stays short. Everything else under /cong-khai/ passes through. Public like the pages
 * (web.xml: /cong-khai/*).
 */
@WebFilter(filterName = "PublicListAddresses", urlPatterns = "/cong-khai/*")
public class PublicListAddresses extends HttpFilter {

    /** A province's identifier (the tenant slug's shape) and the list's name. */
    static final Pattern SHORT = Pattern.compile("^/cong-khai/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/(don-vi-tre-han)/?$");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String target = target(req.getRequestURI().substring(req.getContextPath().length()), req.getQueryString());
        if (target == null) {
            chain.doFilter(req, res);
            return;
        }
        req.getRequestDispatcher(target).forward(req, res);
    }

    /** The page a short address stands for, with its query; null for any other path. */
    static String target(String path, String query) {
        Matcher m = SHORT.matcher(path);
        if (!m.matches()) {
            return null;
        }
        return "/cong-khai/" + m.group(2) + ".xhtml?tinh=" + m.group(1) + (query == null || query.isBlank() ? ""
                : "&" + query);
    }
}
