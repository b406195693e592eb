package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Role checks of the view beans. web.xml already keeps people out of /admin/* and /platform/*; these checks
 * repeat the rule where the work is done, so a bean reached some other way still refuses (defence in depth).
 * A refusal answers 403, which shows the error page.
 */
@RequestScoped
public class Access {

    @Inject
    CurrentUser user;

    /** Province administrator of their own province, or platform administrator. */
    public boolean allowAdmin() {
        return allowIf(user.isAdmin());
    }

    public boolean allowProvinceAdmin() {
        return allowIf(user.isProvinceAdmin());
    }

    public boolean allowPlatformAdmin() {
        return allowIf(user.isPlatformAdmin());
    }

    /** Clerks, officers and leaders of a province: the dossier pages. */
    public boolean allowDossiers() {
        return allowIf(user.isDossierUser());
    }

    /** The province's reports and index: administrators and leaders, unit leaders. */
    public boolean allowReports() {
        return allowIf(user.isReportReader());
    }

    /** The central comparison of the provinces: central viewers and the platform administrator. */
    public boolean allowCentral() {
        return allowIf(user.isCentralReader());
    }

    /** The one-stop desk (clerks and leaders): receipt. */
    public boolean allowDesk() {
        return allowIf(user.isDesk());
    }

    private boolean allowIf(boolean allowed) {
        if (!allowed) {
            refuse();
        }
        return allowed;
    }

    public void refuse() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return;
        }
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
