package vn.motcua.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** Accounts as stored: platform data, since sign-in must find an account before a province is known. */
@ApplicationScoped
public class UserRepository {

    @Inject
    TenantPersistence persistence;

    /** Every account, by province then name. */
    public List<AppUser> all() {
        return persistence.platformEm()
                .createQuery("SELECT u FROM AppUser u ORDER BY u.tenantId, u.username", AppUser.class)
                .getResultList();
    }

    /** The accounts of one province, by name. */
    public List<AppUser> ofTenant(String tenantId) {
        return persistence.platformEm()
                .createQuery("SELECT u FROM AppUser u WHERE u.tenantId = :t ORDER BY u.username", AppUser.class)
                .setParameter("t", tenantId)
                .getResultList();
    }

    /** The account with this id, or null. */
    public AppUser find(long id) {
        return persistence.platformEm().find(AppUser.class, id);
    }

    /** The account with exactly this name. */
    public Optional<AppUser> findByName(String username) {
        return persistence.platformEm()
                .createQuery("SELECT u FROM AppUser u WHERE u.username = :n", AppUser.class)
                .setParameter("n", username)
                .getResultList().stream().findFirst();
    }

    /** For sign-in: the account with exactly this name, its roles loaded. */
    public Optional<AppUser> findWithRoles(String username) {
        List<AppUser> found = persistence.platformEm()
                .createQuery("SELECT DISTINCT u FROM AppUser u LEFT JOIN FETCH u.roles WHERE u.username = :name",
                        AppUser.class)
                .setParameter("name", username)
                .getResultList();
        return found.stream().findFirst();
    }

    /** Whether an account of this name exists and is disabled. */
    public boolean isDisabled(String username) {
        return !persistence.platformEm()
                .createQuery("SELECT u.id FROM AppUser u WHERE u.username = :n AND u.enabled = false", Long.class)
                .setParameter("n", username)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Enabled accounts of the province holding {@code role}, other than the account {@code exceptId}. */
    public long countOtherEnabled(String tenantId, Role role, Long exceptId) {
        return persistence.platformEm()
                .createQuery("SELECT COUNT(u) FROM AppUser u JOIN u.roles r WHERE u.tenantId = :t AND u.enabled = true "
                        + "AND r = :role AND u.id <> :id", Long.class)
                .setParameter("t", tenantId)
                .setParameter("role", role)
                .setParameter("id", exceptId)
                .getSingleResult();
    }

    /** Whether any account that is not a demo account holds {@code role}. */
    public boolean anyNonDemoWith(Role role) {
        return !persistence.platformEm()
                .createQuery("SELECT u FROM AppUser u JOIN u.roles r WHERE r = :role AND u.demo = false", AppUser.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    /** The province's demo accounts not placed in a unit yet. */
    public List<AppUser> unplacedDemo(String tenantId) {
        return persistence.platformEm().createQuery(
                "SELECT u FROM AppUser u WHERE u.tenantId = :t AND u.demo = true AND u.unitCode IS NULL", AppUser.class)
                .setParameter("t", tenantId).getResultList();
    }

    public void add(AppUser user) {
        persistence.platformEm().persist(user);
    }

    /** Gives the account a new version at commit even when only its role collection changed. */
    public void bumpVersion(AppUser user) {
        persistence.platformEm().lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        persistence.platformEm().flush();
    }
}
