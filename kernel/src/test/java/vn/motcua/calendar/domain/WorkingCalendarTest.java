package vn.motcua.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar NATIONAL = WorkingCalendar.nationalDefault(2019, 2026);

    @Test
    void explainsWhyADayIsNotWorked() {
        DayStatus tet = NATIONAL.whyNotWorking(LocalDate.of(2024, 2, 12)).orElseThrow();
        assertEquals("Tết Nguyên đán Giáp Thìn (mùng 3) — nghỉ Tết Nguyên đán (5015/TB-LĐTBXH)", tet.reasonVi());
        assertEquals("Lunar New Year, Year of the Dragon (day 3 of the first lunar month) — Lunar New Year (Tết) break "
                + "(5015/TB-LĐTBXH)", tet.reasonEn());

        DayStatus saturday = NATIONAL.whyNotWorking(LocalDate.of(2026, 3, 7)).orElseThrow();
        assertEquals("ngày nghỉ hằng tuần (Thứ Bảy)", saturday.reasonVi());
        assertEquals("weekly rest day (Saturday)", saturday.reasonEn());

        assertTrue(NATIONAL.whyNotWorking(LocalDate.of(2026, 1, 10)).isEmpty(), "swapped working Saturday");
        assertEquals(DayKind.SWAPPED_WORKING_DAY, NATIONAL.status(LocalDate.of(2026, 1, 10)).special().orElseThrow().kind());
    }

    @Test
    void workingDayArithmeticAcrossTetAndTheYearBoundary() {
        // Tue 06/02/2024 + 2 working days: Wed 07/02 is the first, the break 08–14/02 and nothing else intervene.
        assertEquals(LocalDate.of(2024, 2, 15), NATIONAL.plusWorkingDays(LocalDate.of(2024, 2, 6), 2));
        // Wed 31/12/2025: 1 Jan holiday, 2 Jan swapped, weekend → Monday 05/01/2026.
        assertEquals(LocalDate.of(2026, 1, 5), NATIONAL.nextWorkingDay(LocalDate.of(2025, 12, 31)));
        assertEquals(LocalDate.of(2026, 1, 5), NATIONAL.firstWorkingDayOnOrAfter(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2026, 1, 5), NATIONAL.firstWorkingDayOnOrAfter(LocalDate.of(2026, 1, 5)));
        // Mon 05 … Fri 09 then the worked Saturday 10/01/2026.
        assertEquals(6, NATIONAL.workingDaysBetween(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 10)));
        assertEquals(-6, NATIONAL.workingDaysBetween(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 4)));
        assertEquals(LocalDate.of(2026, 1, 5), NATIONAL.plusWorkingDays(LocalDate.of(2026, 1, 5), 0));
        // From the day before the range.
        assertEquals(1, NATIONAL.workingDaysBetween(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 2)));
    }

    @Test
    void refusesDaysOutsideTheRange() {
        CalendarOutOfRangeException e = assertThrows(CalendarOutOfRangeException.class,
                () -> NATIONAL.isWorkingDay(LocalDate.of(2027, 1, 4)));
        assertEquals("calendar.outOfRange", e.messageKey());
        assertEquals(LocalDate.of(2027, 1, 4), e.day());
        assertThrows(CalendarOutOfRangeException.class, () -> NATIONAL.plusWorkingDays(LocalDate.of(2026, 12, 30), 5));
        assertThrows(CalendarOutOfRangeException.class, () -> NATIONAL.isWorkingDay(LocalDate.of(2018, 12, 31)));
    }

    @Test
    void provinceOverridesWinOverTheNationalDefault() {
        // A province gives its bodies a local anniversary off and works the national compensatory Monday.
        TenantCalendarOverrides overrides = new TenantCalendarOverrides("gia-lai", List.of(
                new SpecialDay(LocalDate.of(2026, 3, 17), DayKind.LOCAL_DAY_OFF, "Kỷ niệm ngày giải phóng tỉnh",
                        "Provincial liberation anniversary", "QĐ 1/QĐ-UBND", true),
                new SpecialDay(LocalDate.of(2026, 4, 27), DayKind.EXTRA_WORKING_DAY, "Làm việc bù theo quyết định của tỉnh",
                        "Provincial working day", "QĐ 2/QĐ-UBND", true)));
        WorkingCalendar local = WorkingCalendar.builder().years(2026, 2026)
                .national(NationalCalendarLoader.load(2026)).overrides(overrides).build();

        assertEquals("gia-lai", local.tenantId().orElseThrow());
        assertFalse(local.isWorkingDay(LocalDate.of(2026, 3, 17)));
        assertTrue(local.isWorkingDay(LocalDate.of(2026, 4, 27)));
        assertEquals(DayKind.EXTRA_WORKING_DAY, local.specialDay(LocalDate.of(2026, 4, 27)).orElseThrow().kind());
        // Mon 16/03 + 1 working day skips the local day off.
        assertEquals(LocalDate.of(2026, 3, 18), local.plusWorkingDays(LocalDate.of(2026, 3, 16), 1));
        assertEquals(LocalDate.of(2026, 3, 17), NATIONAL.plusWorkingDays(LocalDate.of(2026, 3, 16), 1));
        assertTrue(local.status(LocalDate.of(2026, 3, 17)).reasonVi().startsWith("Kỷ niệm ngày giải phóng tỉnh"));
    }

    @Test
    void overridesMayOnlyUseProvinceKinds() {
        assertThrows(IllegalArgumentException.class, () -> new TenantCalendarOverrides("ha-tinh", List.of(
                new SpecialDay(LocalDate.of(2026, 3, 17), DayKind.HOLIDAY, "Lễ", "Feast", "x", true))));
        assertThrows(IllegalArgumentException.class, () -> new NationalCalendarYear(2026, List.of("x"), List.of(
                new SpecialDay(LocalDate.of(2026, 3, 17), DayKind.LOCAL_DAY_OFF, "Lễ", "Feast", "x", true))));
    }

    @Test
    void theBusinessZoneHasOneOffsetOverTheRange() {
        assertEquals(ZoneOffset.ofHours(7), NATIONAL.fixedOffset());
        assertEquals(OfficeHours.VIETNAM, NATIONAL.zone());
    }

    @Test
    void aCustomWeekAndOfficeHours() {
        OfficeHours hours = new OfficeHours(OfficeHours.VIETNAM,
                List.of(OfficePeriod.of("08:00", "12:00"), OfficePeriod.of("13:00", "17:00")));
        WorkingCalendar sixDays = WorkingCalendar.builder().years(2026, 2026)
                .national(NationalCalendarLoader.load(2026)).officeHours(hours)
                .weeklyRestDays(EnumSet.of(DayOfWeek.SUNDAY)).build();
        assertTrue(sixDays.isWorkingDay(LocalDate.of(2026, 3, 7)));
        assertEquals(LocalTime.of(8, 0), sixDays.officeHours().opening());
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.builder().weeklyRestDays(EnumSet.allOf(DayOfWeek.class)));
    }
}
