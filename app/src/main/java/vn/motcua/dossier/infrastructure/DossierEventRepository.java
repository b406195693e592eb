package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.domain.EventChain;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The rows of {@code province.dossier_event}, the append-only event log (the runtime role may insert and read, never
 * update or delete), and the chain heads kept on {@code province.dossier}. Callers hold the transaction.
 */
@ApplicationScoped
public class DossierEventRepository {

    @Inject
    TenantPersistence persistence;

    /** One stored event: its chained content, the hash before it and its own. */
    public record Row(EventChain.Link link, String prevHash, String hash) { }

    /** A dossier's chain head as its row keeps it. */
    public record Head(long dossierId, String code, int eventCount, String lastEventHash) { }

    /**
     * Inserts an event after flushing the persistence context: the dossier row (with its moved chain head) is
     * written first, so that a concurrent action on the same dossier fails on its version check (409) before its
     * event could clash with this one on {@code (dossier_id, seq)}.
     */
    public void insertAfterFlush(Row row) {
        EntityManager em = persistence.tenantEm();
        em.flush();
        EventChain.Link l = row.link();
        em.createNativeQuery("INSERT INTO province.dossier_event (tenant_id, dossier_id, seq, occurred_at, actor,"
                        + " actor_role, actor_unit, action, from_status, to_status, reason, changes, prev_hash, hash)"
                        + " VALUES (current_setting('app.tenant'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS smallint), ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, l.dossierId()).setParameter(2, l.seq()).setParameter(3, l.occurredAt())
                .setParameter(4, l.actor()).setParameter(5, l.actorRole()).setParameter(6, l.actorUnit())
                .setParameter(7, l.action())
                .setParameter(8, l.fromStatus() == null ? null : (short) l.fromStatus().intValue())
                .setParameter(9, (short) l.toStatus()).setParameter(10, l.reason()).setParameter(11, l.changes())
                .setParameter(12, row.prevHash()).setParameter(13, row.hash()).executeUpdate();
    }

    /** A dossier's events in order. */
    public List<Row> of(long dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.tenantEm().createNativeQuery("SELECT dossier_id, seq, occurred_at, actor,"
                        + " actor_role, actor_unit, action, from_status, to_status, reason, changes, prev_hash, hash"
                        + " FROM province.dossier_event WHERE dossier_id = ?1 ORDER BY seq")
                .setParameter(1, dossierId).getResultList();
        return rows(rows);
    }

    /** Up to {@code limit} chain heads of dossiers with ids after {@code afterId}, in id order. */
    public List<Head> headsAfter(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.tenantEm().createNativeQuery("SELECT id, code, event_count, last_event_hash"
                        + " FROM province.dossier WHERE id > ?1 ORDER BY id LIMIT ?2")
                .setParameter(1, afterId).setParameter(2, limit).getResultList();
        List<Head> heads = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            heads.add(new Head(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3]));
        }
        return heads;
    }

    /** The events of the dossiers with ids from {@code first} to {@code last}, by dossier then in order. */
    public List<Row> ofDossiersBetween(long first, long last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.tenantEm().createNativeQuery("SELECT dossier_id, seq, occurred_at, actor,"
                        + " actor_role, actor_unit, action, from_status, to_status, reason, changes, prev_hash, hash"
                        + " FROM province.dossier_event WHERE dossier_id BETWEEN ?1 AND ?2 ORDER BY dossier_id, seq")
                .setParameter(1, first).setParameter(2, last).getResultList();
        return rows(rows);
    }

    private static List<Row> rows(List<Object[]> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Row(new EventChain.Link(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), instant(r[2]),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (String) r[9],
                    (String) r[10]), (String) r[11], (String) r[12]));
        }
        return out;
    }

    static OffsetDateTime instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.ofHours(7));
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.ofHours(7));
        }
        throw new IllegalStateException("unexpected timestamp type " + (o == null ? null : o.getClass()));
    }
}
