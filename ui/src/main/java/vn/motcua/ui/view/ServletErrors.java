package vn.motcua.ui.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;

/** How the file servlets of the pages (forms, report exports) answer a refusal: its status and its message. */
final class ServletErrors {

    private ServletErrors() { }

    static void send(HttpServletRequest request, HttpServletResponse response, DomainException e) throws IOException {
        int status = switch (e.kind()) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case TOO_MANY -> 429;
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
        };
        response.sendError(status, Messages.format(request.getLocale(), e.messageKey(), e.args()));
    }
}
