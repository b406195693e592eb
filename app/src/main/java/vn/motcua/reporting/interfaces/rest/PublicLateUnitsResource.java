package vn.motcua.reporting.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.reporting.application.PublicListService;
import vn.motcua.reporting.domain.PublicLateUnits;
import vn.motcua.reporting.interfaces.rest.PublicListDtos.LateUnitsDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.domain.Tenant;

/**
 * The public monthly list of units with late or overdue dossiers (no sign-in), as the page /cong-khai/don-vi-tre-han
 * shows it: counts per unit, never an applicant or a dossier code.
 */
@Path("/public/{province}/late-units")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public")
public class PublicLateUnitsResource {

    @Inject
    PublicListService lists;

    @GET
    @PermitAll
    @Operation(operationId = "publicLateUnits", summary = "Public, without an account: the province's units that "
            + "finished dossiers late in a month or had dossiers open and overdue at its end, with those counts, the "
            + "dossiers each finished and its on-time rate (the numbers of table 06a by unit, units as they were), "
            + "most late and overdue first. Counts only: no applicant, no dossier code. An unknown province is 404")
    public LateUnitsDto publicLateUnits(
            @PathParam("province") @Parameter(description = "the province's identifier (slug), e.g. quang-ngai, see "
                    + "listTenants") String province,
            @QueryParam("month") @Parameter(description = "the month, yyyy-MM; the default is last month (in "
                    + "Vietnam's time zone)") String month) {
        YearMonth m = month(month);
        Tenant t = lists.province(province);
        PublicLateUnits l = lists.lateUnits(t.getSlug(), m);
        return LateUnitsDto.of(t.getSlug(), t.getNameVi(), l);
    }

    /** yyyy-MM (four-digit year), last month when absent. */
    static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            return PublicListService.lastMonth();
        }
        String v = raw.strip();
        if (!v.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            throw DomainException.invalid(List.of(new FieldError("month", "report.month.invalid")));
        }
        return YearMonth.parse(v);
    }
}
