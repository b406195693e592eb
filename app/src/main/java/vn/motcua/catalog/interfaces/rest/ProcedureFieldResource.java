package vn.motcua.catalog.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.FieldDto;

/** The national catalogue of procedure fields (platform data, the same for every province). */
@Path("/procedure-fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedure catalog")
public class ProcedureFieldResource {

    @GET
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER", "PLATFORM_ADMIN", "CENTRAL_VIEWER"})
    @Operation(operationId = "listFields", summary = "The national catalogue of procedure fields (lĩnh vực)")
    public List<FieldDto> listFields() {
        return ProcedureFields.all().stream().map(FieldDto::of).toList();
    }

}
