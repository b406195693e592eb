package vn.motcua.shared.interfaces.rest;

import java.util.List;
import vn.motcua.calendar.domain.NationalCalendarYear;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The allowed values of the numeric query and path parameters, one range per kind of parameter. A resource method
 * declares the range beside the parameter, in its OpenAPI description:
 * {@code @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = ParamRanges.SIZE_MIN, maximum =
 * ParamRanges.SIZE_MAX))}; {@link ParameterRangeFilter} refuses a value outside that range, or one that is not a
 * whole number at all, with 400 naming the parameter, before the operation runs. So what the document shows is what
 * is enforced. (Strings, because OpenAPI's annotation takes them; Bean Validation's @Min/@Max on query parameters
 * make Payara 6.2025.10 fail to build the whole OpenAPI document.) An absent parameter takes the operation's default.
 */
public final class ParamRanges {

    /** Paging: index of the first item, 0 = from the start. */
    public static final String FIRST_MIN = "0";
    public static final String FIRST_MAX = "" + Integer.MAX_VALUE;
    /** Paging: items per page (absent: 20 procedures, 50 dossiers). The services never returned more than 500. */
    public static final String SIZE_MIN = "1";
    public static final String SIZE_MAX = "500";
    /** Dossiers per batch of the province-wide audit check (absent: 5000). */
    public static final String AUDIT_BATCH_MIN = "1";
    public static final String AUDIT_BATCH_MAX = "20000";
    /** Entries of the security log (absent: 100). */
    public static final String EVENTS_MIN = "1";
    public static final String EVENTS_MAX = "1000";
    /** A calendar or target year. */
    public static final String YEAR_MIN = "" + NationalCalendarYear.FIRST_YEAR;
    public static final String YEAR_MAX = "" + NationalCalendarYear.LAST_YEAR;
    /** Hours ahead, at most 30 days (absent: 0). */
    public static final String HOURS_MIN = "0";
    public static final String HOURS_MAX = "720";
    /** A database id (of a unit, user, token, procedure version). */
    public static final String ID_MIN = "1";
    public static final String ID_MAX = "" + Long.MAX_VALUE;
    /** Where a batch walk continues: the last id of the previous batch, 0 to start. */
    public static final String AFTER_ID_MIN = "0";
    public static final String AFTER_ID_MAX = "" + Long.MAX_VALUE;
    /** A dossier status code. */
    public static final String STATUS_MIN = "1";
    public static final String STATUS_MAX = "10";
    /** The dossier list's "due within N working days" (DossierSearch.DUE_WITHIN_MAX). */
    public static final String DUE_WITHIN_MIN = "1";
    public static final String DUE_WITHIN_MAX = "30";

    private ParamRanges() { }

    /**
     * Checks the raw text of a parameter against its range (bounds as written in the annotation; an empty bound is
     * no bound): null or empty means absent (the default applies); otherwise it must be a whole number (an optional
     * sign, ASCII digits) within the bounds.
     *
     * @throws DomainException INVALID naming the parameter and the range
     */
    public static void check(String name, String raw, String min, String max) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        long lo = min == null || min.isEmpty() ? Long.MIN_VALUE : Long.parseLong(min);
        long hi = max == null || max.isEmpty() ? Long.MAX_VALUE : Long.parseLong(max);
        if (!within(raw, lo, hi)) {
            String from = Long.toString(lo);
            String to = Long.toString(hi);
            throw new DomainException(DomainException.Kind.INVALID,
                    List.of(new FieldError(name, "request.parameterRange", name, from, to)),
                    "request.parameterRange", name, from, to);
        }
    }

    /**
     * A yes/no query parameter is {@code true} or {@code false} (any case) or absent: JAX-RS reads any other text as
     * false, so {@code preview=maybe} would silently write what a preview was asked for.
     */
    public static void checkBoolean(String name, String raw) {
        if (raw == null || raw.isEmpty() || raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return;
        }
        throw new DomainException(DomainException.Kind.INVALID,
                List.of(new FieldError(name, "request.parameterBoolean", name)), "request.parameterBoolean", name);
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
