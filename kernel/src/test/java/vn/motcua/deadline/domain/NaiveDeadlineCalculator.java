package vn.motcua.deadline.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.domain.WorkingCalendar;

/**
 * The reference implementation: the same convention as {@link DeadlineCalculator}, written the obvious way — a
 * hash map of special days, the weekly rest days, and loops that step one day (or one office period) at a time.
 * It shares nothing with the fast engine but the calendar's raw inputs, so agreement between the two is evidence,
 * and it is what the benchmark compares against.
 */
public final class NaiveDeadlineCalculator {

    private final Map<LocalDate, Boolean> special = new HashMap<>();
    private final Set<DayOfWeek> restDays;
    private final List<OfficePeriod> periods;
    private final ZoneId zone;
    private final LocalDate first;
    private final LocalDate last;

    public NaiveDeadlineCalculator(WorkingCalendar calendar) {
        for (SpecialDay d : calendar.specialDays()) {
            special.put(d.date(), d.working());
        }
        restDays = calendar.weeklyRestDays();
        periods = calendar.officeHours().periods();
        zone = calendar.zone();
        first = calendar.firstDay();
        last = calendar.lastDay();
    }

    public boolean works(LocalDate d) {
        if (d.isBefore(first) || d.isAfter(last)) {
            throw new CalendarOutOfRangeException(d, first, last);
        }
        Boolean s = special.get(d);
        return s != null ? s : !restDays.contains(d.getDayOfWeek());
    }

    public OffsetDateTime due(OffsetDateTime receipt, StatutoryTime time) {
        LocalDateTime s = start(receipt.atZoneSameInstant(zone).toLocalDateTime());
        LocalDateTime due = switch (time.unit()) {
            case WORKING_DAYS -> plusWorkingDays(s, time.value());
            case WORKING_HOURS -> plusWorkingHours(s, time.value());
            case CALENDAR_DAYS -> onWorkingDay(s.toLocalDate().plusDays(time.value())).atTime(s.toLocalTime());
            case MONTHS -> onWorkingDay(s.toLocalDate().plusMonths(time.value())).atTime(s.toLocalTime());
            case SAME_DAY -> {
                LocalDate d = s.toLocalDate();
                if (s.toLocalTime().isAfter(time.cutOff())) {
                    d = onWorkingDay(d.plusDays(1));
                }
                yield d.atTime(closing());
            }
        };
        return due.atZone(zone).toOffsetDateTime();
    }

    /** Counts working days one by one until the next one would pass {@code to}. */
    public int workingDaysBetween(OffsetDateTime receipt, OffsetDateTime to) {
        LocalDateTime s = start(receipt.atZoneSameInstant(zone).toLocalDateTime());
        LocalDateTime end = to.atZoneSameInstant(zone).toLocalDateTime();
        int n = 0;
        while (!plusWorkingDays(s, n + 1).isAfter(end)) {
            n++;
        }
        return n;
    }

    LocalDateTime start(LocalDateTime r) {
        LocalDate d = r.toLocalDate();
        LocalTime t = r.toLocalTime();
        if (works(d)) {
            for (OfficePeriod p : periods) {
                if (t.isBefore(p.end())) {
                    return d.atTime(t.isBefore(p.start()) ? p.start() : t);
                }
            }
        }
        do {
            d = d.plusDays(1);
        } while (!works(d));
        return d.atTime(periods.get(0).start());
    }

    private LocalDateTime plusWorkingDays(LocalDateTime s, int n) {
        LocalDate d = s.toLocalDate();
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (works(d)) {
                left--;
            }
        }
        return d.atTime(s.toLocalTime());
    }

    private LocalDateTime plusWorkingHours(LocalDateTime s, int hours) {
        Duration left = Duration.ofHours(hours);
        LocalDate d = s.toLocalDate();
        LocalTime cursor = s.toLocalTime();
        while (true) {
            if (works(d)) {
                for (OfficePeriod p : periods) {
                    if (!p.end().isAfter(cursor)) {
                        continue;
                    }
                    LocalTime from = cursor.isAfter(p.start()) ? cursor : p.start();
                    Duration available = Duration.between(from, p.end());
                    if (left.compareTo(available) <= 0) {
                        return d.atTime(from.plus(left));
                    }
                    left = left.minus(available);
                }
            }
            d = d.plusDays(1);
            cursor = LocalTime.MIDNIGHT;
        }
    }

    private LocalDate onWorkingDay(LocalDate d) {
        while (!works(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalTime closing() {
        return periods.get(periods.size() - 1).end();
    }
}
