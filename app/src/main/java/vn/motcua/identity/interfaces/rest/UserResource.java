package vn.motcua.identity.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.application.UserAdministration;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.interfaces.rest.IdentityDtos.CreateUserRequest;
import vn.motcua.identity.interfaces.rest.IdentityDtos.SetUserStatusRequest;
import vn.motcua.identity.interfaces.rest.IdentityDtos.UpdateRolesRequest;
import vn.motcua.identity.interfaces.rest.IdentityDtos.UserDto;
import vn.motcua.shared.DomainException;

@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_ADMIN", "PLATFORM_ADMIN"})
@Tag(name = "Identity")
public class UserResource {

    @Inject
    UserAdministration users;

    @GET
    @Operation(operationId = "listUsers", summary = "Accounts of the caller's province (all accounts for platform administrators)")
    public List<UserDto> listUsers() {
        return users.list(caller()).stream().map(UserDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "One account")
    public UserDto getUser(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return UserDto.of(users.get(caller(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new account; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserDto.class)))
    @Operation(operationId = "createUser", summary = "Create an account (in the caller's province for province administrators)")
    public Response createUser(CreateUserRequest r) {
        if (r == null) {
            throw DomainException.invalid("field.required");
        }
        AppUser u = users.create(caller(), r.username, r.displayName, r.password, r.roles, r.tenant);
        return Response.created(URI.create("/api/users/" + u.getId())).entity(UserDto.of(u)).build();
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUserRoles",
            summary = "Replace an account's roles; 'version' from the last read detects concurrent changes (409)")
    public UserDto updateUserRoles(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            UpdateRolesRequest r) {
        if (r == null || r.version == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("version", "field.required")));
        }
        return UserDto.of(users.updateRoles(caller(), id, r.roles, r.version));
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUserStatus",
            summary = "Disable or re-enable an account, effective at its next request (sessions, passwords and the API "
                    + "tokens it created); 'version' from the last read detects concurrent changes (409)")
    public UserDto setUserStatus(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id,
            SetUserStatusRequest r) {
        List<DomainException.FieldError> missing = new ArrayList<>();
        if (r == null || r.enabled == null) {
            missing.add(new DomainException.FieldError("enabled", "field.required"));
        }
        if (r == null || r.version == null) {
            missing.add(new DomainException.FieldError("version", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid(missing);
        }
        return UserDto.of(users.setEnabled(caller(), id, r.enabled, r.version));
    }

    private static Caller caller() {
        return CallerContext.current().orElseThrow();
    }
}
