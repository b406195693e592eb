package vn.motcua.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-facing refusal messages ({@code vn/motcua/shared/Problems*.properties}). */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * How a day is written for clerks, in either language: 05/01/2024 (MessageFormat would print 2024-01-05). The
     * calendar's reasons and the deadline explanations use it too ({@code CalendarFormat.date}).
     */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate d) {
                shown[i] = DAY.format(d);
            }
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    /** Vietnamese unless the caller asked for English. */
    public static Locale pick(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
