package vn.motcua.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.NationalCalendarLoader;
import vn.motcua.calendar.domain.NationalCalendarYear;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.domain.WorkingCalendar;

/** Calendars shared by the deadline tests and the benchmark. */
public final class TestCalendars {

    /** The shipped national default, standard office hours. */
    public static final WorkingCalendar NATIONAL = WorkingCalendar.nationalDefault(2019, 2026);

    public static final int TWENTY_YEARS_FIRST = 2019;
    public static final int TWENTY_YEARS_LAST = 2038;

    private TestCalendars() { }

    /**
     * 2019–2038: the real national data for 2019–2026 and, for 2027–2038, SYNTHETIC years of the same shape (fixed
     * holidays with compensation, a nine-day Tết break at a varying date, a Hùng Kings day, 24/11) so that the
     * benchmark runs over twenty years of realistic density. Not a forecast of any real calendar.
     */
    public static WorkingCalendar twentyYears() {
        List<NationalCalendarYear> years = new ArrayList<>(NationalCalendarLoader.loadShipped());
        for (int y = NationalCalendarLoader.LAST_SHIPPED_YEAR + 1; y <= TWENTY_YEARS_LAST; y++) {
            years.add(synthetic(y));
        }
        return WorkingCalendar.builder().years(TWENTY_YEARS_FIRST, TWENTY_YEARS_LAST).national(years).build();
    }

    static NationalCalendarYear synthetic(int year) {
        List<SpecialDay> days = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        // Tết: a Saturday-to-Sunday break of nine days somewhere between late January and mid-February.
        LocalDate tetStart = LocalDate.of(year, 1, 21).plusDays(Math.floorMod(year * 11, 21));
        while (tetStart.getDayOfWeek() != DayOfWeek.SATURDAY) {
            tetStart = tetStart.plusDays(1);
        }
        for (int i = 0; i < 9; i++) {
            add(days, taken, tetStart.plusDays(i), DayKind.TET_BREAK, "Tết (giả lập)", "Tết (synthetic)");
        }
        List<LocalDate> fixed = new ArrayList<>(List.of(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 4, 10).plusDays(Math.floorMod(year * 7, 20)),
                LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 1),
                LocalDate.of(year, 9, 2), LocalDate.of(year, 11, 24)));
        for (LocalDate d : fixed) {
            add(days, taken, d, DayKind.HOLIDAY, "Ngày lễ (giả lập)", "Holiday (synthetic)");
        }
        for (LocalDate d : fixed) {
            if (weekend(d)) {
                LocalDate c = d.plusDays(1);
                while (weekend(c) || taken.contains(c)) {
                    c = c.plusDays(1);
                }
                add(days, taken, c, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù (giả lập)", "Compensatory (synthetic)");
            }
        }
        return new NationalCalendarYear(year, List.of("synthetic — benchmark only"), days);
    }

    private static void add(List<SpecialDay> days, Set<LocalDate> taken, LocalDate d, DayKind kind, String vi,
                            String en) {
        if (taken.add(d)) {
            days.add(new SpecialDay(d, kind, vi, en, "synthetic", false));
        }
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
