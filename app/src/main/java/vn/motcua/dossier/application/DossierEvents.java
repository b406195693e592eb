package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.EventChain;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.infrastructure.DossierEventRepository;

/**
 * The append-only, hash-chained event log of dossiers (province.dossier_event: the runtime role may insert and
 * read, never update or delete).
 */
@ApplicationScoped
public class DossierEvents {

    @Inject
    DossierEventRepository rows;

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
        int seq = d.getEventCount() + 1;
        // PostgreSQL keeps microseconds (rounding, not truncating): hash exactly what will be stored.
        OffsetDateTime at = t.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String prev = d.getLastEventHash();
        EventChain.Link link = new EventChain.Link(d.getId(), seq, at, actor.username(), actor.mainRole(),
                actor.unitCode(), t.action().name(), t.from() == null ? null : t.from().code(), t.to().code(),
                t.reason(), changes);
        String hash = EventChain.hash(prev, link);
        d.chained(seq, hash);
        DossierEventRepository.Row row = new DossierEventRepository.Row(link, prev, hash);
        rows.insertAfterFlush(row);
        return event(row);
    }

    @Transactional
    public List<Event> of(long dossierId) {
        List<DossierEventRepository.Row> stored = rows.of(dossierId);
        List<Event> out = new ArrayList<>(stored.size());
        stored.forEach(r -> out.add(event(r)));
        return out;
    }

    private static Event event(DossierEventRepository.Row r) {
        EventChain.Link l = r.link();
        return new Event(l.seq(), l.occurredAt(), l.actor(), l.actorRole(), l.actorUnit(), l.action(), l.fromStatus(),
                l.toStatus(), l.reason(), l.changes(), r.prevHash(), r.hash());
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
        int n = Math.max(1, Math.min(limit, 20_000));
        List<DossierEventRepository.Head> heads = rows.headsAfter(afterId, n + 1);
        boolean more = heads.size() > n;
        if (more) {
            heads = heads.subList(0, n);
        }
        if (heads.isEmpty()) {
            return new BatchCheck(0, afterId, List.of(), false);
        }
        long last = heads.get(heads.size() - 1).dossierId();
        java.util.Map<Long, List<Event>> byDossier = new java.util.HashMap<>();
        for (DossierEventRepository.Row r : rows.ofDossiersBetween(heads.get(0).dossierId(), last)) {
            byDossier.computeIfAbsent(r.link().dossierId(), k -> new ArrayList<>()).add(event(r));
        }
        List<Verification> broken = new ArrayList<>();
        for (DossierEventRepository.Head h : heads) {
            List<Event> events = byDossier.getOrDefault(h.dossierId(), List.of());
            List<EventChain.Break> breaks = breaks(h.dossierId(), events, h.lastEventHash(), h.eventCount());
            if (!breaks.isEmpty()) {
                broken.add(new Verification(h.code(), events.size(), breaks));
            }
        }
        return new BatchCheck(heads.size(), last, broken, more);
    }
}
