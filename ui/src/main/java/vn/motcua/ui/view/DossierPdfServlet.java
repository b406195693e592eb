package vn.motcua.ui.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.motcua.forms.application.DossierForms;
import vn.motcua.forms.domain.FormKind;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.DomainException;

/**
 * The statutory forms for people signed in to the web pages: {@code /dossiers/pdf/<code>/<FORM>} and
 * {@code /dossiers/pdf/tracking-book?unitCode=&from=&to=}. The REST API ignores the web session on purpose (no
 * cross-site use of a browser session), so the pages link here instead; the province is the signed-in person's,
 * as everywhere, and the same service produces the same PDF as {@code getDossierForm}. GET only: it changes nothing.
 */
@WebServlet(urlPatterns = "/dossiers/pdf/*")
public class DossierPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierForms forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var caller = CallerContext.current().orElse(null);
        if (caller == null || caller.isPlatform() || !(caller.has(Role.CLERK) || caller.has(Role.OFFICER)
                || caller.has(Role.UNIT_LEADER) || caller.has(Role.PROVINCE_LEADER))) {
            response.sendError(caller == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.replaceFirst("^/", "").split("/");
        try {
            DossierForms.Pdf pdf;
            if (parts.length == 1 && parts[0].equals("tracking-book")) {
                pdf = forms.trackingBook(request.getParameter("unitCode"), LocalDate.parse(param(request, "from")),
                        LocalDate.parse(param(request, "to")));
            } else if (parts.length == 2) {
                FormKind kind = FormKind.valueOf(parts[1].toUpperCase(Locale.ROOT).replace('-', '_'));
                pdf = forms.form(parts[0], kind, lookupBase(request));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(pdf.content().length);
            response.getOutputStream().write(pdf.content());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (DomainException e) {
            ServletErrors.send(request, response, e);
        }
    }

    private static String param(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    /** The public lookup page's address for the QR code. */
    static String lookupBase(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf("/dossiers/pdf/"));
        return base + "/tra-cuu.xhtml?ma=";
    }
}
