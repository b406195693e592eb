package vn.motcua.shared.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.shared.DomainException;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return ProblemResponses.of(e, ProblemResponses.locale(headers));
    }
}
