package vn.motcua.identity.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.ID_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.application.ApiTokenService;
import vn.motcua.identity.interfaces.rest.IdentityDtos.ApiTokenDto;
import vn.motcua.identity.interfaces.rest.IdentityDtos.CreateApiTokenRequest;
import vn.motcua.identity.interfaces.rest.IdentityDtos.CreatedApiToken;
import vn.motcua.shared.DomainException;

@Path("/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PROVINCE_ADMIN")
@Tag(name = "Identity")
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;

    @GET
    @Operation(operationId = "listApiTokens", summary = "API tokens of the caller's province")
    public List<ApiTokenDto> listApiTokens() {
        return tokens.list().stream().map(ApiTokenDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The token with its secret (shown only this once); Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedApiToken.class)))
    @Operation(operationId = "createApiToken",
            summary = "Create an API token for an integration of the caller's province; the secret is returned once")
    public Response createApiToken(CreateApiTokenRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        ApiTokenService.Issued issued = tokens.create(request.name, request.roles, request.validDays);
        return Response.created(URI.create("/api/api-tokens/" + issued.token().getId()))
                .entity(new CreatedApiToken(ApiTokenDto.of(issued.token()), issued.secret())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiToken", summary = "One API token of the caller's province (never its secret)")
    public ApiTokenDto getApiToken(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return ApiTokenDto.of(tokens.get(id));
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Revoked")
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token at once; requests with it get 401")
    public Response revokeApiToken(
            @PathParam("id") @Parameter(schema = @Schema(type = INTEGER, minimum = ID_MIN, maximum = ID_MAX)) long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
