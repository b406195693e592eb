package vn.motcua.ui.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import vn.motcua.shared.Messages;

/**
 * Texts of the UI bundle ({@code vn/motcua/ui/messages*.properties}) for Java code; pages use {@code #{msg}}.
 * Loaded without falling back to the JVM default locale, so a server running with an English default never
 * turns a Vietnamese page English.
 */
@ApplicationScoped
public class UiText {

    public static final String BUNDLE = "vn.motcua.ui.messages";

    public String get(Locale locale, String key, Object... args) {
        return of(locale, key, args);
    }

    /** The same, for static code (the charts' JSON) that has the reader's locale but no bean to ask. */
    static String of(Locale locale, String key, Object... args) {
        return Messages.format(BUNDLE, UiText.class.getClassLoader(), locale == null ? LocaleView.VIETNAMESE : locale,
                key, args);
    }
}
