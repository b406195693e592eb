package vn.motcua.reporting.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.application.OfficialReports;
import vn.motcua.reporting.domain.LateOfficials;

/** The DTOs of the officials' reports: the public list of officials with late steps, the province's setting. */
public final class OfficialReportDtos {

    private OfficialReportDtos() { }

    @Schema(description = "Officials of a province with steps finished late in a month: counts only. name is the "
            + "official's display name when the province publishes names (namesPublished), else \"Cán bộ n của <unit>\"")
    public static class PublicLateOfficialsDto {
        public String province;
        public String month;
        public boolean namesPublished;
        public List<LateOfficialDto> items;

        static PublicLateOfficialsDto of(OfficialReports.PublicList l) {
            PublicLateOfficialsDto d = new PublicLateOfficialsDto();
            d.province = l.province();
            d.month = l.month().toString();
            d.namesPublished = l.named();
            d.items = l.lines().stream().map(LateOfficialDto::of).toList();
            return d;
        }
    }

    @Schema(description = "One official in one unit: steps finished late in the month, and all steps finished then")
    public static class LateOfficialDto {
        public String name;
        public String unitCode;
        public String unitName;
        public long lateSteps;
        public long finishedSteps;

        static LateOfficialDto of(LateOfficials.Line l) {
            LateOfficialDto d = new LateOfficialDto();
            d.name = l.name();
            d.unitCode = l.unitCode();
            d.unitName = l.unitName();
            d.lateSteps = l.lateSteps();
            d.finishedSteps = l.finishedSteps();
            return d;
        }
    }

    @Schema(description = "The province's report settings")
    public static class ReportSettingsDto {
        @Schema(description = "whether the public list of officials with late steps names them")
        public Boolean publishOfficialNames;

        static ReportSettingsDto of(boolean publish) {
            ReportSettingsDto d = new ReportSettingsDto();
            d.publishOfficialNames = publish;
            return d;
        }
    }
}
