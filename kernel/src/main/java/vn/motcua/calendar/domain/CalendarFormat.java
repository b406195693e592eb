package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import vn.motcua.shared.Messages;

/**
 * How dates and times are written for clerks: dd/MM/yyyy, 24-hour times, weekday names in Vietnamese
 * ("Thứ Hai" … "Chủ nhật") or English. Shared by the calendar's reasons and the deadline explanations so both read
 * the same.
 */
public final class CalendarFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String[] WEEKDAY_VI = {
        "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"
    };

    private CalendarFormat() { }

    public static String date(LocalDate date) {
        return Messages.DAY.format(date);
    }

    /** HH:mm, or HH:mm:ss when the time is not on a whole minute (an online receipt at 16:59:30 stays exact). */
    public static String time(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 ? TIME.format(time) : TIME_SECONDS.format(time);
    }

    public static String weekdayVi(DayOfWeek day) {
        return WEEKDAY_VI[day.getValue() - 1];
    }

    public static String weekdayEn(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** "Thứ Hai 05/01/2026". */
    public static String dayVi(LocalDate date) {
        return weekdayVi(date.getDayOfWeek()) + " " + date(date);
    }

    /** "Monday 05/01/2026". */
    public static String dayEn(LocalDate date) {
        return weekdayEn(date.getDayOfWeek()) + " " + date(date);
    }
}
