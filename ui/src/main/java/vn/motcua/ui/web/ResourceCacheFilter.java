package vn.motcua.ui.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long browsers keep the Faces resources (scripts, style sheets, fonts, images). A URL with a version
 * ({@code v=}: PrimeFaces' own, ours from {@link VersionedResourceHandler}) names one content: kept a year and never
 * asked again ({@code immutable}). Any other is asked again each time ({@code no-cache}) and answered 304 while
 * unchanged. Faces' own header (7 days for every resource, versioned or not) is replaced, whenever Faces sets it.
 */
@WebFilter(filterName = "ResourceCacheFilter", urlPatterns = "/jakarta.faces.resource/*", asyncSupported = true)
public class ResourceCacheFilter extends HttpFilter {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String REVALIDATED = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = request.getParameter("v") != null ? VERSIONED : REVALIDATED;
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (isCaching(name)) {
                    super.setHeader("Cache-Control", policy);
                } else {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (isCaching(name)) {
                    super.setHeader("Cache-Control", policy);
                } else {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (isCaching(name)) {
                    super.setHeader("Cache-Control", policy);
                } else {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                setDateHeader(name, date);
            }

            @Override
            public void reset() {
                super.reset();
                super.setHeader("Cache-Control", policy);
            }
        });
    }

    private static boolean isCaching(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }
}
