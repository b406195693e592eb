package vn.motcua.infra.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.NationalCalendarLoader;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.domain.TenantCalendarOverrides;
import vn.motcua.calendar.domain.WorkingCalendar;

/**
 * The province's kernel {@link WorkingCalendar} laid out for the simulation as a line of "office minutes": every
 * working day contributes its office periods, so "half a day of work later" is an addition. Instants are local
 * minutes ({@code epochDay * 1440 + minuteOfDay}) in the business zone (+07:00).
 *
 * <p>Only <em>where events land</em> is computed here; every rule (clock start, due instant, pauses, hand-over,
 * lateness) is the kernel's, through {@link GeneratorClock}. The index is read off the kernel calendar (its working
 * days, Tết break and office hours) once, so the two cannot disagree about a day.
 */
final class OfficeLine {

    static final int MINUTES_PER_DAY = 1440;
    /** Years after the last receipt in which dossiers may still be processed (capped at what the kernel bundles). */
    static final int YEARS_AFTER = 2;

    private final WorkingCalendar calendar;
    private final long firstDay;
    private final boolean[] working;
    private final boolean[] tet;
    /** Ordinal of the working day on (or, for a day off, after) each day. */
    private final int[] ordinalOnOrAfter;
    private final long[] workingDays;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final int perDay;

