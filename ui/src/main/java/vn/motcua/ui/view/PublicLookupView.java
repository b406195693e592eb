package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.motcua.dossier.application.PublicLookupService;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;

/** tra-cuu.xhtml: the applicant's lookup and rating, without an account (same checks as the REST operation). */
@Named
@RequestScoped
public class PublicLookupView {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    PublicLookupService lookups;

    private String code;
    private String secret;
    private Integer score;
    private String feedback;
    private PublicLookupService.PublicView view;

    public String lookup() {
        try {
            view = lookups.lookup(code, secret, clientIp());
        } catch (DomainException e) {
            error(e);
        }
        return null;
    }

    public String rate() {
        try {
            view = lookups.rate(code, secret, score == null ? 0 : score, feedback, clientIp());
        } catch (DomainException e) {
            error(e);
        }
        return null;
    }

    private static void error(DomainException e) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = Messages.format(fc.getViewRoot().getLocale(), e.messageKey(), e.args());
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static String clientIp() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public String format(OffsetDateTime t) {
        return t == null ? "" : DISPLAY.format(t.withOffsetSameInstant(ZoneOffset.ofHours(7)));
    }

    public boolean isFound() { return view != null; }
    public PublicLookupService.PublicView getView() { return view; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
}
