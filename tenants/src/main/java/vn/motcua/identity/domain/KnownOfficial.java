package vn.motcua.identity.domain;

import java.util.Locale;

/**
 * An official a province knows by name only: named in its imported history (the events of dossiers brought from its
 * former system) and without an account to sign in with. Reports and public lists show {@link #name()}.
 *
 * @param displayName as the source gave it, or null (then {@link #nameFrom} reads one from the username)
 * @param unitCode the unit it was first seen acting for, or null
 */
public record KnownOfficial(String username, String displayName, String unitCode) {

    /** The password hash of an account without a password: no hash at all, so no password ever matches it. */
    public static final String NO_PASSWORD = "!";

    /** The name to show: the source's, else one read from the username. */
    public String name() {
        return displayName != null && !displayName.isBlank() ? displayName : nameFrom(username);
    }

    /**
     * A readable name from a username such as {@code tran.duc.huy3}: its parts (split at {@code .}, {@code _} and
     * {@code -}) each capitalised, a trailing number set apart — "Tran Duc Huy 3". Usernames carry no diacritics, so
     * the name has none either; a name given by the source replaces it.
     */
    public static String nameFrom(String username) {
        StringBuilder b = new StringBuilder();
        for (String part : username.split("[._-]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int digits = part.length();
            while (digits > 0 && Character.isDigit(part.charAt(digits - 1))) {
                digits--;
            }
            String word = part.substring(0, digits);
            String number = part.substring(digits);
            if (!word.isEmpty()) {
                append(b, word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
            }
            if (!number.isEmpty()) {
                append(b, number);
            }
        }
        return b.length() == 0 ? username : b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(s);
    }
}
