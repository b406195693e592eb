package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.shared.DomainException.FieldError;

/**
 * The days a report covers, both ends included, in the business zone (Asia/Ho_Chi_Minh): a day range, a month, a
 * quarter or a year. At most {@link #MAX_YEARS} years, so that a report stays a report and not a scan of history.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 10;

    /** Why a period is refused, for the message. */
    public enum Problem { TO_BEFORE_FROM, TOO_LONG }

    public ReportPeriod {
        if (problem(from, to) != null) {
            throw new IllegalArgumentException("period " + from + ".." + to + ": " + problem(from, to));
        }
    }

    /** What is wrong with [from, to], or null when it is a period a report accepts. */
    public static Problem problem(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Problem.TO_BEFORE_FROM;
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            return Problem.TOO_LONG;
        }
        return null;
    }

    /**
     * The period [from, to] as a request gives it, or null with the reason added to {@code errors} (named "to"; a
     * missing day is the caller's to report).
     */
    public static ReportPeriod checked(LocalDate from, LocalDate to, List<FieldError> errors) {
        if (from == null || to == null) {
            return null;
        }
        Problem p = problem(from, to);
        if (p == Problem.TO_BEFORE_FROM) {
            errors.add(new FieldError("to", "report.period.toBeforeFrom", from, to));
        } else if (p == Problem.TOO_LONG) {
            errors.add(new FieldError("to", "report.period.tooLong", MAX_YEARS, from.plusYears(MAX_YEARS)));
        } else {
            return new ReportPeriod(from, to);
        }
        return null;
    }

    public static ReportPeriod month(YearMonth m) {
        return new ReportPeriod(m.atDay(1), m.atEndOfMonth());
    }

    /** The last day before the period: facts up to it give what the period carries over. */
    public LocalDate dayBefore() {
        return from.minusDays(1);
    }

    /** The period cut at month ends: the first part from {@code from}, the last up to {@code to}. */
    public List<ReportPeriod> months() {
        List<ReportPeriod> out = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = YearMonth.from(start).atEndOfMonth();
            if (end.isAfter(to)) {
                end = to;
            }
            out.add(new ReportPeriod(start, end));
            start = end.plusDays(1);
        }
        return out;
    }

    /** The part of the period in month {@code m} (yyyy-MM), or null if none of its days are. */
    public ReportPeriod within(YearMonth m) {
        LocalDate f = m.atDay(1).isBefore(from) ? from : m.atDay(1);
        LocalDate t = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
        return t.isBefore(f) ? null : new ReportPeriod(f, t);
    }

    /** The month key of the part, yyyy-MM. */
    public String monthKey() {
        return YearMonth.from(from).toString();
    }
}
