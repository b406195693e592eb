package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.EventChain;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The append-only, hash-chained event log of dossiers (province.dossier_event: the runtime role may insert and
 * read, never update or delete).
 */
@ApplicationScoped
public class DossierEvents {

    @Inject
    TenantPersistence persistence;

    /** One stored event. */
    public record Event(int seq, OffsetDateTime occurredAt, String actor, String actorRole, String actorUnit,
                        String action, Integer fromStatus, int toStatus, String reason, String changes,
                        String prevHash, String hash) {

        EventChain.Link link(long dossierId) {
            return new EventChain.Link(dossierId, seq, occurredAt, actor, actorRole, actorUnit, action, fromStatus,
                    toStatus, reason, changes);
        }
    }

    /** The result of checking one dossier's chain. */
    public record Verification(String code, int events, List<EventChain.Break> breaks) {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    /**
     * Appends the event of a transition: the dossier's chain head moves first and the dossier row is flushed, so that
     * a concurrent action on the same dossier fails on its version check (409) before its event could clash.
     * Returns the event as stored.
     */
    public Event append(Dossier d, Transition t, Actor actor, String changes) {
        EntityManager em = persistence.tenantEm();
        int seq = d.getEventCount() + 1;
        // PostgreSQL keeps microseconds (rounding, not truncating): hash exactly what will be stored.
        OffsetDateTime at = t.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String prev = d.getLastEventHash();
        EventChain.Link link = new EventChain.Link(d.getId(), seq, at, actor.username(), actor.mainRole(),
                actor.unitCode(), t.action().name(), t.from() == null ? null : t.from().code(), t.to().code(),
                t.reason(), changes);
        String hash = EventChain.hash(prev, link);
        d.chained(seq, hash);
        em.flush();
        em.createNativeQuery("INSERT INTO province.dossier_event (tenant_id, dossier_id, seq, occurred_at, actor,"
                        + " actor_role, actor_unit, action, from_status, to_status, reason, changes, prev_hash, hash)"
                        + " VALUES (current_setting('app.tenant'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS smallint), ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, d.getId()).setParameter(2, seq).setParameter(3, at)
                .setParameter(4, actor.username()).setParameter(5, actor.mainRole()).setParameter(6, actor.unitCode())
                .setParameter(7, t.action().name())
                .setParameter(8, t.from() == null ? null : (short) t.from().code())
                .setParameter(9, (short) t.to().code()).setParameter(10, t.reason()).setParameter(11, changes)
                .setParameter(12, prev).setParameter(13, hash).executeUpdate();
        return new Event(seq, at, link.actor(), link.actorRole(), link.actorUnit(), link.action(), link.fromStatus(),
                link.toStatus(), link.reason(), link.changes(), prev, hash);
    }

    @Transactional
    public List<Event> of(long dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = persistence.tenantEm().createNativeQuery("SELECT seq, occurred_at, actor, actor_role,"
                        + " actor_unit, action, from_status, to_status, reason, changes, prev_hash, hash"
                        + " FROM province.dossier_event WHERE dossier_id = ?1 ORDER BY seq")
                .setParameter(1, dossierId).getResultList();
        List<Event> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Event(((Number) r[0]).intValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                    (String) r[8], (String) r[9], (String) r[10], (String) r[11]));
        }
        return out;
    }

    @Transactional
    public Verification verify(Dossier d) {
        return verify(d, of(d.getId()));
    }

    /** Checks a dossier's chain against events already read (in order), without reading them again. */
    public static Verification verify(Dossier d, List<Event> events) {
        return new Verification(d.getCode(), events.size(),
                breaks(d.getId(), events, d.getLastEventHash(), d.getEventCount()));
    }

    private static List<EventChain.Break> breaks(long dossierId, List<Event> events, String lastHash, int eventCount) {
        return EventChain.verify(events.stream().map(e -> e.link(dossierId)).toList(),
                events.stream().map(Event::prevHash).toList(), events.stream().map(Event::hash).toList(),
                lastHash, eventCount);
    }

    /** One batch of the province-wide check: dossiers after {@code afterId} in id order. */
    public record BatchCheck(int checked, long lastId, List<Verification> broken, boolean more) { }

    /**
     * Checks the chains of up to {@code limit} dossiers with ids after {@code afterId}, in two queries (dossiers, then
     * their events in order), so that a command can walk a whole province batch by batch and show progress.
     */
    @Transactional
    public BatchCheck verifyBatch(long afterId, int limit) {
        var em = persistence.tenantEm();
        int n = Math.max(1, Math.min(limit, 20_000));
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("SELECT id, code, event_count, last_event_hash FROM province.dossier"
                + " WHERE id > ?1 ORDER BY id LIMIT ?2").setParameter(1, afterId).setParameter(2, n + 1).getResultList();
        boolean more = heads.size() > n;
        if (more) {
            heads = heads.subList(0, n);
        }
        if (heads.isEmpty()) {
            return new BatchCheck(0, afterId, List.of(), false);
        }
        long first = ((Number) heads.get(0)[0]).longValue();
        long last = ((Number) heads.get(heads.size() - 1)[0]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT dossier_id, seq, occurred_at, actor, actor_role, actor_unit,"
                + " action, from_status, to_status, reason, changes, prev_hash, hash FROM province.dossier_event"
                + " WHERE dossier_id BETWEEN ?1 AND ?2 ORDER BY dossier_id, seq")
                .setParameter(1, first).setParameter(2, last).getResultList();
        java.util.Map<Long, List<Event>> byDossier = new java.util.HashMap<>();
        for (Object[] r : rows) {
            byDossier.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Event(
                    ((Number) r[1]).intValue(), instant(r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12]));
        }
        List<Verification> broken = new ArrayList<>();
        for (Object[] h : heads) {
            long id = ((Number) h[0]).longValue();
            List<Event> events = byDossier.getOrDefault(id, List.of());
            List<EventChain.Break> breaks = breaks(id, events, (String) h[3], ((Number) h[2]).intValue());
            if (!breaks.isEmpty()) {
                broken.add(new Verification((String) h[1], events.size(), breaks));
            }
        }
        return new BatchCheck(heads.size(), last, broken, more);
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
