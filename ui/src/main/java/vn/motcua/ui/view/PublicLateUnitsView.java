package vn.motcua.ui.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.reporting.application.OfficialReports;
import vn.motcua.reporting.application.PublicListService;
import vn.motcua.reporting.domain.LateOfficials;
import vn.motcua.reporting.domain.PublicLateUnits;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.domain.Tenant;

/**
 * cong-khai/don-vi-tre-han.xhtml: the public monthly list of units with late or overdue dossiers, without signing
 * in. Read with GET parameters only ({@code tinh} = the province's identifier, {@code thang} = yyyy-MM, last month by
 * default), so that a list has an address to print, share and bookmark; no form posts back. An unknown province
 * answers 404 (the error page).
 */
@Named
@RequestScoped
public class PublicLateUnitsView {

    @Inject
    PublicListService lists;

    @Inject
    OfficialReports officialReports;

    @Inject
    LocaleView localeView;

    @Inject
    Formats fmt;

    @Inject
    UiText text;

    private String tinh;
    private String thang;
    private Tenant province;
    private YearMonth month;
    private boolean badMonth;
    private PublicLateUnits list;
    private OfficialReports.PublicList officials;
    private List<Tenant> provinces;

    public void load() {
        month = PublicListService.lastMonth();
        if (thang != null && !thang.isBlank()) {
            String v = thang.strip();
            if (v.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
                month = YearMonth.parse(v);
            } else {
                badMonth = true;
            }
        }
        if (tinh == null || tinh.isBlank()) {
            return;
        }
        try {
            province = lists.province(tinh.strip());
        } catch (DomainException e) {
            notFound();
            return;
        }
        if (!badMonth) {
            list = lists.lateUnits(province.getSlug(), month);
            officials = officialReports.lateOfficials(province.getSlug(), month);
        }
    }

    private static void notFound() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    /** The provinces to choose from. */
    public List<Tenant> getProvinces() {
        if (provinces == null) {
            provinces = lists.provinces();
        }
        return provinces;
    }

    /** The province's name in the session's language. */
    public String getProvinceName() {
        return province == null ? "" : province.displayName(localeView.getLocale());
    }

    /** The chosen province's identifier, for the short address of its list. */
    public String getProvinceSlug() {
        return province == null ? "" : province.getSlug();
    }

    /** "11/2026". */
    public String getMonthLabel() {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** The month as the month picker writes it, yyyy-MM. */
    public String getMonthValue() {
        return month.toString();
    }

    /** 66.67 → "66,67 %" in Vietnamese, "66.67 %" in English; "—" when nothing was finished. */
    public String rate(BigDecimal r) {
        return fmt.percent(r);
    }

    /** 1234 → "1.234" in Vietnamese, "1,234" in English. */
    public String count(long n) {
        return fmt.count(n);
    }

    public boolean isChosen() { return province != null; }
    public boolean isBadMonth() { return badMonth; }
    public List<PublicLateUnits.Unit> getUnits() { return list == null ? List.of() : list.units(); }
    public boolean isShown() { return list != null; }
    /** The officials with late steps in the month (named only where the province publishes names). */
    public List<LateOfficials.Line> getOfficials() { return officials == null ? List.of() : officials.lines(); }
    public boolean isOfficialsNamed() { return officials != null && officials.named(); }

    /**
     * How a line names its official on the page: the display name where the province publishes names, else "Cán bộ 1
     * của Sở Tư pháp" / "Official 1 of Sở Tư pháp" in the page's language (the API keeps the Vietnamese line, the
     * province's publication).
     */
    public String officialName(LateOfficials.Line line) {
        return line.anonymousOrdinal() == null ? line.name()
                : text.get(localeView.getLocale(), "publicLate.officials.anonymous",
                        String.valueOf(line.anonymousOrdinal()), line.unitName());
    }
    public String getTinh() { return tinh; }
    public void setTinh(String tinh) { this.tinh = tinh; }
    public String getThang() { return thang; }
    public void setThang(String thang) { this.thang = thang; }
}
