package vn.motcua.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-facing refusal messages ({@code vn/motcua/shared/Problems*.properties}). */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() { }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.motcua.shared.Problems",
                locale == null ? VIETNAMESE : locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Vietnamese unless the caller asked for English. */
    public static Locale pick(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
