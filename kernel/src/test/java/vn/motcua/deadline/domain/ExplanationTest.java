package vn.motcua.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.DayStatus;
import vn.motcua.deadline.domain.Explanation.StartRule;

/** What a clerk reads next to the appointment date. */
class ExplanationTest {

    private static final DeadlineCalculator CALC = new DeadlineCalculator(TestCalendars.NATIONAL);

    private static Deadline compute(String receipt, StatutoryTime time) {
        return CALC.compute(OffsetDateTime.parse(receipt), time);
    }

    @Test
    void receivedAfterHoursOnNewYearsEve() {
        Deadline d = compute("2025-12-31T17:30+07:00", StatutoryTime.workingDays(3));
        Explanation e = d.explanation();
        assertEquals(StartRule.AFTER_CLOSING, e.startRule());
        assertEquals(LocalDate.of(2026, 1, 5).atTime(7, 30), e.countedFrom());
        assertEquals(List.of(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)),
                e.countedDays());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 1, 4)), e.skippedDays().stream().map(DayStatus::date).toList());

        assertEquals("""
                Thời hạn giải quyết: 3 ngày làm việc.
                Nhận hồ sơ: 17:30 Thứ Tư 31/12/2025.
                Nhận sau giờ làm việc, tính từ 07:30 Thứ Hai 05/01/2026.
                Đếm 3 ngày làm việc: 06/01/2026, 07/01/2026, 08/01/2026.
                Ngày nghỉ không tính (4):
                  - 01/01/2026 (Thứ Năm): Tết Dương lịch — ngày lễ, Tết (BLLĐ 2019 Đ.112)
                  - 02/01/2026 (Thứ Sáu): Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026) — nghỉ hoán đổi (12729/VPCP-KGVX)
                  - 03/01/2026 (Thứ Bảy): ngày nghỉ hằng tuần (Thứ Bảy)
                  - 04/01/2026 (Chủ nhật): ngày nghỉ hằng tuần (Chủ nhật)
                Hạn trả kết quả: 07:30 Thứ Năm 08/01/2026 (UTC+07:00).""", e.toVietnamese());

        assertEquals("""
                Statutory time: 3 working days.
                Received: 17:30 Wednesday 31/12/2025.
                Received after hours, counted from 07:30 Monday 05/01/2026.
                Counted 3 working days: 06/01/2026, 07/01/2026, 08/01/2026.
                Days off skipped (4):
                  - 01/01/2026 (Thursday): New Year's Day — public holiday (BLLĐ 2019 Đ.112)
                  - 02/01/2026 (Friday): Swapped day off for New Year (paid back on Saturday 10/01/2026) — swapped day off (12729/VPCP-KGVX)
                  - 03/01/2026 (Saturday): weekly rest day (Saturday)
                  - 04/01/2026 (Sunday): weekly rest day (Sunday)
                Due: 07:30 Thursday 08/01/2026 (UTC+07:00).""", e.toEnglish());
        assertEquals(e.toEnglish(), e.render(Locale.forLanguageTag("en-US")));
        assertEquals(e.toVietnamese(), e.render(null));
    }

    @Test
    void sameDayCutOffIsExplained() {
        Explanation before = compute("2026-03-10T14:30+07:00", StatutoryTime.sameDay(LocalTime.of(15, 0))).explanation();
        assertTrue(before.cutOffDecision().orElseThrow().byCutOff());
        assertTrue(before.toVietnamese().contains("giờ chốt 15:00: nhận không muộn hơn giờ chốt nên trả trong ngày"));

        Explanation after = compute("2026-04-29T15:30+07:00", StatutoryTime.sameDay(LocalTime.of(15, 0))).explanation();
        assertTrue(!after.cutOffDecision().orElseThrow().byCutOff());
        assertTrue(after.toEnglish().contains(
                "Same-day procedure with a 15:00 cut-off: received after the cut-off, due at closing the next working day."));
        // Thu 30/04, Fri 01/05 (holidays), Sat 02, Sun 03 passed over before Mon 04/05.
        assertEquals(4, after.skippedDays().size());
        assertTrue(after.toEnglish().endsWith("Due: 17:00 Monday 04/05/2026 (UTC+07:00)."));
    }

    @Test
    void aCalendarDayDueDayMovedOffTet() {
        Explanation e = compute("2026-02-09T10:00+07:00", StatutoryTime.calendarDays(7)).explanation();
        assertEquals(LocalDate.of(2026, 2, 16), e.dueDayShift().orElseThrow().nominal());
        assertEquals(LocalDate.of(2026, 2, 23), e.dueDayShift().orElseThrow().actual());
        // Only the days the due day was moved across are "skipped": 16–22/02.
        assertEquals(7, e.skippedDays().size());
        assertTrue(e.toVietnamese().contains("Cộng 7 ngày lịch: đến ngày 16/02/2026."));
        assertTrue(e.toVietnamese().contains(
                "Ngày đến hạn 16/02/2026 (Thứ Hai) không phải ngày làm việc: chuyển sang Thứ Hai 23/02/2026, giữ nguyên giờ."));
        assertTrue(e.toEnglish().contains("The due day 16/02/2026 (Monday) is not a working day: moved to Monday 23/02/2026, same time."));
    }

    @Test
    void receiptOnADayOffNamesTheDay() {
        Explanation e = compute("2026-02-17T09:00+07:00", StatutoryTime.workingDays(1)).explanation();
        assertEquals(StartRule.NON_WORKING_DAY, e.startRule());
        assertTrue(e.toVietnamese().contains("Nhận vào ngày nghỉ (Tết Nguyên đán Bính Ngọ (mùng 1) — nghỉ Tết Nguyên đán "
                + "(9441/TB-BNV)), tính từ 07:30 Thứ Hai 23/02/2026."), e.toVietnamese());
        assertTrue(e.toEnglish().contains("Received on a non-working day (Lunar New Year, Year of the Horse"));
    }

    @Test
    void otherStartRules() {
        assertEquals(StartRule.INSIDE_OFFICE_HOURS,
                compute("2026-03-10T09:00+07:00", StatutoryTime.workingDays(1)).explanation().startRule());
        assertEquals(StartRule.BEFORE_OPENING,
                compute("2026-03-10T06:00+07:00", StatutoryTime.workingDays(1)).explanation().startRule());
        Explanation lunch = compute("2026-03-10T12:00+07:00", StatutoryTime.workingHours(2)).explanation();
        assertEquals(StartRule.LUNCH_BREAK, lunch.startRule());
        assertTrue(lunch.toEnglish().contains("Received during the lunch break, counted from 13:30 Tuesday 10/03/2026."));
        assertTrue(lunch.toVietnamese().contains("Nhận trong giờ nghỉ trưa, tính từ 13:30 Thứ Ba 10/03/2026."));
    }

    @Test
    void longListsOfCountedDaysShowTheEnds() {
        Explanation e = compute("2026-01-05T09:00+07:00", StatutoryTime.workingDays(30)).explanation();
        assertEquals(30, e.countedDays().size());
        assertTrue(e.toEnglish().contains("Counted 30 working days: 06/01/2026, 07/01/2026 … 13/02/2026."));
    }
}
