package vn.motcua.reporting.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.FactService;

/** The facts behind the caller's province's reports. */
@Path("/reports/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class FactResource {

    @Inject
    FactService facts;

    @POST
    @Path("/rebuild")
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "rebuildFacts", summary = "Recompute the province's report facts from its dossiers "
            + "(they are kept as dossiers change; this is for a restore or a check). Writers wait while it runs.")
    public ReportDtos.RebuiltFactsDto rebuildFacts() {
        FactService.Rebuilt r = facts.rebuild();
        return ReportDtos.RebuiltFactsDto.of(r.factRows(), r.stepFactRows(), r.took().toMillis());
    }
}
