package vn.motcua.shared;

import java.text.Normalizer;
import java.util.List;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The one place that decides whether a text value may be stored, and in which form. Every boundary (REST bodies,
 * query and path parameters, JSF inputs, CSV/XLSX and NDJSON imports) passes text through here, once:
 * <ul>
 *   <li>refused: NUL and the other C0 control characters except tab, line feed and carriage return (single-line
 *       kinds refuse those too), DEL and the C1 controls, and lone UTF-16 surrogates (what an invalid
 *       {@code \ud800} escape or broken UTF-8 leaves behind);</li>
 *   <li>normalised: to Unicode NFC, so that Vietnamese typed on a keyboard that sends decomposed letters (NFD) is
 *       stored in the same bytes as everything else and equality, uniqueness and sorting hold;</li>
 *   <li>bounded: one length limit per {@link Kind} of field, counted in code points after normalisation, the same
 *       number the database enforces ({@code V8__text_limits.sql}).</li>
 * </ul>
 */
public final class Text {

    /** Kinds of text field, each with one documented maximum length (characters = Unicode code points). */
    public enum Kind {
        /** Codes, identifiers and references: procedure/unit/portal codes, id numbers, phones, e-mail, slugs. */
        CODE(100, false),
        /** Passwords: checked like any text, but never normalised (the login compares them as typed). */
        SECRET(200, false),
        /** Names of people, units, tokens, fees, documents, steps and days. */
        NAME(300, false),
        /** Official titles quoted from the national procedure database (procedure names run to ~400 characters). */
        TITLE(1_000, false),
        /** Free text: notes, reasons, addresses, feedback; may span lines. The default for an unmarked field. */
        TEXT(4_000, true);

        private final int max;
        private final boolean multiline;

        Kind(int max, boolean multiline) {
            this.max = max;
            this.multiline = multiline;
        }

        public int max() { return max; }

        public boolean multiline() { return multiline; }
    }

    private Text() { }

    /**
     * {@code value} in NFC, or null if null; throws a 400-kind {@link DomainException} naming {@code field} if it
     * holds a character no stored text may hold or is longer than {@code kind} allows.
     */
    public static String clean(String field, String value, Kind kind) {
        List<FieldError> errors = new java.util.ArrayList<>(1);
        String stored = accept(field, value, kind, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return stored;
    }

    /** The refusal for {@code value}, or null if it may be stored (after {@link #nfc}). */
    public static FieldError problem(String field, String value, Kind kind) {
        List<FieldError> errors = new java.util.ArrayList<>(1);
        accept(field, value, kind, errors);
        return errors.isEmpty() ? null : errors.get(0);
    }

    /**
     * The form of {@code value} to store (NFC, except a {@link Kind#SECRET}), or null with the refusal added to
     * {@code errors}. One pass over the characters for the common case (the imports call it for every value).
     */
    public static String accept(String field, String value, Kind kind, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        boolean simple = true;
        boolean multiline = kind.multiline();
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    errors.add(refusal(field, value, i));
                    return null;
                }
            } else if (c >= 0x7F) {
                if (c <= 0x9F || Character.isLowSurrogate(c)) {
                    errors.add(refusal(field, value, i));
                    return null;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                        i++;
                    } else {
                        errors.add(refusal(field, value, i));
                        return null;
                    }
                }
                simple &= c < 0x300;
            }
        }
        String stored = simple || kind == Kind.SECRET || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        if (stored.length() > kind.max()) {
            int length = stored.codePointCount(0, stored.length());
            if (length > kind.max()) {
                errors.add(new FieldError(field, "text.tooLong", kind.max(), length));
                return null;
            }
        }
        return stored;
    }

    /** The refusal for the character at {@code index} of {@code value} found by {@link #badChar}. */
    public static FieldError refusal(String field, String value, int index) {
        char c = value.charAt(index);
        if (Character.isSurrogate(c)) {
            return new FieldError(field, "text.loneSurrogate", index + 1);
        }
        return new FieldError(field, "text.controlCharacter", String.format("U+%04X", (int) c), index + 1);
    }

    /**
     * The index of the first character no stored text may hold, or -1: C0 controls (tab, LF and CR allowed where
     * {@code multiline}), DEL, C1 controls and lone surrogates.
     */
    public static int badChar(String s, boolean multiline) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** NFC, cheaply: ASCII and text already in NFC come back as the same instance. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        int n = s.length();
        while (i < n && s.charAt(i) < 0x300) {
            i++;
        }
        if (i == n || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
