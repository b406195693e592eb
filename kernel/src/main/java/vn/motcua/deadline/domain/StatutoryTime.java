package vn.motcua.deadline.domain;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import vn.motcua.calendar.domain.CalendarFormat;
import vn.motcua.shared.Messages;

/**
 * A procedure's legal processing time: a value and a unit, or "same day" with a cut-off (e.g. 15:00 for
 * certified copies under Decree 23/2015 art. 21). The cut-off is per procedure, never a general rule.
 */
public record StatutoryTime(int value, StatutoryUnit unit, LocalTime cutOff) {

    /** Far beyond any real procedure (the longest are months); keeps the arithmetic in int range. */
    public static final int MAX_VALUE = 10_000;

    public StatutoryTime {
        Objects.requireNonNull(unit, "unit");
        if (unit == StatutoryUnit.SAME_DAY) {
            Objects.requireNonNull(cutOff, "a same-day procedure needs its cut-off time");
            if (value != 0) {
                throw new IllegalArgumentException("a same-day procedure has no value: " + value);
            }
        } else {
            if (cutOff != null) {
                throw new IllegalArgumentException("only same-day procedures have a cut-off");
            }
            if (value < 1 || value > MAX_VALUE) {
                throw new IllegalArgumentException("value must be between 1 and " + MAX_VALUE + ": " + value);
            }
        }
    }

    public static StatutoryTime workingDays(int days) {
        return new StatutoryTime(days, StatutoryUnit.WORKING_DAYS, null);
    }

    public static StatutoryTime workingHours(int hours) {
        return new StatutoryTime(hours, StatutoryUnit.WORKING_HOURS, null);
    }

    public static StatutoryTime calendarDays(int days) {
        return new StatutoryTime(days, StatutoryUnit.CALENDAR_DAYS, null);
    }

    public static StatutoryTime months(int months) {
        return new StatutoryTime(months, StatutoryUnit.MONTHS, null);
    }

    public static StatutoryTime sameDay(LocalTime cutOff) {
        return new StatutoryTime(0, StatutoryUnit.SAME_DAY, cutOff);
    }

    /** "15 ngày làm việc", "trong ngày (nhận trước 15:00)". */
    public String toVietnamese() {
        return render(Messages.VIETNAMESE);
    }

    /** "15 working days", "same day (cut-off 15:00)". */
    public String toEnglish() {
        return render(Locale.ENGLISH);
    }

    /** Vietnamese unless English is asked for ({@code Explanations*.properties}). */
    public String render(Locale locale) {
        // the value as digits (MessageFormat would group 10,000), then as a number for the English plural
        Object[] args = unit == StatutoryUnit.SAME_DAY ? new Object[] {CalendarFormat.time(cutOff)}
                : new Object[] {String.valueOf(value), value};
        return Messages.format(Explanation.BUNDLE, StatutoryTime.class.getClassLoader(), Messages.pick(locale),
                "statutoryTime." + unit.name(), args);
    }

    @Override
    public String toString() {
        return toEnglish();
    }
}
