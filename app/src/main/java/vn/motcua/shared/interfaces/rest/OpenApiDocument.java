package vn.motcua.shared.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.motcua.shared.interfaces.rest.problem.Problem;

/**
 * The rules that complete the scanned OpenAPI document ({@code mp.openapi.filter}), so that every operation, also
 * one added later, documents the answers it really gives:
 * <ul>
 *   <li>success: an operation without an explicit {@code @APIResponse} returns its entity with 200 (JAX-RS), so the
 *       scanner's "default" becomes "200";</li>
 *   <li>errors, all {@code application/problem+json} with the {@code Problem} schema: 400 when it takes a parameter
 *       or a body, 401 and 403 unless public (tag "Public"), 404 when the path addresses something (or the
 *       operation is one of {@link #NOT_FOUND_BY_QUERY}), 409 for every
 *       write (a version read earlier, a unique key, or a state that forbids the action), 413 and 415 when it takes
 *       a body, 429 (throttled sign-in or public lookup);</li>
 *   <li>the scanner's slips: {@code long} parameters written as "number", {@code @DefaultValue} written as a string
 *       for an integer, raw {@code byte[]} bodies written as arrays without items, Content-Type/Content-Length
 *       headers listed as parameters, tags repeated once per class, Payara's non-standard {@code endpoints}.</li>
 * </ul>
 */
