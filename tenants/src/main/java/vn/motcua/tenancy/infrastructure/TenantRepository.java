package vn.motcua.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.tenancy.domain.Tenant;

/** The registry of provinces as stored (platform data, no tenant binding). */
@ApplicationScoped
public class TenantRepository {

    @Inject
    TenantPersistence persistence;

    /** Every province, by Vietnamese name. */
    public List<Tenant> list() {
        return persistence.platformEm()
                .createQuery("SELECT t FROM Tenant t ORDER BY t.nameVi", Tenant.class)
                .getResultList();
    }

    /** The province with this slug, or null. */
    public Tenant find(String slug) {
        return persistence.platformEm().find(Tenant.class, slug);
    }

    public boolean provinceCodeTaken(String provinceCode) {
        return persistence.platformEm()
                .createQuery("SELECT COUNT(t) FROM Tenant t WHERE t.provinceCode = :code", Long.class)
                .setParameter("code", provinceCode).getSingleResult() > 0;
    }

    public void add(Tenant tenant) {
        persistence.platformEm().persist(tenant);
    }
}
