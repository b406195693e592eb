package vn.motcua.tenancy.domain;

/**
 * The province the current unit of work acts for, as the persistence layer asks for it when it binds a transaction.
 * An interface here so the infrastructure depends on the domain only: the application layer, which owns the
 * request's context, provides it, and the infrastructure never imports the application layer.
 */
public interface ActingTenant {

    /** The current province's id; fails closed (an exception) when none is bound. */
    String require();
}
