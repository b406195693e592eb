package vn.motcua.infra.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the server's exportProcedures and listUnits JSON. */
class TenantCatalogTest {

    @Test
    void proceduresFromTheExport() {
        String json = "[{\"code\":\"2.000815\",\"name\":\"Chứng thực bản sao \\\"từ\\\" bản chính\",\"levels\":\"COMMUNE\","
                + "\"units\":\"H21.XA\",\"time\":\"SAME_DAY 15:00\",\"onlineTime\":\"\",\"onlineKind\":\"PARTIAL\","
                + "\"individualApplicants\":\"true\",\"fees\":\"Phí chứng thực|2.000|trang\\nPhí khác|3000|\","
                + "\"documents\":\"Bản chính|1|ORIGINAL|\",\"effectiveDate\":\"2025-07-26\"},"
                + "{\"code\":\"1.000045\",\"name\":\"Phê duyệt\",\"levels\":\"PROVINCE\",\"units\":\"H21.24\","
                + "\"time\":\"20 CALENDAR_DAYS\",\"onlineTime\":\"15 CALENDAR_DAYS\",\"onlineKind\":\"NONE\","
                + "\"individualApplicants\":\"false\",\"fees\":\"\",\"documents\":\"\",\"effectiveDate\":\"\"}]";
        List<TenantCatalog.Procedure> ps = TenantCatalog.parseProcedures(json);
        assertEquals(List.of("1.000045", "2.000815"), ps.stream().map(TenantCatalog.Procedure::code).toList());
        TenantCatalog.Procedure copy = ps.get(1);
        assertEquals("Chứng thực bản sao \"từ\" bản chính", copy.name());
        assertTrue(copy.commune());
        assertTrue(copy.online());
        assertEquals(5_000, copy.feeTotal());
        assertEquals(List.of("Phí chứng thực", "Phí khác"), copy.feeNames());
        assertFalse(copy.inForce(LocalDate.of(2025, 7, 25)));
        assertTrue(copy.inForce(LocalDate.of(2025, 7, 26)));
        TenantCatalog.Procedure other = ps.get(0);
        assertFalse(other.online());
        assertFalse(other.individualApplicants());
        assertEquals("H21.24", other.unitRef());
        assertTrue(other.inForce(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void theVersionsOfAProcedureSayWhichDaysItMayBeReceivedOn() {
        TenantCatalog.Procedure p = TenantCatalog.parseProcedures("[{\"code\":\"1.000001\",\"levels\":\"PROVINCE\","
                + "\"time\":\"3 WORKING_DAYS\",\"effectiveDate\":\"2020-01-01\"}]").get(0);
        // getProcedure: two versions, the first from 12 Dec 2026 (added today, whatever its publication says)
        TenantCatalog.Procedure added = TenantCatalog.withVersions(p, "{\"code\":\"1.000001\",\"validFrom\":\"2026-12-20\","
                + "\"validTo\":null,\"history\":[{\"versionId\":7,\"validFrom\":\"2026-12-20\",\"validTo\":null},"
                + "{\"versionId\":5,\"validFrom\":\"2026-12-12\",\"validTo\":\"2026-12-20\"}]}");
        assertFalse(added.inForce(LocalDate.of(2025, 6, 1)));
        assertFalse(added.inForce(LocalDate.of(2026, 12, 11)));
        assertTrue(added.inForce(LocalDate.of(2026, 12, 12)));
        assertTrue(added.inForce(LocalDate.of(2030, 1, 1)));
        // a procedure whose last version ended on 1 Jul 2025 (validTo exclusive, as the import reads it)
        TenantCatalog.Procedure ended = TenantCatalog.withVersions(p, "{\"history\":[{\"validFrom\":\"2019-01-01\","
                + "\"validTo\":\"2025-07-01\"}]}");
        assertTrue(ended.inForce(LocalDate.of(2025, 6, 30)));
        assertFalse(ended.inForce(LocalDate.of(2025, 7, 1)));
    }

    @Test
    void aProcedureWithNoVersionInForceIsNeverGenerated() {
        TenantCatalog base = TestCatalogs.province();
        List<TenantCatalog.Procedure> ps = new java.util.ArrayList<>(base.procedures());
        // the most popular procedures do not exist yet, or end on 1 Jul 2025
        ps.replaceAll(p -> p.code().equals("1.001000") || p.code().equals("1.001003")
                ? p.withValidity(LocalDate.of(2026, 1, 1), null)
                : p.code().equals("1.001006") ? p.withValidity(null, LocalDate.of(2025, 7, 1)) : p);
        TenantCatalog catalog = new TenantCatalog("gia-lai", ps, base.units());
        List<GeneratedDossier> all = new java.util.ArrayList<>();
        new DossierGenerator(DossierGenerator.Settings.of(5, 20_000, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)), catalog).generate(all::add);
        assertEquals(20_000, all.size());
        assertTrue(all.stream().noneMatch(g -> g.procedureCode().equals("1.001000") || g.procedureCode().equals("1.001003")));
        assertTrue(all.stream().anyMatch(g -> g.procedureCode().equals("1.001006")));
        assertTrue(all.stream().noneMatch(g -> g.procedureCode().equals("1.001006")
                && !g.receivedDay().isBefore(LocalDate.of(2025, 7, 1))));
    }

    @Test
    void unitsFromSeveralDaysMergedWithoutPortalLessOnes() {
        Map<String, TenantCatalog.Unit> units = new LinkedHashMap<>();
        TenantCatalog.parseUnits("[{\"portalCode\":\"H08\",\"qcvnCode\":\"000.00.00.H08\",\"name\":\"UBND tỉnh Bình Định\","
                + "\"kind\":\"PEOPLES_COMMITTEE\",\"level\":\"PROVINCE\",\"validFrom\":\"2019-01-01\",\"validTo\":\"2025-06-30\"},"
                + "{\"name\":\"UBND huyện A\",\"kind\":\"DISTRICT\",\"level\":\"DISTRICT\"},"
                + "{\"portalCode\":\"H21\",\"qcvnCode\":\"000.00.00.H21\",\"name\":\"UBND tỉnh Gia Lai\","
                + "\"kind\":\"PEOPLES_COMMITTEE\",\"level\":\"PROVINCE\",\"validFrom\":\"2019-01-01\",\"children\":[]}]", units);
        TenantCatalog.parseUnits("[{\"portalCode\":\"H21.112\",\"qcvnCode\":null,\"name\":\"UBND xã Ia Sao\","
                + "\"kind\":\"COMMUNE\",\"level\":\"COMMUNE\",\"validFrom\":\"2025-07-01\"},"
                + "{\"portalCode\":\"H21\",\"qcvnCode\":\"000.00.00.H21\",\"name\":\"UBND tỉnh Gia Lai\","
                + "\"kind\":\"PEOPLES_COMMITTEE\",\"level\":\"PROVINCE\",\"validFrom\":\"2019-01-01\"}]", units);
        assertEquals(List.of("H08", "H21", "H21.112"), List.copyOf(units.keySet()));
        TenantCatalog.Unit commune = units.get("H21.112");
        assertFalse(commune.validOn(LocalDate.of(2025, 6, 30)));
        assertTrue(commune.validOn(LocalDate.of(2025, 7, 1)));
        assertEquals("H21.112", commune.agencyCode());
        assertEquals("000.00.00.H21", units.get("H21").agencyCode());
        assertNull(units.get("H21").validTo());
        TenantCatalog c = new TenantCatalog("gia-lai", TenantCatalog.parseProcedures("[{\"code\":\"1.000001\","
                + "\"levels\":\"PROVINCE\",\"time\":\"3 WORKING_DAYS\"}]"), List.copyOf(units.values()));
        assertEquals("tỉnh Gia Lai", c.provinceName());
    }

    @Test
    void provinceCalendarAndOfficeHoursReplaceTheBundledNationalDays() {
        Map<LocalDate, String> days = new java.util.HashMap<>();
        String hours = TenantCatalog.parseCalendar("{\"days\":[{\"date\":\"2026-03-17\",\"kind\":\"LOCAL_DAY_OFF\","
                + "\"working\":false},{\"date\":\"2026-01-10\",\"kind\":\"SWAPPED_WORKING_DAY\",\"working\":true}],"
                + "\"officeHours\":{\"periods\":[{\"start\":\"07:00\",\"end\":\"11:30\"},"
                + "{\"start\":\"13:30\",\"end\":\"17:00\"}]},\"year\":2026}", days);
        assertEquals("07:00-11:30|13:30-17:00", hours);
        assertEquals(Map.of(LocalDate.of(2026, 3, 17), "LOCAL_DAY_OFF", LocalDate.of(2026, 1, 10), "WORKING"), days);
        OfficeLine province = new OfficeLine(OfficeLine.provinceCalendar("gia-lai", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), hours, days));
        OfficeLine national = new OfficeLine(OfficeLine.provinceCalendar("gia-lai", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), hours, Map.of()));
        long local = LocalDate.of(2026, 3, 17).toEpochDay();
        assertTrue(national.isWorkingDay(local));
        assertFalse(province.isWorkingDay(local));
        // Tết 2026 (17 Feb) is off in the national calendar
        assertFalse(national.isWorkingDay(LocalDate.of(2026, 2, 17).toEpochDay()));
        assertTrue(province.isWorkingDay(LocalDate.of(2026, 1, 10).toEpochDay()));
        assertEquals(480, province.officeMinutesPerDay());
        // the calendar reaches two years past the period, as bundled (2027 is the last bundled year)
        assertEquals(LocalDate.of(2027, 12, 31), province.calendar().lastDay());
    }

    @Test
    void jsonQuotingRoundTrips() {
        String text = "Tab\there \"quoted\" back\\slash\nnew line ư\u0001";
        assertEquals(text, MiniJson.parse(MiniJson.quote(text)));
        assertEquals(List.of(1L, 2.5, true, false), MiniJson.parse(" [1, 2.5, true, false] "));
    }
}
