package vn.motcua.shared.interfaces.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.shared.interfaces.rest.BodyLimitFilter;
import vn.motcua.shared.interfaces.rest.BodyLimitFilter.BodyTooLargeException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * Every failure that is not a {@link DomainException} becomes a problem+json response as well: unreadable
 * or mistyped JSON (400), a query, path or header parameter Jersey cannot convert (400 naming it, where Jersey
 * would answer 404), unknown paths (404), wrong methods (405), concurrent edits (409), a body over the operation's
 * limit (413, also when a body reader wrapped the refusal) and, last, an unexpected error (500, logged with an
 * incident number the person can quote).
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = ProblemResponses.locale(headers);
        DomainException domain = find(e, DomainException.class);
        if (domain != null) {
            return ProblemResponses.of(domain, locale);
        }
        BodyTooLargeException tooLarge = find(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            // the rest of the body is never read: the connection is not kept for another request
            Response r = ProblemResponses.of(413, "request.tooLarge", locale, "request.tooLarge", List.of(),
                    BodyLimitFilter.describe(tooLarge.limit()));
            return Response.fromResponse(r).header("Connection", "close").build();
        }
        String parameter = jerseyParameterName(e);
        if (parameter != null) {
            return ProblemResponses.of(400, "request.parameterInvalid", locale, "request.parameterInvalid",
                    List.of(new FieldError(parameter, "request.parameterInvalid", parameter)), parameter);
        }
        if (find(e, OptimisticLockException.class) != null) {
            return ProblemResponses.of(409, "request.conflict", locale, "request.conflict", List.of());
        }
        JsonParsingException syntax = find(e, JsonParsingException.class);
        if (syntax != null) {
            return ProblemResponses.of(400, "request.malformedJson", locale, "request.malformedJson", List.of(), clean(syntax));
        }
        Throwable json = jsonCause(e);
        if (json != null) {
            return ProblemResponses.of(400, "request.unreadable", locale, "request.unreadable", List.of(), clean(json));
        }
        if (e instanceof NotAuthorizedException) {
            Response r = ProblemResponses.of(401, "unauthorized", locale, "unauthorized", List.of());
            return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Mot Cua\", Bearer").build();
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String key = switch (status) {
                case 403 -> "forbidden";
                case 404 -> "request.notFound";
                case 405 -> "request.methodNotAllowed";
                case 406 -> "request.notAcceptable";
                case 409 -> "request.conflict";
                case 415 -> "request.unsupportedMediaType";
                default -> status < 500 ? "request.badRequest" : null;
            };
            if (key != null) {
                return ProblemResponses.of(status, key, locale, key, List.of(), clean(wae));
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected error in REST call", e);
        return ProblemResponses.of(500, "server.error", locale, "server.error", List.of(), incident);
    }

    /**
     * The parameter Jersey could not convert (org.glassfish.jersey.server.ParamException: a query, path, header,
     * cookie, matrix or form parameter), or null. By name, since Jersey is Payara's and not on the compile path.
     */
    static String jerseyParameterName(Throwable e) {
        if (!(e instanceof WebApplicationException)) {
            return null;
        }
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    Object name = c.getMethod("getParameterName").invoke(e);
                    return name instanceof String s && !s.isBlank() ? s : null;
                } catch (ReflectiveOperationException | RuntimeException x) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Throwable jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonException || t instanceof JsonbException) {
                return t;
            }
            if (t instanceof ProcessingException && t.getCause() == null) {
                return t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String clean(Throwable t) {
        String m = t.getMessage();
        if (m == null) {
            return t.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").replaceFirst("^Internal error: ", "").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
