package vn.motcua.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.calendar.domain.NationalCalendarLoader.CalendarDataException;

/** The shipped national defaults 2019–2026: they load, and they say what the government notices say. */
class NationalCalendarDataTest {

    private static final WorkingCalendar CAL = WorkingCalendar.nationalDefault(2019, 2026);

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void eachYearLoadsWithItsNoticesAndPlausibleCounts(int year) {
        NationalCalendarYear y = NationalCalendarLoader.load(year);
        assertEquals(year, y.year());
        assertFalse(y.notices().isEmpty(), "a year names its government notice(s)");

        long weekdaysOff = y.days().stream().filter(d -> !d.working() && !isWeekend(d.date())).count();
        long workedWeekendDays = y.days().stream().filter(d -> d.working() && isWeekend(d.date())).count();
        long tetWeekdays = y.days().stream()
                .filter(d -> d.kind() == DayKind.TET_BREAK && !isWeekend(d.date())).count();
        // 10 statutory days until 2020 and 11 from 2021 (Labour Code 2019), 12 in 2026 (24/11), plus swapped days off.
        assertTrue(weekdaysOff >= 10 && weekdaysOff <= 15, year + ": weekdays off " + weekdaysOff);
        assertTrue(workedWeekendDays <= 2, year + ": worked weekend days " + workedWeekendDays);
        assertEquals(5, tetWeekdays, year + ": the Tết break takes five working days");
        // Working days in a year: 52 weeks × 5 minus the weekdays off plus the worked Saturdays.
        int working = CAL.workingDaysBetween(LocalDate.of(year, 1, 1).minusDays(1), LocalDate.of(year, 12, 31));
        assertTrue(working >= 245 && working <= 253, year + ": working days " + working);

        for (SpecialDay d : y.days()) {
            assertTrue(d.nameVi().chars().anyMatch(c -> c > 127), "Vietnamese name keeps its diacritics: " + d);
            switch (d.kind()) {
                case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> assertFalse(isWeekend(d.date()), "taken on a weekday: " + d);
                case SWAPPED_WORKING_DAY -> assertTrue(isWeekend(d.date()), "a worked weekend day: " + d);
                default -> { }
            }
        }
    }

    @Test
    void exactWeekdaysOffPerYear() {
        // Counted by hand from the notices (see the header of each file): statutory days after compensation plus
        // swapped days off; 2019 and 2024/2025/2026 have swaps, 2026 adds Vietnam Culture Day.
        Map<Integer, Integer> expected = Map.of(2019, 11, 2020, 10, 2021, 11, 2022, 11, 2023, 11, 2024, 12,
                2025, 12, 2026, 14);
        expected.forEach((year, n) -> assertEquals(n, (int) NationalCalendarLoader.load(year).days().stream()
                .filter(d -> !d.working() && !isWeekend(d.date())).count(), String.valueOf(year)));
    }

