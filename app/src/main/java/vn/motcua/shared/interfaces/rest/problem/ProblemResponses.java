package vn.motcua.shared.interfaces.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportRejectedException;

/** Builds problem+json responses with a message in the caller's language. */
final class ProblemResponses {

    private ProblemResponses() { }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.VIETNAMESE : Problem.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Response of(int status, String code, Locale locale, String messageKey, List<FieldError> errors, Object... args) {
        String detail = Messages.format(locale, messageKey, args);
        return Response.status(status)
                .type(Problem.TYPE)
                .entity(Problem.json(status, code, Problem.title(status, locale), detail, errors, locale))
                .build();
    }

    static Response of(DomainException e, Locale locale) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case TOO_MANY -> 429;
        };
        if (e instanceof ImportRejectedException rejected) {
            return Response.status(status).type(Problem.TYPE)
                    .entity(Problem.importJson(Problem.title(status, locale),
                            Messages.format(locale, e.messageKey(), e.args()), rejected.errors(), locale))
                    .build();
        }
        return of(status, e.messageKey(), locale, e.messageKey(), e.fieldErrors(), e.args());
    }
}
