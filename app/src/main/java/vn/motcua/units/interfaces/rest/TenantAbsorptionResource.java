package vn.motcua.units.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.application.SecurityAudit;
import vn.motcua.identity.application.SecurityEvent;
import vn.motcua.units.interfaces.rest.UnitDtos.AbsorbRequest;
import vn.motcua.units.interfaces.rest.UnitDtos.PlanDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.units.application.TenantAbsorptionService;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitHistory;

/**
 * A province absorbing another: the absorbed province's units become historical units of the absorbing one. Under
 * {@code /tenants} for the platform administrator, but a units operation (its data shapes are the units').
 */
@Path("/tenants/{slug}/absorb")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class TenantAbsorptionResource {

    @Inject
    TenantAbsorptionService absorption;

    @Inject
    SecurityAudit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PLATFORM_ADMIN")
    @Operation(operationId = "absorbTenant",
            summary = "Province {slug} absorbs another province on a date: its units become historical units of {slug} with succession links, and it is marked MERGED; preview=true writes nothing")
    public PlanDto absorbTenant(@PathParam("slug") String slug, AbsorbRequest request, @QueryParam("preview") boolean preview) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        Map<Long, List<Long>> mapping = new HashMap<>();
        if (request.mapping != null) {
            for (var e : request.mapping.entrySet()) {
                try {
                    mapping.put(Long.parseLong(e.getKey().strip()), e.getValue() == null ? List.of() : new ArrayList<>(e.getValue()));
                } catch (NumberFormatException ex) {
                    throw DomainException.invalid(List.of(new FieldError("mapping", "unit.import.idUnknown", e.getKey())));
                }
            }
        }
        UnitService.Outcome o = absorption.absorb(slug, request.absorbed, request.date, mapping, preview);
        if (o.written()) {
            audit.record(SecurityEvent.TENANT_MERGED, null, request.absorbed, "absorbed into " + slug + " " + request.absorbed + " on " + request.date);
        }
        return PlanDto.of(o, new UnitHistory(List.of(), List.of()));
    }
}
