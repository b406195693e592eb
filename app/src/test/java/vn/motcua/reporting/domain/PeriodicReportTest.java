package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.units.domain.UnitLevel;

class PeriodicReportTest {

    static ReportPeriod p(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aPeriodIsWrittenAsAMonthAQuarterOrAYear() {
        assertEquals(p("2026-11-01", "2026-11-30"), PeriodicReport.parsePeriod("2026-11"));
        assertEquals(p("2026-10-01", "2026-12-31"), PeriodicReport.parsePeriod("2026-Q4"));
        assertEquals(p("2026-01-01", "2026-03-31"), PeriodicReport.parsePeriod(" 2026-q1 "));
        assertEquals(p("2024-02-01", "2024-02-29"), PeriodicReport.parsePeriod("2024-02"));
        assertEquals(p("2025-01-01", "2025-12-31"), PeriodicReport.parsePeriod("2025"));
        for (String bad : List.of("2026-13", "2026-Q5", "2026-Q0", "26", "2026-1", "11/2026", "", "2026-11-01")) {
            assertNull(PeriodicReport.parsePeriod(bad), bad);
        }
        assertNull(PeriodicReport.parsePeriod(null));
    }

    @Test
    void thePeriodIsNamedAsTheFormNamesIt() {
        assertEquals("Tháng 11 năm 2026", PeriodicReport.periodName(p("2026-11-01", "2026-11-30")));
        assertEquals("Quý IV năm 2026", PeriodicReport.periodName(p("2026-10-01", "2026-12-31")));
        assertEquals("Quý II năm 2026", PeriodicReport.periodName(p("2026-04-01", "2026-06-30")));
        assertEquals("Năm 2026", PeriodicReport.periodName(p("2026-01-01", "2026-12-31")));
        assertEquals("Từ ngày 01/11/2026 đến ngày 15/11/2026", PeriodicReport.periodName(p("2026-11-01", "2026-11-15")));
        // two months are a range, not a quarter
        assertEquals("Từ ngày 01/10/2026 đến ngày 30/11/2026", PeriodicReport.periodName(p("2026-10-01", "2026-11-30")));
    }

    @Test
    void theFileNameTellsThePeriodInAscii() {
        assertEquals("2026-11", PeriodicReport.periodSlug(p("2026-11-01", "2026-11-30")));
        assertEquals("2026-Q4", PeriodicReport.periodSlug(p("2026-10-01", "2026-12-31")));
        assertEquals("2026", PeriodicReport.periodSlug(p("2026-01-01", "2026-12-31")));
        assertEquals("2026-11-01_2026-11-15", PeriodicReport.periodSlug(p("2026-11-01", "2026-11-15")));
    }

    @Test
    void unitsInSectionsByLevelProvinceDistrictCommuneThenOthersEachWithTheSumOfItsRows() {
        TimelinessCounts a = new TimelinessCounts(3, 1, 1, 1, 3, 2, 0, 1, 0, 0, 0);
        TimelinessCounts b = new TimelinessCounts(3, 0, 2, 1, 1, 0, 0, 1, 2, 1, 1);
        TimelinessCounts c = new TimelinessCounts(1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);
        TimelinessTable t = new TimelinessTable(List.of(new TimelinessRow("H21.227", "UBND xã Vân Canh", a),
                new TimelinessRow("H21.19", "Sở Y tế", b), new TimelinessRow("H21.99", null, c),
                new TimelinessRow("H21.16", "Sở Tư pháp", c)), TimelinessCounts.ZERO);
        Map<String, UnitLevel> levels = Map.of(
                "H21.227", UnitLevel.COMMUNE, "H21.19", UnitLevel.PROVINCE,
                "H21.16", UnitLevel.PROVINCE);
        List<PeriodicReport.Section> s = PeriodicReport.byLevel(t, levels::get);
        assertEquals(List.of("Cấp tỉnh", "Cấp xã", "Đơn vị khác"), s.stream().map(PeriodicReport.Section::title).toList());
        assertEquals(List.of("H21.19", "H21.16"), s.get(0).rows().stream().map(TimelinessRow::key).toList());
        assertEquals(new TimelinessCounts(4, 1, 2, 1, 2, 1, 0, 1, 2, 1, 1), s.get(0).subtotal());
        assertEquals(a, s.get(1).subtotal());
        assertEquals(List.of("H21.99"), s.get(2).rows().stream().map(TimelinessRow::key).toList());
    }

    @Test
    void theHeadingsTexts() {
        PeriodicReport r = new PeriodicReport("UBND xã Bình Sơn", "UBND tỉnh Quảng Ngãi", p("2026-10-01", "2026-12-31"),
                "Quảng Ngãi", LocalDate.of(2027, 1, 4), ReportGrouping.FIELD,
                new TimelinessTable(List.of(), TimelinessCounts.ZERO));
        assertEquals("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND XÃ BÌNH SƠN", r.title());
        assertEquals("Kỳ báo cáo: Quý IV năm 2026", r.periodLine());
        assertEquals("(Từ ngày 01/10/2026 đến ngày 31/12/2026)", r.rangeLine());
        assertEquals("Quảng Ngãi, ngày 04 tháng 01 năm 2027", r.dateLine());
        assertEquals("Lĩnh vực giải quyết", r.rowHeading());
    }
}
