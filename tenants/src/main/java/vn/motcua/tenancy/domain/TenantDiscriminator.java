package vn.motcua.tenancy.domain;

/**
 * How a tenant-owned entity names its province: the EclipseLink context property of the SINGLE_TABLE tenant
 * discriminator. It lives in the domain because every tenant-owned entity's mapping names it, and entities import
 * no infrastructure; the infrastructure sets it when it binds a transaction to a province.
 */
public final class TenantDiscriminator {

    /** Context property of {@code @TenantDiscriminatorColumn(contextProperty = ...)}. */
    public static final String PROPERTY = "tenant.id";

    private TenantDiscriminator() { }
}
