package vn.motcua.catalog.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A statutory processing time as the catalog stores it: value + unit, or same day with a cut-off time.
 * Mirrors {@code vn.motcua.deadline.domain.StatutoryTime} (app module; the tenants module cannot depend on it).
 * Construction does not validate, so that an editor's input can be held and reported field by field:
 * see {@link #problems()}.
 */
public record ProcessingTime(int value, TimeUnit unit, LocalTime cutOff) {

    public static final int MAX_VALUE = 10_000;

    public static ProcessingTime of(int value, TimeUnit unit) {
        return new ProcessingTime(value, unit, null);
    }

    public static ProcessingTime sameDay(LocalTime cutOff) {
        return new ProcessingTime(0, TimeUnit.SAME_DAY, cutOff);
    }

    /** Message keys of what is wrong, empty if valid. */
    public java.util.List<String> problems() {
        java.util.List<String> p = new java.util.ArrayList<>();
        if (unit == null) {
            p.add("procedure.time.unitRequired");
        } else if (unit == TimeUnit.SAME_DAY) {
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

    /** A same-day time with any value is read as value 0. */
    public ProcessingTime normalised() {
        return unit == TimeUnit.SAME_DAY ? new ProcessingTime(0, unit, cutOff) : this;
    }

    public double approximateHours() {
        return Objects.requireNonNull(unit).approximateHours(value);
    }

    /** "3 ngày làm việc", "Trong ngày (nhận trước 15:00)". */
    public String toVietnamese() {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case WORKING_DAYS -> value + " ngày làm việc";
            case WORKING_HOURS -> value + " giờ làm việc";
            case CALENDAR_DAYS -> value + " ngày";
            case MONTHS -> value + " tháng";
            case SAME_DAY -> "Trong ngày (nhận trước " + (cutOff == null ? "?" : cutOff) + ")";
        };
    }

    public String toEnglish() {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case WORKING_DAYS -> value + " working day" + (value == 1 ? "" : "s");
            case WORKING_HOURS -> value + " working hour" + (value == 1 ? "" : "s");
            case CALENDAR_DAYS -> value + " calendar day" + (value == 1 ? "" : "s");
            case MONTHS -> value + " month" + (value == 1 ? "" : "s");
            case SAME_DAY -> "Same day (received by " + (cutOff == null ? "?" : cutOff) + ")";
        };
    }

    /** Compact form used in files: "3 WORKING_DAYS", "SAME_DAY 15:00". */
    public String toText() {
        return unit == TimeUnit.SAME_DAY ? "SAME_DAY " + cutOff : value + " " + unit;
    }

    /** Parses {@link #toText()}; throws IllegalArgumentException. */
    public static ProcessingTime parse(String text) {
        String t = text == null ? "" : text.strip();
        String[] p = t.split("\\s+");
        if (p.length == 2 && p[0].equalsIgnoreCase("SAME_DAY")) {
            return sameDay(LocalTime.parse(p[1].length() == 4 ? "0" + p[1] : p[1]));
        }
        if (p.length == 2) {
            return of(Integer.parseInt(p[0]), TimeUnit.valueOf(p[1].toUpperCase(java.util.Locale.ROOT)));
        }
        throw new IllegalArgumentException(t);
    }
}
