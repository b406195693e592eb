package vn.motcua.ui.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DeadlineText;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.forms.domain.FormRegime;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.StepKind;

/**
 * {@code #{dossierText}}: the words of the dossier pages in the session's language — status labels (from
 * {@link DossierStatus}), action labels, channels, return methods — and office hours as people read them.
 */
@Named("dossierText")
@ApplicationScoped
public class DossierTexts {

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    private String lang() {
        return localeView.isEnglish() ? "en" : "vi";
    }

    public String status(Object status) {
        if (status == null) {
            return "";
        }
        DossierStatus s = status instanceof DossierStatus d ? d : DossierStatus.of(((Number) status).intValue());
        return s.label(lang());
    }

    /** The status's CSS modifier: open, paused, done, closed. */
    public String statusClass(Object status) {
        if (status == null) {
            return "";
        }
        DossierStatus s = status instanceof DossierStatus d ? d : DossierStatus.of(((Number) status).intValue());
        return switch (s) {
            case SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED -> "status-paused";
            case PROCESSED, RETURNED -> "status-done";
            case REFUSED_AT_RECEIPT, WITHDRAWN, STOPPED -> "status-closed";
            default -> "status-open";
        };
    }

    public String action(String action, FormRegime formSet) {
        return action(action, formSet, null);
    }

    public String action(String action, FormRegime formSet, StepKind kind) {
        return action == null ? "" : text.get(localeView.getLocale(), DossierActions.labelKey(action, formSet, kind));
    }

    public String channel(Channel c) {
        return c == null ? "" : c.label(lang());
    }

    public String returnMethod(ReturnMethod m) {
        return m == null ? "" : m.label(lang());
    }

    public String form(String form) {
        return text.get(localeView.getLocale(), "dossier.form." + form);
    }

    /** Office nanoseconds as hours with at most one decimal, in the session's number format ("12,5"). */
    public String hours(long nanos) {
        return DeadlineText.hours(nanos, localeView.getLocale());
    }
}
