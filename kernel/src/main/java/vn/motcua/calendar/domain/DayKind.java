package vn.motcua.calendar.domain;

/**
 * Why a day differs from the ordinary weekly pattern (Monday–Friday worked, Saturday and Sunday off for state
 * bodies). Each kind says whether offices work on such a day, so the calendar never has to guess from the name.
 */
public enum DayKind {

    /** A statutory public holiday (Labour Code 2019 art. 112). Kept even when it falls on a weekend, for the year view. */
    HOLIDAY(false, true, "ngày lễ, Tết", "public holiday"),

    /**
     * A day of the public-sector Lunar New Year break as announced for the year (the five statutory days plus the
     * weekends and compensations the notice folds into the break).
     */
    TET_BREAK(false, true, "nghỉ Tết Nguyên đán", "Lunar New Year (Tết) break"),

    /** A holiday fell on a weekly rest day and is taken on the next working day (Labour Code 2019 art. 111(3)). */
    COMPENSATORY_DAY_OFF(false, true, "nghỉ bù", "compensatory day off"),

    /** A working day turned into a day off by the year's swap; paid back by a {@link #SWAPPED_WORKING_DAY}. */
    SWAPPED_DAY_OFF(false, true, "nghỉ hoán đổi", "swapped day off"),

    /** A weekly rest day (usually a Saturday) worked to pay back a {@link #SWAPPED_DAY_OFF}. */
    SWAPPED_WORKING_DAY(true, true, "ngày làm việc bù (hoán đổi)", "swapped working day"),

    /** A province's own day off for its bodies (e.g. a provincial anniversary). */
    LOCAL_DAY_OFF(false, false, "ngày nghỉ của địa phương", "local day off"),

    /** A day a province decides to work although the national calendar has it off. */
    EXTRA_WORKING_DAY(true, false, "ngày làm việc bổ sung của địa phương", "extra local working day");

    private final boolean working;
    private final boolean national;
    private final String labelVi;
    private final String labelEn;

    DayKind(boolean working, boolean national, String labelVi, String labelEn) {
        this.working = working;
        this.national = national;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** Whether offices are open on a day of this kind. */
    public boolean working() { return working; }

    /** Whether the kind belongs to the national default (true) or to a province's overrides (false). */
    public boolean national() { return national; }

    public String labelVi() { return labelVi; }

    public String labelEn() { return labelEn; }
}
