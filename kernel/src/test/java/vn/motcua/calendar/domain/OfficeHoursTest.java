package vn.motcua.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    private static final OfficeHours STD = OfficeHours.standard();

    private static long t(String hhmm) {
        return LocalTime.parse(hhmm).toNanoOfDay();
    }

    @Test
    void theStandardDayHasSevenAndAHalfHours() {
        assertEquals(LocalTime.of(7, 30), STD.opening());
        assertEquals(LocalTime.of(17, 0), STD.closing());
        assertEquals(t("07:30"), STD.officeNanosPerDay());
        assertEquals("Asia/Ho_Chi_Minh", STD.zone().getId());
    }

    @Test
    void receiptsUseHalfOpenPeriodsAndDueTimesClosedOnes() {
        assertTrue(STD.receiptInside(LocalTime.of(7, 30)));
        assertFalse(STD.receiptInside(LocalTime.of(11, 30)));
        assertFalse(STD.receiptInside(LocalTime.of(17, 0)));
        assertTrue(STD.dueInside(LocalTime.of(11, 30)));
        assertTrue(STD.dueInside(LocalTime.of(17, 0)));
        assertFalse(STD.dueInside(LocalTime.of(12, 0)));
    }

    @Test
    void effectiveStartOfAReceiptWithinTheDay() {
        assertEquals(t("07:30"), STD.effectiveNanosOfDay(t("06:00")));
        assertEquals(t("09:15"), STD.effectiveNanosOfDay(t("09:15")));
        assertEquals(t("13:30"), STD.effectiveNanosOfDay(t("11:30")));
        assertEquals(t("13:30"), STD.effectiveNanosOfDay(t("12:45")));
        assertEquals(t("16:59"), STD.effectiveNanosOfDay(t("16:59")));
        assertEquals(-1, STD.effectiveNanosOfDay(t("17:00")));
        assertEquals(-1, STD.effectiveNanosOfDay(t("22:00")));
    }

    @Test
    void officeOffsetsSkipLunchAndEndAtCloseOfAPeriod() {
        assertEquals(0, STD.officeNanosBefore(t("07:30")));
        assertEquals(t("02:00"), STD.officeNanosBefore(t("09:30")));
        assertEquals(t("04:00"), STD.officeNanosBefore(t("13:30")));
        assertEquals(t("05:00"), STD.officeNanosBefore(t("14:30")));
        assertEquals(t("07:30"), STD.officeNanosBefore(t("17:00")));
        assertEquals(t("07:30"), STD.nanosOfDayAtOfficeOffset(0));
        assertEquals(t("11:30"), STD.nanosOfDayAtOfficeOffset(t("04:00")));
        assertEquals(t("13:31"), STD.nanosOfDayAtOfficeOffset(t("04:01")));
        assertEquals(t("17:00"), STD.nanosOfDayAtOfficeOffset(t("07:30")));
    }

    @Test
    void periodsMustBeOrderedWithABreak() {
        assertThrows(IllegalArgumentException.class, () -> new OfficeHours(OfficeHours.VIETNAM, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new OfficeHours(OfficeHours.VIETNAM,
                List.of(OfficePeriod.of("13:30", "17:00"), OfficePeriod.of("07:30", "11:30"))));
        assertThrows(IllegalArgumentException.class, () -> new OfficeHours(OfficeHours.VIETNAM,
                List.of(OfficePeriod.of("07:30", "11:30"), OfficePeriod.of("11:30", "17:00"))));
        assertThrows(IllegalArgumentException.class, () -> OfficePeriod.of("17:00", "07:30"));
    }
}
