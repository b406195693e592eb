package vn.motcua.reporting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.TimelinessTable;

/** The 06a PDF read back with PDFBox: the heading with its diacritics, the header, the numbers written the Vietnamese way. */
class PeriodicReportPdfTest {

    static String text;
    static PDPage page;
    static int pages;
    static boolean embedded;

    @BeforeAll
    static void render() throws Exception {
        byte[] pdf = new PeriodicReportPdf().render(Form06aFixtures.november());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            page = doc.getPage(0);
            pages = doc.getNumberOfPages();
            embedded = true;
            for (var name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                embedded &= f.isEmbedded();
            }
        }
    }

    @Test
    void theHeadingWithItsDiacritics() {
        for (String s : List.of("Biểu số II.06a/VPCP/KSTT", "Đơn vị báo cáo: UBND tỉnh Quảng Ngãi",
                "Đơn vị nhận báo cáo: Văn phòng Chính phủ",
                "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND TỈNH QUẢNG NGÃI",
                "Kỳ báo cáo: Tháng 11 năm 2026", "(Từ ngày 01/11/2026 đến ngày 30/11/2026)",
                "Đơn vị tính: Số hồ sơ TTHC", "Quảng Ngãi, ngày 05 tháng 12 năm 2026", "THỦ TRƯỞNG ĐƠN VỊ")) {
            assertTrue(text.contains(s), () -> "'" + s + "' in:\n" + text);
        }
    }

    @Test
    void theHeaderAndTheRows() {
        for (String s : List.of("Tiếp nhận", "Đã giải quyết", "Đang giải quyết", "Trước hạn", "Quá hạn", "Trực tuyến",
                "Từ kỳ trước", "Sở Tư pháp - tỉnh Quảng Ngãi", "Sở Y tế - tỉnh Quảng Ngãi", "UBND xã Bình Sơn",
                "Tổng cộng", "(13)", "Trực tiếp, dịch vụ bưu chính", "Tỷ lệ giải quyết đúng hạn (%)")) {
            // header cells wrap within their column: compare with line breaks as spaces
            assertTrue(text.replaceAll("\\s+", " ").contains(s), () -> "'" + s + "' in:\n" + text);
        }
    }

    @Test
    void numbersTheVietnameseWay() {
        // Bình Sơn's row and the total: thousands with a dot, the rate with a decimal comma
        assertTrue(text.contains("1.234 1.000 200 34 1.200 900 250 50 34 30 4 95,83"), text);
        assertTrue(text.contains("1.240 1.001 203 36 1.204 902 250 52 36 31 5 95,68"), text);
        assertTrue(text.contains("3 1 1 1 3 2 0 1 0 0 0 66,67"), text);
    }

    @Test
    void unitsBySectionsOfLevelWithTheirSubtotals() throws Exception {
        byte[] pdf = new PeriodicReportPdf().render(Form06aFixtures.novemberByLevel());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertTrue(t.contains("I Cấp tỉnh 6 1 3 2 4 2 0 2 2 1 1 50,00"), t);
            assertTrue(t.contains("1 Sở Tư pháp - tỉnh Quảng Ngãi 3 1 1 1 3 2 0 1 0 0 0 66,67"), t);
            assertTrue(t.contains("II Cấp xã 1.234 1.000 200 34 1.200 900 250 50 34 30 4 95,83"), t);
            assertTrue(t.contains("1 UBND xã Bình Sơn 1.234"), t);
            assertTrue(t.contains("Tổng cộng 1.240 1.001 203 36 1.204 902 250 52 36 31 5 95,68"), t);
        }
    }

    @Test
    void aLongTableContinuesOnTheNextPageUnderItsHeader() throws Exception {
        List<TimelinessRow> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(new TimelinessRow("H48.30." + i, "UBND xã Thử Nghiệm " + i, Form06aFixtures.TU_PHAP));
        }
        // 60 rows of 3 1 1 1 3 2 0 1 0 0 0
        TimelinessCounts total = new TimelinessCounts(180, 60, 60, 60, 180, 120, 0, 60, 0, 0, 0);
        PeriodicReport r = new PeriodicReport("UBND tỉnh Quảng Ngãi", "Văn phòng Chính phủ",
                ReportPeriod.month(YearMonth.of(2026, 11)), "Quảng Ngãi", LocalDate.of(2026, 12, 5),
                ReportGrouping.UNIT, new TimelinessTable(rows, total));
        try (PDDocument doc = Loader.loadPDF(new PeriodicReportPdf().render(r))) {
            int n = doc.getNumberOfPages();
            assertTrue(n > 1, "several pages");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(n);
            last.setEndPage(n);
            String t = Normalizer.normalize(last.getText(doc), Normalizer.Form.NFC);
            assertTrue(t.contains("Tiếp nhận") && t.contains("Đã giải quyết"), "the header again: " + t);
            assertTrue(t.contains("60 UBND xã Thử Nghiệm 60 3 1 1 1"), t);
            assertTrue(t.contains("Tổng cộng 180 60 60 60 180 120 0 60 0 0 0 66,67"), t);
            assertTrue(t.contains("Trang " + n + "/" + n), t);
        }
    }

    @Test
    void landscapeA4OnOnePageWithEmbeddedFonts() {
        assertEquals(842, Math.round(page.getMediaBox().getWidth()));
        assertEquals(595, Math.round(page.getMediaBox().getHeight()));
        assertEquals(1, pages);
        assertTrue(embedded, "fonts embedded");
    }
}
