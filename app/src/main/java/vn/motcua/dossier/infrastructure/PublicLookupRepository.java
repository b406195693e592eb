package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * What the public lookup reads and writes outside any province: its failed attempts
 * ({@code platform.public_lookup_failure}) and which province a province code leads to ({@code platform.tenant}).
 * Callers hold the transaction.
 */
@ApplicationScoped
public class PublicLookupRepository {

    @Inject
    TenantPersistence persistence;

    /** A province as the platform registers it: its id and the province that absorbed it, if any. */
    public record Province(String id, String mergedInto) { }

    public long failuresForCodeSince(String code, OffsetDateTime since) {
        return ((Number) persistence.platformEm().createNativeQuery("SELECT count(*) FROM platform.public_lookup_failure"
                + " WHERE code = ?1 AND occurred_at > ?2").setParameter(1, code).setParameter(2, since)
                .getSingleResult()).longValue();
    }

    public long failuresFromAddressSince(String clientIp, OffsetDateTime since) {
        return ((Number) persistence.platformEm().createNativeQuery("SELECT count(*) FROM platform.public_lookup_failure"
                + " WHERE client_ip = ?1 AND occurred_at > ?2").setParameter(1, clientIp).setParameter(2, since)
                .getSingleResult()).longValue();
    }

    public void recordFailure(String code, String clientIp) {
        persistence.platformEm().createNativeQuery("INSERT INTO platform.public_lookup_failure (code, client_ip)"
                + " VALUES (?1, ?2)").setParameter(1, code).setParameter(2, clientIp).executeUpdate();
    }

    /** The province registered under a province code such as {@code H21}. */
    public Optional<Province> byProvinceCode(String provinceCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.platformEm().createNativeQuery(
                        "SELECT id, merged_into FROM platform.tenant WHERE province_code = ?1")
                .setParameter(1, provinceCode).getResultList();
        return rows.stream().findFirst().map(r -> new Province((String) r[0], (String) r[1]));
    }

    /** The province that absorbed province {@code id}; null if none. */
    public String mergedInto(String id) {
        return (String) persistence.platformEm().createNativeQuery(
                "SELECT merged_into FROM platform.tenant WHERE id = ?1").setParameter(1, id).getSingleResult();
    }
}
