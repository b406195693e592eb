package vn.motcua.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The catalog's side of the statutory time: its input checks, its text form in files, its labels. */
class StatutoryTimeTest {

    @Test
    void anEditorsInputBecomesTheEnginesTime() {
        assertEquals(StatutoryTime.sameDay(LocalTime.of(15, 0)), StatutoryTime.of(0, StatutoryUnit.SAME_DAY, LocalTime.of(15, 0)));
        assertEquals(StatutoryTime.workingDays(30), StatutoryTime.of(30, StatutoryUnit.WORKING_DAYS, null));
        assertEquals(StatutoryTime.months(2), StatutoryTime.of(2, StatutoryUnit.MONTHS, null));
        // a same-day time's value is ignored
        assertEquals(new StatutoryTime(0, StatutoryUnit.SAME_DAY, LocalTime.of(11, 0)),
                StatutoryTime.of(7, StatutoryUnit.SAME_DAY, LocalTime.of(11, 0)));
        assertThrows(IllegalArgumentException.class, () -> StatutoryTime.of(0, StatutoryUnit.WORKING_DAYS, null));
    }

    @Test
    void sameDayNeedsACutOffAndOnlySameDayHasOne() {
        assertEquals(List.of("procedure.time.cutOffRequired"), StatutoryTime.problems(0, StatutoryUnit.SAME_DAY, null));
        assertEquals(List.of("procedure.time.cutOffOnlySameDay"),
                StatutoryTime.problems(3, StatutoryUnit.WORKING_DAYS, LocalTime.NOON));
        assertEquals(List.of("procedure.time.valueRange"), StatutoryTime.problems(0, StatutoryUnit.WORKING_DAYS, null));
        assertEquals(List.of("procedure.time.valueRange"), StatutoryTime.problems(10_001, StatutoryUnit.MONTHS, null));
        assertEquals(List.of("procedure.time.cutOffOnlySameDay", "procedure.time.valueRange"),
                StatutoryTime.problems(0, StatutoryUnit.CALENDAR_DAYS, LocalTime.NOON));
        assertEquals(List.of("procedure.time.unitRequired"), StatutoryTime.problems(3, null, null));
        assertEquals(List.of(), StatutoryTime.problems(10_000, StatutoryUnit.WORKING_HOURS, null));
        assertEquals(List.of(), StatutoryTime.problems(0, StatutoryUnit.SAME_DAY, LocalTime.of(15, 0)));
    }

    @Test
    void timesRoundTripThroughTheirTextForm() {
        assertEquals(StatutoryTime.sameDay(LocalTime.of(15, 0)), StatutoryTime.parse("SAME_DAY 15:00"));
        assertEquals(StatutoryTime.sameDay(LocalTime.of(9, 30)), StatutoryTime.parse(" same_day  9:30 "));
        assertEquals(StatutoryTime.workingDays(30), StatutoryTime.parse("30 working_days"));
        assertEquals("3 MONTHS", StatutoryTime.months(3).toText());
        assertEquals("SAME_DAY 15:00", StatutoryTime.sameDay(LocalTime.of(15, 0)).toText());
        assertEquals("15 WORKING_DAYS", StatutoryTime.workingDays(15).toText());
        assertThrows(IllegalArgumentException.class, () -> StatutoryTime.parse("ba ngày"));
        assertThrows(IllegalArgumentException.class, () -> StatutoryTime.parse("0 WORKING_DAYS"));
        assertThrows(IllegalArgumentException.class, () -> StatutoryTime.parse(null));
    }

    @Test
    void aFilesTextIsCheckedWithTheSameKeys() {
        assertEquals(List.of("procedure.time.format"), StatutoryTime.problems("ba ngày"));
        assertEquals(List.of("procedure.time.format"), StatutoryTime.problems("3 WEEKS"));
        assertEquals(List.of("procedure.time.format"), StatutoryTime.problems("SAME_DAY 25:00"));
        assertEquals(List.of("procedure.time.format"), StatutoryTime.problems(""));
        assertEquals(List.of("procedure.time.valueRange"), StatutoryTime.problems("0 WORKING_DAYS"));
        assertEquals(List.of("procedure.time.cutOffRequired"), StatutoryTime.problems("3 SAME_DAY"));
        assertEquals(List.of(), StatutoryTime.problems("2 months"));
    }

    @Test
    void theCatalogsLabelsInVietnameseAndEnglish() {
        assertEquals("Trong ngày (nhận trước 15:00)", StatutoryTime.sameDay(LocalTime.of(15, 0)).label());
        assertEquals("3 ngày làm việc", StatutoryTime.workingDays(3).label());
        assertEquals("8 giờ làm việc", StatutoryTime.workingHours(8).label());
        assertEquals("30 ngày", StatutoryTime.calendarDays(30).label());
        assertEquals("10000 tháng", StatutoryTime.months(10_000).label(Locale.forLanguageTag("vi-VN")));
        assertEquals("1 working day", StatutoryTime.workingDays(1).label(Locale.ENGLISH));
        assertEquals("2 working hours", StatutoryTime.workingHours(2).label(Locale.ENGLISH));
        assertEquals("1 calendar day", StatutoryTime.calendarDays(1).label(Locale.ENGLISH));
        assertEquals("3 months", StatutoryTime.months(3).label(Locale.ENGLISH));
        assertEquals("Same day (received by 15:00)", StatutoryTime.sameDay(LocalTime.of(15, 0)).label(Locale.ENGLISH));
    }

    @Test
    void approximateHoursOnlyToCompareTwoTimes() {
        assertEquals(8.0, StatutoryTime.sameDay(LocalTime.of(15, 0)).approximateHours());
        assertEquals(4.0, StatutoryTime.workingHours(4).approximateHours());
        assertEquals(24.0, StatutoryTime.workingDays(3).approximateHours());
        assertEquals(40.0, StatutoryTime.calendarDays(7).approximateHours());
        assertEquals(176.0, StatutoryTime.months(1).approximateHours());
        assertTrue(StatutoryTime.months(1).approximateHours() > StatutoryTime.workingDays(3).approximateHours());
    }
}
