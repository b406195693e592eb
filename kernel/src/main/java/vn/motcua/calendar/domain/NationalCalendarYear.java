package vn.motcua.calendar.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The national default for one year, as the government announced it for state bodies: the non-standard days and
 * the notices they come from. Maintained by the platform administrator; provinces layer their overrides on top.
 */
public record NationalCalendarYear(int year, List<String> notices, List<SpecialDay> days) {

    /** The years a calendar can be kept for: from the first public-holiday rules of the unified country. */
    public static final int FIRST_YEAR = 1976;
    public static final int LAST_YEAR = 2200;

    /** Between the Vietnamese and the English text of one notice. */
    public static final String NOTICE_LANGUAGES = " | ";

    public NationalCalendarYear {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        notices = List.copyOf(Objects.requireNonNull(notices, "notices"));
        List<SpecialDay> sorted = new ArrayList<>(Objects.requireNonNull(days, "days"));
        sorted.sort(Comparator.comparing(SpecialDay::date));
        Set<Object> seen = new HashSet<>();
        for (SpecialDay day : sorted) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(day.date() + " does not belong to the calendar of " + year);
            }
            if (!day.kind().national()) {
                throw new IllegalArgumentException(day.date() + ": " + day.kind() + " is a province override, not national");
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " appears twice in the calendar of " + year);
            }
        }
        days = List.copyOf(sorted);
    }

    /**
     * A notice as a reader of that language reads it: a notice is written "Vietnamese | English" (the shipped
     * files do so); one written in a single text (an administrator's) reads the same in both languages.
     */
    public static String notice(String notice, java.util.Locale locale) {
        int bar = notice.indexOf(NOTICE_LANGUAGES);
        if (bar < 0) {
            return notice;
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return (english ? notice.substring(bar + NOTICE_LANGUAGES.length()) : notice.substring(0, bar)).strip();
    }
}
