package vn.motcua.infra.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.infra.it.Browser;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;
import vn.motcua.infra.it.reports.OfficialReportIT;
import vn.motcua.infra.it.reports.TimelinessReportIT;

/**
 * The start pages of an officer and a clerk, and the province leader's overdue-without-apology list, on dossiers
 * imported into Bắc Ninh for two people of our own (accounts made for the test, so nobody else's work is counted),
 * under a procedure of 5 working days in two steps (Thẩm định by the officer, 3 days; Phê duyệt, 2 days). M1 is the
 * first working day of this month, P1 that of last month, T today (Vietnam):
 *
 * <pre>
 *  #  received     the officer (O)                       then                       this month's steps of O
 *  1  M1 08:00     finishes Thẩm định M1 10:00           leader approves M1 10:30   early
 *  2  P1 09:00     finishes Thẩm định M1 11:00           leader approves M1 11:30   late (due 3 days after P1)
 *  3  T 00:05      finishes Thẩm định T 00:10            open, held by O, due within 7 days   early
 *  4  P1 09:00     finishes Thẩm định P1+1 10:00         open, held by O, overdue since last month, no apology
 * </pre>
 * O this month: 3 steps finished, 2 on time (early), 1 late: 66,67 %; worklist: 1 overdue, 1 due within 7 days.
 * The clerk (C) received: T 00:01 online, T 00:02 and T 00:03 in person, and on this week's Monday 09:00 by post (on
 * T 00:04 when T is the Monday).
 */
class RoleDashboardsIT {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PROVINCE = "bac-ninh";
    static final String PASSWORD = "mat-khau-bang-dieu-hanh";
    static final String OFFICER_NAME = "Chuyên viên Đỗ Thị Bảng";

    static String officer;
    static String clerk;
    static String prefix;
    static LocalDate today;
    static LocalDate monday;

