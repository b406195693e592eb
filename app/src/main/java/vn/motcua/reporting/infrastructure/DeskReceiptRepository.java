package vn.motcua.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The dossiers one person received in a span, per channel (index dossier_received_by_idx, V15). */
@ApplicationScoped
public class DeskReceiptRepository {

    @Inject
    TenantPersistence persistence;

    /** Channel (ONLINE, IN_PERSON, POSTAL) → dossiers received by {@code username} from {@code from} (included) to {@code to}. */
    public Map<String, Long> byChannel(String username, OffsetDateTime from, OffsetDateTime to) {
        Map<String, Long> out = new HashMap<>();
        for (Object o : persistence.tenantEm().createNativeQuery("SELECT d.channel, count(*) FROM province.dossier d"
                        + " WHERE d.received_by = ?1 AND d.received_at >= ?2 AND d.received_at < ?3 GROUP BY d.channel")
                .setParameter(1, username).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
