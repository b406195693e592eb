package vn.motcua.dossierimport.infrastructure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), written straight
 * to UTF-8 bytes: no intermediate strings for the numbers and instants that make up most of a dossier.
 * Instants are written with their offset and microseconds, the precision PostgreSQL keeps.
 */
final class CopyBuffer {

    private byte[] buf;
    private int len;
    private boolean rowStarted;
    private int rows;

    CopyBuffer(int capacity) {
        buf = new byte[Math.max(1024, capacity)];
    }

    /**
     * Written chunks hand their buffers back (a few megabytes each): without this every chunk of every batch allocated
     * new ones, which lived long enough to be promoted and made the import's full collections. Six cover the three
     * chunks of each of the two imports a server runs at a time (one being filled, two waiting for the database).
     */
    private static final java.util.concurrent.ArrayBlockingQueue<CopyBuffer> FREE =
            new java.util.concurrent.ArrayBlockingQueue<>(6);

    /** An empty buffer, a returned one when there is one. */
    static CopyBuffer obtain(int capacity) {
        CopyBuffer b = FREE.poll();
        if (b == null) {
            return new CopyBuffer(capacity);
        }
        b.len = 0;
        b.rows = 0;
        b.rowStarted = false;
        return b;
    }

    /** The caller no longer uses this buffer. */
    void release() {
        FREE.offer(this);
    }

    byte[] bytes() { return buf; }

    int length() { return len; }

    int rows() { return rows; }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    private void sep() {
        if (rowStarted) {
            ensure(1);
            buf[len++] = '\t';
        }
        rowStarted = true;
    }

    CopyBuffer endRow() {
        ensure(1);
        buf[len++] = '\n';
        rowStarted = false;
        rows++;
        return this;
    }

    CopyBuffer nul() {
        sep();
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = 'N';
        return this;
    }

    CopyBuffer text(String s) {
        if (s == null) {
            return nul();
        }
        sep();
        int n = s.length();
        ensure(n * 3 + 2);
        int i = 0;
        // the usual text (codes, hashes, names' ASCII parts) has nothing to escape or encode: copy it in a tight loop
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20 || c == '\\') {
                break;
            }
            buf[len++] = (byte) c;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { buf[len++] = '\\'; buf[len++] = '\\'; }
                    case '\t' -> { buf[len++] = '\\'; buf[len++] = 't'; }
                    case '\n' -> { buf[len++] = '\\'; buf[len++] = 'n'; }
                    case '\r' -> { buf[len++] = '\\'; buf[len++] = 'r'; }
                    default -> buf[len++] = (byte) c;
                }
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buf[len++] = '?'; // a lone surrogate cannot be encoded
            } else {
                buf[len++] = (byte) (0xE0 | (c >> 12));
                buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    CopyBuffer num(long n) {
        sep();
        ensure(20);
        if (n == Long.MIN_VALUE) {
            return ascii(Long.toString(n));
        }
        if (n < 0) {
            buf[len++] = '-';
            n = -n;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    CopyBuffer num(Long n) {
        return n == null ? nul() : num(n.longValue());
    }

    CopyBuffer num(Integer n) {
        return n == null ? nul() : num(n.longValue());
    }

    CopyBuffer bool(boolean b) {
        sep();
        ensure(1);
        buf[len++] = (byte) (b ? 't' : 'f');
        return this;
    }

    CopyBuffer bool(Boolean b) {
        return b == null ? nul() : bool(b.booleanValue());
    }

    /** {@code 2024-01-05 09:12:00+07:00}, or {@code 2024-01-05 09:12:00.123456+07:00}. */
    CopyBuffer instant(OffsetDateTime t) {
        if (t == null) {
            return nul();
        }
        sep();
        ensure(40);
        LocalDate d = t.toLocalDate();
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return rawText(t.toString()); // the general ISO form, which PostgreSQL reads too
        }
        digits(y, 4);
        buf[len++] = '-';
        digits(d.getMonthValue(), 2);
        buf[len++] = '-';
        digits(d.getDayOfMonth(), 2);
        buf[len++] = ' ';
        LocalTime time = t.toLocalTime();
        digits(time.getHour(), 2);
        buf[len++] = ':';
        digits(time.getMinute(), 2);
        buf[len++] = ':';
        digits(time.getSecond(), 2);
        if (time.getNano() >= 1000) { // most imported instants are whole minutes: fewer bytes for PostgreSQL to read
            buf[len++] = '.';
            digits(time.getNano() / 1000, 6);
        }
        int off = t.getOffset().getTotalSeconds();
        buf[len++] = (byte) (off < 0 ? '-' : '+');
        off = Math.abs(off);
        digits(off / 3600, 2);
        buf[len++] = ':';
        digits((off / 60) % 60, 2);
        if (off % 60 != 0) {
            buf[len++] = ':';
            digits(off % 60, 2);
        }
        return this;
    }

    CopyBuffer time(LocalTime t) {
        return t == null ? nul() : ascii(t.toString());
    }

    private CopyBuffer ascii(String s) {
        sep();
        return rawText(s);
    }

    private CopyBuffer rawText(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    private void digits(int v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[len + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += width;
    }
}
