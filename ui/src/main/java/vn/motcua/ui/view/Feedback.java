package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;

/** Messages for the person: refusals of the domain (in the Problems bundle) and confirmations (UI bundle). */
@RequestScoped
public class Feedback {

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    /**
     * Shows a refusal and marks the request as failed, so {@code args.validationFailed} keeps a dialog open.
     * Field errors are prefixed with the field's label ({@code field.<name>} in the UI bundle).
     */
    public void refused(DomainException e) {
        refused(e, null);
    }

    /**
     * As {@link #refused(DomainException)}, attached to {@code clientId} (e.g. a dialog's form) so that the
     * page's global messages do not repeat what the dialog already shows.
     */
    public void refused(DomainException e, String clientId) {
        Locale locale = Messages.pick(localeView.getLocale());
        FacesContext context = FacesContext.getCurrentInstance();
        if (e.fieldErrors().isEmpty()) {
            add(clientId, FacesMessage.SEVERITY_ERROR, Messages.format(locale, e.messageKey(), e.args()));
        } else {
            for (DomainException.FieldError error : e.fieldErrors()) {
                String label = text.get(localeView.getLocale(), "field." + error.field());
                String message = Messages.format(locale, error.messageKey(), error.args());
                add(clientId, FacesMessage.SEVERITY_ERROR, label.startsWith("field.") ? message : label + ": " + message);
            }
        }
        context.validationFailed();
    }

    /** A refusal of the domain (a Problems bundle key) shown beside the field {@code clientId} (its p:message). */
    public void problemAt(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, Messages.format(Messages.pick(localeView.getLocale()), key, args));
    }

    /** A text of the UI bundle in the person's language. */
    public String text(String key, Object... args) {
        return text.get(localeView.getLocale(), key, args);
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text.get(localeView.getLocale(), key, args));
    }

    /** A confirmation or hint shown only by the message area of {@code clientId}'s form. */
    public void infoIn(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, text.get(localeView.getLocale(), key, args));
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text.get(localeView.getLocale(), key, args));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }
}
