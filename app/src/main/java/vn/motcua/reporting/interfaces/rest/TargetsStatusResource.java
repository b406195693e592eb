package vn.motcua.reporting.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.YEAR_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.YEAR_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.TargetsStatusService;
import vn.motcua.reporting.interfaces.rest.TargetStatusDtos.TargetsStatusDto;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.units.application.UnitService;

/** The caller's province's KPI targets of a year with their actual values, trends and projections. */
@Path("/reports/targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
@Tag(name = "Reports")
public class TargetsStatusResource {

    @Inject
    TargetsStatusService status;

    @GET
    @Operation(operationId = "targetsStatus", summary = "Every KPI target of the year (province-wide and per unit) "
            + "against its actual value from the report facts, over its period (1 January to its deadline or the "
            + "year's end) up to asOf: the value with its numerator and denominator (ON_TIME_RATE = finished early + "
            + "on time / finished; ONLINE_SUBMISSION_RATE = received online / received; ONLINE_PAYMENT_RATE = fee-bearing "
            + "paid online / fee-bearing; DIGITISATION_RATE and DIGITISED_DOSSIER_RATE = digitised at receipt / "
            + "received; DIGITISED_RESULT_RATE = finished with an electronic result / finished; SATISFACTION_RATE = "
            + "rated 4-5 / rated), each month's value, the "
            + "cumulative value projected at the deadline from the trend of the last 6 complete months (least squares "
            + "over monthly rates weighted by their dossiers), the status, and for province-wide targets the units of "
            + "today that will miss it, most dossiers short first. DIGITISED_REUSE_RATE and the index metrics: status "
            + "NOT_COMPUTED with the reason")
    public TargetsStatusDto targetsStatus(
            @QueryParam("year") @Parameter(required = true, description = "the targets' year, yyyy",
                    schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) String year,
            @QueryParam("asOf") @Parameter(description = "measure up to this day, yyyy-MM-dd (included); default: "
                    + "today in Asia/Ho_Chi_Minh") String asOf) {
        List<FieldError> errors = new ArrayList<>();
        Integer y = null;
        String v = year == null ? "" : year.strip();
        if (v.matches("[0-9]{4}") && Integer.parseInt(v) >= 2000 && Integer.parseInt(v) <= 2200) {
            y = Integer.parseInt(v);
        } else {
            errors.add(new FieldError("year", "report.year.invalid"));
        }
        LocalDate day = UnitService.today();
        if (asOf != null && !asOf.isBlank()) {
            List<FieldError> dayErrors = new ArrayList<>();
            day = ReportParams.day("asOf", asOf, dayErrors);
            if (!dayErrors.isEmpty()) {
                errors.add(new FieldError("asOf", "report.day.invalid", "asOf"));
            }
        }
        ReportParams.refuse(errors);
        return TargetsStatusDto.of(status.status(y, day));
    }
}
