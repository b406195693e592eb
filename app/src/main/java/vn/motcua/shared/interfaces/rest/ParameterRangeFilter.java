package vn.motcua.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Refuses a numeric query or path parameter outside the range its resource method declares as the minimum/maximum
 * of its OpenAPI schema (see {@link ParamRanges}), or one that is no whole number at all, with 400 naming the
 * parameter. It runs after
 * the caller's rights are checked and before any parameter is converted, so that "first=2^40" or a year of
 * 2147483648 is a bad request rather than the "no resource" Jersey answers when it cannot convert a value.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterRangeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> query = null;
        MultivaluedMap<String, String> path = null;
        for (Parameter p : method.getParameters()) {
            if ((p.getType() == boolean.class || p.getType() == Boolean.class) && p.isAnnotationPresent(QueryParam.class)) {
                if (query == null) {
                    query = request.getUriInfo().getQueryParameters();
                }
                String name = p.getAnnotation(QueryParam.class).value();
                for (String raw : query.getOrDefault(name, List.of())) {
                    ParamRanges.checkBoolean(name, raw);
                }
                continue;
            }
            var doc = p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            Schema schema = doc == null ? null : doc.schema();
            if (schema == null || schema.minimum().isEmpty() && schema.maximum().isEmpty()) {
                continue;
            }
            String lo = schema.minimum();
            String hi = schema.maximum();
            QueryParam q = p.getAnnotation(QueryParam.class);
            PathParam pp = p.getAnnotation(PathParam.class);
            if (q != null) {
                if (query == null) {
                    query = request.getUriInfo().getQueryParameters();
                }
                for (String raw : query.getOrDefault(q.value(), List.of())) {
                    ParamRanges.check(q.value(), raw, lo, hi);
                }
            } else if (pp != null) {
                if (path == null) {
                    path = request.getUriInfo().getPathParameters();
                }
                ParamRanges.check(pp.value(), path.getFirst(pp.value()), lo, hi);
            }
        }
    }
}
