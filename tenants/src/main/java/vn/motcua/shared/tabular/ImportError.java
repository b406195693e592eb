package vn.motcua.shared.tabular;

import java.util.Locale;
import vn.motcua.shared.Messages;

/**
 * One problem in an imported file: the row as numbered in the file (header = 1; 0 for the file as a whole),
 * the column (empty if the whole row), and a message a person can act on, in the reader's language: the REST
 * answer in the language asked for (Accept-Language), a page in the session's.
 */
public record ImportError(int row, String column, Text text) {

    /** A message in a given language. */
    @FunctionalInterface
    public interface Text {
        String in(Locale locale);
    }

    /** A problem told by a message of {@code vn.motcua.shared.Problems}. */
    public static ImportError of(int row, String column, String key, Object... args) {
        return new ImportError(row, column, locale -> Messages.format(locale, key, args));
    }

    public String message(Locale locale) {
        return text.in(locale);
    }

    /** In Vietnamese, the default language. */
    public String message() {
        return message(Messages.VIETNAMESE);
    }

    @Override
    public String toString() {
        return "ImportError[row=" + row + ", column=" + column + ", message=" + message() + "]";
    }
}
