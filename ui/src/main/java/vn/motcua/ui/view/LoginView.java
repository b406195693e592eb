package vn.motcua.ui.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import vn.motcua.identity.application.IdentityService;
import vn.motcua.shared.Messages;

/** login.xhtml: signs a person in through the application's authentication mechanism. */
@Named
@RequestScoped
public class LoginView {

    /** Set by the authentication mechanism when it refused the attempt because of too many failures. */
    public static final String THROTTLED_ATTRIBUTE = "vn.motcua.login.throttledSeconds";
    /** Set by the authentication mechanism when the right password was given for a disabled account. */
    public static final String DISABLED_ATTRIBUTE = "vn.motcua.login.disabled";
    static final String HOME = "/home.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    @Inject
    IdentityService identity;

    private String username;
    private String password;
    private String continueUrl;

    /** Someone already signed in has nothing to do here. */
    public void redirectIfSignedIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null && currentUser.isSignedIn()) {
            external.redirect(target(external.getRequestContextPath()));
        }
    }

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                        password == null ? "" : password))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(target(external.getRequestContextPath()));
            // The mechanism has written the response itself (e.g. a redirect): nothing left for Faces to render.
            case SEND_CONTINUE -> context.responseComplete();
            default -> refused(context, request);
        }
    }

    private void refused(FacesContext context, HttpServletRequest request) {
        Locale locale = Messages.pick(localeView.getLocale());
        Object throttled = request.getAttribute(THROTTLED_ATTRIBUTE);
        String text = throttled instanceof Number seconds
                ? Messages.format(locale, "login.throttled", seconds.longValue())
                // Only after the right password: it tells nothing to someone who does not know it
                : Boolean.TRUE.equals(request.getAttribute(DISABLED_ATTRIBUTE)) ? Messages.format(locale, "login.disabled")
                // The same words for every other refusal: never hint whether the name or the password was wrong.
                : Messages.format(locale, "login.failed");
        // Attached to the form, so that only the form's message area shows it (not the page's global one too)
        context.addMessage("loginForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** Where to go after signing in: the page that asked for it if that is a page of this application, else home. */
    String target(String contextPath) {
        String local = safeLocalPath(continueUrl, contextPath);
        return local != null ? local : contextPath + HOME;
    }

    /**
     * {@code continue} comes from the URL, so it must not become an open redirect: only an absolute path on this
     * host is accepted (no scheme, no host, no "//" or "/\" that browsers treat as another host), and not the
     * sign-in page itself. Returns the path with the context path, or null.
     */
    static String safeLocalPath(String candidate, String contextPath) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 2000) {
            return null;
        }
        String url = candidate.strip();
        if (!url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return null;
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
            return null;
        }
        String ctx = contextPath == null ? "" : contextPath;
        String full = !ctx.isEmpty() && (url.equals(ctx) || url.startsWith(ctx + "/")) ? url : ctx + url;
        String path = uri.getRawPath();
        if (path.endsWith("/login.xhtml") || path.contains("/jakarta.faces.resource/")) {
            return null;
        }
        return full;
    }

    public boolean isDemoMode() {
        return identity.isDemoMode();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getContinueUrl() { return continueUrl; }
    public void setContinueUrl(String continueUrl) { this.continueUrl = continueUrl; }
}
