package vn.motcua.infra.launcher;

/** Quoting helpers for the few DDL statements that cannot take bind parameters. */
final class Sql {

    private Sql() {
    }

    /** A quoted SQL identifier: {@code "name"} with embedded quotes doubled. */
    static String ident(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL in identifier");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A standard-conforming string literal: {@code 'text'} with embedded quotes doubled. */
    static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL in literal");
        }
        return '\'' + text.replace("'", "''") + '\'';
    }
}
