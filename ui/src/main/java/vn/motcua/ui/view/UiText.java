package vn.motcua.ui.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the UI bundle ({@code vn/motcua/ui/messages*.properties}) for Java code; pages use {@code #{msg}}.
 * Loaded without falling back to the JVM default locale, so a server running with an English default never
 * turns a Vietnamese page English.
 */
@ApplicationScoped
public class UiText {

    public static final String BUNDLE = "vn.motcua.ui.messages";

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? LocaleView.VIETNAMESE : locale,
                UiText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
