package vn.motcua.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.identity.domain.KnownOfficial;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Known officials as accounts ({@code platform.app_user}): written in one statement per batch on the transaction's
 * connection, whatever their number; read by name for reports.
 */
@ApplicationScoped
public class KnownOfficialRepository {

    @Inject
    TenantPersistence persistence;

    /** Inserts the officials whose username no account has yet; returns how many. */
    public int addMissing(String tenantId, Collection<KnownOfficial> officials) {
        String[] usernames = new String[officials.size()];
        String[] names = new String[usernames.length];
        String[] units = new String[usernames.length];
        int i = 0;
        for (KnownOfficial o : officials) {
            usernames[i] = o.username();
            names[i] = o.name();
            units[i] = o.unitCode();
            i++;
        }
        Connection conn = persistence.platformEm().unwrap(Connection.class);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO platform.app_user (username, tenant_id, "
                + "display_name, password_hash, enabled, unit_code) SELECT x.u, ?, x.n, ?, false, x.unit "
                + "FROM unnest(?::text[], ?::text[], ?::text[]) AS x (u, n, unit) ORDER BY x.u "
                + "ON CONFLICT (username) DO NOTHING")) {
            ps.setString(1, tenantId);
            ps.setString(2, KnownOfficial.NO_PASSWORD);
            ps.setArray(3, conn.createArrayOf("text", usernames));
            ps.setArray(4, conn.createArrayOf("text", names));
            ps.setArray(5, conn.createArrayOf("text", units));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording known officials failed: " + e.getMessage(), e);
        }
    }

    /** Display names of the province's accounts among {@code usernames}. */
    public Map<String, String> names(String tenantId, Collection<String> usernames) {
        Map<String, String> out = new HashMap<>();
        if (usernames.isEmpty()) {
            return out;
        }
        for (Object[] r : persistence.platformEm().createQuery("SELECT u.username, u.displayName FROM AppUser u "
                + "WHERE u.tenantId = :t", Object[].class).setParameter("t", tenantId).getResultList()) {
            if (usernames.contains((String) r[0])) {
                out.put((String) r[0], (String) r[1]);
            }
        }
        return out;
    }
}
