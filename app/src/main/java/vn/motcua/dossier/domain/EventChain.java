package vn.motcua.dossier.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper-evident chain of a dossier's events: each event's hash is SHA-256 over the previous hash and the
 * event's canonical text, so changing, removing or reordering any stored event breaks every later hash.
 * Instants are hashed as UTC with microsecond precision, the precision PostgreSQL keeps.
 */
public final class EventChain {

    private EventChain() { }

    /** The fields an event is hashed over, in a fixed order. */
    public record Link(long dossierId, int seq, OffsetDateTime occurredAt, String actor, String actorRole,
                       String actorUnit, String action, Integer fromStatus, int toStatus, String reason,
                       String changes) { }

    public static String canonical(Link e) {
        return String.join("\u001f", Long.toString(e.dossierId()), Integer.toString(e.seq()),
                e.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS).toString(), nz(e.actor()),
                nz(e.actorRole()), nz(e.actorUnit()), nz(e.action()),
                e.fromStatus() == null ? "" : e.fromStatus().toString(), Integer.toString(e.toStatus()),
                nz(e.reason()), nz(e.changes()));
    }

    public static String hash(String previousHash, Link e) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(nz(previousHash).getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            d.update(canonical(e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A broken link: where the chain stops being what was written. */
    public record Break(int seq, String problem) { }

    /**
     * Checks a dossier's events in order against their stored hashes and the dossier's last hash; an empty result
     * means intact.
     */
    public static List<Break> verify(List<Link> links, List<String> prevHashes, List<String> hashes,
                                     String dossierLastHash, int dossierEventCount) {
        java.util.ArrayList<Break> breaks = new java.util.ArrayList<>();
        String prev = null;
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            if (l.seq() != i + 1) {
                breaks.add(new Break(l.seq(), "sequence gap: expected " + (i + 1)));
            }
            if (!java.util.Objects.equals(nullIfEmpty(prevHashes.get(i)), nullIfEmpty(prev))) {
                breaks.add(new Break(l.seq(), "previous hash does not match the preceding event"));
            }
            String expected = hash(prev, l);
            if (!expected.equals(hashes.get(i))) {
                breaks.add(new Break(l.seq(), "content does not match its hash"));
            }
            prev = hashes.get(i);
        }
        if (links.size() != dossierEventCount) {
            breaks.add(new Break(links.size(), "the dossier records " + dossierEventCount + " events, "
                    + links.size() + " found"));
        }
        if (!java.util.Objects.equals(nullIfEmpty(prev), nullIfEmpty(dossierLastHash))) {
            breaks.add(new Break(links.size(), "the last event's hash differs from the dossier's"));
        }
        return breaks;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
