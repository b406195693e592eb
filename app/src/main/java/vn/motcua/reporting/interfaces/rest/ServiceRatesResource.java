package vn.motcua.reporting.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.ServiceRatesService;
import vn.motcua.reporting.domain.ServiceRateTable;
import vn.motcua.reporting.interfaces.rest.ServiceRateDtos.ServiceRatesReportDto;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The service rates of the caller's province (issue 13 item 4), with the timeliness report's parameters; each count
 * opens its dossiers through reportDrillDown (column = the count's field name). Who: as the timeliness report.
 */
@Path("/reports/service-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
@Tag(name = "Reports")
public class ServiceRatesResource {

    @Inject
    ServiceRatesService rates;

    @GET
    @Operation(operationId = "serviceRatesReport", summary = "Service rates for a period (from, to = yyyy-MM-dd, both "
            + "included, at most 10 years): received by channel with the online and postal shares, digitised, "
            + "fee-bearing and paid online (on the receipt day); finished with electronic results, after one or two "
            + "supplement requests, apologised, late without apology (on the day finished as in table 06a); rated, "
            + "the average satisfaction and its distribution 1-5 (on the rating day). Per unit, field, procedure or "
            + "month, or one row (NONE, the default), within a unit, procedure and/or field, units as they were or "
            + "as they are now, as timelinessReport. Rates are computed from summed counts, absent when their "
            + "denominator is 0; every count opens its dossiers with reportDrillDown (column = its field name)")
    public ServiceRatesReportDto serviceRatesReport(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            @QueryParam("groupBy") @Parameter(description = "rows per unit, field, procedure or month; NONE (the default): "
                    + "one row", schema = @Schema(type = STRING,
                    enumeration = {"UNIT", "FIELD", "PROCEDURE", "MONTH", "NONE"})) String groupBy,
            @QueryParam("unitView") @Parameter(description = TimelinessResource.UNIT_VIEW, schema = @Schema(type = STRING,
                    enumeration = {"AS_WAS", "AS_IS"})) String unitView,
            @QueryParam("unitCode") @Parameter(description = TimelinessResource.UNIT_CODE) String unitCode,
            @QueryParam("procedureCode") @Parameter(description = "only this procedure") String procedureCode,
            @QueryParam("fieldCode") @Parameter(description = "only this field, see listFields") String fieldCode) {
        List<FieldError> errors = new ArrayList<>();
        ReportParams p = ReportParams.read(from, to, groupBy, unitView, unitCode, procedureCode, fieldCode, errors);
        ReportParams.dossiersOnly(p, "report.official.dossiersOnly", errors);
        ReportParams.refuse(errors);
        ServiceRateTable t = rates.report(p.request());
        return ServiceRatesReportDto.of(p.request().period().from(), p.request().period().to(),
                p.request().groupBy().name(), p.unitView().name(), t);
    }
}
