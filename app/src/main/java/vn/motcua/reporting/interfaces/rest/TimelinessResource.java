package vn.motcua.reporting.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.interfaces.rest.ReportDtos.DrillDownDto;
import vn.motcua.reporting.interfaces.rest.ReportDtos.DrillDownItemDto;
import vn.motcua.reporting.interfaces.rest.ReportDtos.TimelinessReportDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The timeliness report of the caller's province in the layout of table 06a, and the dossiers behind each of its
 * numbers. Province administrators and leaders, and unit leaders (the whole province for now).
 */
@Path("/reports/timeliness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
@Tag(name = "Reports")
public class TimelinessResource {

    static final String UNIT_VIEW = "AS_WAS (default): units as they were, the competent unit code stored on the "
            + "dossier; AS_IS: units as they are now, each stored code rolled into one unit in force today through the "
            + "succession links (merges, splits, renames, followed to today; a split unit's dossiers all go to its "
            + "successor with the first code; a unit ended without successor stays under its own code)";

    static final String UNIT_CODE = "only this competent unit: its code as stored (AS_WAS), or a unit of today with "
            + "the dossiers of its predecessors (AS_IS)";

    static final String OFFICIAL = "only this official's steps (a username): the report then counts steps, not "
            + "dossiers — received = steps started, finished = steps finished (early, on time, late against the step's "
            + "own due instant), open = steps not finished; units are the steps' units";

    @Inject
    TimelinessService reports;

    @GET
    @Operation(operationId = "timelinessReport", summary = "Table 06a for a period (from, to = yyyy-MM-dd, both "
            + "included, at most 10 years): received (online, in person or by post, carried over), finished (early, on "
            + "time, late), open at the end (within time, overdue) and the on-time rate, per unit (competent unit, see "
            + "unitView), field, procedure or month, or one row (NONE, the default); within a unit, procedure and/or "
            + "field when given. unitView=AS_WAS: units as they were (the code stored on the dossier); AS_IS: as they "
            + "are now (each stored code rolled into one unit in force today through the succession links; a split "
            + "unit's dossiers all go to its successor with the first code), also for unitCode. Totals are sums of "
            + "counts; the province total is the same in both views. groupBy=OFFICIAL (key: username, name: display name) "
            + "and the official scope count processing steps instead of dossiers (docs/deadlines.md)")
    public TimelinessReportDto timelinessReport(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            @QueryParam("groupBy") @Parameter(description = "rows per unit, field, procedure, month or official "
                    + "(OFFICIAL: steps, not dossiers); NONE (the default): one row", schema = @Schema(type = STRING,
                    enumeration = {"UNIT", "FIELD", "PROCEDURE", "MONTH", "NONE", "OFFICIAL"})) String groupBy,
            @QueryParam("unitView") @Parameter(description = UNIT_VIEW, schema = @Schema(type = STRING,
                    enumeration = {"AS_WAS", "AS_IS"})) String unitView,
            @QueryParam("unitCode") @Parameter(description = UNIT_CODE) String unitCode,
            @QueryParam("procedureCode") @Parameter(description = "only this procedure") String procedureCode,
            @QueryParam("fieldCode") @Parameter(description = "only this field, see listFields") String fieldCode,
            @QueryParam("official") @Parameter(description = OFFICIAL) String official) {
        List<FieldError> errors = new ArrayList<>();
        ReportParams p = ReportParams.read(from, to, groupBy, unitView, unitCode, procedureCode, fieldCode, official,
                errors);
        ReportParams.refuse(errors);
        TimelinessTable t = reports.report(p.request());
        return TimelinessReportDto.of(p.request().period().from(), p.request().period().to(),
                p.request().groupBy().name(), p.unitView().name(), t);
    }

    @GET
    @Path("/dossiers")
    @Operation(operationId = "reportDrillDown", summary = "The dossiers behind one number of the timeliness report "
            + "or of the service rates: the same period, grouping and scope, the column (a count field name, e.g. "
            + "finishedLate or digitised) and the row's key (unit, field or procedure code; with unitView=AS_IS a unit of today, listing its predecessors' "
            + "dossiers too; yyyy-MM for MONTH; none for NONE); first/size to page, size at most 500. total equals "
            + "the number in the report")
    public DrillDownDto reportDrillDown(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            @QueryParam("column") @Parameter(required = true, description = "the number's count field, in the "
                    + "timeliness report (receivedTotal … openOverdue, finishedWithResult: the dossiers its working days are "
                    + "measured on), the service rates (received … satisfied) or the index's shortfalls (supplementedTwiceInTime "
                    + "… notPaidOnline, see indexDrillDown)",
                    schema = @Schema(type = STRING, enumeration = {
                    "receivedTotal", "receivedOnline", "receivedInPersonOrPostal", "carriedOver", "finishedTotal",
                    "finishedEarly", "finishedOnTime", "finishedLate", "openTotal", "openWithinTime",
                    "openOverdue", "finishedWithResult", "received", "receivedInPerson", "receivedPostal", "digitised", "feeBearing",
                    "paidOnline", "electronicResults", "supplementedOnce", "supplementedTwice", "apologised",
                    "lateWithoutApology", "rated", "rated1", "rated2", "rated3", "rated4", "rated5",
                    "satisfied", "supplementedTwiceInTime", "notDigitised", "withoutElectronicResult",
                    "notPaidOnline"})) String column,
            @QueryParam("key") @Parameter(description = "the row's key (required unless groupBy=NONE)") String key,
            @QueryParam("groupBy") @Parameter(description = "rows per unit, field, procedure or month; NONE (the default): "
                    + "one row", schema = @Schema(type = STRING,
                    enumeration = {"UNIT", "FIELD", "PROCEDURE", "MONTH", "NONE"})) String groupBy,
            @QueryParam("unitView") @Parameter(description = UNIT_VIEW, schema = @Schema(type = STRING,
                    enumeration = {"AS_WAS", "AS_IS"})) String unitView,
            @QueryParam("unitCode") @Parameter(description = UNIT_CODE) String unitCode,
            @QueryParam("procedureCode") @Parameter(description = "only this procedure") String procedureCode,
            @QueryParam("fieldCode") @Parameter(description = "only this field, see listFields") String fieldCode,
            @QueryParam("first") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("50")
            @Parameter(schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        List<FieldError> errors = new ArrayList<>();
        ReportParams p = ReportParams.read(from, to, groupBy, unitView, unitCode, procedureCode, fieldCode, errors);
        ReportParams.dossiersOnly(p, "report.official.noDrillDown", errors);
        ReportColumn c = ReportParams.column(column, errors);
        String k = ReportParams.key(p.groupBy(), key, errors);
        ReportParams.refuse(errors);
        DrillDownPage page = reports.drillDown(p.request(), c, k, first, size);
        DrillDownDto d = new DrillDownDto();
        d.column = c.name();
        d.key = p.groupBy() == ReportGrouping.NONE ? null : k;
        d.total = page.total();
        d.first = first;
        d.size = size;
        d.items = page.items().stream().map(DrillDownItemDto::of).toList();
        return d;
    }
}