    OfficeLine(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.firstDay = calendar.firstEpochDay();
        int n = Math.toIntExact(calendar.lastEpochDay() - firstDay + 1);
        working = new boolean[n];
        tet = new boolean[n];
        ordinalOnOrAfter = new int[n];
        for (SpecialDay d : calendar.specialDays()) {
            long i = d.date().toEpochDay() - firstDay;
            tet[(int) i] = d.kind() == DayKind.TET_BREAK;
        }
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            working[i] = calendar.isWorkingEpochDay(firstDay + i);
            if (working[i]) {
                days.add(firstDay + i);
            }
        }
        workingDays = days.stream().mapToLong(Long::longValue).toArray();
        for (int i = n - 1, ord = workingDays.length; i >= 0; i--) {
            ord -= working[i] ? 1 : 0;
            ordinalOnOrAfter[i] = ord;
        }
        List<OfficePeriod> periods = calendar.officeHours().periods();
        periodStart = new int[periods.size()];
        periodEnd = new int[periods.size()];
        int total = 0;
        for (int i = 0; i < periodStart.length; i++) {
            periodStart[i] = minute(periods.get(i).start());
            periodEnd[i] = minute(periods.get(i).end());
            total += periodEnd[i] - periodStart[i];
        }
        perDay = total;
    }

    private static int minute(LocalTime t) {
        if (t.getSecond() != 0 || t.getNano() != 0) {
            throw new IllegalArgumentException("the generator needs office hours in whole minutes: " + t);
        }
        return t.getHour() * 60 + t.getMinute();
    }

    /**
     * The province's calendar as the server has it: the kernel's national calendars of the years from
     * {@code from} to {@code YEARS_AFTER} years after {@code to} (capped at the last bundled year), with the
     * province's own days (getCalendar: day to kind, {@code WORKING} or a worked kind) as overrides where they differ.
     *
     * @param periods office periods such as {@code 07:30-11:30|13:30-17:00}
     */
    static WorkingCalendar provinceCalendar(String slug, LocalDate from, LocalDate to, String periods,
                                            Map<LocalDate, String> provinceDays) {
        int first = from.getYear();
        int last = Math.min(NationalCalendarLoader.LAST_BUNDLED_YEAR, to.getYear() + YEARS_AFTER);
        if (first < NationalCalendarLoader.FIRST_SHIPPED_YEAR || to.getYear() > NationalCalendarLoader.LAST_BUNDLED_YEAR) {
            throw new IllegalArgumentException("the national calendar is bundled for "
                    + NationalCalendarLoader.FIRST_SHIPPED_YEAR + "–" + NationalCalendarLoader.LAST_BUNDLED_YEAR
                    + " only: cannot generate " + from + " to " + to);
        }
        OfficeHours hours = officeHours(periods);
        WorkingCalendar national = WorkingCalendar.builder().years(first, last)
                .national(NationalCalendarLoader.load(first, last)).officeHours(hours).build();
        if (provinceDays.isEmpty()) {
            return national;
        }
        Set<Integer> years = new HashSet<>();
        provinceDays.keySet().forEach(d -> years.add(d.getYear()));
        List<SpecialDay> own = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (!years.contains(y)) {
                continue;
            }
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                String kind = provinceDays.get(d);
                boolean worked = kind != null ? worked(kind)
                        : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
                if (worked != national.isWorkingDay(d)) {
                    own.add(new SpecialDay(d, worked ? DayKind.EXTRA_WORKING_DAY : DayKind.LOCAL_DAY_OFF,
                            "ngày riêng của tỉnh", "the province's own day", "getCalendar", true));
                }
            }
        }
        return WorkingCalendar.builder().years(first, last).national(NationalCalendarLoader.load(first, last))
                .officeHours(hours).overrides(new TenantCalendarOverrides(slug, own)).build();
    }

    private static boolean worked(String kind) {
        return kind.equals("WORKING") || kind.equals(DayKind.SWAPPED_WORKING_DAY.name())
                || kind.equals(DayKind.EXTRA_WORKING_DAY.name());
    }

    static OfficeHours officeHours(String periods) {
        List<OfficePeriod> list = new ArrayList<>();
        for (String part : periods.split("\\|")) {
            String[] se = part.trim().split("-");
            list.add(OfficePeriod.of(se[0].trim(), se[1].trim()));
        }
        return new OfficeHours(OfficeHours.VIETNAM, list);
    }

    WorkingCalendar calendar() {
        return calendar;
    }

    private int index(long epochDay) {
        long i = epochDay - firstDay;
        if (i < 0 || i >= working.length) {
            throw new CalendarOutOfRangeException(LocalDate.ofEpochDay(epochDay), calendar.firstDay(),
                    calendar.lastDay());
        }
        return (int) i;
    }

    boolean isWorkingDay(long epochDay) {
        return working[index(epochDay)];
    }

    /** A day of the announced Tết break; days before the calendar's first year are not. */
    boolean isTet(long epochDay) {
        long i = epochDay - firstDay;
        return i >= 0 && tet[index(epochDay)];
    }

    int officeMinutesPerDay() {
        return perDay;
    }

    int periods() {
        return periodStart.length;
    }

    int periodStart(int i) {
        return periodStart[i];
    }

    int periodEnd(int i) {
        return periodEnd[i];
    }

    int opening() {
        return periodStart[0];
    }

    int closing() {
        return periodEnd[periodEnd.length - 1];
    }

    /**
     * Position of a local minute on the office line. Outside office hours it is the next opening (the end of a
     * period and the start of the next are the same position).
     */
    long officeMinute(long localMinute) {
        long day = Math.floorDiv(localMinute, MINUTES_PER_DAY);
        int mod = (int) Math.floorMod(localMinute, MINUTES_PER_DAY);
        int i = index(day);
        long base = (long) ordinalOnOrAfter[i] * perDay;
        if (!working[i]) {
            return base;
        }
        int cum = 0;
        for (int p = 0; p < periodStart.length; p++) {
            if (mod < periodStart[p]) {
                return base + cum;
            }
            if (mod < periodEnd[p]) {
                return base + cum + (mod - periodStart[p]);
            }
            cum += periodEnd[p] - periodStart[p];
        }
        return base + cum;
    }

    /** The local minute of a position on the office line (a period's start for a boundary between periods). */
    long localMinute(long officeMinute) {
        int ord = (int) (officeMinute / perDay);
        int r = (int) (officeMinute % perDay);
        if (ord >= workingDays.length) {
            throw new CalendarOutOfRangeException(LocalDate.ofEpochDay(workingDays[workingDays.length - 1] + 1),
                    calendar.firstDay(), calendar.lastDay());
        }
        long day = workingDays[ord];
        for (int p = 0; p < periodStart.length; p++) {
            int len = periodEnd[p] - periodStart[p];
            if (r < len) {
                return day * MINUTES_PER_DAY + periodStart[p] + r;
            }
            r -= len;
        }
        throw new IllegalStateException();
    }
}