    @Test
    void vietnamCultureDayIsAHolidayFrom2026Only() {
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 11, 24)));
        assertEquals(DayKind.HOLIDAY, CAL.specialDay(LocalDate.of(2026, 11, 24)).orElseThrow().kind());
        assertEquals("Ngày Văn hóa Việt Nam", CAL.specialDay(LocalDate.of(2026, 11, 24)).orElseThrow().nameVi());
        // Monday 24/11/2025 was an ordinary working day.
        assertTrue(CAL.isWorkingDay(LocalDate.of(2025, 11, 24)));
    }

    @Test
    void nationalDayIsNeverAWorkingDay() {
        for (int year = 2019; year <= 2026; year++) {
            assertFalse(CAL.isWorkingDay(LocalDate.of(year, 9, 2)), "2 Sep " + year);
        }
        // From 2021 the Labour Code adds an adjacent day: 1 or 3 September is off too (or compensated).
        assertFalse(CAL.isWorkingDay(LocalDate.of(2021, 9, 3)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2022, 9, 1)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2023, 9, 1)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2023, 9, 4)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2024, 9, 3)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 9, 1)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void tet2024And2026PublicSectorBreaks() {
        assertBreak(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 14));
        assertBreak(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
        assertEquals("Tết Nguyên đán Bính Ngọ (mùng 1)",
                CAL.specialDay(LocalDate.of(2026, 2, 17)).orElseThrow().nameVi());
    }

    @Test
    void swapsOf2026() {
        // New Year: Friday 2 January off, paid back on Saturday 10 January (12729/VPCP-KGVX), not on 3 January.
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 1, 10)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 1, 3)));
        // Hùng Kings on Sunday 26 April, compensated on Monday 27 April.
        assertEquals(DayKind.HOLIDAY, CAL.specialDay(LocalDate.of(2026, 4, 26)).orElseThrow().kind());
        assertEquals(DayKind.COMPENSATORY_DAY_OFF, CAL.specialDay(LocalDate.of(2026, 4, 27)).orElseThrow().kind());
        // National Day: Monday 31 August off, worked on Saturday 22 August (9441/TB-BNV).
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 8, 31)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 8, 22)));
        assertEquals("9441/TB-BNV", CAL.specialDay(LocalDate.of(2026, 8, 22)).orElseThrow().source());
    }

    @Test
    void swappedDaysOffArePaidBack() {
        for (int year = 2019; year <= 2026; year++) {
            List<SpecialDay> days = NationalCalendarLoader.load(year).days();
            long off = days.stream().filter(d -> d.kind() == DayKind.SWAPPED_DAY_OFF).count();
            long worked = days.stream().filter(d -> d.kind() == DayKind.SWAPPED_WORKING_DAY).count();
            // 2019's Saturday 5 January paid back Monday 31/12/2018, which lies outside the shipped range.
            assertEquals(off + (year == 2019 ? 1 : 0), worked, String.valueOf(year));
        }
    }

    @Test
    void onlyOneDayIsUnverifiedAndItIsSaidSo() {
        List<SpecialDay> unverified = CAL.specialDays().stream().filter(d -> !d.verified()).toList();
        assertEquals(List.of(LocalDate.of(2026, 11, 24)), unverified.stream().map(SpecialDay::date).toList());
        assertTrue(CAL.status(LocalDate.of(2026, 11, 24)).reasonVi().contains("chưa xác minh"));
    }

    @Test
    void noticesAreKeptWithTheYear() {
        assertTrue(CAL.notices(2026).get(0).startsWith("9441/TB-BNV"));
        assertTrue(CAL.notices(2021).get(0).startsWith("4875/TB-LĐTBXH"));
    }

    /** The calendar page shows a year's notices in the reader's language: each shipped one is written in both. */
    @Test
    void everyShippedNoticeIsInBothLanguages() {
        for (int year = 2019; year <= 2027; year++) {
            for (String n : NationalCalendarLoader.load(year).notices()) {
                String vi = NationalCalendarYear.notice(n, java.util.Locale.forLanguageTag("vi"));
                String en = NationalCalendarYear.notice(n, java.util.Locale.ENGLISH);
                assertEquals(2, n.split(java.util.regex.Pattern.quote(NationalCalendarYear.NOTICE_LANGUAGES)).length, n);
                assertFalse(vi.matches("(?i).*\\b(swap|paid|holiday|approval|the|and)\\b.*"), year + ": English in " + vi);
                assertFalse(en.matches(".*[ăâêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ].*"), year + ": Vietnamese in " + en);
            }
        }
        assertEquals("Chưa có thông báo", NationalCalendarYear.notice("Chưa có thông báo", java.util.Locale.ENGLISH));
        assertTrue(CAL.notices(2022).get(0).startsWith("119/TB-LĐTBXH"));
        assertTrue(CAL.notices(2023).get(0).startsWith("5034/TB-LĐTBXH"));
        assertTrue(CAL.notices(2024).stream().anyMatch(n -> n.startsWith("1570/TB-LĐTBXH")));
        assertTrue(CAL.notices(2025).get(0).startsWith("6150/TB-BLĐTBXH"));
        assertTrue(CAL.notices(2019).get(0).startsWith("3238/TB-LĐTBXH"));
        assertTrue(CAL.notices(2020).get(0).startsWith("9087/VPCP-KGVX"));
    }

    @Test
    void badRowsNameTheFileAndLine() {
        String csv = """
                # notice: 1/TB-TEST
                date,kind,name_vi,name_en,source,verified
                2030-01-01,HOLIDAY,Tết Dương lịch,New Year's Day,1/TB-TEST,true
                2030-01-02,PARTY,Ngày hội,Party,1/TB-TEST,true
                """;
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> NationalCalendarLoader.parse(2030, "2030.csv", new StringReader(csv)));
        assertEquals("2030.csv line 4: unknown kind 'PARTY'", e.getMessage());

        String wrongYear = "# notice: x\ndate,kind,name_vi,name_en,source,verified\n2031-01-01,HOLIDAY,Tết,NY,x,true\n";
        assertEquals("2030.csv line 3: 2031-01-01 is not in 2030", assertThrows(CalendarDataException.class,
                () -> NationalCalendarLoader.parse(2030, "2030.csv", new StringReader(wrongYear))).getMessage());

        String local = "# notice: x\ndate,kind,name_vi,name_en,source,verified\n2030-01-05,LOCAL_DAY_OFF,Lễ,Fest,x,true\n";
        assertThrows(CalendarDataException.class,
                () -> NationalCalendarLoader.parse(2030, "2030.csv", new StringReader(local)));

        String noNotice = "date,kind,name_vi,name_en,source,verified\n";
        assertThrows(CalendarDataException.class,
                () -> NationalCalendarLoader.parse(2030, "2030.csv", new StringReader(noNotice)));
    }

    @Test
    void quotedFieldsMayHoldCommas() {
        String csv = "# notice: x\ndate,kind,name_vi,name_en,source,verified\n"
                + "2030-04-30,HOLIDAY,\"Ngày Chiến thắng, 30/4\",\"Victory Day, \"\"30/4\"\"\",x,false\n";
        SpecialDay d = NationalCalendarLoader.parse(2030, "2030.csv", new StringReader(csv)).days().get(0);
        assertEquals("Ngày Chiến thắng, 30/4", d.nameVi());
        assertEquals("Victory Day, \"30/4\"", d.nameEn());
        assertFalse(d.verified());
    }

    @Test
    void aYearWithoutDataIsRefused() {
        assertThrows(CalendarDataException.class, () -> NationalCalendarLoader.load(2018));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder().years(2026, 2027)
                .national(NationalCalendarLoader.load(2026)).build());
    }

    private static void assertBreak(LocalDate first, LocalDate last) {
        assertTrue(CAL.isWorkingDay(first.minusDays(1)) || isWeekend(first.minusDays(1)));
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            assertFalse(CAL.isWorkingDay(d), d.toString());
            assertEquals(DayKind.TET_BREAK, CAL.specialDay(d).orElseThrow().kind(), d.toString());
        }
        assertTrue(CAL.isWorkingDay(last.plusDays(1)), "back to work after " + last);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @org.junit.jupiter.api.Test
    void provisional2027IsBundledWithEveryDayUnverified() {
        NationalCalendarYear y = NationalCalendarLoader.load(2027);
        org.junit.jupiter.api.Assertions.assertTrue(y.days().stream().noneMatch(SpecialDay::verified));
        WorkingCalendar cal = WorkingCalendar.builder().years(2026, 2027)
                .national(NationalCalendarLoader.load(2026, 2027)).build();
        // Mùng 1 Tết Đinh Mùi is Saturday 06/02/2027; the break runs Fri 05/02 – Thu 11/02.
        for (LocalDate d = LocalDate.of(2027, 2, 5); !d.isAfter(LocalDate.of(2027, 2, 11)); d = d.plusDays(1)) {
            assertFalse(cal.isWorkingDay(d), d.toString());
        }
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 2, 4)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 2, 12)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 5, 3)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 11, 24)));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027),
                NationalCalendarLoader.loadBundled().stream().map(NationalCalendarYear::year).toList());
    }
}
