package vn.motcua.units.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An official unit code. Two systems coexist: QCVN 102:2016 agency codes of four dot-separated parts
 * ({@code 000.17.21.H21}: three 2–3-digit groups and the province code) and the national portal's codes
 * ({@code H21}, {@code H21.17}, {@code H21.227}: province code then up to two numeric levels).
 * Both are optional on a unit; codes are kept as written, upper-cased.
 */
public record UnitCode(Scheme scheme, String value) {

    public enum Scheme { QCVN102, PORTAL }

    private static final Pattern QCVN = Pattern.compile("^\\d{2,3}\\.\\d{2,3}\\.\\d{2,3}\\.[A-Z]\\d{2}$");
    private static final Pattern PORTAL = Pattern.compile("^[A-Z]\\d{2}(\\.\\d{1,4}){0,2}$");

    public UnitCode {
        if (scheme == null || value == null || !(scheme == Scheme.QCVN102 ? QCVN : PORTAL).matcher(value).matches()) {
            throw new IllegalArgumentException("not a " + scheme + " code: " + value);
        }
    }

    public static UnitCode qcvn(String value) {
        return new UnitCode(Scheme.QCVN102, norm(value));
    }

    public static UnitCode portal(String value) {
        return new UnitCode(Scheme.PORTAL, norm(value));
    }

    /** Empty for a blank value; {@link IllegalArgumentException} for a malformed one. */
    public static Optional<UnitCode> parse(Scheme scheme, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new UnitCode(scheme, norm(value)));
    }

    public static boolean isValid(Scheme scheme, String value) {
        try {
            parse(scheme, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The province code the unit belongs to, e.g. {@code H21}. */
    public String provinceCode() {
        return scheme == Scheme.PORTAL ? value.substring(0, 3) : value.substring(value.length() - 3);
    }

    private static String norm(String v) {
        return v == null ? null : v.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
