package vn.motcua.shared.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Một Cửa API", version = "1",
                description = "REST API of the Một Cửa one-stop system. Every operation acts for the province of the "
                        + "signed-in account or API token; the province is never taken from the request. Errors are "
                        + "application/problem+json (RFC 9457) with a message in Vietnamese, or English with "
                        + "Accept-Language: en. operationIds are stable."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "A person's user name and password"),
        @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A province's API token (mc_<province>_<secret>), created by its administrator")})
public class RestApplication extends Application {

    /**
     * Jersey in Payara serialises with MOXy unless told otherwise, and MOXy writes Java records as {}.
     * JSON-B (Yasson) handles records and java.time types.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.disableMoxyJson", true);
    }
}
