package vn.motcua.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.tenancy.domain.ActingTenant;

/** The acting province is the one {@link TenantContext} holds: set by the request filter or a platform job. */
@ApplicationScoped
public class ContextActingTenant implements ActingTenant {

    @Override
    public String require() {
        return TenantContext.require();
    }
}
