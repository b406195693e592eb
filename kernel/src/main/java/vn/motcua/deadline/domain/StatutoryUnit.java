package vn.motcua.deadline.domain;

/** The unit a procedure's legal processing time is expressed in (the portal's {@code DonViTinh}). */
public enum StatutoryUnit {
    /** Ngày làm việc: counted on the province's working calendar. */
    WORKING_DAYS,
    /** Giờ làm việc: counted in office hours, lunch breaks and closed days skipped. */
    WORKING_HOURS,
    /** Ngày (ngày lịch): every day counts; only the due day must be a working day. */
    CALENDAR_DAYS,
    /** Tháng: calendar months, day of month kept (clamped to the month's end). */
    MONTHS,
    /** Trong ngày: done the same working day if received by a cut-off time, else the next working day. */
    SAME_DAY
}
