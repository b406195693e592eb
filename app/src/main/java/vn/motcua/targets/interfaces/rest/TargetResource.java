package vn.motcua.targets.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.YEAR_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.YEAR_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.targets.interfaces.rest.TargetDtos.PutTargetsRequest;
import vn.motcua.targets.interfaces.rest.TargetDtos.TargetDto;
import vn.motcua.targets.interfaces.rest.TargetDtos.TargetYearDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.application.TargetService.TargetInput;
import vn.motcua.targets.domain.Direction;
import vn.motcua.targets.domain.IndexGroup;
import vn.motcua.targets.domain.Metric;

/** KPI targets of the caller's province, per year. Everyone in the province reads them; its administrator sets them. */
@Path("/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
public class TargetResource {

    @Inject
    TargetService targets;

    @GET
    @Path("/{year}")
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "listTargets", summary = "The caller's province's KPI targets of a year, with the version "
            + "to send back to putTargets")
    public TargetYearDto listTargets(
            @PathParam("year")
            @Parameter(schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) int year) {
        return TargetYearDto.of(targets.list(year));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "putTargets", summary = "Replace the year's targets atomically; version = the one read "
            + "(-1 when the year has none), 409 if they changed meanwhile")
    public TargetYearDto putTargets(
            @PathParam("year")
            @Parameter(schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) int year,
            PutTargetsRequest request) {
        if (request == null || request.targets == null || request.version == null) {
            throw DomainException.invalid(List.of(new FieldError(request == null || request.targets == null
                    ? "targets" : "version", "field.required")));
        }
        List<TargetInput> inputs = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.targets.size(); i++) {
            TargetDto t = request.targets.get(i);
            if (t == null) {
                errors.add(new FieldError("targets[" + i + "]", "field.required"));
                continue;
            }
            Metric metric = parse(Metric.class, t.metric, "targets[" + i + "].metric", "target.metric.required", errors);
            IndexGroup group = t.groupCode == null || t.groupCode.isBlank() ? null
                    : parse(IndexGroup.class, t.groupCode, "targets[" + i + "].groupCode", "target.group.mismatch", errors);
            Direction direction = parse(Direction.class, t.direction, "targets[" + i + "].direction",
                    "target.direction.required", errors);
            inputs.add(new TargetInput(t.unitRef, metric, group, t.targetValue, direction, t.deadline, t.sourceNote));
        }
        // Report the fields that did not parse together with everything else wrong in the set.
        List<FieldError> rest = targets.check(inputs, year).stream()
                .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field()))).toList();
        errors.addAll(rest);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return TargetYearDto.of(targets.put(year, request.version, inputs));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, key));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, key));
            return null;
        }
    }
}
