package vn.motcua.deadline.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.motcua.calendar.domain.CalendarFormat;
import vn.motcua.shared.Messages;

/**
 * A procedure's legal processing time: a value and a unit, or "same day" with a cut-off (e.g. 15:00 for
 * certified copies under Decree 23/2015 art. 21). The cut-off is per procedure, never a general rule.
 * <p>
 * This is also the type the procedure catalog holds. An editor's or a file's input is checked with
 * {@link #problems(int, StatutoryUnit, LocalTime)} (message keys of {@code Problems.properties}, reported field by
 * field) before {@link #of} builds the time; the catalog's text form in files is {@link #toText()} /
 * {@link #parse(String)}, and its label on screens and in the REST {@code text} is {@link #label(Locale)}.
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

    /**
     * An editor's or a file's input, as the catalog takes it: a same-day time's value is ignored (read as 0).
     * Throws IllegalArgumentException when {@link #problems(int, StatutoryUnit, LocalTime)} finds any.
     */
    public static StatutoryTime of(int value, StatutoryUnit unit, LocalTime cutOff) {
        List<String> p = problems(value, unit, cutOff);
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", p));
        }
        return new StatutoryTime(unit == StatutoryUnit.SAME_DAY ? 0 : value, unit, cutOff);
    }

    /**
     * What is wrong with this input, as message keys of {@code Problems.properties} ({@code procedure.time.*}),
     * empty if {@link #of} accepts it. A same-day time's value is not checked.
     */
    public static List<String> problems(int value, StatutoryUnit unit, LocalTime cutOff) {
        List<String> p = new ArrayList<>();
        if (unit == null) {
            p.add("procedure.time.unitRequired");
        } else if (unit == StatutoryUnit.SAME_DAY) {
            if (cutOff == null) {
                p.add("procedure.time.cutOffRequired");
            }
        } else {
            if (cutOff != null) {
                p.add("procedure.time.cutOffOnlySameDay");
            }
            if (value < 1 || value > MAX_VALUE) {
                p.add("procedure.time.valueRange");
            }
        }
        return p;
    }

    /**
     * What is wrong with the text form ({@link #parse}): {@code procedure.time.format} if it cannot be read, else
     * the problems of its value, unit and cut-off; empty if {@link #parse} accepts it.
     */
    public static List<String> problems(String text) {
        Input in = Input.read(text);
        return in == null ? List.of("procedure.time.format") : problems(in.value, in.unit, in.cutOff);
    }

    /**
     * Reads the text form {@link #toText()}: "3 WORKING_DAYS" (unit in any case), "SAME_DAY 15:00" ("5:00" is
     * "05:00"). Throws IllegalArgumentException if it cannot be read or {@link #of} refuses it.
     */
    public static StatutoryTime parse(String text) {
        Input in = Input.read(text);
        if (in == null) {
            throw new IllegalArgumentException("not a statutory time: " + (text == null ? "" : text.strip()));
        }
        return of(in.value, in.unit, in.cutOff);
    }

    /** The text form in files (CSV, XLSX) and the seed data: "3 WORKING_DAYS", "SAME_DAY 15:00". */
    public String toText() {
        return unit == StatutoryUnit.SAME_DAY ? "SAME_DAY " + cutOff : value + " " + unit;
    }

    /**
     * Rough length in working hours, only to compare a procedure's online and standard times: a same day is 8,
     * a working day 8, a calendar day 8 × 5/7, a month 22 working days.
     */
    public double approximateHours() {
        return switch (unit) {
            case SAME_DAY -> 8;
            case WORKING_HOURS -> value;
            case WORKING_DAYS -> value * 8.0;
            case CALENDAR_DAYS -> value * 8.0 * 5 / 7;
            case MONTHS -> value * 22 * 8.0;
        };
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

    /** As explanations word it: "15 ngày làm việc", "trong ngày (giờ chốt nhận 15:00)". */
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

    /**
     * The catalog's label (procedure pages, lists, the REST {@code text} and {@code time}): "3 ngày làm việc",
     * "3 ngày", "Trong ngày (nhận trước 15:00)"; in English "1 working day", "Same day (received by 15:00)".
     */
    public String label(Locale locale) {
        Object[] args = unit == StatutoryUnit.SAME_DAY ? new Object[] {cutOff.toString()}
                : new Object[] {String.valueOf(value), value};
        return Messages.format(Explanation.BUNDLE, StatutoryTime.class.getClassLoader(), Messages.pick(locale),
                "statutoryTime.label." + unit.name(), args);
    }

    /** The catalog's label in Vietnamese: see {@link #label(Locale)}. */
    public String label() {
        return label(Messages.VIETNAMESE);
    }

    /** Text read by {@link #parse}, not yet checked (null if it cannot be read). */
    private record Input(int value, StatutoryUnit unit, LocalTime cutOff) {

        static Input read(String text) {
            String[] p = (text == null ? "" : text.strip()).split("\\s+");
            if (p.length != 2) {
                return null;
            }
            try {
                if (p[0].equalsIgnoreCase("SAME_DAY")) {
                    return new Input(0, StatutoryUnit.SAME_DAY, LocalTime.parse(p[1].length() == 4 ? "0" + p[1] : p[1]));
                }
                return new Input(Integer.parseInt(p[0]), StatutoryUnit.valueOf(p[1].toUpperCase(Locale.ROOT)), null);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return toEnglish();
    }
}
