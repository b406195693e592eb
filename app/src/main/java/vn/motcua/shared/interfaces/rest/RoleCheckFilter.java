package vn.motcua.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;

/**
 * Deny by default: an operation is open only if marked {@link PermitAll}; otherwise it needs a signed-in
 * caller, and one of the roles in {@link RolesAllowed} if present.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resourceInfo.getResourceClass();
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                || roles == null && type.isAnnotationPresent(PermitAll.class);
        if (permitAll) {
            return;
        }
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        Optional<Caller> caller = CallerContext.current();
        if (caller.isEmpty()) {
            throw new NotAuthorizedException("Basic realm=\"Mot Cua\"");
        }
        if (roles != null && Arrays.stream(roles.value()).noneMatch(r -> caller.get().roles().stream()
                .anyMatch(held -> held.name().equals(r)))) {
            throw new ForbiddenException();
        }
    }
}
