package vn.motcua.shared.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.motcua.shared.DomainException.FieldError;

/** Days given as query parameters: yyyy-MM-dd with a four-digit year, or a refusal naming the parameter. */
public final class QueryDates {

    private QueryDates() { }

    /** The day, or null with a refusal added to {@code errors} when it is missing or not a day. */
    public static LocalDate required(String name, String raw, List<FieldError> errors) {
        String v = raw == null ? "" : raw.strip();
        if (v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        errors.add(new FieldError(name, "report.date.invalid", name));
        return null;
    }

    /** The day, null when the parameter is absent, or null with a refusal when it is not a day. */
    public static LocalDate optional(String name, String raw, List<FieldError> errors) {
        return raw == null || raw.isBlank() ? null : required(name, raw, errors);
    }
}
