package vn.motcua.index.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.index.application.AggregatePublishingService;
import vn.motcua.index.interfaces.rest.ComparisonDtos.PublishAggregatesRequest;
import vn.motcua.index.interfaces.rest.ComparisonDtos.PublishedAggregatesDto;
import vn.motcua.index.interfaces.rest.ComparisonDtos.PublishedPeriodDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/** What the province publishes for central agencies: aggregates only, its own, on demand (and every night). */
@Path("/index/aggregates")
@Tag(name = "Index")
public class AggregatesResource {

    @Inject
    AggregatePublishingService publishing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "publishAggregates", summary = "Publish the province's aggregates for central agencies "
            + "for the months from 'from' to 'to' (at most 24): for each month, the month and the year to its end, "
            + "each as the index of the province and of every unit with the metric counts they were scored from, and "
            + "each procedure's dossier counts and working days (median and 90th percentile are read from them). "
            + "Counts and scores only: no dossier, applicant or official. A month not over yet is published to "
            + "yesterday. Replaces what the province published for the same periods; all or nothing. The same is "
            + "done every night for the month that ended last and the month under way. Who: the province "
            + "administrator.")
    public PublishedAggregatesDto publishAggregates(PublishAggregatesRequest request) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth from = month("from", request == null ? null : request.from, true, errors);
        YearMonth to = month("to", request == null ? null : request.to, false, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        PublishedAggregatesDto d = new PublishedAggregatesDto();
        d.periods = publishing.publish(from, to == null ? from : to).stream().map(PublishedPeriodDto::of).toList();
        return d;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    @Operation(operationId = "listPublishedAggregates", summary = "What the province has published for central "
            + "agencies, the latest month first: each period with its days, total, band, how many units and "
            + "procedures, when and by whom (\"system\": the nightly schedule). Only the caller's own province. Who: "
            + "the province's administrators and leaders.")
    public PublishedAggregatesDto listPublishedAggregates() {
        PublishedAggregatesDto d = new PublishedAggregatesDto();
        d.periods = publishing.published().stream().map(PublishedPeriodDto::of).toList();
        return d;
    }

    /** A month yyyy-MM; null when absent and not required. */
    static YearMonth month(String name, String raw, boolean required, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new FieldError(name, "aggregates.publish.month", raw == null ? "" : raw));
            }
            return null;
        }
        try {
            String s = raw.strip();
            if (!s.matches("\\d{4}-\\d{2}")) {
                throw new java.time.format.DateTimeParseException("not yyyy-MM", s, 0);
            }
            YearMonth m = YearMonth.parse(s);
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw new java.time.format.DateTimeParseException("out of range", s, 0);
            }
            return m;
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, "aggregates.publish.month", raw));
            return null;
        }
    }
}
