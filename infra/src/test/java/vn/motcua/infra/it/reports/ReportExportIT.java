package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertCounts;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertNames;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;
import static vn.motcua.infra.it.reports.TimelinessReportIT.report;
import static vn.motcua.infra.it.reports.TimelinessReportIT.rows;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.SystemUnderTest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * The 06a export (exportReport) on a small scenario imported into Quảng Ngãi in March 2026, one procedure of 5
 * working days (the export is scoped to it, so that nothing else counts), received at 09:00. Nothing stays open after
 * April, so that the other report tests of the province find nothing of it carried into their months:
 *
 * <pre>
 *  #  unit    ch    received     due           ended                  March counts as
 *  1  H48.16  IP    Mon 02/03    Mon 09/03     processed Wed 04/03     early
 *  2  H48.16  ON    Tue 03/03    Tue 10/03     processed Wed 11/03     late
 *  3  H48.19  POST  Mon 09/03    Mon 16/03     processed Thu 02/04     open, overdue at 31/03
 *  4  H48.19  ON    Mon 30/03    Mon 06/04     processed Fri 03/04     open within time at 31/03
 * </pre>
 *
 * The files are read back (POI, PDFBox) and their numbers compared with timelinessReport's JSON and with the hand
 * counts; another province's export has none of it; roles that may not read reports are refused; bad input is 400.
 */
class ReportExportIT {

    static final String PROVINCE = "quang-ngai";
    static final String U16 = "H48.16";
    static final String U19 = "H48.19";
    static final String MARCH = "from=2026-03-01&to=2026-03-31";

    static String prefix;
    static String proc;

