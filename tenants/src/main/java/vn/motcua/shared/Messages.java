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
        return format("vn.motcua.shared.Problems", Messages.class.getClassLoader(), locale, key, args);
    }

    /**
     * A message from any bundle, without falling back to the JVM's default locale: a server running with an
     * English default must never turn a Vietnamese text English. A missing key comes back as the key.
     */
    public static String format(String bundleName, ClassLoader loader, Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale == null ? VIETNAMESE : locale, loader,
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
