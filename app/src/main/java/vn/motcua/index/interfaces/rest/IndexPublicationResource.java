package vn.motcua.index.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.index.application.PublishedScoresService;
import vn.motcua.index.interfaces.rest.IndexDtos.ImportedDto;
import vn.motcua.index.interfaces.rest.IndexDtos.RankingDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;
import vn.motcua.shared.interfaces.rest.BodyLimit;
import vn.motcua.shared.interfaces.rest.QueryDates;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;

/**
 * The national portal's published ranking of the provinces: the platform administrator imports each publication,
 * everyone signed in reads it ranked (central agencies first of all: it is their start page).
 */
@Path("/index")
@Tag(name = "Index")
public class IndexPublicationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PublishedScoresService published;

    @POST
    @Path("/published-scores")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @BodyLimit(BodyLimit.TABLE_IMPORT)
    @RolesAllowed("PLATFORM_ADMIN")
    @Operation(operationId = "importPublishedScores", summary = "Import one publication of the national portal's "
            + "province scores (CSV, XLSX or a JSON array of rows: province_code, province_name, total and one column "
            + "per group of the rule set in force on publishedOn, e.g. CKMB, TDGQ, ONLINE, TTTT, MDSH, MDHL; an order "
            + "column is ignored, the line is the published position). Checked as a whole (codes H + 2 digits, scores "
            + "within each group's maximum, total = sum of the groups); nothing is kept unless every line is valid; a "
            + "publication of the same day is replaced, so importing it again changes nothing")
    public ImportedDto importPublishedScores(
            @QueryParam("publishedOn") @Parameter(required = true, description = "the day the portal published the "
                    + "scores, yyyy-MM-dd") String publishedOn,
            @QueryParam("period") @Parameter(required = true, description = "the period the scores cover, as the "
                    + "portal states it, e.g. \"Năm 2026, đến 17/09/2026\"") String period,
            @QueryParam("source") @Parameter(description = "where the file comes from (default: Cổng Dịch vụ công "
                    + "quốc gia)") String source,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = QueryDates.required("publishedOn", publishedOn, errors);
        if (period == null || period.isBlank() || period.length() > Text.Kind.NAME.max()) {
            errors.add(new FieldError("period", "index.published.period", Text.Kind.NAME.max()));
        }
        String from = source == null || source.isBlank() ? "Cổng Dịch vụ công quốc gia" : source.strip();
        if (from.length() > Text.Kind.NAME.max()) {
            errors.add(new FieldError("source", "index.published.source", Text.Kind.NAME.max()));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Table table = TabularReader.readRequest(contentType, body, List.of());
        return ImportedDto.of(published.importPublished(day, period.strip(), from, table));
    }

    @GET
    @Path("/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PLATFORM_ADMIN", "CENTRAL_VIEWER", "PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK",
            "OFFICER"})
    @Operation(operationId = "centralIndexRanking", summary = "The provinces ranked by a publication of the national "
            + "portal (the latest, or the one of publishedOn): competition ranks (\"1224\") on the published totals, "
            + "group scores in the rule set's order, band, and the tenant of this deployment each province is; says "
            + "which publication it is and lists the others")
    public RankingDto centralIndexRanking(
            @QueryParam("publishedOn") @Parameter(description = "a publication's day, yyyy-MM-dd; default: the "
                    + "latest") String publishedOn) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = QueryDates.optional("publishedOn", publishedOn, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return RankingDto.of(published.ranking(day));
    }
}
