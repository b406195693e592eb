package vn.motcua.catalog.domain;

/**
 * Unit of a procedure's statutory processing time. Same names as the deadline engine's
 * {@code vn.motcua.deadline.domain.StatutoryUnit} (app module), which maps one to the other.
 */
public enum TimeUnit {
    WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, MONTHS, SAME_DAY;

    /** Rough length in working hours, only to compare a standard and an online time (8 h a day, 22 days a month). */
    double approximateHours(int value) {
        return switch (this) {
            case SAME_DAY -> 8;
            case WORKING_HOURS -> value;
            case WORKING_DAYS -> value * 8.0;
            case CALENDAR_DAYS -> value * 8.0 * 5 / 7;
            case MONTHS -> value * 22 * 8.0;
        };
    }
}
