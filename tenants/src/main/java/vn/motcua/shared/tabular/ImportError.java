package vn.motcua.shared.tabular;

import java.util.Locale;
import vn.motcua.shared.Messages;

/**
 * One problem in an imported file: the row as numbered in the file (header = 1; 0 for the file as a whole),
 * the column (empty if the whole row), and a message a person can act on. {@code message} is what the REST answer
 * carries (for some imports Vietnamese / English); {@code text}, when the importer knows it, is the same message as
 * a bundle key, so that a page can show it in its user's language alone ({@link #messageIn(Locale)}).
 */
public record ImportError(int row, String column, String message, Text text) {

    public ImportError(int row, String column, String message) {
        this(row, column, message, null);
    }

    /** The message in {@code locale} when its key is known, else {@link #message()} as it was written. */
    public String messageIn(Locale locale) {
        return text == null ? message : text.in(locale);
    }

    /**
     * A message of the problem bundle ({@code vn/motcua/shared/Problems*.properties}) with its arguments; an argument
     * that is itself a {@code Text} is written in the same language.
     */
    public record Text(String key, Object... args) {

        public String in(Locale locale) {
            Locale l = Messages.pick(locale);
            Object[] shown = args == null ? new Object[0] : args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof Text t) {
                    shown[i] = t.in(l);
                }
            }
            return Messages.format(l, key, shown);
        }
    }
}