public class OpenApiDocument implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    /** Operations without a path parameter that still answer 404: what is not there. */
    static final Map<String, String> NOT_FOUND_BY_QUERY = Map.of("centralIndexRanking",
            "No publication of the portal's scores has been imported (or none of the day asked for)",
            "tenantIndex", "No publication of the portal's scores on the day asked for (comparedWith)",
            "simulateIndex", "No publication of the portal's scores on the day asked for (comparedWith)",
            "saveIndexScenario", "No publication of the portal's scores on the day asked for (comparedWith)",
            "rankProvinces", "No province has published aggregates of this kind of period (month not given)",
            "compareProvinces", "No province has published aggregates of this kind of period (month not given)",
            "listComparableProcedures", "No province has published aggregates of this kind of period (month not "
                    + "given)");
    static final Map<String, String> TAGS = tags();
    static final Set<String> TRANSPORT_HEADERS = Set.of("content-type", "content-length", "accept");

    private static Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("Public", "What an applicant can do without an account: look up a dossier with the secret on the receipt, rate it; "
                + "the province's public monthly lists (units with late or overdue dossiers)");
        t.put("Dossiers", "Receiving and processing dossiers, their deadlines, forms, audit trail and bulk import");
        t.put("Procedure catalog", "The province's administrative procedures, their versions and the national fields");
        t.put("Units", "The province's units and their history (renames, mergers, splits)");
        t.put("Calendar", "Working calendar (national default, the province's own days, office hours) and due dates");
        t.put("Targets", "The province's yearly KPI targets");
        t.put("Identity", "The caller, the province's accounts, API tokens and security events");
        t.put("Reports", "The province's periodic reports (table 06a) from facts kept as dossiers change, the dossiers "
                + "behind each number, and the facts' rebuild");
        t.put("Platform", "Provinces served by this deployment (platform administrators, central agencies)");
        return t;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        List<Tag> tags = new ArrayList<>();
        TAGS.forEach((name, description) -> tags.add(OASFactory.createTag().name(name).description(description)));
        openAPI.setTags(tags);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                complete(e.getKey(), e.getValue());
                if (e.getValue().getTags() != null) {
                    for (String t : e.getValue().getTags()) {
                        if (tags.stream().noneMatch(x -> t.equals(x.getName()))) {
                            tags.add(OASFactory.createTag().name(t));
                        }
                    }
                }
            }
        }
    }

    static void complete(PathItem.HttpMethod method, Operation op) {
        boolean isPublic = op.getTags() != null && op.getTags().contains("Public");
        List<Parameter> params = op.getParameters() == null ? List.of() : new ArrayList<>(op.getParameters());
        params.removeIf(p -> p.getIn() == Parameter.In.HEADER && p.getName() != null
                && TRANSPORT_HEADERS.contains(p.getName().toLowerCase(java.util.Locale.ROOT)));
        params.forEach(OpenApiDocument::fixParameterSchema);
        op.setParameters(params.isEmpty() ? null : params);
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            fixRawBody(op.getRequestBody().getContent());
        }

        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null) {
                    fixRawBody(r.getContent());
                }
            });
        }
        Map<String, APIResponse> all = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        boolean hasSuccess = all.keySet().stream().anyMatch(k -> k.startsWith("2"));
        APIResponse scanned = all.get(APIResponses.DEFAULT);
        if (scanned != null) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            if (!hasSuccess) {
                scanned.setDescription("OK");
                responses.addAPIResponse("200", scanned);
            }
        }
        boolean hasBody = op.getRequestBody() != null;
        boolean pathParams = params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (!params.isEmpty() || hasBody) {
            error(responses, "400", "Bad request: a parameter or field is invalid (detail and errors[].field name it); nothing was changed");
        }
        if (!isPublic) {
            error(responses, "401", "Sign-in required: no, a wrong or a revoked credential");
            error(responses, "403", "The caller's roles do not allow this operation");
        }
        if (pathParams || isPublic) {
            error(responses, "404", isPublic ? "No dossier with this code and secret"
                    : "Nothing with this identifier in the caller's province");
        }
        String notFound = NOT_FOUND_BY_QUERY.get(op.getOperationId());
        if (notFound != null) {
            error(responses, "404", notFound);
        }
        if (method != PathItem.HttpMethod.GET) {
            error(responses, "409", "Conflict with the current state: changed meanwhile (stale version), already "
                    + "exists, or not allowed in this state; nothing was changed");
        }
        if (hasBody) {
            error(responses, "413", "The request body is larger than this operation accepts");
            error(responses, "415", "The request body is not in a media type this operation reads");
        }
        error(responses, "429", isPublic ? "Too many wrong lookups for this code or from this address; try later"
                : "Too many failed sign-ins for this account or address; try later");
    }

    private static void error(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)))));
    }

    /**
     * Path parameters are required; numeric path and query parameters are whole numbers here (ids, years, paging),
     * and the scanner writes {@code long} as "number".
     */
    private static void fixParameterSchema(Parameter p) {
        if (p.getIn() == Parameter.In.PATH) {
            // OpenAPI requires it, and the scanner forgets it on parameters that carry their own @Parameter (ranges)
            p.setRequired(true);
        }
        Schema s = p.getSchema();
        if (s == null) {
            return;
        }
        if (s.getType() == Schema.SchemaType.NUMBER && s.getFormat() == null) {
            s.setType(Schema.SchemaType.INTEGER);
            s.setFormat("int64");
        }
        if (s.getDefaultValue() instanceof String d) {
            try {
                if (s.getType() == Schema.SchemaType.INTEGER) {
                    s.setDefaultValue(Long.parseLong(d));
                } else if (s.getType() == Schema.SchemaType.BOOLEAN) {
                    s.setDefaultValue(Boolean.parseBoolean(d));
                }
            } catch (NumberFormatException e) {
                // leave as written
            }
        }
    }

    /** A {@code byte[]} body (the tabular imports): a file for CSV/XLSX, an array of row objects for JSON. */
    private static void fixRawBody(Content content) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> m : content.getMediaTypes().entrySet()) {
            Schema s = m.getValue().getSchema();
            if (s != null && s.getType() == Schema.SchemaType.ARRAY && s.getItems() == null) {
                if (m.getKey().contains("json")) {
                    s.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                            .description("one row: the export's column names as keys"));
                } else {
                    m.getValue().setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
                }
            }
        }
    }

    static Schema problemSchema() {
        Schema str = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One invalid field (field) or, for an import, one cell (row, column)")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("row", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("column", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; detail is a message a person can act on (Vietnamese, or "
                        + "English with Accept-Language: en)")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", str)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("stable machine-readable reason, e.g. request.invalid"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error))
                .required(List.of("type", "title", "status", "detail"));
    }

    /** Payara adds a non-standard top-level {@code endpoints} map (no OpenAPI tool accepts it) and has no model API for it; an empty map is left out of the document (null would break Payara's copy of the model). */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing to drop
        }
    }
}
