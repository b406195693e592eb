package vn.motcua.infra.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working days and office hours for the generator, as a line of "office minutes": every working day contributes its
 * office periods, so adding N working days or H working hours is an addition. Instants are local minutes
 * ({@code epochDay * 1440 + minuteOfDay}) in the business zone (+07:00, no daylight saving).
 *
 * <p>The special days are the national default calendars bundled with the application (tenants/, copied into this
 * jar at build time); years without a file get weekends and the fixed-date holidays only (no Tết). Provincial
 * overrides are ignored: the server recomputes every due date with the province's own calendar, and flags the few
 * where the generator's appointment disagrees.
 */
public final class WorkCalendar {

    public static final int MINUTES_PER_DAY = 1440;
    private static final String RESOURCE_DIR = "/vn/motcua/infra/generator/calendar/";
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2027;

    private final long firstDay;
    private final boolean[] working;
    private final boolean[] tet;
    /** Ordinal of the working day on (or, for a day off, after) each day. */
    private final int[] ordinalOnOrAfter;
    private final long[] workingDays;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final int officeMinutesPerDay;

    /**
     * @param from   first day the generator will use
     * @param to     last day it will use (dossiers received up to here finish within the extra two years)
     * @param periods office periods such as {@code 07:30-11:30|13:30-17:00}
     */
    public WorkCalendar(LocalDate from, LocalDate to, String periods) {
        this(from, to, periods, Map.of());
    }

    /**
     * @param provinceDays the province's own calendar as the server gives it (getCalendar: national and provincial
     *                     days merged), day to kind ({@code WORKING} or {@code SWAPPED_WORKING_DAY} = worked); it
     *                     replaces the bundled national days of its years
     */
    public WorkCalendar(LocalDate from, LocalDate to, String periods, Map<LocalDate, String> provinceDays) {
        Map<LocalDate, String> special = loadNational();
        if (!provinceDays.isEmpty()) {
            Set<Integer> years = new HashSet<>();
            provinceDays.keySet().forEach(d -> years.add(d.getYear()));
            special.keySet().removeIf(d -> years.contains(d.getYear()));
            special.putAll(provinceDays);
        }
        this.firstDay = from.minusDays(40).toEpochDay();
        long lastDay = to.plusYears(2).toEpochDay();
        int n = (int) (lastDay - firstDay + 1);
        working = new boolean[n];
        tet = new boolean[n];
        ordinalOnOrAfter = new int[n];
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.ofEpochDay(firstDay + i);
            String kind = special.get(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean w;
            if (kind != null) {
                w = kind.equals("SWAPPED_WORKING_DAY") || kind.equals("WORKING");
                tet[i] = kind.equals("TET_BREAK");
            } else if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                w = !weekend && !fixedHoliday(d);
            } else {
                w = !weekend;
            }
            working[i] = w;
            if (w) {
                days.add(firstDay + i);
            }
        }
        workingDays = days.stream().mapToLong(Long::longValue).toArray();
        int ord = workingDays.length;
        for (int i = n - 1; i >= 0; i--) {
            if (working[i]) {
                ord--;
            }
            ordinalOnOrAfter[i] = working[i] ? ord : ord;
        }
        String[] parts = periods.split("\\|");
        periodStart = new int[parts.length];
        periodEnd = new int[parts.length];
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            String[] se = parts[i].trim().split("-");
            periodStart[i] = minuteOf(se[0]);
            periodEnd[i] = minuteOf(se[1]);
            if (periodEnd[i] <= periodStart[i] || (i > 0 && periodStart[i] < periodEnd[i - 1])) {
                throw new IllegalArgumentException("office periods must be ordered and non-empty: " + periods);
            }
            total += periodEnd[i] - periodStart[i];
        }
        officeMinutesPerDay = total;
    }

    private static boolean fixedHoliday(LocalDate d) {
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return (m == 1 && day == 1) || (m == 4 && day == 30) || (m == 5 && day == 1) || (m == 9 && day == 2);
    }

    static int minuteOf(String hhmm) {
        String[] p = hhmm.trim().split(":");
        return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    private static Map<LocalDate, String> loadNational() {
        Map<LocalDate, String> days = new HashMap<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            try (InputStream in = WorkCalendar.class.getResourceAsStream(RESOURCE_DIR + y + ".csv")) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                        continue;
                    }
                    String[] p = line.split(",", 3);
                    days.put(LocalDate.parse(p[0]), p[1]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return days;
    }

    private int index(long epochDay) {
        long i = epochDay - firstDay;
        if (i < 0 || i >= working.length) {
            throw new IllegalArgumentException("day outside the generator's calendar: " + LocalDate.ofEpochDay(epochDay));
        }
        return (int) i;
    }

    public boolean isWorkingDay(long epochDay) {
        return working[index(epochDay)];
    }

    /** A day of the announced Tết break. */
    public boolean isTet(long epochDay) {
        return tet[index(epochDay)];
    }

    /** Tết break days of the range, in order. */
    public Set<Long> tetDays(long fromDay, long toDay) {
        Set<Long> out = new HashSet<>();
        for (long d = fromDay; d <= toDay; d++) {
            if (isTet(d)) {
                out.add(d);
            }
        }
        return out;
    }

    public int officeMinutesPerDay() {
        return officeMinutesPerDay;
    }

    public int periods() {
        return periodStart.length;
    }

    public int periodStart(int i) {
        return periodStart[i];
    }

    public int periodEnd(int i) {
        return periodEnd[i];
    }

    public int opening() {
        return periodStart[0];
    }

    public int closing() {
        return periodEnd[periodEnd.length - 1];
    }

    /** Working-day ordinal of the day, or of the next working day if it is a day off. */
    public int ordinal(long epochDay) {
        return ordinalOnOrAfter[index(epochDay)];
    }

    public long workingDay(int ordinal) {
        if (ordinal >= workingDays.length) {
            throw new IllegalArgumentException("beyond the generator's calendar");
        }
        return workingDays[ordinal];
    }

    /** The N-th working day after the day (N = 0: the day itself if working, else the next one). */
    public long addWorkingDays(long epochDay, int n) {
        return workingDay(ordinal(epochDay) + n);
    }

    /**
     * Position of a local minute on the office line. Outside office hours it is the next opening (which, for the
     * end of a day, equals that day's closing position).
     */
    public long officeMinute(long localMinute) {
        long day = Math.floorDiv(localMinute, MINUTES_PER_DAY);
        int mod = (int) Math.floorMod(localMinute, MINUTES_PER_DAY);
        int i = index(day);
        long base = (long) ordinalOnOrAfter[i] * officeMinutesPerDay;
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

    /** The local minute of a position on the office line (the start of office time for a whole day boundary). */
    public long localMinute(long officeMinute) {
        int ord = (int) (officeMinute / officeMinutesPerDay);
        int r = (int) (officeMinute % officeMinutesPerDay);
        long day = workingDay(ord);
        for (int p = 0; p < periodStart.length; p++) {
            int len = periodEnd[p] - periodStart[p];
            if (r < len) {
                return day * MINUTES_PER_DAY + periodStart[p] + r;
            }
            r -= len;
        }
        throw new IllegalStateException();
    }

    /** Closing time of the working day (a local minute). */
    public long closingOf(long epochDay) {
        return epochDay * MINUTES_PER_DAY + closing();
    }
}
