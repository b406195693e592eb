package vn.motcua.units.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import vn.motcua.tenancy.infrastructure.TenantPersistence;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.UnitVersion;

/**
 * The current province's units as stored: identities ({@link UnitRecord}), versions and succession links. Tenant
 * data, reached through {@link TenantPersistence#tenantEm()}. The three tables have no JPA relationships, so a
 * caller writing several of them flushes each before the next one refers to it.
 */
@ApplicationScoped
public class UnitRepository {

    @Inject
    TenantPersistence persistence;

    public List<UnitRecord> identities() {
        return persistence.tenantEm().createQuery("SELECT u FROM UnitRecord u", UnitRecord.class).getResultList();
    }

    public List<UnitVersion> versions() {
        return persistence.tenantEm().createQuery("SELECT v FROM UnitVersionRecord v", UnitVersionRecord.class)
                .getResultList().stream().map(UnitVersionRecord::toDomain).toList();
    }

    public List<Succession> successions() {
        return persistence.tenantEm().createQuery("SELECT s FROM UnitSuccessionRecord s", UnitSuccessionRecord.class)
                .getResultList().stream().map(UnitSuccessionRecord::toDomain).toList();
    }

    /** The stored versions of these units, to be closed in place. */
    public List<UnitVersionRecord> versionsOf(Collection<Long> unitIds) {
        return persistence.tenantEm().createQuery("SELECT v FROM UnitVersionRecord v WHERE v.unitId IN :ids",
                UnitVersionRecord.class).setParameter("ids", unitIds).getResultList();
    }

    /** The unit's identity, or null when the province has no such unit. */
    public UnitRecord find(long unitId) {
        return persistence.tenantEm().find(UnitRecord.class, unitId);
    }

    /** Stores a new identity; its id is assigned from the sequence at once. */
    public void add(UnitRecord unit) {
        persistence.tenantEm().persist(unit);
    }

    public void add(UnitVersionRecord version) {
        persistence.tenantEm().persist(version);
    }

    public void add(UnitSuccessionRecord link) {
        persistence.tenantEm().persist(link);
    }

    /** Gives the unit a new lock value at commit, so a concurrent editor of it gets a conflict. */
    public void bumpVersion(UnitRecord unit) {
        persistence.tenantEm().lock(unit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        persistence.tenantEm().flush();
    }
}
