package vn.motcua.reporting.infrastructure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.TimelinessTable;
import vn.motcua.units.domain.UnitLevel;

/**
 * A small table 06a written by hand, for the renderers: three units of Quảng Ngãi in November 2026 and their total,
 * every identity holding (checked in the tests).
 *
 * <pre>
 *                              rec  onl  ip  car  fin  ear  ont  lat  open  in  over  rate
 * H48.16 Sở Tư pháp             3    1    1   1    3    2    0    1    0    0   0    66,67
 * H48.19 Sở Y tế                3    0    2   1    1    0    0    1    2    1   1     0,00
 * H48.30.1 UBND xã Bình Sơn  1234 1000  200  34 1200  900  250   50   34   30   4    95,83
 * total                      1240 1001  203  36 1204  902  250   52   36   31   5    95,68
 * </pre>
 */
final class Form06aFixtures {

    static final TimelinessCounts TU_PHAP = new TimelinessCounts(3, 1, 1, 1, 3, 2, 0, 1, 0, 0, 0);
    static final TimelinessCounts Y_TE = new TimelinessCounts(3, 0, 2, 1, 1, 0, 0, 1, 2, 1, 1);
    static final TimelinessCounts BINH_SON = new TimelinessCounts(1234, 1000, 200, 34, 1200, 900, 250, 50, 34, 30, 4);
    static final TimelinessCounts TOTAL = new TimelinessCounts(1240, 1001, 203, 36, 1204, 902, 250, 52, 36, 31, 5);

    private Form06aFixtures() { }

    static TimelinessTable table() {
        return new TimelinessTable(List.of(
                new TimelinessRow("H48.16", "Sở Tư pháp - tỉnh Quảng Ngãi", TU_PHAP),
                new TimelinessRow("H48.19", "Sở Y tế - tỉnh Quảng Ngãi", Y_TE),
                new TimelinessRow("H48.30.1", "UBND xã Bình Sơn", BINH_SON)), TOTAL);
    }

    /**
     * The same rows in sections by level, as the export lays out units: I. Cấp tỉnh (the two departments, subtotal
     * 6 1 3 2 4 2 0 2 2 1 1, 50,00), II. Cấp xã (Bình Sơn).
     */
    static PeriodicReport novemberByLevel() {
        TimelinessTable t = table();
        List<PeriodicReport.Section> sections = PeriodicReport.byLevel(t,
                code -> code.equals("H48.30.1") ? UnitLevel.COMMUNE : UnitLevel.PROVINCE);
        return new PeriodicReport("UBND tỉnh Quảng Ngãi", "Văn phòng Chính phủ",
                ReportPeriod.month(YearMonth.of(2026, 11)), "Quảng Ngãi", LocalDate.of(2026, 12, 5), ReportGrouping.UNIT, t,
                sections);
    }

    static PeriodicReport november() {
        TimelinessTable t = table();
        return new PeriodicReport("UBND tỉnh Quảng Ngãi", "Văn phòng Chính phủ",
                ReportPeriod.month(YearMonth.of(2026, 11)), "Quảng Ngãi", LocalDate.of(2026, 12, 5), ReportGrouping.UNIT, t);
    }
}
