package vn.motcua.index.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.index.application.TenantIndexService;
import vn.motcua.index.domain.IndexInput;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.index.domain.MetricRule;
import vn.motcua.index.domain.PointsLost;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.CostDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexChangeRequest;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexDossierDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexDrillDownDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexInputDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexInputsDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexInputsRequest;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.PointsLostDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.SimulateIndexRequest;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.SimulationDto;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.TenantIndexDto;
import vn.motcua.reporting.domain.DrillDownPage;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.interfaces.rest.QueryDates;

/**
 * The signed-in province's own index (issue 14): its units and the province scored from its facts and entered
 * inputs, who costs it points, the dossiers behind each shortfall, what-if scenarios, and the inputs the
 * administrator enters. A period is a day range (at most 10 years) and the rule set is the one in force on its last
 * day.
 */
@Path("/index")
@Tag(name = "Index")
public class TenantIndexResource {

    static final String COMPARED_WITH = "the day of the published ranking to compare with, yyyy-MM-dd (the latest "
            + "by default; 404 when there is no publication that day)";
    static final String READERS_NOTE = " Who: the province's administrators and leaders, and unit leaders.";

    @Inject
    TenantIndexService index;

    @GET
    @Path("/province")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "tenantIndex", summary = "The province's Decision 766 index for a period, from its own "
            + "data: every unit as it is now (agencies and communes) and the province, each metric with numerator, "
            + "denominator, ratio, score, points lost, source (COMPUTED from the report facts and the catalog, ENTERED "
            + "by the administrator, RULE, MISSING) and the parts of its shortfall (drill-down columns); the province "
            + "scored from the units' summed counts; and the place its total would take in the latest published "
            + "ranking (or the one of comparedWith)." + READERS_NOTE)
    public TenantIndexDto tenantIndex(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            @QueryParam("comparedWith") @Parameter(description = COMPARED_WITH) String comparedWith) {
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod p = period(from, to, errors);
        LocalDate with = QueryDates.optional("comparedWith", comparedWith, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return TenantIndexDto.of(index.index(p, with));
    }

    @POST
    @Path("/simulate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "simulateIndex", summary = "What if: the province's index for a period with some counts "
            + "changed (a unit's metric, or a metric counted once for the province without unitCode), beside the index "
            + "as it is; the province re-pooled from the units and its place in the latest published ranking. Nothing "
            + "is written." + READERS_NOTE)
    public SimulationDto simulateIndex(SimulateIndexRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw DomainException.invalid(List.of(new FieldError("from", "field.required")));
        }
        ReportPeriod p = period(request.from, request.to, errors);
        List<MetricChange> changes = changes(request.changes, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return SimulationDto.of(index.simulate(p, changes, request.comparedWith));
    }

    /**
     * The changes of a what-if body (simulateIndex, a saved scenario), each with its metric and both counts; the
     * rest (known metric and unit, counts in order) is the service's.
     */
    static List<MetricChange> changes(List<IndexChangeRequest> requested, List<FieldError> errors) {
        List<MetricChange> changes = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            errors.add(new FieldError("changes", "field.required"));
            return changes;
        }
        for (int i = 0; i < requested.size(); i++) {
            IndexChangeRequest c = requested.get(i);
            String at = "changes[" + i + "]";
            if (c == null || c.metricCode == null || c.metricCode.isBlank()) {
                errors.add(new FieldError(at + ".metricCode", "field.required"));
            } else if (c.numerator == null || c.denominator == null) {
                errors.add(new FieldError(at + (c.numerator == null ? ".numerator" : ".denominator"),
                        "field.required"));
            } else {
                changes.add(new MetricChange(blankToNull(c.unitCode), c.metricCode.strip(), c.numerator,
                        c.denominator));
            }
        }
        return changes;
    }

    @GET
    @Path("/points-lost")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "indexPointsLost", summary = "Who costs the province its points in a period, most "
            + "first: each metric's points lost (its maximum less the province's score) shared among units (as they "
            + "are now) or procedures in proportion to the dossiers (or, for publicity, the procedures) each has short "
            + "of the target; the shares add up to what the metric lost. \"Which ten procedures cost us the most "
            + "points this quarter?\" is by=PROCEDURE&limit=10." + READERS_NOTE)
    public PointsLostDto indexPointsLost(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            @QueryParam("by") @Parameter(description = "UNIT (the default) or PROCEDURE",
                    schema = @Schema(type = STRING, enumeration = {"UNIT", "PROCEDURE"})) String by,
            @QueryParam("limit") @DefaultValue("20")
            @Parameter(schema = @Schema(type = INTEGER, minimum = "1", maximum = "1000")) int limit) {
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod p = period(from, to, errors);
        TenantIndexService.CostBy costBy = TenantIndexService.CostBy.UNIT;
        if (by != null && !by.isBlank()) {
            try {
                costBy = TenantIndexService.CostBy.valueOf(by.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("by", "report.choice.invalid", "by", "UNIT, PROCEDURE"));
            }
        }
        if (limit < 1 || limit > 1000) {
            errors.add(new FieldError("limit", "index.limit.range", 1, 1000));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        TenantIndexService.PointsLostList list = index.pointsLost(index.index(p, null), costBy);
        PointsLostDto d = new PointsLostDto();
        d.from = p.from();
        d.to = p.to();
        d.by = costBy.name();
        d.provinceTotal = list.provinceTotal();
        d.provinceLost = vn.motcua.index.domain.PortalArithmetic.round2(100 - list.provinceTotal());
        d.items = list.costs().stream().limit(limit)
                .map(c -> CostDto.of(c, list.names().get(c.key()))).toList();
        return d;
    }

    @GET
    @Path("/drill-down")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "indexDrillDown", summary = "The dossiers behind one part of a metric's shortfall in a "
            + "period (the column as tenantIndex names it in the metric's shortfall), for the province, a unit (as it "
            + "is now) or a procedure, a page at a time; the list's total is the count tenantIndex shows. Codes and "
            + "instants only, never an applicant." + READERS_NOTE)
    public IndexDrillDownDto indexDrillDown(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            @QueryParam("metric") @Parameter(required = true, description = "a metric counted from dossiers",
                    schema = @Schema(type = STRING, enumeration = {"TDGQ_ON_TIME", "ONLINE", "TTTT",
                            "TTTT_DOSSIER_PAYMENT", "ORIGINAL_RESULT_AVAILABLE", "SO_HOA_GIAY_TO_GIAI_QUYET",
                            "DOSSIER_RECEIVING_SATISFACTION"})) String metric,
            @QueryParam("column") @Parameter(required = true, description = "a part of the metric's shortfall",
                    schema = @Schema(type = STRING, enumeration = {"finishedLate", "openOverdue",
                            "supplementedTwiceInTime", "receivedInPerson", "receivedPostal", "notPaidOnline",
                            "withoutElectronicResult", "notDigitised", "rated1", "rated2"})) String column,
            @QueryParam("unitCode") @Parameter(description = "only this unit (as it is now)") String unitCode,
            @QueryParam("procedureCode") @Parameter(description = "only this procedure") String procedureCode,
            @QueryParam("first") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("50")
            @Parameter(schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        ReportPeriod p = period(from, to);
        DrillDownPage page = index.drillDown(p, blankToNull(metric), blankToNull(column), blankToNull(unitCode),
                blankToNull(procedureCode), first, size);
        IndexDrillDownDto d = new IndexDrillDownDto();
        d.metric = metric.strip();
        d.column = column.strip();
        d.unitCode = blankToNull(unitCode);
        d.procedureCode = blankToNull(procedureCode);
        d.total = page.total();
        d.first = first;
        d.size = size;
        d.items = page.items().stream().map(IndexDossierDto::of).toList();
        return d;
    }

    @GET
    @Path("/inputs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "listIndexInputs", summary = "The index inputs entered for exactly this period, and the "
            + "metrics that may be entered." + READERS_NOTE)
    public IndexInputsDto listIndexInputs(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to) {
        ReportPeriod p = period(from, to);
        return inputsDto(p, index.inputs(p), null);
    }

    @PUT
    @Path("/inputs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "putIndexInputs", summary = "Replace the index inputs of a period (all or nothing): counts "
            + "for the metrics the product does not hold yet (petitions, population data, the personal data store, "
            + "reuse of digitised data, sync to the national portal), per unit, or without unitCode for a metric "
            + "counted once for the province. Every figure they feed is marked ENTERED. An empty list removes the "
            + "period's inputs. Who: the province administrator.")
    public IndexInputsDto putIndexInputs(
            @QueryParam("from") @Parameter(required = true, description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, yyyy-MM-dd") String to,
            IndexInputsRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod p = period(from, to, errors);
        List<IndexInput> entries = new ArrayList<>();
        if (request == null || request.inputs == null) {
            errors.add(new FieldError("inputs", "field.required"));
        } else {
            for (int i = 0; i < request.inputs.size(); i++) {
                IndexInputDto e = request.inputs.get(i);
                String at = "inputs[" + i + "]";
                if (e == null || e.metricCode == null || e.metricCode.isBlank()) {
                    errors.add(new FieldError(at + ".metricCode", "field.required"));
                } else if (e.numerator == null || e.denominator == null) {
                    errors.add(new FieldError(at + (e.numerator == null ? ".numerator" : ".denominator"),
                            "field.required"));
                } else {
                    String unit = blankToNull(e.unitCode);
                    entries.add(new IndexInput(unit == null ? "" : unit, e.metricCode.strip(),
                            e.numerator, e.denominator, blankToNull(e.note), null, null));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        int replaced = index.putInputs(p, entries);
        return inputsDto(p, index.inputs(p), replaced);
    }

    private IndexInputsDto inputsDto(ReportPeriod p, List<IndexInput> entries, Integer replaced) {
        IndexInputsDto d = new IndexInputsDto();
        d.from = p.from();
        d.to = p.to();
        d.enterable = index.enterable(p).stream().map(MetricRule::code).toList();
        d.inputs = entries.stream().map(IndexInputDto::of).toList();
        d.replaced = replaced;
        return d;
    }

    static ReportPeriod period(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod p = period(from, to, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return p;
    }

    /** The period of a JSON body: both days required, then checked as the reports check theirs. */
    static ReportPeriod period(LocalDate f, LocalDate t, List<FieldError> errors) {
        if (f == null) {
            errors.add(new FieldError("from", "field.required"));
        }
        if (t == null) {
            errors.add(new FieldError("to", "field.required"));
        }
        return ReportPeriod.checked(f, t, errors);
    }

    private static ReportPeriod period(String from, String to, List<FieldError> errors) {
        return ReportPeriod.checked(QueryDates.required("from", from, errors), QueryDates.required("to", to, errors),
                errors);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
