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
}
