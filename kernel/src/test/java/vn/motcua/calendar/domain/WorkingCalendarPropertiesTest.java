package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The precomputed ordinal arrays agree with walking the calendar day by day from the raw rules (special days, then
 * Saturday/Sunday), including across year boundaries, Tết and the swaps.
 */
class WorkingCalendarPropertiesTest {

    private static final WorkingCalendar CAL = WorkingCalendar.nationalDefault(2019, 2026);
    private static final Map<LocalDate, SpecialDay> SPECIAL = new HashMap<>();

    static {
        CAL.specialDays().forEach(d -> SPECIAL.put(d.date(), d));
    }

    private static boolean worksByRules(LocalDate d) {
        SpecialDay s = SPECIAL.get(d);
        if (s != null) {
            return s.working();
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate day(int offset) {
        return LocalDate.of(2019, 1, 1).plusDays(offset);
    }

    @Property
    boolean workingStatusMatchesTheRules(@ForAll @IntRange(min = 0, max = 2921) int offset) {
        LocalDate d = day(offset);
        return CAL.isWorkingDay(d) == worksByRules(d);
    }

    @Property
    boolean plusWorkingDaysMatchesALoop(@ForAll @IntRange(min = 0, max = 2700) int offset,
                                        @ForAll @IntRange(min = 0, max = 120) int n) {
        LocalDate d = day(offset);
        LocalDate expected = d;
        for (int left = n; left > 0; ) {
            expected = expected.plusDays(1);
            if (worksByRules(expected)) {
                left--;
            }
        }
        return CAL.plusWorkingDays(d, n).equals(expected);
    }

    @Property
    boolean countingIsTheInverseOfAdding(@ForAll @IntRange(min = 0, max = 2700) int offset,
                                         @ForAll @IntRange(min = 0, max = 120) int n) {
        LocalDate d = day(offset);
        return CAL.workingDaysBetween(d, CAL.plusWorkingDays(d, n)) == n;
    }
}
