package vn.motcua.dossierimport.infrastructure;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.dossierimport.domain.ImportCatalog;
import vn.motcua.shared.DomainException;

/**
 * One batch's use of the transaction's JDBC connection, already bound to the province by
 * {@code TransactionTenantBinding}: the advisory lock, the batch row, id blocks, the codes already there, the catalog
 * and unit lookups, and the {@link ImportPipeline} that writes the rows. No JPA for the rows: COPY is what makes an
 * import fast (docs/benchmarks.md). SQL errors leave as the service's exceptions ({@link #failed}).
 */
public final class ImportSession {

    /** The sequence's increment and JPA's allocation size for Dossier ids. */
    static final int ID_BLOCK = 50;

    /** A batch imported before under the same key: its counts. */
    public record Previous(int dossiers, int events, int disagreements) { }

    /** A code already in the province, and the batch that imported it (null: received here). */
    public record Existing(String code, String importBatch) { }

    private final EntityManager em;
    private final Connection conn;
    private final String tenant;
    private final Executor executor;
    private final SecureRandom random;

    ImportSession(EntityManager em, Connection conn, String tenant, Executor executor, SecureRandom random) {
        this.em = em;
        this.conn = conn;
        this.tenant = tenant;
        this.executor = executor;
        this.random = random;
    }

    /**
     * The exception the import answers for a failed statement: a unique violation means another import of the same
     * codes committed first (409); anything else is the server's problem.
     */
    static RuntimeException failed(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return DomainException.conflict("dossier.import.concurrent");
        }
        return new IllegalStateException("Dossier import failed: " + e.getMessage(), e);
    }

    /** The binding is TransactionTenantBinding's job; this only proves the JDBC connection is the bound one. */
    void checkBinding() {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('app.tenant', true)")) {
            rs.next();
            if (!tenant.equals(rs.getString(1))) {
                throw new IllegalStateException("The import's connection is not bound to " + tenant);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Two imports of one key in one province run one after the other (the second then sees the first's row). */
    public void lock(String batch) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "dossier-import/" + tenant + "/" + batch);
            ps.execute();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The batch imported before under this key, or null; the same key with other content is refused (409). */
    public Previous previous(String batch, String hash) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT content_hash, dossiers, events, disagreements "
                + "FROM province.dossier_import_batch WHERE batch_key = ?")) {
            ps.setString(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!hash.equals(rs.getString(1))) {
                    throw DomainException.conflict("dossier.import.batchChanged", batch);
                }
                return new Previous(rs.getInt(2), rs.getInt(3), rs.getInt(4));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Ids for {@code dossiers}, in blocks of 50. The sequence increments by 50 and EclipseLink, with allocationSize 50,
     * takes a value v as the LAST id of its block (ids v-49 … v, see Sequence.createVector). We take whole values
     * the same way, so an id of ours can never be one JPA hands out, whatever the interleaving; unused ids of the
     * last block are a gap, which ids tolerate.
     */
    public long[] idBlocks(int dossiers) {
        int blocks = (dossiers + ID_BLOCK - 1) / ID_BLOCK;
        long[] out = new long[blocks];
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT nextval('province.dossier_id_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, blocks);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    out[i++] = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return out;
    }

    /** The id of the batch's {@code index}-th dossier (from 0) in blocks from {@link #idBlocks}. */
    public static long idOf(long[] blocks, int index) {
        return blocks[index / ID_BLOCK] - (ID_BLOCK - 1) + index % ID_BLOCK;
    }

    /** The batch's rows, to be filled while its lines are checked. */
    public ImportRows rows(String batch, String source, ZoneId zone) {
        return new ImportRows(tenant, batch, source, zone, random);
    }

    /** The writer of the batch's rows (creates its temporary tables). */
    public ImportPipeline pipeline() {
        try {
            return new ImportPipeline(conn, executor);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Up to {@code limit} of {@code codes} already in the province (imported by another batch, or received here). */
    public List<Existing> existing(Collection<String> codes, int limit) {
        List<Existing> found = new ArrayList<>();
        try {
            Array array = conn.createArrayOf("text", codes.toArray());
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT code, import_batch FROM province.dossier WHERE code = ANY (?)")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && found.size() < limit) {
                        found.add(new Existing(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return found;
    }

    /** The batch's row: what makes the same batch again answer "unchanged". */
    public void insertBatchRow(String batch, String source, String hash, ImportRows rows, String importedBy) {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO province.dossier_import_batch (tenant_id, batch_key, "
                + "content_hash, source_system, dossiers, events, disagreements, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, batch);
            ps.setString(3, hash);
            ps.setString(4, source);
            ps.setInt(5, rows.dossiers());
            ps.setInt(6, rows.events());
            ps.setInt(7, rows.disagreements());
            ps.setString(8, importedBy);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The province's procedure versions with their statutory times, as the validator needs them. */
    public ImportCatalog catalog() {
        List<ImportCatalog.Entry> entries = new ArrayList<>();
        for (ProcedureVersion v : em.createQuery("SELECT p FROM ProcedureVersion p", ProcedureVersion.class)
                .getResultList()) {
            ProcedureContent c;
            try {
                c = v.content(); // its times are read with StatutoryTime.of
            } catch (IllegalArgumentException e) {
                continue; // a version the catalog's own validation would refuse: not a valid target
            }
            entries.add(new ImportCatalog.Entry(v.getId(), v.getCode(), v.getName(), v.getValidFrom(), v.getValidTo(),
                    c.time(), c.onlineTime(), c.steps()));
        }
        return new ImportCatalog(entries);
    }
}
