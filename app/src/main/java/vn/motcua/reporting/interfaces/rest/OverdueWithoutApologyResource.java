package vn.motcua.reporting.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
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
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.OverdueWithoutApologyService;

/** The leaders' worklist of overdue dossiers that have no apology letter. */
@Path("/reports/overdue-without-apology")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
@Tag(name = "Reports")
public class OverdueWithoutApologyResource {

    @Inject
    OverdueWithoutApologyService list;

    @GET
    @Operation(operationId = "overdueWithoutApology", summary = "The caller's province's open dossiers with no apology "
            + "letter that are overdue now (pauses counted) or were asked for a supplement a second time (overdue for "
            + "the index), longest overdue first, each naming the official who holds it and why it is listed; paged")
    public OverdueDtos.PageDto overdueWithoutApology(
            @QueryParam("first") @DefaultValue("0") @Parameter(description = "the first row to return, from 0; "
                    + "default 0", schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("50") @Parameter(description = "how many rows, 1 to 500; default 50",
                    schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        return OverdueDtos.PageDto.of(list.page(OffsetDateTime.now(), first, size), first, size);
    }
}
