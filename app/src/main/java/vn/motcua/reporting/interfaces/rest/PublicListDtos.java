package vn.motcua.reporting.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.domain.PublicLateUnits;

/** The answers of the public monthly lists: counts only (classes with public fields, like every DTO here). */
public final class PublicListDtos {

    private PublicListDtos() { }

    /** One unit with late or overdue dossiers in the month. */
    public static class LateUnitDto {
        @Schema(description = "the unit's code as stored on its dossiers")
        public String code;
        @Schema(description = "the unit's name at the end of the month")
        public String name;
        @Schema(description = "dossiers it finished late in the month")
        public long finishedLate;
        @Schema(description = "its dossiers open and overdue at the end of the month")
        public long openOverdue;
        @Schema(description = "dossiers it finished in the month (early, on time or late)")
        public long finishedTotal;
        @Schema(description = "(early + on time) / finished in percent, 2 decimals; absent when it finished none")
        public BigDecimal onTimeRate;

        static LateUnitDto of(PublicLateUnits.Unit u) {
            LateUnitDto d = new LateUnitDto();
            d.code = u.code();
            d.name = u.name();
            d.finishedLate = u.finishedLate();
            d.openOverdue = u.openOverdue();
            d.finishedTotal = u.finished();
            d.onTimeRate = u.onTimeRate();
            return d;
        }
    }

    /** The list of a province for a month, most late and overdue first. */
    public static class LateUnitsDto {
        public String province;
        public String provinceName;
        @Schema(description = "yyyy-MM")
        public String month;
        public List<LateUnitDto> units;

        static LateUnitsDto of(String province, String provinceName, PublicLateUnits l) {
            LateUnitsDto d = new LateUnitsDto();
            d.province = province;
            d.provinceName = provinceName;
            d.month = l.month().toString();
            d.units = l.units().stream().map(LateUnitDto::of).toList();
            return d;
        }
    }
}
