package vn.motcua.calendar.domain;

import java.time.LocalDate;
import vn.motcua.shared.DomainException;

/**
 * A computation needed a day the calendar does not cover. Refused rather than guessed: a year without its
 * government notice would silently miss Tết and the swaps. Message key {@code calendar.outOfRange} with the day
 * and the covered range as arguments (dd/MM/yyyy).
 */
public class CalendarOutOfRangeException extends DomainException {

    private final LocalDate day;

    public CalendarOutOfRangeException(LocalDate day, LocalDate first, LocalDate last) {
        super(Kind.INVALID, "calendar.outOfRange", CalendarFormat.date(day), CalendarFormat.date(first),
                CalendarFormat.date(last));
        this.day = day;
    }

    public LocalDate day() { return day; }

    @Override
    public String getMessage() {
        Object[] a = args();
        return "calendar.outOfRange: " + a[0] + " is outside the calendar " + a[1] + "–" + a[2];
    }
}
