package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import vn.motcua.identity.domain.KnownOfficial;
import vn.motcua.identity.infrastructure.KnownOfficialRepository;

/**
 * The sibling of {@link AccountProvisioning} for officials a province knows by name only (named in its imported
 * history): they become accounts of the province with a display name, no role, no password and disabled, so they
 * can never sign in — {@link IdentityService#authenticate} refuses them as a wrong password
 * ({@link KnownOfficial#NO_PASSWORD} is no hash {@link PasswordHasher#verify} accepts), {@link
 * IdentityService#currentCaller} drops disabled accounts, and an API token is the province's, not a person's. No
 * role also means no step is ever assigned to them ({@code Officials.picker}).
 *
 * <p>Called inside the import batch's transaction: a batch that fails leaves none; an official already known (in
 * any province: usernames are the platform's) is left as it is, so a batch repeated, or two batches naming the same
 * person, change nothing.
 */
@ApplicationScoped
public class KnownOfficials {

    @Inject
    KnownOfficialRepository repository;

    /** Makes the officials not known to the platform yet known officials of {@code tenantId}; how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(String tenantId, Collection<KnownOfficial> officials) {
        if (officials.isEmpty()) {
            return 0;
        }
        return repository.addMissing(tenantId, officials);
    }

    /** The display names of the province's accounts among {@code usernames} (another province's are never read). */
    @Transactional
    public Map<String, String> names(String tenantId, Collection<String> usernames) {
        return repository.names(tenantId, usernames);
    }
}
