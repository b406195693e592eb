package vn.motcua.dossier.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
        // One StringBuilder instead of String.join over eleven strings: the import hashes millions of events.
        StringBuilder b = new StringBuilder(160);
        b.append(e.dossierId()).append(SEP).append(e.seq()).append(SEP);
        appendUtc(b, e.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS));
        b.append(SEP).append(nz(e.actor())).append(SEP).append(nz(e.actorRole())).append(SEP)
                .append(nz(e.actorUnit())).append(SEP).append(nz(e.action())).append(SEP);
        if (e.fromStatus() != null) {
            b.append(e.fromStatus().intValue());
        }
        b.append(SEP).append(e.toStatus()).append(SEP).append(nz(e.reason())).append(SEP).append(nz(e.changes()));
        return b.toString();
    }

    public static String hash(String previousHash, Link e) {
        byte[] text = canonical(e).getBytes(StandardCharsets.UTF_8); // before the digest: a failure leaves it clean
        MessageDigest d = SHA256.get();
        d.reset();
        d.update(nz(previousHash).getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(text);
        return hex(d.digest());
    }

    private static final char SEP = '\u001f';
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    });

    /** Lower-case hex, as {@code HexFormat.of().formatHex}. */
    static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * Appends {@code instant.toString()} (ISO_INSTANT: UTC, seconds always, the fraction in groups of three digits as
     * needed) without going through a DateTimeFormatter; years outside 0000–9999 take the formatter's way.
     */
    static void appendUtc(StringBuilder b, Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            b.append(instant);
            return;
        }
        pad(b, date.getYear(), 4).append('-');
        pad(b, date.getMonthValue(), 2).append('-');
        pad(b, date.getDayOfMonth(), 2).append('T');
        pad(b, secondOfDay / 3600, 2).append(':');
        pad(b, secondOfDay / 60 % 60, 2).append(':');
        pad(b, secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) {
                pad(b, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                pad(b, nano / 1_000, 6);
            } else {
                pad(b, nano, 9);
            }
        }
        b.append('Z');
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        char[] digits = new char[width];
        for (int i = width - 1; i >= 0; i--, value /= 10) {
            digits[i] = (char) ('0' + value % 10);
        }
        return b.append(digits);
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
