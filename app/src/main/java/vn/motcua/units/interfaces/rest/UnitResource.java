package vn.motcua.units.interfaces.rest;

import vn.motcua.shared.interfaces.rest.BodyLimit;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.shared.interfaces.rest.Dtos.ImportResultDto;
import vn.motcua.units.interfaces.rest.UnitDtos.MergeRequest;
import vn.motcua.units.interfaces.rest.UnitDtos.PlanDto;
import vn.motcua.units.interfaces.rest.UnitDtos.SplitRequest;
import vn.motcua.units.interfaces.rest.UnitDtos.TimelineEntryDto;
import vn.motcua.units.interfaces.rest.UnitDtos.UnitDto;
import vn.motcua.units.interfaces.rest.UnitDtos.UnitMappingDto;
import vn.motcua.units.interfaces.rest.UnitDtos.UnitRequest;
import vn.motcua.units.interfaces.rest.UnitDtos.UnitTimelineDto;
import vn.motcua.units.interfaces.rest.UnitDtos.SuccessionDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.shared.tabular.TabularWriter;
import vn.motcua.units.application.UnitExport;
import vn.motcua.units.application.UnitImporter;
import vn.motcua.units.application.UnitInput;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.application.UnitsSnapshot;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitVersion;

/** The units of the caller's province, with their history. Everyone in the province reads; its administrators change. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
@Tag(name = "Units")
public class UnitResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    UnitService units;

    @GET
    @Operation(operationId = "listUnits",
            summary = "The province's units valid on a day (asOf=yyyy-MM-dd, default today), as a tree (view=tree, default) or a flat list (view=flat)")
    public List<UnitDto> listUnits(@QueryParam("asOf") String asOf, @QueryParam("view") String view) {
        LocalDate day = day(asOf, "asOf");
        UnitsSnapshot s = units.snapshot();
        if ("flat".equalsIgnoreCase(view)) {
            return s.history().unitsOn(day).stream().map(v -> UnitDto.of(v, s.identity(v.unitId()))).toList();
        }
        if (view != null && !view.isBlank() && !"tree".equalsIgnoreCase(view)) {
            throw DomainException.invalid(List.of(new FieldError("view", "request.badRequest", view)));
        }
        return s.history().treeOn(day).stream().map(n -> UnitDto.tree(n, s)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit", summary = "One unit as it was on a day (asOf, default today; its last version if it had ended)")
    public UnitDto getUnit(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            @QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf, "asOf");
        UnitsSnapshot s = units.snapshotWith(id);
        UnitVersion v = s.history().versionOn(id, day).or(() -> s.history().latest(id))
                .orElseThrow(() -> DomainException.notFound("unit.notFound", id));
        return UnitDto.of(v, s.identity(id));
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "getUnitTimeline", summary = "Every version of a unit and every succession link in or out, oldest first")
    public UnitTimelineDto getUnitTimeline(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id) {
        UnitsSnapshot s = units.snapshotWith(id);
        UnitTimelineDto d = new UnitTimelineDto();
        d.unitId = id;
        for (UnitHistory.TimelineEntry e : s.history().timeline(id)) {
            TimelineEntryDto t = new TimelineEntryDto();
            t.date = e.date();
            t.event = e.event();
            t.version = e.version() == null ? null : UnitDto.of(e.version(), s.identity(id));
            if (e.link() != null) {
                t.link = SuccessionDto.of(e.link());
                long other = e.link().predecessorId() == id ? e.link().successorId() : e.link().predecessorId();
                t.otherUnitName = s.history().versionOn(other, e.link().date())
                        .or(() -> s.history().versionOn(other, e.link().date().minusDays(1)))
                        .or(() -> s.history().latest(other)).map(UnitVersion::name).orElse(null);
            }
            d.entries.add(t);
        }
        return d;
    }

    @GET
    @Path("/{id}/successors")
    @Operation(operationId = "mapUnit",
            summary = "What unit(s) an old unit corresponds to on a day (asOf, default today), following merger and split links transitively")
    public UnitMappingDto mapUnit(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            @QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf, "asOf");
        UnitsSnapshot s = units.snapshotWith(id);
        UnitMappingDto d = new UnitMappingDto();
        d.unitId = id;
        d.asOf = day;
        for (long succ : s.history().successorsOn(id, day)) {
            s.history().versionOn(succ, day).ifPresent(v -> d.successors.add(UnitDto.of(v, s.identity(succ))));
        }
        return d;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @APIResponse(responseCode = "201", description = "The new unit; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitDto.class)))
    @Operation(operationId = "createUnit", summary = "Create a unit valid from validFrom (default today)")
    public Response createUnit(UnitRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        UnitService.Outcome o = units.create(request.toInput(), request.validFrom);
        long id = o.idOf(o.plan().newUnits().get(0).tempId());
        UnitsSnapshot s = units.snapshotWith(id);
        return Response.created(URI.create("/api/units/" + id))
                .entity(UnitDto.of(s.history().latest(id).orElseThrow(), s.identity(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "updateUnit",
            summary = "Rename, move, recode or reclassify a unit from effectiveFrom (default today): a new version; send the version you read (409 if it changed)")
    public UnitDto updateUnit(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            UnitRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        units.update(id, request.version, request.toInput(), request.effectiveFrom);
        UnitsSnapshot s = units.snapshotWith(id);
        LocalDate from = request.effectiveFrom == null ? UnitService.today() : request.effectiveFrom;
        return UnitDto.of(s.history().versionOn(id, from).orElseThrow(), s.identity(id));
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "mergeUnits",
            summary = "Merge units into an existing or a new unit on a date; preview=true returns what would change without writing")
    public PlanDto mergeUnits(MergeRequest request, @QueryParam("preview") boolean preview) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        UnitHistory before = units.snapshot().history();
        UnitInput target = request.newTarget == null ? null : request.newTarget.toInput();
        return PlanDto.of(units.merge(request.sourceIds, request.targetId, target, required(request.date, "date"), preview), before);
    }

    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "splitUnit",
            summary = "Split new units out of a unit on a date, optionally closing it; preview=true returns what would change without writing")
    public PlanDto splitUnit(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            SplitRequest request,
            @QueryParam("preview") boolean preview) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        UnitHistory before = units.snapshotWith(id).history();
        List<UnitInput> parts = request.parts == null ? List.of()
                : request.parts.stream().map(p -> p == null ? null : p.toInput()).toList();
        return PlanDto.of(units.split(id, parts, request.closeSource, required(request.date, "date"), preview), before);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @BodyLimit(BodyLimit.TABLE_IMPORT)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "importUnits",
            summary = "Import units from CSV, XLSX or JSON (an array of row objects); all or nothing, re-importing the same file changes nothing")
    public ImportResultDto importUnits(@HeaderParam("Content-Type") String contentType, byte[] body) {
        Table table = TabularReader.readRequest(contentType, body, List.of());
        UnitImporter.Result r = units.importTable(table);
        return ImportResultDto.of(r.created(), r.updated(), r.unchanged());
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The rows (format csv, the default, xlsx or json)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY))})
    @Operation(operationId = "exportUnits",
            summary = "Export the units valid on a day (asOf, default today) as csv, xlsx or json, in the shape importUnits reads")
    public Response exportUnits(@QueryParam("format") String format, @QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf, "asOf");
        String f = format == null || format.isBlank() ? "csv" : format.toLowerCase(Locale.ROOT);
        List<List<String>> rows = UnitExport.rows(units.snapshot().history(), day);
        String name = "units-" + day;
        switch (f) {
            case "json" -> {
                var arr = Json.createArrayBuilder();
                for (List<String> row : rows) {
                    var o = Json.createObjectBuilder();
                    for (int i = 0; i < UnitImporter.COLUMNS.size(); i++) {
                        o.add(UnitImporter.COLUMNS.get(i), row.get(i));
                    }
                    arr.add(o);
                }
                return Response.ok(arr.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
            }
            case "csv", "xlsx" -> {
                TabularFormat tf = "csv".equals(f) ? TabularFormat.CSV : TabularFormat.XLSX;
                byte[] bytes = TabularWriter.write(tf, "units", UnitImporter.COLUMNS, rows);
                return Response.ok(bytes, tf == TabularFormat.CSV ? "text/csv; charset=UTF-8" : XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + name + "." + tf.extension() + "\"").build();
            }
            default -> throw DomainException.invalid(List.of(new FieldError("format", "unit.format.invalid")));
        }
    }

    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return UnitService.today();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(List.of(new FieldError(field, "unit.import.date.invalid", value)));
        }
    }

    private static LocalDate required(LocalDate d, String field) {
        if (d == null) {
            throw DomainException.invalid(List.of(new FieldError(field, "field.required")));
        }
        return d;
    }

}
