package vn.motcua.index.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.reporting.domain.ReportPeriod;

/**
 * The periods a province publishes for central agencies (issue 14 item 7): a calendar month, or the year up to that
 * month's end. A month not over yet is published up to the day before the publication, so a figure never counts a
 * day still running; a month that has not begun by then cannot be published.
 */
public enum AggregatePeriod {
    MONTH,
    YEAR_TO_DATE;

    /** The days this kind covers for {@code month}, published on {@code today}; null when the month has not begun. */
    public ReportPeriod of(YearMonth month, LocalDate today) {
        LocalDate last = month.atEndOfMonth();
        LocalDate yesterday = today.minusDays(1);
        if (yesterday.isBefore(month.atDay(1))) {
            return null;
        }
        LocalDate from = this == MONTH ? month.atDay(1) : LocalDate.of(month.getYear(), 1, 1);
        return new ReportPeriod(from, last.isAfter(yesterday) ? yesterday : last);
    }
}
