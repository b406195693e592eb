package vn.motcua.catalog.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedureDto;

/** Procedure versions by their stable id, the id a dossier keeps. */
@Path("/procedure-versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedure catalog")
public class CatalogLookupResource {

    @Inject
    CatalogService catalog;

    @GET
    @Path("{versionId}")
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "getProcedureVersion", summary = "One version by its stable id (the id a dossier keeps)")
    public ProcedureDto getProcedureVersion(
            @PathParam("versionId")
            @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long versionId) {
        ProcedureVersion v = catalog.version(versionId);
        return ProcedureDto.of(v, catalog.history(v.getCode()));
    }

}
