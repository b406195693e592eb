package vn.motcua.reporting.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.OfficialReports;
import vn.motcua.reporting.interfaces.rest.OfficialReportDtos.PublicLateOfficialsDto;

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
        return PublicLateOfficialsDto.of(reports.lateOfficials(province, PublicLateUnitsResource.month(month)));
    }
}
