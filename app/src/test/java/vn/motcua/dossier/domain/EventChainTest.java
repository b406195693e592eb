package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /** The hash as first written (String.join, Instant.toString, HexFormat): stored chains must keep verifying. */
    static String referenceHash(String previousHash, EventChain.Link e) throws Exception {
        String canonical = String.join("\u001f", Long.toString(e.dossierId()), Integer.toString(e.seq()),
                e.occurredAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString(), nz(e.actor()),
                nz(e.actorRole()), nz(e.actorUnit()), nz(e.action()),
                e.fromStatus() == null ? "" : e.fromStatus().toString(), Integer.toString(e.toStatus()),
                nz(e.reason()), nz(e.changes()));
        java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
        d.update(nz(previousHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Test
    void theFastHashIsTheHashAsFirstWritten() throws Exception {
        java.util.Random r = new java.util.Random(766);
        String prev = null;
        String[] texts = {null, "", "clerk", "Nguyễn Thị Ánh", "status: 2 → 5\nsteps: …", "a\u001fb"};
        for (int i = 0; i < 20_000; i++) {
            long second = r.nextLong(-62_000_000_000L, 260_000_000_000L); // years 0005 to 10208
            int nano = switch (r.nextInt(4)) {
                case 0 -> 0;
                case 1 -> r.nextInt(1000) * 1_000_000;
                case 2 -> r.nextInt(1_000_000) * 1_000;
                default -> r.nextInt(1_000_000_000);
            };
            OffsetDateTime at = java.time.Instant.ofEpochSecond(second, nano)
                    .atOffset(java.time.ZoneOffset.ofHours(r.nextInt(-12, 15)));
            EventChain.Link l = new EventChain.Link(r.nextLong(1, Long.MAX_VALUE), r.nextInt(1, 500), at,
                    texts[r.nextInt(texts.length)], texts[r.nextInt(texts.length)], texts[r.nextInt(texts.length)],
                    "RECEIVE", r.nextBoolean() ? null : r.nextInt(1, 11), r.nextInt(1, 11),
                    texts[r.nextInt(texts.length)], texts[r.nextInt(texts.length)]);
            String expected = referenceHash(prev, l);
            assertEquals(expected, EventChain.hash(prev, l), l::toString);
            prev = r.nextInt(5) == 0 ? null : expected;
        }
    }

    @Test
    void aHashThatFailedHalfWayDoesNotSpoilTheNextOnTheSameThread() throws Exception {
        EventChain.Link broken = new EventChain.Link(7, 1, null, "clerk", "CLERK", null, "RECEIVE", null, 2, null, "");
        assertThrows(NullPointerException.class, () -> EventChain.hash("abc", broken));
        EventChain.Link good = links().get(0);
        assertEquals(referenceHash("abc", good), EventChain.hash("abc", good));
    }

    @Test
    void instantsAreWrittenAsInstantToStringWrites() {
        for (String s : List.of("2025-11-01T00:26:00Z", "2025-11-01T00:26:00.100Z", "2025-11-01T00:26:00.000100Z",
                "2025-11-01T00:26:00.000000100Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z",
                "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z")) {
            java.time.Instant i = java.time.Instant.parse(s);
            StringBuilder b = new StringBuilder();
            EventChain.appendUtc(b, i);
            assertEquals(i.toString(), b.toString());
        }
    }

    @Test
    void stepsSurviveTheirTextForm() {
        Dossier d = DossierTest.accepted("2025-11-03T09:00", 4);
        List<Step> again = StepText.read(StepText.write(d.steps()));
        assertEquals(StepText.write(d.steps()), StepText.write(again));
        assertEquals(d.steps().get(1).dueAt(), again.get(1).dueAt());
    }
}
