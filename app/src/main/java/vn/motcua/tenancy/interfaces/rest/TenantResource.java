package vn.motcua.tenancy.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.application.SecurityAudit;
import vn.motcua.identity.application.SecurityEvent;
import vn.motcua.tenancy.interfaces.rest.TenancyDtos.CreateTenantRequest;
import vn.motcua.tenancy.interfaces.rest.TenancyDtos.TenantDto;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

@Path("/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class TenantResource {

    @Inject
    TenantRegistry tenants;

    @Inject
    SecurityAudit audit;

    @GET
    @RolesAllowed({"PLATFORM_ADMIN", "CENTRAL_VIEWER"})
    @Operation(operationId = "listTenants", summary = "All provinces served by this deployment (platform administrators and central agencies)")
    public List<TenantDto> listTenants() {
        return tenants.list().stream().map(TenantDto::of).toList();
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed({"PLATFORM_ADMIN", "CENTRAL_VIEWER"})
    @Operation(operationId = "getTenant", summary = "One province by its slug")
    public TenantDto getTenant(@PathParam("slug") String slug) {
        return TenantDto.of(tenants.get(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PLATFORM_ADMIN")
    @APIResponse(responseCode = "201", description = "The new province; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TenantDto.class)))
    @Operation(operationId = "createTenant", summary = "Register a new province tenant")
    public Response createTenant(CreateTenantRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        Tenant t = tenants.create(request.slug, request.provinceCode, request.nameVi, request.nameEn,
                request.activeFrom);
        audit.record(SecurityEvent.TENANT_CREATED, null, t.getSlug(), t.getProvinceCode() + " " + t.getNameVi());
        return Response.created(URI.create("/api/tenants/" + t.getSlug())).entity(TenantDto.of(t)).build();
    }
}
