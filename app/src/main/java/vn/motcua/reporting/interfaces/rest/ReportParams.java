package vn.motcua.reporting.interfaces.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.interfaces.rest.QueryDates;

/**
 * The query parameters of the report operations, read and checked together: every problem is collected (each naming
 * its parameter) and refused at once with 400, so that a caller fixes them in one go.
 *
 * @param request null when something was refused
 * @param groupBy null when it was refused
 */
record ReportParams(TimelinessService.Request request, ReportGrouping groupBy, UnitView unitView) {

    static ReportParams read(String from, String to, String groupBy, String unitView, String unitCode,
                             String procedureCode, String fieldCode, List<FieldError> errors) {
        return read(from, to, groupBy, unitView, unitCode, procedureCode, fieldCode, null, errors);
    }

    /** With an official's scope (a username; the report then counts that official's steps). */
    static ReportParams read(String from, String to, String groupBy, String unitView, String unitCode,
                             String procedureCode, String fieldCode, String official, List<FieldError> errors) {
        LocalDate f = day("from", from, errors);
        LocalDate t = day("to", to, errors);
        ReportGrouping by = choice("groupBy", groupBy, ReportGrouping.class, ReportGrouping.NONE, errors);
        UnitView view = choice("unitView", unitView, UnitView.class, UnitView.AS_WAS, errors);
        ReportPeriod period = ReportPeriod.checked(f, t, errors);
        ReportScope scope = ReportScope.of(blankToNull(unitCode), blankToNull(procedureCode), blankToNull(fieldCode),
                blankToNull(official));
        TimelinessService.Request request = period == null || by == null || view == null ? null
                : new TimelinessService.Request(period, by, scope, view);
        return new ReportParams(request, by, view);
    }

    /** A 400 naming every refused parameter, if any. */
    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /**
     * A report per official counts processing steps (docs/deadlines.md); the drill-down lists dossiers and the service
     * rates count dossiers, which steps cannot match: {@code groupBy=OFFICIAL} or an {@code official} scope is
     * refused naming the parameter, with the caller's reason ({@code key}).
     */
    static void dossiersOnly(ReportParams p, String key, List<FieldError> errors) {
        if (p.groupBy() == ReportGrouping.OFFICIAL) {
            errors.add(new FieldError("groupBy", key));
        } else if (p.request() != null && p.request().scope().official() != null) {
            errors.add(new FieldError("official", key));
        }
    }

    /**
     * The drill-down's column, required, named exactly as a count field of the timeliness report or of the service
     * rates (receivedOnline and finishedTotal are in both, with the same dossiers).
     */
    static ReportColumn column(String raw, List<FieldError> errors) {
        return ReportColumn.named(raw).orElseGet(() -> {
            errors.add(new FieldError("column", "report.choice.invalid", "column", String.join(", ", COLUMNS)));
            return null;
        });
    }

    /**
     * Every column a drill-down accepts, each once: the timeliness report's, then the service rates' others, then the
     * index's shortfalls.
     */
    static final List<String> COLUMNS = ReportColumn.ALL.stream().map(ReportColumn::name).distinct().toList();

    /** The row key of a drill-down: required but for NONE; for MONTH a yyyy-MM month. */
    static String key(ReportGrouping by, String raw, List<FieldError> errors) {
        if (by == null || by == ReportGrouping.NONE) {
            return null;
        }
        if (by == ReportGrouping.MONTH) {
            try {
                if (raw == null || !raw.strip().matches("[0-9]{4}-[0-9]{2}")) {
                    throw new DateTimeParseException("not yyyy-MM", raw == null ? "" : raw, 0);
                }
                return YearMonth.parse(raw.strip()).toString();
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("key", "report.key.month"));
                return null;
            }
        }
        if (raw == null) {
            errors.add(new FieldError("key", "report.key.required", by.name()));
            return null;
        }
        // "" is the key of a field not known to the catalog
        return raw.strip();
    }

    /** A day written yyyy-MM-dd (four-digit year), required. */
    static LocalDate day(String name, String raw, List<FieldError> errors) {
        return QueryDates.required(name, raw, errors);
    }

    static <E extends Enum<E>> E choice(String name, String raw, Class<E> type, E absent, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "report.choice.invalid", name, names(type)));
            return null;
        }
    }

    static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
