package vn.motcua.identity.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.EVENTS_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.EVENTS_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.application.SecurityAudit;
import vn.motcua.identity.domain.Role;
import vn.motcua.identity.interfaces.rest.IdentityDtos.SecurityEventDto;

@Path("/security-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PLATFORM_ADMIN"})
@Tag(name = "Identity")
public class SecurityEventResource {

    @Inject
    SecurityAudit audit;

    @GET
    @Operation(operationId = "listSecurityEvents",
            summary = "Recent sign-ins, failures, permission and token changes: of the caller's province, or all for platform administrators")
    public List<SecurityEventDto> listSecurityEvents(
            @QueryParam("limit") @DefaultValue("100")
            @Parameter(schema = @Schema(type = INTEGER, minimum = EVENTS_MIN, maximum = EVENTS_MAX)) int limit) {
        Caller caller = CallerContext.current().orElseThrow();
        return audit.recent(caller.has(Role.PLATFORM_ADMIN) ? null : caller.tenantId(), limit).stream().map(e -> {
            SecurityEventDto d = new SecurityEventDto();
            d.occurredAt = e.occurredAt();
            d.event = e.event();
            d.username = e.username();
            d.tenant = e.tenantId();
            d.actor = e.actor();
            d.clientIp = e.clientIp();
            d.detail = e.detail();
            return d;
        }).toList();
    }
}
