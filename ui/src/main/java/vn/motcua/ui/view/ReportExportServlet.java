package vn.motcua.ui.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.reporting.application.PeriodicReportService;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.shared.DomainException;

/**
 * Table 06a of a period by unit as a file, for people signed in to the web pages:
 * {@code /reports/06a?format=XLSX|PDF&period=yyyy-MM|yyyy-Qn|yyyy}. The REST API ignores the web session on purpose,
 * so the dashboard links here, as the forms link to {@link DossierPdfServlet}; the same service makes the same file as
 * {@code exportReport} (units as they were, the whole province). The roles are web.xml's for /reports/* and the
 * service's. GET only: it changes nothing.
 */
@WebServlet(urlPatterns = "/reports/06a")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeriodicReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CallerContext.current().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String format = request.getParameter("format");
        ReportPeriod period = PeriodicReport.parsePeriod(request.getParameter("period"));
        PeriodicReportService.Format f;
        try {
            f = PeriodicReportService.Format.valueOf(format == null ? "XLSX" : format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f = null;
        }
        if (period == null || f == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            PeriodicReportService.Export e = reports.export(new TimelinessService.Request(period, ReportGrouping.UNIT,
                    ReportScope.PROVINCE, UnitView.AS_WAS), f);
            response.setContentType(e.mediaType());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(e.content().length);
            response.getOutputStream().write(e.content());
        } catch (DomainException e) {
            ServletErrors.send(request, response, e);
        }
    }
}
