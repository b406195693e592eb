package vn.motcua.ui.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;

/** dossiers/index.xhtml: the province's latest dossiers, filtered by status, and "open by code". */
@Named
@ViewScoped
public class DossiersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    public record Row(String code, int status, String procedureName, String applicantName, Channel channel,
                      OffsetDateTime receivedAt, OffsetDateTime dueAt, boolean overdue) implements Serializable { }

    @Inject
    DossierService dossiers;
    @Inject
    CurrentUser user;
    @Inject
    Access access;

    private Integer status;
    private String code;
    private List<Row> rows;

    public void load() {
        if (access.allowDossiers()) {
            search();
        }
    }

    public void search() {
        if (!user.isDossierUser()) {
            access.refuse();
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        rows = dossiers.recent(status, 0, SHOWN).stream()
                .map(d -> new Row(d.getCode(), d.status().code(), d.getProcedureName(), d.getApplicantName(),
                        d.getChannel(), d.getReceivedAt() != null ? d.getReceivedAt() : d.getSubmittedAt(), d.getDueAt(),
                        d.overdueAt(now)))
                .toList();
    }

    /** Opens the dossier page; an unknown code gets the page's own "not found". */
    public void open() {
        if (code == null || code.isBlank()) {
            return;
        }
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + "/dossiers/dossier.xhtml?code="
                    + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DossierStatus[] getStatuses() {
        return DossierStatus.values();
    }

    public List<Row> getRows() { return rows == null ? List.of() : rows; }
    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
