package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventChainTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2025-11-03T09:00:00.123456+07:00");

    static List<EventChain.Link> links() {
        return List.of(
                new EventChain.Link(7, 1, T, "clerk", "CLERK", "H21.30", "RECEIVE", null, 2, null, "status:  → 2"),
                new EventChain.Link(7, 2, T.plusHours(1), "officer", "OFFICER", "H21.05", "REQUEST_SUPPLEMENT", 2, 5,
                        "Thiếu bản sao giấy khai sinh", "status: 2 → 5"),
                new EventChain.Link(7, 3, T.plusDays(1), "clerk", "CLERK", "H21.30", "RECEIVE_SUPPLEMENT", 5, 4, null, ""));
    }

    static List<String> hashes(List<EventChain.Link> links) {
        List<String> out = new ArrayList<>();
        String prev = null;
        for (EventChain.Link l : links) {
            prev = EventChain.hash(prev, l);
            out.add(prev);
        }
        return out;
    }

    static List<String> prevs(List<String> hashes) {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.addAll(hashes.subList(0, hashes.size() - 1));
        return out;
    }

    @Test
    void anUntouchedChainVerifies() {
        List<String> h = hashes(links());
        assertTrue(EventChain.verify(links(), prevs(h), h, h.get(2), 3).isEmpty());
        assertEquals(64, h.get(0).length());
    }

    @Test
    void theSameInstantInAnotherOffsetHashesTheSame() {
        EventChain.Link a = links().get(0);
        EventChain.Link b = new EventChain.Link(7, 1, T.withOffsetSameInstant(java.time.ZoneOffset.UTC), "clerk", "CLERK",
                "H21.30", "RECEIVE", null, 2, null, "status:  → 2");
        assertEquals(EventChain.hash(null, a), EventChain.hash(null, b));
    }

    @Test
    void aChangedReasonIsFoundAtItsEvent() {
        List<EventChain.Link> l = new ArrayList<>(links());
        List<String> h = hashes(l);
        EventChain.Link e = l.get(1);
        l.set(1, new EventChain.Link(e.dossierId(), e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.actorUnit(),
                e.action(), e.fromStatus(), e.toStatus(), "Đủ hồ sơ", e.changes()));
        List<EventChain.Break> breaks = EventChain.verify(l, prevs(h), h, h.get(2), 3);
        assertEquals(1, breaks.size());
        assertEquals(2, breaks.get(0).seq());
    }

    @Test
    void aRemovedLastEventIsFoundByTheDossiersHead() {
        List<String> h = hashes(links());
        List<EventChain.Break> breaks = EventChain.verify(links().subList(0, 2), prevs(h).subList(0, 2), h.subList(0, 2),
                h.get(2), 3);
        assertEquals(2, breaks.size(), breaks::toString);
    }

    @Test
    void aRemovedMiddleEventBreaksTheChain() {
        List<EventChain.Link> l = List.of(links().get(0), links().get(2));
        List<String> h = hashes(links());
        List<EventChain.Break> breaks = EventChain.verify(l, List.of("", h.get(1)), List.of(h.get(0), h.get(2)), h.get(2), 3);
        assertTrue(breaks.stream().anyMatch(b -> b.problem().contains("sequence gap")), breaks::toString);
        assertTrue(breaks.stream().anyMatch(b -> b.problem().contains("previous hash")), breaks::toString);
    }

    @Test
    void stepsSurviveTheirTextForm() {
        Dossier d = DossierTest.accepted("2025-11-03T09:00", 4);
        List<Step> again = StepText.read(StepText.write(d.steps()));
        assertEquals(StepText.write(d.steps()), StepText.write(again));
        assertEquals(d.steps().get(1).dueAt(), again.get(1).dueAt());
    }
}
