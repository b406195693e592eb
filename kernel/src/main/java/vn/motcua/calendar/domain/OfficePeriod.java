package vn.motcua.calendar.domain;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of opening time within a working day, e.g. 07:30–11:30. */
public record OfficePeriod(LocalTime start, LocalTime end) {

    public OfficePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("office period must end after it starts: " + start + "–" + end);
        }
    }

    public static OfficePeriod of(String start, String end) {
        return new OfficePeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
