package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.domain.CodeCarriers;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.reporting.infrastructure.PeriodicReportPdf;
import vn.motcua.reporting.infrastructure.PeriodicReportXlsx;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitVersion;

/**
 * The periodic report sent up the hierarchy (form 06a) as a file: the table of {@link TimelinessService} (its counts
 * are not computed again here) with the form's header, rendered as XLSX or PDF. Who reports to whom: the province
 * (its People's Committee, the unit carrying the province's code) reports to the Government Office; a unit (the
 * report scoped to one unit) reports to the province. Unit names as of the period's last day, or today for units as
 * they are now, like the rows. Rows by unit come in sections by the units' level (province, district, commune), each
 * with its subtotal, as the form lists them "theo cấp".
 */
@ApplicationScoped
public class PeriodicReportService {

    /** The file formats. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** A rendered report: its bytes, media type and an ASCII file name. */
    public record Export(byte[] content, String mediaType, String fileName) { }

    private static final PeriodicReportXlsx XLSX = new PeriodicReportXlsx();
    private static final PeriodicReportPdf PDF = new PeriodicReportPdf();

    @Inject
    TimelinessService timeliness;

    @Inject
    TenantRegistry tenants;

    @Inject
    UnitService units;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Export export(TimelinessService.Request request, Format format) {
        TimelinessTable table = timeliness.report(request);
        PeriodicReport report = report(request, table);
        byte[] content = format == Format.XLSX ? XLSX.render(report) : PDF.render(report);
        return new Export(content, format.mediaType, fileName(request, format));
    }

    private PeriodicReport report(TimelinessService.Request r, TimelinessTable table) {
        String slug = TenantContext.require();
        Tenant tenant = tenants.find(slug).orElse(null);
        String province = tenant == null ? slug : tenant.getNameVi();
        LocalDate today = UnitService.today();
        LocalDate namesOn = r.unitView() == UnitView.AS_IS ? today : r.period().to();
        Map<String, UnitVersion> byCode = CodeCarriers.on(units.snapshot().history(), namesOn);
        UnitVersion root = tenant == null ? null : byCode.get(tenant.getProvinceCode());
        String provinceUnit = root != null ? root.name() : "UBND tỉnh " + province;
        String reporting = provinceUnit;
        String receiving = PeriodicReport.GOVERNMENT_OFFICE;
        if (r.scope().unitCodes() != null && r.scope().unitCodes().size() == 1) {
            String code = r.scope().unitCodes().iterator().next();
            UnitVersion unit = byCode.get(code);
            if (root == null || !code.equals(tenant.getProvinceCode())) {
                reporting = unit == null ? code : unit.name();
                receiving = provinceUnit;
            }
        }
        if (r.groupBy() != ReportGrouping.UNIT) {
            return new PeriodicReport(reporting, receiving, r.period(), province, today, r.groupBy(), table);
        }
        // units by level, as the form groups them: the province's departments, (former) districts, communes
        List<PeriodicReport.Section> sections = PeriodicReport.byLevel(table,
                code -> byCode.containsKey(code) ? byCode.get(code).level() : null);
        return new PeriodicReport(reporting, receiving, r.period(), province, today, r.groupBy(), table, sections);
    }

    /** "bao-cao-06a-quang-ngai-2026-11.xlsx", with "-H48.16" when scoped to a unit. */
    static String fileName(TimelinessService.Request r, Format format) {
        String unit = r.scope().unitCodes() != null && r.scope().unitCodes().size() == 1
                ? "-" + r.scope().unitCodes().iterator().next().replaceAll("[^A-Za-z0-9.]", "") : "";
        return "bao-cao-06a-" + TenantContext.require() + "-" + PeriodicReport.periodSlug(r.period()) + unit + "."
                + format.extension;
    }
}
