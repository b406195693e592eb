package vn.motcua.interfaces.rest.problem;

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
import vn.motcua.shared.DomainException;

/**
 * Every failure that is not a {@link DomainException} becomes a problem+json response as well: unreadable
 * or mistyped JSON (400), unknown paths (404), wrong methods (405), concurrent edits (409) and, last, an
 * unexpected error (500, logged with an incident number the person can quote).
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
