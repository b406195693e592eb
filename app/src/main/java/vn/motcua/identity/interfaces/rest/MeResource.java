package vn.motcua.identity.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.interfaces.rest.IdentityDtos.CurrentUser;
import vn.motcua.identity.interfaces.rest.IdentityDtos.TenantSummary;
import vn.motcua.tenancy.application.TenantRegistry;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    @Inject
    TenantRegistry tenants;

    @GET
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user or token: province (slug, code) and roles")
    public CurrentUser getCurrentUser() {
        Caller caller = CallerContext.current().orElseThrow();
        TenantSummary tenant = caller.tenantId() == null ? null
                : TenantSummary.of(tenants.find(caller.tenantId()).orElse(null));
        CurrentUser me = new CurrentUser();
        me.username = caller.name();
        me.displayName = caller.displayName();
        me.tenant = tenant;
        me.roles = caller.roles().stream().map(Enum::name).sorted().toList();
        me.locale = caller.locale();
        me.authenticatedBy = caller.isToken() ? "token" : "password";
        return me;
    }
}
