package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.application.CalendarService.YearDay;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.SpecialDay;

/** The calendar's month grids speak the reader's language: the weekdays' heads and the days' titles. */
class CalendarYearViewTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static YearDay day(boolean verified) {
        return new YearDay(new SpecialDay(DAY, DayKind.LOCAL_DAY_OFF, "Ngày Văn hóa Việt Nam", "Vietnam Culture Day",
                "QĐ 1/2026", verified), true, null, false);
    }

    static CalendarYearView in(Locale locale) {
        CalendarYearView v = new CalendarYearView();
        v.localeView = new FixedLocale(locale);
        return v;
    }

    @Test
    void anUnverifiedDayIsSaidSoInTheReadersLanguage() {
        assertEquals("Vietnam Culture Day (QĐ 1/2026) — unverified",
                CalendarYearView.cell(DAY, day(false), Locale.ENGLISH).title());
        assertEquals("Ngày Văn hóa Việt Nam (QĐ 1/2026) — chưa xác minh",
                CalendarYearView.cell(DAY, day(false), LocaleView.VIETNAMESE).title());
        assertEquals("Vietnam Culture Day (QĐ 1/2026)", CalendarYearView.cell(DAY, day(true), Locale.ENGLISH).title());
        assertEquals("Ngày Văn hóa Việt Nam (QĐ 1/2026)",
                CalendarYearView.cell(DAY, day(true), LocaleView.VIETNAMESE).title());
        assertEquals("d-localoff d-unverified", CalendarYearView.cell(DAY, day(false), null).styleClass());
    }

    @Test
    void theWeekdaysHeadTheGridMondayFirst() {
        assertEquals(List.of("T2", "T3", "T4", "T5", "T6", "T7", "CN"), heads(LocaleView.VIETNAMESE));
        assertEquals(List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), heads(Locale.ENGLISH));
    }

    static List<String> heads(Locale locale) {
        CalendarYearView v = in(locale);
        return IntStream.range(0, 7).mapToObj(v::weekdayHeader).toList();
    }
}
