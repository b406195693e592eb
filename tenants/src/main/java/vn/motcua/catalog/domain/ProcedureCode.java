package vn.motcua.catalog.domain;

import java.util.regex.Pattern;

/**
 * A national administrative-procedure code as published on the national procedure database, e.g.
 * {@code 1.001234} (procedures of central level origin) or {@code 2.000815}: one digit, a dot, six digits.
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final Pattern FORMAT = Pattern.compile("^[0-9]\\.[0-9]{6}$");

    public ProcedureCode {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("not a national procedure code (d.dddddd): " + value);
        }
        value = value.strip();
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip()).matches();
    }

    @Override
    public int compareTo(ProcedureCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
