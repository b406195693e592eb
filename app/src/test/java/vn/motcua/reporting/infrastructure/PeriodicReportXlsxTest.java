package vn.motcua.reporting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.TimelinessTable;

/** The 06a workbook read back with POI: the form's heading, the merged header, the rows and the total's formulas. */
class PeriodicReportXlsxTest {

    static XSSFWorkbook wb;
    static Sheet sheet;

    @BeforeAll
    static void render() throws Exception {
        assertTrue(Form06aFixtures.november().table().holdsIdentities(), "the fixture is a valid table");
        byte[] xlsx = new PeriodicReportXlsx().render(Form06aFixtures.november());
        wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        sheet = wb.getSheet("Biểu 06a");
    }

    static String text(int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    @Test
    void theFormsHeadingNamesWhoReportsToWhomAndThePeriod() {
        assertEquals("Biểu số II.06a/VPCP/KSTT", text(0, 0));
        assertEquals("Đơn vị báo cáo: UBND tỉnh Quảng Ngãi", text(0, 9));
        assertEquals("Đơn vị nhận báo cáo: Văn phòng Chính phủ", text(1, 9));
        assertEquals("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND TỈNH QUẢNG NGÃI", text(2, 0));
        assertEquals("Kỳ báo cáo: Tháng 11 năm 2026", text(3, 0));
        assertEquals("(Từ ngày 01/11/2026 đến ngày 30/11/2026)", text(4, 0));
        assertEquals("Đơn vị tính: Số hồ sơ TTHC", text(5, 9));
        assertTrue(merged().contains("A3:N3"), "the title spans the table: " + merged());
    }

    @Test
    void theHeaderCellsAreMergedLikeThePaperForm() {
        assertEquals("TT", text(6, 0));
        assertEquals("Đơn vị giải quyết", text(6, 1));
        assertEquals("Tiếp nhận", text(6, 2));
        assertEquals("Đã giải quyết", text(6, 6));
        assertEquals("Đang giải quyết", text(6, 10));
        assertEquals("Tỷ lệ giải quyết đúng hạn (%)", text(6, 13));
        assertEquals("Tổng số", text(7, 2));
        assertEquals("Trong đó", text(7, 3));
        assertEquals("Từ kỳ trước", text(7, 5));
        assertEquals("Trước hạn", text(7, 7));
        assertEquals("Đúng hạn (bao gồm cả hồ sơ chờ bổ sung và trả lại / xin rút)", text(7, 8));
        assertEquals("Quá hạn", text(7, 9));
        assertEquals("Trong hạn (bao gồm cả hồ sơ chờ bổ sung và hồ sơ khác)", text(7, 11));
        assertEquals("Trực tuyến", text(8, 3));
        assertEquals("Trực tiếp, dịch vụ bưu chính", text(8, 4));
        assertEquals("(1)", text(9, 0));
        assertEquals("(13)", text(9, 12));
        List<String> m = merged();
        for (String region : List.of("A7:A9", "B7:B9", "C7:F7", "G7:J7", "K7:M7", "N7:N9", "C8:C9", "D8:E8", "F8:F9",
                "G8:G9", "H8:H9", "I8:I9", "J8:J9", "K8:K9", "L8:L9", "M8:M9")) {
            assertTrue(m.contains(region), region + " merged, among " + m);
        }
    }

    @Test
    void oneRowPerUnitWithItsCountsAndRate() {
        Row tuPhap = sheet.getRow(10);
        assertEquals("1", tuPhap.getCell(0).getStringCellValue());
        assertEquals("Sở Tư pháp - tỉnh Quảng Ngãi", tuPhap.getCell(1).getStringCellValue());
        assertEquals(List.of(3.0, 1.0, 1.0, 1.0, 3.0, 2.0, 0.0, 1.0, 0.0, 0.0, 0.0), numbers(tuPhap));
        assertEquals(66.67, tuPhap.getCell(13).getNumericCellValue(), 1e-9);
        Row binhSon = sheet.getRow(12);
        assertEquals("3", binhSon.getCell(0).getStringCellValue());
        assertEquals("UBND xã Bình Sơn", binhSon.getCell(1).getStringCellValue());
        assertEquals(List.of(1234.0, 1000.0, 200.0, 34.0, 1200.0, 900.0, 250.0, 50.0, 34.0, 30.0, 4.0), numbers(binhSon));
        assertEquals(95.83, binhSon.getCell(13).getNumericCellValue(), 1e-9);
        assertEquals("#,##0", binhSon.getCell(2).getCellStyle().getDataFormatString());
        assertEquals("0.00", binhSon.getCell(13).getCellStyle().getDataFormatString());
    }

    @Test
    void theTotalIsSumFormulasWithTheirValuesCached() {
        Row total = sheet.getRow(13);
        assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
        Cell received = total.getCell(2);
        assertEquals(CellType.FORMULA, received.getCellType());
        assertEquals("SUM(C11:C13)", received.getCellFormula());
        assertEquals("SUM(M11:M13)", total.getCell(12).getCellFormula());
        // cached: a reader that does not recalculate sees the numbers
        assertEquals(List.of(1240.0, 1001.0, 203.0, 36.0, 1204.0, 902.0, 250.0, 52.0, 36.0, 31.0, 5.0), numbers(total));
        assertEquals(CellType.FORMULA, total.getCell(13).getCellType());
        assertEquals(95.68, total.getCell(13).getNumericCellValue(), 1e-9);
    }

    @Test
    void printedOnLandscapeA4WithTheDateLine() {
        assertTrue(sheet.getPrintSetup().getLandscape());
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
        assertEquals("Quảng Ngãi, ngày 05 tháng 12 năm 2026", text(15, 9));
        assertEquals("THỦ TRƯỞNG ĐƠN VỊ", text(16, 9));
    }

    @Test
    void unitsBySectionsOfLevelEachWithItsSubtotalAndTheTotalAddsTheSections() throws Exception {
        byte[] xlsx = new PeriodicReportXlsx().render(Form06aFixtures.novemberByLevel());
        try (XSSFWorkbook levels = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = levels.getSheet("Biểu 06a");
            Row province = s.getRow(10);
            assertEquals("I", province.getCell(0).getStringCellValue());
            assertEquals("Cấp tỉnh", province.getCell(1).getStringCellValue());
            assertEquals("SUM(C12:C13)", province.getCell(2).getCellFormula());
            assertEquals(List.of(6.0, 1.0, 3.0, 2.0, 4.0, 2.0, 0.0, 2.0, 2.0, 1.0, 1.0), numbers(province));
            assertEquals(50.0, province.getCell(13).getNumericCellValue(), 1e-9);
            assertEquals("1", s.getRow(11).getCell(0).getStringCellValue());
            assertEquals("Sở Tư pháp - tỉnh Quảng Ngãi", s.getRow(11).getCell(1).getStringCellValue());
            assertEquals("2", s.getRow(12).getCell(0).getStringCellValue());
            Row commune = s.getRow(13);
            assertEquals("II", commune.getCell(0).getStringCellValue());
            assertEquals("Cấp xã", commune.getCell(1).getStringCellValue());
            assertEquals("SUM(C15:C15)", commune.getCell(2).getCellFormula());
            assertEquals("1", s.getRow(14).getCell(0).getStringCellValue(), "numbered again in each section");
            assertEquals("UBND xã Bình Sơn", s.getRow(14).getCell(1).getStringCellValue());
            Row total = s.getRow(15);
            assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
            assertEquals("C11+C14", total.getCell(2).getCellFormula());
            assertEquals(List.of(1240.0, 1001.0, 203.0, 36.0, 1204.0, 902.0, 250.0, 52.0, 36.0, 31.0, 5.0), numbers(total));
            assertEquals(95.68, total.getCell(13).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void monthsFollowOneAnotherTheirTotalTakesCarriedOverFromTheFirstAndOpenFromTheLast() throws Exception {
        // October and November of TimelinessReportIT's scenario: what came in and ended adds up, the stocks do not
        TimelinessCounts oct = new TimelinessCounts(8, 2, 5, 1, 6, 1, 3, 2, 2, 1, 1);
        TimelinessCounts nov = new TimelinessCounts(6, 1, 3, 2, 4, 2, 0, 2, 2, 1, 1);
        TimelinessCounts both = new TimelinessCounts(12, 3, 8, 1, 10, 3, 3, 4, 2, 1, 1);
        PeriodicReport r = new PeriodicReport("UBND tỉnh Quảng Ngãi", "Văn phòng Chính phủ",
                new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)), "Quảng Ngãi",
                LocalDate.of(2026, 12, 5), ReportGrouping.MONTH, new TimelinessTable(List.of(
                        new TimelinessRow("2026-10", "Tháng 10/2026", oct),
                        new TimelinessRow("2026-11", "Tháng 11/2026", nov)), both));
        try (XSSFWorkbook months = new XSSFWorkbook(new ByteArrayInputStream(new PeriodicReportXlsx().render(r)))) {
            Sheet s = months.getSheet("Biểu 06a");
            assertEquals("Tháng", s.getRow(6).getCell(1).getStringCellValue());
            Row total = s.getRow(12);
            assertEquals("D13+E13+F13", total.getCell(2).getCellFormula());
            assertEquals("SUM(D11:D12)", total.getCell(3).getCellFormula());
            assertEquals("F11", total.getCell(5).getCellFormula());
            assertEquals("SUM(G11:G12)", total.getCell(6).getCellFormula());
            assertEquals("K12", total.getCell(10).getCellFormula());
            assertEquals("M12", total.getCell(12).getCellFormula());
            assertEquals(List.of(12.0, 3.0, 8.0, 1.0, 10.0, 3.0, 3.0, 4.0, 2.0, 1.0, 1.0), numbers(total));
            assertEquals(60.0, total.getCell(13).getNumericCellValue(), 1e-9);
        }
    }

    static List<Double> numbers(Row row) {
        List<Double> out = new ArrayList<>();
        for (int c = 2; c <= 12; c++) {
            out.add(row.getCell(c).getNumericCellValue());
        }
        return out;
    }

    static List<String> merged() {
        return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
    }
}
