package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that departs from the weekly pattern, with where it comes from. The source names the notice or law
 * (e.g. {@code 9441/TB-BNV}) so a clerk can check it; {@code verified} is false when we could not confirm the day
 * against a published source and kept our best knowledge instead.
 */
public record SpecialDay(LocalDate date, DayKind kind, String nameVi, String nameEn, String source, boolean verified) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        nameVi = requireText(nameVi, "nameVi");
        nameEn = requireText(nameEn, "nameEn");
        source = requireText(source, "source");
    }

    /** Whether offices are open on this day. */
    public boolean working() {
        return kind.working();
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }
}
