package vn.motcua.dossierimport.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) reader for one line of an NDJSON import, straight from the request's UTF-8 bytes into
 * plain Java values: {@link Map} (a {@code LinkedHashMap}: a repeated key keeps its first place and its last value,
 * as JSON-P's objects do), {@link List}, {@link String}, {@link Num} (the number's text as JSON-P prints it),
 * {@link Boolean} and {@link #NULL}. An import reads millions of lines; JSON-P's reader decoded each line to characters,
 * then built its objects through builders, and took a quarter of the importer's time.
 *
 * <p>Unlike JSON-P's reader, anything but white space after the value is an error: a line holds one object.
 */
final class JsonLine {

    /** JSON's {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A JSON number, kept as JSON-P's {@code JsonNumber.toString()} gives it (integers plain, others as BigDecimal). */
    record Num(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Not JSON; the message says where (column from 1, in bytes) and what. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_DEPTH = 64;

    private final byte[] b;
    private final int end;
    private final int start;
    private int i;

    private JsonLine(byte[] b, int off, int len) {
        this.b = b;
        this.start = off;
        this.i = off;
        this.end = off + len;
    }

    /** The value of {@code len} bytes from {@code off}. */
    static Object parse(byte[] b, int off, int len) throws Malformed {
        JsonLine p = new JsonLine(b, off, len);
        p.skipWhite();
        Object v = p.value(0);
        p.skipWhite();
        if (p.i < p.end) {
            throw p.error("only white space may follow the value");
        }
        return v;
    }

    private Object value(int depth) throws Malformed {
        if (i >= end) {
            throw error("a value was expected, the line ended");
        }
        byte c = b[i];
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected " + describe(c));
        }
    }

    private Map<String, Object> object(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        i++; // {
        Map<String, Object> m = new LinkedHashMap<>(depth == 1 ? 64 : 16); // a dossier has ~30 fields, an event ~7
        skipWhite();
        if (i < end && b[i] == '}') {
            i++;
            return m;
        }
        while (true) {
            skipWhite();
            if (i >= end || b[i] != '"') {
                throw error(i >= end ? "a name in quotes was expected, the line ended" : "a name in quotes was expected, not "
                        + describe(b[i]));
            }
            String key = string();
            skipWhite();
            expect(':');
            skipWhite();
            m.put(key, value(depth));
            skipWhite();
            if (i < end && b[i] == ',') {
                i++;
                continue;
            }
            expect('}');
            return m;
        }
    }

    private List<Object> array(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        i++; // [
        List<Object> a = new ArrayList<>();
        skipWhite();
        if (i < end && b[i] == ']') {
            i++;
            return a;
        }
        while (true) {
            skipWhite();
            a.add(value(depth));
            skipWhite();
            if (i < end && b[i] == ',') {
                i++;
                continue;
            }
            expect(']');
            return a;
        }
    }

    private String string() throws Malformed {
        int from = ++i; // opening quote
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                String s = new String(b, from, i - from, StandardCharsets.UTF_8);
                i++;
                return s;
            }
            if (c == '\\') {
                return escaped(from);
            }
            if (c >= 0 && c < 0x20) {
                throw error("control character " + describe(c) + " inside a string");
            }
            i++;
        }
        throw error("a string is not closed");
    }

    /** The rest of a string that has escapes, from its first backslash at {@code i}. */
    private String escaped(int from) throws Malformed {
        StringBuilder s = new StringBuilder(new String(b, from, i - from, StandardCharsets.UTF_8));
        int run = i;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
                i++;
                return s.toString();
            }
            if (c >= 0 && c < 0x20) {
                throw error("control character " + describe(c) + " inside a string");
            }
            if (c != '\\') {
                i++;
                continue;
            }
            s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
            if (i + 1 >= end) {
                throw error("a string is not closed");
            }
            byte e = b[i + 1];
            i += 2;
            switch (e) {
                case '"' -> s.append('"');
                case '\\' -> s.append('\\');
                case '/' -> s.append('/');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (i + 4 > end) {
                        throw error("\\u needs four hexadecimal digits");
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(b[i + k], 16);
                        if (d < 0) {
                            throw error("\\u needs four hexadecimal digits");
                        }
                        v = v * 16 + d;
                    }
                    i += 4;
                    s.append((char) v);
                }
                default -> {
                    i -= 1;
                    throw error("unknown escape \\" + describe(e));
                }
            }
            run = i;
        }
        throw error("a string is not closed");
    }

    private Num number() throws Malformed {
        int from = i;
        boolean integral = true;
        if (b[i] == '-') {
            i++;
        }
        if (i < end && b[i] == '0') {
            i++;
        } else if (i < end && b[i] >= '1' && b[i] <= '9') {
            digits();
        } else {
            throw error("a digit was expected in a number");
        }
        if (i < end && b[i] == '.') {
            integral = false;
            i++;
            if (i >= end || b[i] < '0' || b[i] > '9') {
                throw error("a digit was expected after the decimal point");
            }
            digits();
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            integral = false;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= end || b[i] < '0' || b[i] > '9') {
                throw error("a digit was expected in the exponent");
            }
            digits();
        }
        String text = new String(b, from, i - from, StandardCharsets.ISO_8859_1);
        if (integral && i - from <= 18) {
            return new Num(Long.toString(Long.parseLong(text)));
        }
        return new Num(new BigDecimal(text).toString());
    }

    private void digits() {
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
    }

    private void literal(String word) throws Malformed {
        for (int k = 0; k < word.length(); k++) {
            if (i + k >= end || b[i + k] != word.charAt(k)) {
                throw error("unexpected " + (i + k >= end ? "end of the line" : describe(b[i + k])) + " (" + word
                        + "?)");
            }
        }
        i += word.length();
    }

    private void expect(char c) throws Malformed {
        if (i >= end) {
            throw error("'" + c + "' was expected, the line ended");
        }
        if (b[i] != c) {
            throw error("'" + c + "' was expected, not " + describe(b[i]));
        }
        i++;
    }

    private void skipWhite() {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private Malformed error(String what) {
        return new Malformed(what + " at column " + (i - start + 1));
    }

    private static String describe(byte c) {
        if (c >= 0x21 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return String.format("byte 0x%02X", c & 0xFF);
    }
}
