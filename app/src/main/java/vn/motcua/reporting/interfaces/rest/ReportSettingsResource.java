package vn.motcua.reporting.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.OfficialReports;
import vn.motcua.reporting.interfaces.rest.OfficialReportDtos.ReportSettingsDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/** The caller's province's report settings (its administrator). */
@Path("/reports/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PROVINCE_ADMIN")
@Tag(name = "Reports")
public class ReportSettingsResource {

    @Inject
    OfficialReports reports;

    @GET
    @Operation(operationId = "reportSettings", summary = "The province's report settings: whether the public list "
            + "of officials with late steps names them (false until set)")
    public ReportSettingsDto reportSettings() {
        return ReportSettingsDto.of(reports.publishesOfficialNames());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReportSettings", summary = "Set the province's report settings: "
            + "publishOfficialNames (required) — name officials in the public list of late steps, or show each as "
            + "\"Cán bộ n của <unit>\"")
    public ReportSettingsDto updateReportSettings(ReportSettingsDto input) {
        if (input == null || input.publishOfficialNames == null) {
            throw DomainException.invalid(List.of(new FieldError("publishOfficialNames", "field.required")));
        }
        return ReportSettingsDto.of(reports.publishOfficialNames(input.publishOfficialNames));
    }
}
