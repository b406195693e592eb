package vn.motcua.index.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.index.application.IndexScoringService;
import vn.motcua.index.domain.MetricInput;
import vn.motcua.index.domain.UnitInput;
import vn.motcua.index.interfaces.rest.IndexDtos.IndexMetricRequest;
import vn.motcua.index.interfaces.rest.IndexDtos.IndexScoreRequest;
import vn.motcua.index.interfaces.rest.IndexDtos.IndexScoreResponse;
import vn.motcua.index.interfaces.rest.IndexDtos.IndexUnitRequest;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/** The index's scoring engine for any counts a caller has (no province data is read): any signed-in account. */
@Path("/index/score")
@Tag(name = "Index")
public class IndexScoreResource {

    /** More units than the portal scores in the largest province, with room for aggregates. */
    static final int MAX_UNITS = 10_000;

    @Inject
    IndexScoringService scoring;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PLATFORM_ADMIN", "CENTRAL_VIEWER", "PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK",
            "OFFICER"})
    @Operation(operationId = "scoreIndex", summary = "Score units by the Decision 766 rule set in force on asOf: "
            + "metric counts in (numerator and denominator, or ratioPct for a metric the portal publishes only as a "
            + "ratio: ONLINE, TTTT), each metric's ratio, score and points lost, group scores, total, band and "
            + "competition ranks (\"1224\", among all units given and within each kind) out. A unit with members "
            + "(codes of other units of the request) is their aggregate, scored from their summed counts. Rounding is "
            + "the portal's (binary doubles, half up to the cent). No province data is read or written")
    public IndexScoreResponse scoreIndex(IndexScoreRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.asOf == null) {
            errors.add(new FieldError("asOf", "field.required"));
        }
        if (request == null || request.units == null || request.units.isEmpty()) {
            errors.add(new FieldError("units", "field.required"));
        } else if (request.units.size() > MAX_UNITS) {
            errors.add(new FieldError("units", "index.units.tooMany", MAX_UNITS));
        }
        List<IndexScoringService.UnitToScore> units = errors.isEmpty() ? units(request.units, errors) : List.of();
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return IndexScoreResponse.of(scoring.score(request.asOf, units));
    }

    private static List<IndexScoringService.UnitToScore> units(List<IndexUnitRequest> given, List<FieldError> errors) {
        List<IndexScoringService.UnitToScore> units = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            IndexUnitRequest u = given.get(i);
            String at = "units[" + i + "]";
            if (u == null || u.code == null || u.code.isBlank()) {
                errors.add(new FieldError(at + ".code", "field.required"));
                continue;
            }
            if (u.kind == null) {
                errors.add(new FieldError(at + ".kind", "field.required"));
            }
            List<MetricInput> metrics = new ArrayList<>();
            List<IndexMetricRequest> m = u.metrics == null ? List.of() : u.metrics;
            for (int j = 0; j < m.size(); j++) {
                IndexMetricRequest r = m.get(j);
                if (r == null || r.code == null || r.code.isBlank()) {
                    errors.add(new FieldError(at + ".metrics[" + j + "].code", "field.required"));
                } else {
                    metrics.add(new MetricInput(r.code, r.numerator, r.denominator, r.ratioPct));
                }
            }
            List<String> members = u.members == null ? List.of() : u.members;
            if (metrics.isEmpty() && members.isEmpty()) {
                errors.add(new FieldError(at + ".metrics", "index.unit.empty", u.code));
            }
            units.add(new IndexScoringService.UnitToScore(new UnitInput(u.code, u.kind, metrics), members));
        }
        return units;
    }
}
