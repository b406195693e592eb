package vn.motcua.index.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.index.application.IndexScenarioService;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.index.interfaces.rest.IndexScenarioDtos.IndexScenarioDto;
import vn.motcua.index.interfaces.rest.IndexScenarioDtos.IndexScenarioResultDto;
import vn.motcua.index.interfaces.rest.IndexScenarioDtos.SaveIndexScenarioRequest;
import vn.motcua.index.interfaces.rest.IndexScenarioDtos.UpdateIndexScenarioRequest;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexChangeRequest;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.interfaces.rest.problem.Problem;

/**
 * The province's saved what-if scenarios (issue 14): a what-if (simulateIndex) writes nothing; a scenario is kept
 * only when it is saved under a name, and is scored again on the data as they are whenever it is read. Another
 * province's scenario is not found (404), like one that does not exist.
 */
@Path("/index/scenarios")
@Tag(name = "Index")
public class IndexScenarioResource {

    static final String WRITERS_NOTE = " Who: the province's administrators and leaders.";

    @Inject
    IndexScenarioService scenarios;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "listIndexScenarios", summary = "The province's saved what-if scenarios by name: each "
            + "one's period, changes, the publication it compares with, who saved it, when, and its version (not "
            + "scored; getIndexScenario scores one)." + TenantIndexResource.READERS_NOTE)
    public List<IndexScenarioDto> listIndexScenarios() {
        return scenarios.list().stream().map(IndexScenarioDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    @Operation(operationId = "getIndexScenario", summary = "A saved what-if scenario with its changes, scored again "
            + "on the data as they are today: result is what simulateIndex answers for the same period, changes and "
            + "comparedWith; when a saved change no longer applies (its unit merged away), result is null and "
            + "refusals say why." + TenantIndexResource.READERS_NOTE)
    public IndexScenarioResultDto getIndexScenario(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return IndexScenarioResultDto.of(scenarios.open(id), locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    @APIResponse(responseCode = "201", description = "Saved, with what it gives today; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = IndexScenarioResultDto.class)))
    @Operation(operationId = "saveIndexScenario", summary = "Save a what-if under a name: the period, changes and "
            + "comparedWith simulateIndex takes, checked as it checks them (400 naming every bad change), and scored "
            + "(the answer comes back). The name is unique in the province: a second scenario of the same name gets "
            + "409." + WRITERS_NOTE)
    public Response saveIndexScenario(SaveIndexScenarioRequest request) {
        if (request == null) {
            throw DomainException.invalid(List.of(new FieldError("name", "field.required")));
        }
        List<FieldError> errors = new ArrayList<>();
        IndexScenarioService.Draft d = draft(request.name, request.from, request.to, request.comparedWith,
                request.changes, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        IndexScenarioService.Opened saved = scenarios.save(d);
        return Response.created(URI.create("/api/index/scenarios/" + saved.scenario().id()))
                .entity(IndexScenarioResultDto.of(saved, locale())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    @Operation(operationId = "updateIndexScenario", summary = "Replace a saved scenario's name, period, changes and "
            + "comparedWith, checked as saveIndexScenario checks them; 'version' from the last read detects "
            + "concurrent edits (409, nothing written). The answer is the scenario scored." + WRITERS_NOTE)
    public IndexScenarioResultDto updateIndexScenario(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            UpdateIndexScenarioRequest request) {
        if (request == null) {
            throw DomainException.invalid(List.of(new FieldError("version", "field.required")));
        }
        List<FieldError> errors = new ArrayList<>();
        IndexScenarioService.Draft d = draft(request.name, request.from, request.to, request.comparedWith,
                request.changes, errors);
        if (request.version == null) {
            errors.add(new FieldError("version", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return IndexScenarioResultDto.of(scenarios.update(id, request.version, d), locale());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deleteIndexScenario", summary = "Delete a saved what-if scenario." + WRITERS_NOTE)
    public Response deleteIndexScenario(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id) {
        scenarios.delete(id);
        return Response.noContent().build();
    }

    /** The body's scenario: the period checked as simulateIndex checks it, the changes read as it reads them. */
    private static IndexScenarioService.Draft draft(String name, LocalDate from, LocalDate to, LocalDate comparedWith,
                                                    List<IndexChangeRequest> changes, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "field.required"));
        }
        ReportPeriod p = TenantIndexResource.period(from, to, errors);
        List<MetricChange> c = TenantIndexResource.changes(changes, errors);
        return new IndexScenarioService.Draft(name, p, c, comparedWith);
    }

    private Locale locale() {
        return Problem.locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
