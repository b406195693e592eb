package vn.motcua.index.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.index.application.ProvinceComparisonService;
import vn.motcua.index.domain.AggregatePeriod;
import vn.motcua.index.interfaces.rest.ComparisonDtos.ComparableProcedureDto;
import vn.motcua.index.interfaces.rest.ComparisonDtos.ComparableProceduresDto;
import vn.motcua.index.interfaces.rest.ComparisonDtos.ProcedureComparisonDto;
import vn.motcua.index.interfaces.rest.ComparisonDtos.ProvinceComparisonDto;
import vn.motcua.index.interfaces.rest.ComparisonDtos.ProvinceRankingDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * Central agencies' comparison of the provinces, from the aggregates the provinces published and nothing else: no
 * dossier, applicant or official is read. Who: central viewers and platform administrators.
 */
@Path("/central")
@Tag(name = "Index")
public class CentralResource {

    static final String KIND = "MONTH, or YEAR_TO_DATE (the default: the year to the month's end)";
    static final String MONTH = "the month, yyyy-MM (default: the latest any province has published)";
    static final String WHO = " Who: central viewers and platform administrators.";

    @Inject
    ProvinceComparisonService comparison;

    @GET
    @Path("/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    @Operation(operationId = "rankProvinces", summary = "The provinces of this deployment ranked for a period by the "
            + "index they published (competition ranks): total, band, groups, the days covered and when published, "
            + "the spread of their units' scores, and the provinces each absorbed, whose own published counts of the "
            + "period are pooled into its line (summed numerators and denominators, scored again). Names the active "
            + "provinces that have not published the period." + WHO)
    public ProvinceRankingDto rankProvinces(
            @QueryParam("kind") @Parameter(description = KIND,
                    schema = @Schema(type = STRING, enumeration = {"MONTH", "YEAR_TO_DATE"})) String kind,
            @QueryParam("month") @Parameter(description = MONTH) String month) {
        List<FieldError> errors = new ArrayList<>();
        Period p = period(kind, month, errors);
        refuseIf(errors);
        return ProvinceRankingDto.of(comparison.ranking(p.kind(), p.month()));
    }

    @GET
    @Path("/compare")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    @Operation(operationId = "compareProvinces", summary = "Chosen provinces side by side for a period, group by group "
            + "and metric by metric (counts, ratio, score, points lost, source), each with its rank among all, its "
            + "trend (the year's months so far, or the last 12 months), the spread of its units' scores and the units "
            + "themselves." + WHO)
    public ProvinceComparisonDto compareProvinces(
            @QueryParam("provinces") @Parameter(required = true, description = "province codes, comma separated "
                    + "(1 to 8), e.g. H21,H48,H27") String provinces,
            @QueryParam("kind") @Parameter(description = KIND,
                    schema = @Schema(type = STRING, enumeration = {"MONTH", "YEAR_TO_DATE"})) String kind,
            @QueryParam("month") @Parameter(description = MONTH) String month) {
        List<FieldError> errors = new ArrayList<>();
        Period p = period(kind, month, errors);
        List<String> codes = provinces == null ? List.of() : Arrays.stream(provinces.split(","))
                .map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        if (codes.isEmpty() || codes.size() > ProvinceComparisonService.MAX_COMPARED) {
            errors.add(new FieldError("provinces", "aggregates.compare.count", ProvinceComparisonService.MAX_COMPARED));
        }
        refuseIf(errors);
        return ProvinceComparisonDto.of(comparison.compare(p.kind(), p.month(), codes));
    }

    @GET
    @Path("/procedures")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    @Operation(operationId = "listComparableProcedures", summary = "The procedures the provinces published for a "
            + "period, by the code their dossiers are stored under (the national code): how many provinces and "
            + "dossiers, the most provinces first; q filters by code or name." + WHO)
    public ComparableProceduresDto listComparableProcedures(
            @QueryParam("kind") @Parameter(description = KIND,
                    schema = @Schema(type = STRING, enumeration = {"MONTH", "YEAR_TO_DATE"})) String kind,
            @QueryParam("month") @Parameter(description = MONTH) String month,
            @QueryParam("q") @Parameter(description = "part of a code or name") String q,
            @QueryParam("limit") @DefaultValue("50")
            @Parameter(schema = @Schema(type = INTEGER, minimum = "1", maximum = "500")) int limit) {
        List<FieldError> errors = new ArrayList<>();
        Period p = period(kind, month, errors);
        if (limit < 1 || limit > 500) {
            errors.add(new FieldError("limit", "index.limit.range", 1, 500));
        }
        if (q != null && q.length() > 300) {
            errors.add(new FieldError("q", "text.tooLong", 300, q.length()));
        }
        refuseIf(errors);
        YearMonth m = p.month() == null ? comparison.latestMonth(p.kind()) : p.month();
        ComparableProceduresDto d = new ComparableProceduresDto();
        d.kind = p.kind().name();
        d.month = m.toString();
        d.procedures = comparison.procedures(p.kind(), m, q, limit).stream().map(v -> {
            ComparableProcedureDto x = new ComparableProcedureDto();
            x.code = v.code();
            x.name = v.name();
            x.provinces = v.provinces();
            x.received = v.received();
            return x;
        }).toList();
        return d;
    }

    @GET
    @Path("/procedures/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CENTRAL_VIEWER", "PLATFORM_ADMIN"})
    @Operation(operationId = "compareProcedure", summary = "One procedure across the provinces for a period, by its "
            + "code: in each province that published it, the dossiers received and the share online, finished and the "
            + "share early or on time, open and overdue, and the median, 90th percentile and average working days to "
            + "finish with a result; and all of them pooled (sums of counts, the percentiles of all their dossiers)."
            + " 404 when no province published it for the period." + WHO)
    public ProcedureComparisonDto compareProcedure(
            @PathParam("code") String code,
            @QueryParam("kind") @Parameter(description = KIND,
                    schema = @Schema(type = STRING, enumeration = {"MONTH", "YEAR_TO_DATE"})) String kind,
            @QueryParam("month") @Parameter(description = MONTH) String month) {
        List<FieldError> errors = new ArrayList<>();
        Period p = period(kind, month, errors);
        refuseIf(errors);
        return ProcedureComparisonDto.of(comparison.procedure(code, p.kind(), p.month()));
    }

    /** The period of a central read: its kind, and its month (null: the latest published). */
    record Period(AggregatePeriod kind, YearMonth month) { }

    static Period period(String kind, String month, List<FieldError> errors) {
        return new Period(kind(kind, errors), AggregatesResource.month("month", month, false, errors));
    }

    static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    static AggregatePeriod kind(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return AggregatePeriod.YEAR_TO_DATE;
        }
        try {
            return AggregatePeriod.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "aggregates.kind", raw));
            return AggregatePeriod.YEAR_TO_DATE;
        }
    }
}
