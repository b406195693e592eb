package vn.motcua.reporting.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.PeriodicReportService;
import vn.motcua.reporting.application.PeriodicReportService.Format;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The periodic report (form 06a) of the caller's province as a file to send up the hierarchy: XLSX or PDF, the
 * same table as {@code timelinessReport} with the form's header. Same readers as the report.
 */
@Path("/reports/timeliness/export")
@RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
@Tag(name = "Reports")
public class ReportExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PeriodicReportService reports;

    @GET
    @Produces({XLSX, "application/pdf", "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The XLSX workbook or the PDF", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = STRING, format = "binary"))})
    @Operation(operationId = "exportReport", summary = "Table 06a (Biểu số II.06a/VPCP/KSTT) of a period as a file "
            + "an office sends up the hierarchy: the form's header (reporting unit: the province's People's Committee, "
            + "or the unit when unitCode is given; receiving unit: the Government Office, or the province; the "
            + "period; the day it was made), Vietnamese column headers merged like the paper form, one row per unit "
            + "(or field, procedure, month) and the total. XLSX: the rows are values, the total row SUM formulas with "
            + "their values cached; PDF: landscape A4 with an embedded font. The numbers are those of "
            + "timelinessReport for the same parameters. The period is given either as period (a month, quarter or "
            + "year) or as from and to")
    public Response exportReport(
            @QueryParam("format") @Parameter(description = "XLSX (the default) or PDF",
                    schema = @Schema(type = STRING, enumeration = {"XLSX", "PDF"})) String format,
            @QueryParam("period") @Parameter(description = "the period as yyyy-MM (a month), yyyy-Qn (a quarter, n = "
                    + "1 to 4) or yyyy (a year); instead of from and to") String period,
            @QueryParam("from") @Parameter(description = "first day, yyyy-MM-dd (with to, when period is not given)")
            String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-MM-dd (with from, when period is not given)")
            String to,
            @QueryParam("groupBy") @Parameter(description = "rows per unit (UNIT, the default), field, procedure or "
                    + "month, or one row (NONE)", schema = @Schema(type = STRING,
                    enumeration = {"UNIT", "FIELD", "PROCEDURE", "MONTH", "NONE"})) String groupBy,
            @QueryParam("unitView") @Parameter(description = TimelinessResource.UNIT_VIEW, schema = @Schema(
                    type = STRING, enumeration = {"AS_WAS", "AS_IS"})) String unitView,
            @QueryParam("unitCode") @Parameter(description = TimelinessResource.UNIT_CODE + "; the unit is then the "
                    + "reporting unit and the province the receiving one") String unitCode,
            @QueryParam("procedureCode") @Parameter(description = "only this procedure") String procedureCode,
            @QueryParam("fieldCode") @Parameter(description = "only this field, see listFields") String fieldCode) {
        List<FieldError> errors = new ArrayList<>();
        Format f = ReportParams.choice("format", format, Format.class, Format.XLSX, errors);
        String[] days = days(period, from, to, errors);
        ReportParams p = ReportParams.read(days[0], days[1], groupBy == null || groupBy.isBlank() ? "UNIT" : groupBy,
                unitView, unitCode, procedureCode, fieldCode, errors);
        ReportParams.refuse(errors);
        PeriodicReportService.Export e = reports.export(p.request(), f);
        return Response.ok(e.content(), e.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /**
     * from and to: the period's when it is given (refused with from or to, or when it is not a month, quarter or
     * year), else the parameters as given. A refused period gives a placeholder day to the rest of the reading, so
     * that the other parameters are still checked and refused in the same answer.
     */
    static String[] days(String period, String from, String to, List<FieldError> errors) {
        if (period == null || period.isBlank()) {
            return new String[] {from, to};
        }
        String placeholder = "2000-01-01";
        if (from != null || to != null) {
            errors.add(new FieldError("period", "report.period.either"));
            return new String[] {placeholder, placeholder};
        }
        ReportPeriod p = PeriodicReport.parsePeriod(period);
        if (p == null) {
            errors.add(new FieldError("period", "report.period.invalid"));
            return new String[] {placeholder, placeholder};
        }
        return new String[] {p.from().toString(), p.to().toString()};
    }
}
