package vn.motcua.reporting.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.OfficialReports;
import vn.motcua.reporting.interfaces.rest.OfficialReportDtos.PublicLateOfficialsDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/** The public monthly list of a province's officials with late steps: no sign-in, counts only. */
@Path("/public/{province}/late-officials")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public")
public class PublicOfficialReportResource {

    @Inject
    OfficialReports reports;

    @GET
    @PermitAll
    @Operation(operationId = "publicLateOfficials", summary = "Officials of the province with processing steps finished "
            + "late in a month (last month by default), most late first: per official and unit, the late steps and all "
            + "steps finished that month. Names only when the province publishes them, else \"Cán bộ n của <unit>\". "
            + "Counts only: no dossier, no applicant")
    public PublicLateOfficialsDto publicLateOfficials(
            @PathParam("province") @Parameter(description = "the province's id, e.g. quang-ngai") String province,
            @QueryParam("month") @Parameter(description = "the month, yyyy-MM; default: last month "
                    + "(Asia/Ho_Chi_Minh)") String month) {
        return PublicLateOfficialsDto.of(reports.lateOfficials(province(province), month(month)));
    }

    /** A province id as ids are written (platform.tenant: lowercase words joined by '-', at most 40), else 400. */
    static String province(String raw) {
        if (raw == null || raw.length() > 40 || !raw.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw DomainException.invalid(java.util.List.of(new FieldError("province", "report.province.invalid")));
        }
        return raw;
    }

    static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            return OfficialReports.lastMonth();
        }
        String v = raw.strip();
        try {
            if (v.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(v);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw DomainException.invalid(java.util.List.of(new FieldError("month", "report.month.invalid")));
    }
}
