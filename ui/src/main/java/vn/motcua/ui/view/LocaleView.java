package vn.motcua.ui.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.motcua.identity.application.Caller;

/**
 * The language of this session: Vietnamese unless the person chose English (on any page, the sign-in page
 * included) or their account is set to English. An explicit choice wins over the stored preference.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;
    private boolean chosen;
    private boolean adoptedFromAccount;

    @Inject
    CurrentUser currentUser;

    public Locale getLocale() {
        if (!chosen && !adoptedFromAccount) {
            currentUser.caller().ifPresent(this::adopt);
        }
        return locale;
    }

    private void adopt(Caller caller) {
        adoptedFromAccount = true;
        locale = of(caller.locale());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }

    /** Switches language and reloads the same page by GET (so a reload does not repeat the POST). */
    public String switchTo(String language) {
        locale = of(language);
        chosen = true;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    static Locale of(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : VIETNAMESE;
    }
}
