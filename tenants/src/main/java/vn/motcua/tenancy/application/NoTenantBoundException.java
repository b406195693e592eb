package vn.motcua.tenancy.application;

import vn.motcua.shared.DomainException;

/** Tenant data was touched without a province bound: fail closed. */
public class NoTenantBoundException extends DomainException {
    public NoTenantBoundException() {
        super(Kind.FORBIDDEN, "tenant.required");
    }
}
