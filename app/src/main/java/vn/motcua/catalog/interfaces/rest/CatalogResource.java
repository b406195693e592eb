package vn.motcua.catalog.interfaces.rest;

import vn.motcua.shared.interfaces.rest.BodyLimit;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
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
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.application.ProcedureRows;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.shared.interfaces.rest.Dtos.ImportResultDto;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedureDto;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedurePage;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedureRequest;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedureSummary;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.shared.tabular.TabularWriter;

/** The caller's province's procedure catalog. Every province role reads it; province administrators change it. */
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedure catalog")
public class CatalogResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CatalogService catalog;

    @GET
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "listProcedures", summary = "Search the current catalog: text ignores Vietnamese accents "
            + "(\"ho tich\" finds \"hộ tịch\"), filters by field, level and online kind, paged")
    public ProcedurePage listProcedures(
            @Parameter(description = "words of the code or name, accents optional") @QueryParam("q") String q,
            @Parameter(description = "field code, see listFields") @QueryParam("field") String field,
            @Parameter(description = "PROVINCE or COMMUNE") @QueryParam("level") String level,
            @Parameter(description = "NONE, PARTIAL or FULL") @QueryParam("onlineKind") String onlineKind,
            @QueryParam("first") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("20")
            @Parameter(schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        CatalogService.Page page = catalog.search(new CatalogService.Query(q, field,
                parse(Level.class, "level", level), parse(OnlineKind.class, "onlineKind", onlineKind), first, size));
        ProcedurePage p = new ProcedurePage();
        p.total = page.total();
        p.first = first;
        p.size = page.items().size();
        p.items = page.items().stream().map(ProcedureSummary::of).toList();
        return p;
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "getProcedure", summary = "A procedure as it is today, or as it was on a date (asOf), "
            + "with its process steps and its version and publication history")
    public ProcedureDto getProcedure(@PathParam("code") String code,
                                     @Parameter(description = "yyyy-MM-dd") @QueryParam("asOf") String asOf) {
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (RuntimeException e) {
                throw DomainException.invalid(List.of(new DomainException.FieldError("asOf", "procedure.date.invalid")));
            }
        }
        ProcedureVersion v = catalog.get(code, date);
        return ProcedureDto.of(v, catalog.history(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @APIResponse(responseCode = "201", description = "The procedure's first version; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcedureDto.class)))
    @Operation(operationId = "createProcedure", summary = "Add a procedure to the province's catalog (first version)")
    public Response createProcedure(ProcedureRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        ProcedureVersion v = catalog.create(request.toContent(null), request.versionValidFrom);
        return Response.created(URI.create("/api/procedures/" + v.getCode()))
                .entity(ProcedureDto.of(v, catalog.history(v.getCode()))).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "updateProcedure", summary = "Edit a procedure: creates a new version from versionValidFrom (default "
            + "today) and closes the current one. basedOnVersionId must be the current versionId (409 otherwise).")
    public ProcedureDto updateProcedure(@PathParam("code") String code, ProcedureRequest request) {
        if (request == null || request.basedOnVersionId == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("basedOnVersionId", "field.required")));
        }
        ProcedureVersion v = catalog.update(code, request.basedOnVersionId, request.toContent(code), request.versionValidFrom);
        return ProcedureDto.of(v, catalog.history(code));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @BodyLimit(BodyLimit.TABLE_IMPORT)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "importProcedures", summary = "Import procedures from CSV, XLSX or JSON (an array of rows "
            + "with the export's columns). All or nothing: any bad row → 400 with errors[{row, column, message}] and "
            + "nothing written. Keyed by code: same file twice changes nothing.")
    public ImportResultDto importProcedures(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Table table = TabularReader.readRequest(contentType, body, ProcedureRows.COLUMNS);
        CatalogService.ImportResult r = catalog.importTable(table);
        return ImportResultDto.of(r.created(), r.updated(), r.unchanged());
    }

    @GET
    @Path("export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @APIResponse(responseCode = "200", description = "The rows (format csv, the default, xlsx or json)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY))})
    @Operation(operationId = "exportProcedures", summary = "The current catalog as CSV, XLSX or JSON, in the form importProcedures reads")
    public Response exportProcedures(@QueryParam("format") @DefaultValue("csv") String format) {
        List<List<String>> rows = catalog.exportRows();
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals("json")) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (List<String> row : rows) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                for (int i = 0; i < ProcedureRows.COLUMNS.size(); i++) {
                    o.add(ProcedureRows.COLUMNS.get(i), row.get(i));
                }
                a.add(o);
            }
            StringWriter w = new StringWriter();
            Json.createWriter(w).writeArray(a.build());
            return Response.ok(w.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        TabularFormat tf = f.equals("xlsx") ? TabularFormat.XLSX : f.equals("csv") ? TabularFormat.CSV : null;
        if (tf == null) {
            throw DomainException.invalid("procedure.format.unsupported");
        }
        byte[] bytes = TabularWriter.write(tf, "Thu tuc", ProcedureRows.COLUMNS, rows);
        return Response.ok(bytes, tf == TabularFormat.CSV ? "text/csv; charset=UTF-8" : tf.mediaType())
                .header("Content-Disposition", "attachment; filename=\"thu-tuc-hanh-chinh." + tf.extension() + "\"").build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(new DomainException.FieldError(field,
                    field.equals("level") ? "procedure.levels.unknown" : "procedure.onlineKind.required", value)));
        }
    }

}
