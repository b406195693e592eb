package vn.motcua.ui.view;

import java.util.Locale;

/** A {@link LocaleView} that always answers one language: a view under test reads its page's language from it. */
final class FixedLocale extends LocaleView {

    private static final long serialVersionUID = 1L;
    private final Locale locale;

    FixedLocale(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
