package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the calendar says about one day and why: worked or not, and the special day or weekly rest behind it.
 * This is the answer to a clerk's "why is this day not counted?".
 */
public record DayStatus(LocalDate date, boolean working, boolean weeklyRestDay, SpecialDay specialDay) {

    public DayStatus {
        Objects.requireNonNull(date, "date");
        if (specialDay != null && (!specialDay.date().equals(date) || specialDay.working() != working)) {
            throw new IllegalArgumentException("special day does not match the status of " + date);
        }
    }

    public Optional<SpecialDay> special() {
        return Optional.ofNullable(specialDay);
    }

    /** E.g. "Tết Dương lịch — ngày lễ, Tết (BLLĐ 2019 Đ.112)" or "ngày nghỉ hằng tuần (Thứ Bảy)". */
    public String reasonVi() {
        if (specialDay != null) {
            return specialDay.nameVi() + " — " + specialDay.kind().labelVi() + " (" + specialDay.source()
                    + (specialDay.verified() ? "" : ", chưa xác minh") + ")";
        }
        return working ? "ngày làm việc"
                : "ngày nghỉ hằng tuần (" + CalendarFormat.weekdayVi(date.getDayOfWeek()) + ")";
    }

    /** E.g. "New Year's Day — public holiday (BLLĐ 2019 Đ.112)" or "weekly rest day (Saturday)". */
    public String reasonEn() {
        if (specialDay != null) {
            return specialDay.nameEn() + " — " + specialDay.kind().labelEn() + " (" + specialDay.source()
                    + (specialDay.verified() ? "" : ", unverified") + ")";
        }
        return working ? "working day"
                : "weekly rest day (" + CalendarFormat.weekdayEn(date.getDayOfWeek()) + ")";
    }
}