    @BeforeAll
    static void importTheScenario() {
        String admin = PROVINCE + ".admin";
        proc = TimelinessReportIT.procedure(admin, "HO_TICH");
        prefix = ImportFiles.unique("exp");
        String b = done(1, U16, "IN_PERSON", "2026-03-02T09:00", "2026-03-04T15:00") + '\n'
                + done(2, U16, "ONLINE", "2026-03-03T09:00", "2026-03-11T10:00") + '\n'
                + done(3, U19, "POSTAL", "2026-03-09T09:00", "2026-04-02T10:00") + '\n'
                + done(4, U19, "ONLINE", "2026-03-30T09:00", "2026-04-03T10:00") + '\n';
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void theWorkbookHasTheFormsHeaderAndTheReportsNumbers() throws Exception {
        JsonObject json = report(Rest.as(PROVINCE + ".leader"), MARCH + "&groupBy=UNIT&procedureCode=" + proc);
        Map<String, JsonObject> rows = rows(json);
        assertCounts(rows.get(U16), 2, 1, 1, 0, 2, 1, 0, 1, 0, 0, 0);
        assertCounts(rows.get(U19), 2, 1, 1, 0, 0, 0, 0, 0, 2, 1, 1);

        HttpResponse<byte[]> res = download(PROVINCE + ".leader", "period=2026-03&format=XLSX&procedureCode=" + proc);
        assertEquals(200, res.statusCode(), () -> new String(res.body(), StandardCharsets.UTF_8));
        assertTrue(res.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals("attachment; filename=\"bao-cao-06a-quang-ngai-2026-03.xlsx\"",
                res.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(res.body()))) {
            Sheet s = wb.getSheet("Biểu 06a");
            assertEquals("Biểu số II.06a/VPCP/KSTT", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Đơn vị báo cáo: UBND tỉnh Quảng Ngãi", s.getRow(0).getCell(9).getStringCellValue());
            assertEquals("Đơn vị nhận báo cáo: Văn phòng Chính phủ", s.getRow(1).getCell(9).getStringCellValue());
            assertEquals("Kỳ báo cáo: Tháng 03 năm 2026", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Tiếp nhận", s.getRow(6).getCell(2).getStringCellValue());
            // row 10: the section of the province's departments (both units), its subtotal; 11, 12: the two units in
            // key order; 13: the total (formulas, values cached)
            assertEquals("I", s.getRow(10).getCell(0).getStringCellValue());
            assertEquals("Cấp tỉnh", s.getRow(10).getCell(1).getStringCellValue());
            assertEquals("SUM(K12:K13)", s.getRow(10).getCell(10).getCellFormula());
            assertEquals(counts(json.getJsonObject("total")), numbers(s.getRow(10)));
            assertEquals("Sở Tư pháp - tỉnh Quảng Ngãi", s.getRow(11).getCell(1).getStringCellValue());
            assertEquals(counts(rows.get(U16)), numbers(s.getRow(11)));
            assertEquals(counts(rows.get(U19)), numbers(s.getRow(12)));
            assertEquals(counts(json.getJsonObject("total")), numbers(s.getRow(13)));
            assertEquals("Tổng cộng", s.getRow(13).getCell(1).getStringCellValue());
            assertEquals("K11", s.getRow(13).getCell(10).getCellFormula());
            assertEquals(2.0, s.getRow(13).getCell(10).getNumericCellValue(), "open at the end of March: 3 and 4");
            assertEquals(50.0, s.getRow(13).getCell(13).getNumericCellValue(), 1e-9, "1 of 2 finished in time");
        }
    }

    @Test
    void thePdfHasTheVietnameseHeaderAndTheNumbers() throws Exception {
        String text = pdfText(PROVINCE + ".admin", "from=2026-03-01&to=2026-03-31&format=pdf&procedureCode=" + proc
                + "&unitCode=" + U19);
        // scoped to a unit: the unit reports to the province
        assertTrue(text.contains("Đơn vị báo cáo: Sở Y tế - tỉnh Quảng Ngãi"), text);
        assertTrue(text.contains("Đơn vị nhận báo cáo: UBND tỉnh Quảng Ngãi"), text);
        assertTrue(text.contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI SỞ Y TẾ - TỈNH QUẢNG NGÃI"), text);
        assertTrue(text.contains("Kỳ báo cáo: Tháng 03 năm 2026"), text);
        assertTrue(text.contains("Đã giải quyết") && text.contains("Đang giải quyết"), text);
        // H48.19: 2 received (1 online, 1 by post), none finished, 2 open (1 within time, 1 overdue), no rate
        assertTrue(text.contains("I Cấp tỉnh 2 1 1 0 0 0 0 0 2 1 1 -"), text);
        assertTrue(text.contains("1 Sở Y tế - tỉnh Quảng Ngãi 2 1 1 0 0 0 0 0 2 1 1 -"), text);
        assertTrue(text.contains("Tổng cộng 2 1 1 0 0 0 0 0 2 1 1 -"), text);
    }

    @Test
    void anotherProvincesExportHasNoneOfIt() throws Exception {
        HttpResponse<byte[]> res = download("ha-tinh.admin", "period=2026-03&procedureCode=" + proc);
        assertEquals(200, res.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(res.body()))) {
            Sheet s = wb.getSheet("Biểu 06a");
            assertEquals("Đơn vị báo cáo: UBND tỉnh Hà Tĩnh", s.getRow(0).getCell(9).getStringCellValue());
            assertEquals("Tổng cộng", s.getRow(10).getCell(1).getStringCellValue(), "no row above the total");
            assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), numbers(s.getRow(10)));
        }
        String all = pdfText("ha-tinh.leader", "period=2026-03&format=PDF&groupBy=UNIT");
        assertFalse(all.contains("Quảng Ngãi"), all);
        assertFalse(all.contains(U16) || all.contains(U19), all);
    }

    @Test
    void rolesThatDoNotReadReportsAreRefused() {
        for (String user : List.of("central", PROVINCE + ".clerk", PROVINCE + ".officer", "admin")) {
            Rest.problem(Rest.as(user).get("/api/reports/timeliness/export?period=2026-03"), 403);
        }
        Rest.problem(Http.toSystemUnderTest().get("/api/reports/timeliness/export?period=2026-03"), 401);
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        Http l = Rest.as(PROVINCE + ".leader");
        String path = "/api/reports/timeliness/export?";
        assertNames(l.get(path + "period=2026-03&format=DOCX"), "format");
        assertNames(l.get(path + "period=2026-Q5"), "period");
        assertNames(l.get(path + "period=2026-03&from=2026-03-01"), "period");
        assertNames(l.get(path + "period=2026-03&groupBy=WEEK"), "groupBy");
        assertNames(l.get(path + "from=2026-03-31&to=2026-03-01"), "to");
        assertNames(l.get(path + "format=PDF"), "from");
    }

    // ----- helpers -----

    static HttpResponse<byte[]> download(String user, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(SystemUnderTest.get().baseUrl()
                        + "/api/reports/timeliness/export?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String pdfText(String user, String query) throws Exception {
        HttpResponse<byte[]> res = download(user, query);
        assertEquals(200, res.statusCode(), () -> new String(res.body(), StandardCharsets.UTF_8));
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(res.headers().firstValue("Content-Disposition").orElse("").endsWith(".pdf\""));
        try (PDDocument pdf = Loader.loadPDF(res.body())) {
            return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
        }
    }

    static List<Double> counts(JsonObject c) {
        List<Double> out = new ArrayList<>();
        for (String column : TimelinessReportIT.COLUMNS) {
            out.add((double) c.getJsonNumber(column).longValue());
        }
        return out;
    }

    static List<Double> numbers(Row row) {
        List<Double> out = new ArrayList<>();
        for (int c = 2; c <= 12; c++) {
            out.add(row.getCell(c).getNumericCellValue());
        }
        return out;
    }

    static String done(int i, String unit, String channel, String received, String processed) {
        return TimelinessReportIT.processed(ImportFiles.code(prefix, i), proc, "H48.30", unit, channel, "Đỗ Văn Xuất " + i,
                received, processed);
    }
}
