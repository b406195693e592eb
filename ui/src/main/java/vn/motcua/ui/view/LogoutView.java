package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.motcua.identity.application.SecurityAudit;
import vn.motcua.identity.application.SecurityEvent;

/** The "Đăng xuất" button of the header (a POST form, so a foreign page cannot sign people out). */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityAudit audit;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        currentUser.caller().ifPresent(c -> audit.record(SecurityEvent.LOGOUT, c.name(), c.tenantId(), "web"));
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