    @BeforeAll
    static void peopleAndTheirDossiers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        officer = PROVINCE + ".cv." + tag;
        clerk = PROVINCE + ".mc." + tag;
        user(officer, OFFICER_NAME, "OFFICER");
        user(clerk, "Cán bộ một cửa Lê Văn Nhận", "CLERK");
        today = LocalDate.now(VN);
        monday = today.with(DayOfWeek.MONDAY);
        LocalDate m1 = workingDay(today.withDayOfMonth(1));
        LocalDate p1 = workingDay(today.minusMonths(1).withDayOfMonth(1));
        String leader = "truong.phong." + tag;
        String proc = OfficialReportIT.procedure(PROVINCE + ".admin");
        prefix = ImportFiles.unique("role");
        String b = String.join("\n",
                line(1, proc, "IN_PERSON", m1 + "T08:00", 9, clerkOf("le.thi.c"), List.of(received(m1 + "T08:00"),
                        step(m1 + "T10:00", officer, "OFFICER", 2, 4), step(m1 + "T10:30", leader, "UNIT_LEADER", 4, 9))),
                line(2, proc, "IN_PERSON", p1 + "T09:00", 9, clerkOf("le.thi.c"), List.of(received(p1 + "T09:00"),
                        step(m1 + "T11:00", officer, "OFFICER", 2, 4), step(m1 + "T11:30", leader, "UNIT_LEADER", 4, 9))),
                line(3, proc, "ONLINE", today + "T00:05", 4, clerkOf("le.thi.c"), List.of(received(today + "T00:05"),
                        step(today + "T00:10", officer, "OFFICER", 2, 4))),
                line(4, proc, "IN_PERSON", p1 + "T09:00", 4, clerkOf("le.thi.c"), List.of(received(p1 + "T09:00"),
                        step(workingDay(p1.plusDays(1)) + "T10:00", officer, "OFFICER", 2, 4))),
                line(5, proc, "ONLINE", today + "T00:01", 2, clerkOf(clerk), List.of(received(today + "T00:01"))),
                line(6, proc, "IN_PERSON", today + "T00:02", 2, clerkOf(clerk), List.of(received(today + "T00:02"))),
                line(7, proc, "IN_PERSON", today + "T00:03", 2, clerkOf(clerk), List.of(received(today + "T00:03"))),
                line(8, proc, "POSTAL", postalAt(), 2, clerkOf(clerk), List.of(received(postalAt())))) + "\n";
        Http.Response r = ImportFiles.post(Rest.as(PROVINCE + ".admin"), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void anOfficerLandsOnTheirOwnStepsAndWhatFallsDue() {
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-officer-dashboard", () -> {
                WebDriver d = browser.driver();
                WebUi.signIn(browser, officer, PASSWORD);
                WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/home.xhtml"));
                assertEquals("Công việc của tôi", WebUi.text(browser, "officerHeading"));
                assertEquals("66,67 %", WebUi.text(browser, "officerRate"));
                assertEquals("2", WebUi.text(browser, "officerOnTime"));
                assertEquals("1", WebUi.text(browser, "officerLate"));
                assertEquals("1", WebUi.text(browser, "officerOverdue"));
                assertEquals("1", WebUi.text(browser, "officerDueWeek"));
                List<String> due = d.findElements(By.cssSelector("#officerForm\\:due a.dossier-link")).stream()
                        .map(a -> a.getText().strip()).toList();
                assertEquals(List.of(ImportFiles.code(prefix, 4), ImportFiles.code(prefix, 3)), due,
                        "overdue first, then the one due within 7 days");
                assertFalse(d.findElements(By.cssSelector("#officerChart canvas")).isEmpty(), "the steps' chart");
                assertTrue(d.findElements(By.id("dashHeading")).isEmpty(), "not the province's dashboard");
                browser.screenshot("ui-officer-dashboard");
                browser.assertNoPolicyViolations();
            });
        }
    }

    @Test
    void aClerkLandsOnTheirReceiptsByChannel() {
        boolean mondayIsToday = monday.equals(today);
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-clerk-dashboard", () -> {
                WebDriver d = browser.driver();
                WebUi.signIn(browser, clerk, PASSWORD);
                WebUi.waitFor(browser).until(ExpectedConditions.urlContains("/home.xhtml"));
                assertEquals("Hồ sơ tôi đã tiếp nhận", WebUi.text(browser, "clerkHeading"));
                assertEquals(List.of("Trực tuyến", "1", "1"), cells(d, "clerkOnline"));
                assertEquals(List.of("Trực tiếp", "2", "2"), cells(d, "clerkInPerson"));
                assertEquals(mondayIsToday ? List.of("Bưu chính", "1", "1") : List.of("Bưu chính", "0", "1"),
                        cells(d, "clerkPostal"));
                assertEquals(mondayIsToday ? List.of("Tổng cộng", "4", "4") : List.of("Tổng cộng", "3", "4"),
                        cells(d, "clerkTotal"));
                assertFalse(d.findElements(By.cssSelector("#clerkChart canvas")).isEmpty(), "the channels' chart");
                browser.screenshot("ui-clerk-dashboard");
                browser.assertNoPolicyViolations();
            });
        }
    }

    @Test
    void theLeadersOverdueWithoutApologyListNamesTheOfficialAndSaysWhy() {
        try (Browser browser = Browser.open()) {
            DossierJourneyIT.onFailure(browser, "ui-overdue-without-apology", () -> {
                WebDriver d = browser.driver();
                WebUi.signInAsDemo(browser, PROVINCE + ".leader");
                assertEquals("Hồ sơ quá hạn chưa có văn bản xin lỗi", WebUi.text(browser, "owaHeading"));
                WebElement row = d.findElements(By.cssSelector("#dashForm\\:owa tbody tr")).stream()
                        .filter(tr -> tr.getText().contains(ImportFiles.code(prefix, 4))).findFirst()
                        .orElseThrow(() -> new AssertionError(d.findElement(By.id("dashForm:owa")).getText()));
                assertEquals(OFFICER_NAME, row.findElement(By.className("owa-official")).getText());
                assertEquals("Quá hạn", row.findElement(By.className("owa-why")).getText());
                String table = d.findElement(By.id("dashForm:owa")).getText();
                assertFalse(table.contains(ImportFiles.code(prefix, 3)), "3 is within time: " + table);
                // the list's total, and the whole list as XLSX (the form posted as its button does)
                assertEquals("Tổng số: 1 hồ sơ", WebUi.text(browser, "owaTotal"));
                byte[] xlsx = WebUi.download(browser, "dashForm", "dashForm:exportOwa");
                List<List<String>> sheet = rows(xlsx);
                assertEquals(2, sheet.size(), "the header and one dossier: " + sheet);
                assertEquals("Mã hồ sơ", sheet.get(0).get(0));
                assertEquals("Cán bộ đang xử lý", sheet.get(0).get(4));
                assertEquals(ImportFiles.code(prefix, 4), sheet.get(1).get(0));
                assertEquals(OFFICER_NAME, sheet.get(1).get(4));
                assertEquals("Quá hạn", sheet.get(1).get(6));
                assertEquals("0", sheet.get(1).get(7));
                browser.screenshot("ui-overdue-without-apology");

                // the same list on the leader's worklist, with its total and export, and the reminder before due time
                browser.go("/dossiers/my-work.xhtml");
                WebUi.waitForPageLoad(browser);
                assertEquals("Tổng số: 1 hồ sơ", WebUi.text(browser, "lateTotal"));
                String late = d.findElement(By.id("lateForm:lateWithoutApology")).getText();
                assertTrue(late.contains(ImportFiles.code(prefix, 4)) && late.contains(OFFICER_NAME)
                        && late.contains("Quá hạn"), late);
                byte[] lateXlsx = WebUi.download(browser, "lateForm", "lateForm:lateExport");
                List<List<String>> lateSheet = rows(lateXlsx);
                assertEquals(sheet, lateSheet, "the worklist exports the dashboard's list");
                d.findElement(By.xpath("//*[@id='lateForm:lateWithin']//div[contains(@class,'ui-button')]"
                        + "[.//span[normalize-space()='Quá hạn trong 3 ngày tới']]")).click();
                WebUi.waitForAjax(browser);
                WebUi.waitFor(browser).until(drv -> !WebUi.text(browser, "lateTotal").isEmpty());
                String soon = WebUi.text(browser, "lateTotal");
                assertTrue(soon.matches("Tổng số: \\d+ hồ sơ") && Integer.parseInt(soon.replaceAll("\\D", "")) >= 1, soon);
            });
        }
        try (Browser other = Browser.open()) {
            WebUi.signInAsDemo(other, "ha-tinh.leader");
            assertFalse(other.driver().findElement(By.id("dashForm:owa")).getText().contains(prefix),
                    "Hà Tĩnh's list has none of Bắc Ninh's dossiers");
        }
    }

    /** The first sheet of a workbook, its cells as text, row by row. */
    static List<List<String>> rows(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> out = new java.util.ArrayList<>();
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                r.forEach(c -> cells.add(c.getStringCellValue()));
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(WebDriver d, String rowId) {
        return d.findElement(By.id(rowId)).findElements(By.cssSelector("th, td")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    static String postalAt() {
        return monday.equals(today) ? today + "T00:04" : monday + "T09:00";
    }

    static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static void user(String username, String name, String role) {
        Http.Response r = Rest.as(PROVINCE + ".admin").post("/api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, r.status(), r::toString);
    }

    static String clerkOf(String username) {
        return username;
    }

    static String received(String at) {
        return OfficialReportIT.event(at, "le.thi.c", "CLERK", null, 2, null).replace("\"COMPLETE_STEP\"", "\"RECEIVE\"");
    }

    static String step(String at, String actor, String role, int from, int to) {
        return OfficialReportIT.event(at, actor, role, from, to, null);
    }

    static String line(int i, String proc, String channel, String received, int status, String receivedBy,
                       List<String> events) {
        return TimelinessReportIT.line(ImportFiles.code(prefix, i), proc, "H05.30", "H05.16", channel,
                "Nguyễn Văn Bảng " + i, received, status, status == 9 ? lastAt(events) : null, events)
                .replace("\"receivedBy\":\"le.thi.c\"", "\"receivedBy\":\"" + receivedBy + "\"");
    }

    /** The instant of the last event (a processed dossier's processedAt), yyyy-MM-ddTHH:mm. */
    static String lastAt(List<String> events) {
        String last = events.get(events.size() - 1);
        int i = last.indexOf("\"at\":\"") + 6;
        return last.substring(i, i + 16);
    }
}
