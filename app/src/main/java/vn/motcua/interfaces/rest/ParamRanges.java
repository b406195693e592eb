package vn.motcua.interfaces.rest;

import java.util.List;
import vn.motcua.calendar.domain.NationalCalendarYear;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The allowed values of the numeric query and path parameters, one range per kind of parameter. Resource methods
 * declare them beside the parameter with Bean Validation's {@code @Min(ParamRanges.X_MIN) @Max(ParamRanges.X_MAX)}
 * (the OpenAPI document shows them as minimum/maximum); {@link ParameterRangeFilter} refuses a value outside the
 * range, or one that is not a whole number at all, with 400 naming the parameter, before the operation runs.
 * An absent parameter takes the operation's default.
 */
public final class ParamRanges {

    /** Paging: index of the first item, 0 = from the start. */
    public static final long FIRST_MIN = 0;
    public static final long FIRST_MAX = Integer.MAX_VALUE;
    /** Paging: items per page (absent: 20 procedures, 50 dossiers). The services never returned more than 500. */
    public static final long SIZE_MIN = 1;
    public static final long SIZE_MAX = 500;
    /** Dossiers per batch of the province-wide audit check (absent: 5000). */
    public static final long AUDIT_BATCH_MIN = 1;
    public static final long AUDIT_BATCH_MAX = 20_000;
    /** Entries of the security log (absent: 100). */
    public static final long EVENTS_MIN = 1;
    public static final long EVENTS_MAX = 1000;
    /** A calendar or target year. */
    public static final long YEAR_MIN = NationalCalendarYear.FIRST_YEAR;
    public static final long YEAR_MAX = NationalCalendarYear.LAST_YEAR;
    /** Hours ahead, at most 30 days (absent: 0). */
    public static final long HOURS_MIN = 0;
    public static final long HOURS_MAX = 24 * 30;
    /** A database id (of a unit, user, token, procedure version). */
    public static final long ID_MIN = 1;
    public static final long ID_MAX = Long.MAX_VALUE;
    /** Where a batch walk continues: the last id of the previous batch, 0 to start. */
    public static final long AFTER_ID_MIN = 0;
    public static final long AFTER_ID_MAX = Long.MAX_VALUE;
    /** A dossier status code. */
    public static final long STATUS_MIN = 1;
    public static final long STATUS_MAX = 10;

    private ParamRanges() { }

    /**
     * Checks the raw text of a parameter against its range: null or empty means absent (the default applies);
     * otherwise it must be a whole number (an optional sign, ASCII digits) within min..max.
     *
     * @throws DomainException INVALID naming the parameter and the range
     */
    public static void check(String name, String raw, long min, long max) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        if (!within(raw, min, max)) {
            FieldError error = new FieldError(name, "request.parameterRange", name, Long.toString(min), Long.toString(max));
            throw new DomainException(DomainException.Kind.INVALID, List.of(error), "request.parameterRange",
                    name, Long.toString(min), Long.toString(max));
        }
    }

    /** Whether the text is a whole number within min..max (digits only after an optional sign; no spaces). */
    static boolean within(String raw, long min, long max) {
        if (!raw.matches("[+-]?[0-9]{1,19}")) {
            return false;
        }
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return false;
        }
        return value >= min && value <= max;
    }
}
