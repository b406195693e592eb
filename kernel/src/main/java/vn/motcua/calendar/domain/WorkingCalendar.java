package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working calendar of one province over a range of whole years: which days its bodies work, why the others are
 * off, and its office hours. Immutable; built from the national default of each year, the province's overrides
 * and its office hours.
 *
 * <p>Precedence for a date: the province's override, else the national special day, else the weekly pattern
 * (Saturday and Sunday off for state bodies, Decision 188/1999/QĐ-TTg).
 *
 * <p>Working-day arithmetic is O(1): at build time every day of the range gets the number of working days up to
 * and including it, and the working days are listed in order, so "the n-th working day after D" is one array read
 * and "working days between A and B" one subtraction. Twenty years cost about 60 KB. The {@code long epochDay}
 * methods are the deadline engine's hot path (no {@link LocalDate} allocation); the {@link LocalDate} ones are
 * for everything else.
 */
public final class WorkingCalendar {

    private final int firstYear;
    private final int lastYear;
    private final long firstEpochDay;
    private final long lastEpochDay;
    private final boolean[] working;
    /** workingUpTo[i] = number of working days in [first, first + i]. */
    private final int[] workingUpTo;
    /** Day offsets (from first) of the working days, in order. */
    private final int[] workingDays;
    private final TreeMap<LocalDate, SpecialDay> specialDays;
    private final Map<Integer, List<String>> notices;
    private final Set<DayOfWeek> weeklyRestDays;
    private final OfficeHours officeHours;
    private final String tenantId;
    private final ZoneOffset fixedOffset;

    private WorkingCalendar(Builder b) {
        if (b.firstYear == null || b.lastYear == null) {
            throw new IllegalArgumentException("the calendar needs a range of years");
        }
        if (b.firstYear > b.lastYear) {
            throw new IllegalArgumentException("first year after last year: " + b.firstYear + " > " + b.lastYear);
        }
        this.firstYear = b.firstYear;
        this.lastYear = b.lastYear;
        this.officeHours = b.officeHours;
        this.weeklyRestDays = Collections.unmodifiableSet(EnumSet.copyOf(b.weeklyRestDays));
        this.tenantId = b.overrides == null ? null : b.overrides.tenantId();

        Map<Integer, NationalCalendarYear> byYear = new HashMap<>();
        for (NationalCalendarYear y : b.nationalYears) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("two national calendars for " + y.year());
            }
        }
        TreeMap<LocalDate, SpecialDay> special = new TreeMap<>();
        Map<Integer, List<String>> sources = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            NationalCalendarYear y = byYear.get(year);
            if (y == null) {
                // No silent default: without the year's notice Tết, the swaps and compensations would be missing.
                throw new IllegalArgumentException("no national calendar for " + year);
            }
            sources.put(year, y.notices());
            for (SpecialDay d : y.days()) {
                special.put(d.date(), d);
            }
        }
        if (b.overrides != null) {
            for (SpecialDay d : b.overrides.days()) {
                if (d.date().getYear() >= firstYear && d.date().getYear() <= lastYear) {
                    special.put(d.date(), d);
                }
            }
        }
        this.specialDays = special;
        this.notices = Collections.unmodifiableMap(sources);

        LocalDate first = LocalDate.of(firstYear, 1, 1);
        LocalDate last = LocalDate.of(lastYear, 12, 31);
        this.firstEpochDay = first.toEpochDay();
        this.lastEpochDay = last.toEpochDay();
        int n = Math.toIntExact(lastEpochDay - firstEpochDay + 1);
        working = new boolean[n];
        workingUpTo = new int[n];
        int count = 0;
        LocalDate d = first;
        for (int i = 0; i < n; i++, d = d.plusDays(1)) {
            SpecialDay s = special.get(d);
            working[i] = s != null ? s.working() : !weeklyRestDays.contains(d.getDayOfWeek());
            if (working[i]) {
                count++;
            }
            workingUpTo[i] = count;
        }
        workingDays = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (working[i]) {
                workingDays[k++] = i;
            }
        }
        this.fixedOffset = fixedOffsetOver(officeHours.zone(), first, last);
    }

    /**
     * The zone's offset when it does not change anywhere in the range (Asia/Ho_Chi_Minh has had +07:00 without
     * daylight saving since 1975), else null and the engine converts through the zone rules.
     */
    private static ZoneOffset fixedOffsetOver(ZoneId zone, LocalDate first, LocalDate last) {
        ZoneRules rules = zone.getRules();
        Instant from = first.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(from);
        return next == null || next.getInstant().isAfter(to) ? rules.getOffset(from) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The shipped national default for the given years, standard office hours, no province overrides. */
    public static WorkingCalendar nationalDefault(int firstYear, int lastYear) {
        return builder().years(firstYear, lastYear)
                .national(NationalCalendarLoader.load(firstYear, lastYear))
                .build();
    }

    // ---- description ----

    public int firstYear() { return firstYear; }

    public int lastYear() { return lastYear; }

    public LocalDate firstDay() { return LocalDate.ofEpochDay(firstEpochDay); }

    public LocalDate lastDay() { return LocalDate.ofEpochDay(lastEpochDay); }

    public OfficeHours officeHours() { return officeHours; }

    public ZoneId zone() { return officeHours.zone(); }

    /** The province these overrides belong to, or empty for the bare national default. */
    public Optional<String> tenantId() { return Optional.ofNullable(tenantId); }

    public Set<DayOfWeek> weeklyRestDays() { return weeklyRestDays; }

    /** The government notices behind the national default of a year. */
    public List<String> notices(int year) {
        List<String> n = notices.get(year);
        if (n == null) {
            throw new CalendarOutOfRangeException(LocalDate.of(year, 1, 1), firstDay(), lastDay());
        }
        return n;
    }

    /** Every special day in force (province overrides replacing national days), in date order. */
    public List<SpecialDay> specialDays() {
        return List.copyOf(specialDays.values());
    }

    /** Special days in force between two dates, both inclusive. */
    public List<SpecialDay> specialDays(LocalDate from, LocalDate to) {
        return List.copyOf(specialDays.subMap(from, true, to, true).values());
    }

    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.ofNullable(specialDays.get(date));
    }

    public boolean covers(LocalDate date) {
        long e = date.toEpochDay();
        return e >= firstEpochDay && e <= lastEpochDay;
    }

    // ---- day questions ----

    public boolean isWorkingDay(LocalDate date) {
        return working[index(date.toEpochDay())];
    }

    public DayStatus status(LocalDate date) {
        boolean w = isWorkingDay(date);
        return new DayStatus(date, w, weeklyRestDays.contains(date.getDayOfWeek()), specialDays.get(date));
    }

    /** Why this day is not a working day; empty when it is one. */
    public Optional<DayStatus> whyNotWorking(LocalDate date) {
        DayStatus s = status(date);
        return s.working() ? Optional.empty() : Optional.of(s);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return LocalDate.ofEpochDay(plusWorkingDays(date.toEpochDay(), 1));
    }

    /** {@code date} itself when it is a working day, else the next working day. */
    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        return LocalDate.ofEpochDay(firstWorkingEpochDayOnOrAfter(date.toEpochDay()));
    }

    /** The n-th working day strictly after {@code date} (n ≥ 1); {@code date} itself for n = 0. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return LocalDate.ofEpochDay(plusWorkingDays(date.toEpochDay(), n));
    }

    /** Working days in (fromExclusive, toInclusive]; negative when {@code toInclusive} is before. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingDaysBetween(fromExclusive.toEpochDay(), toInclusive.toEpochDay());
    }

    /** The working days in [from, to], in order. */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The days in [from, to] that are not worked, each with its reason. */
    public List<DayStatus> nonWorkingDays(LocalDate from, LocalDate to) {
        List<DayStatus> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                out.add(status(d));
            }
        }
        return out;
    }

    // ---- hot path (epoch days) ----

    public long firstEpochDay() { return firstEpochDay; }

    public long lastEpochDay() { return lastEpochDay; }

    /** The business zone's offset if constant over the whole range, else null. */
    public ZoneOffset fixedOffset() { return fixedOffset; }

    public boolean isWorkingEpochDay(long epochDay) {
        return working[index(epochDay)];
    }

    /** The n-th working day strictly after {@code epochDay} (n ≥ 1); {@code epochDay} itself for n = 0. */
    public long plusWorkingDays(long epochDay, int n) {
        int i = index(epochDay);
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return epochDay;
        }
        // workingUpTo[i] working days lie in [first, epochDay], so the next one is workingDays[workingUpTo[i]].
        long k = (long) workingUpTo[i] + n - 1;
        if (k >= workingDays.length) {
            throw outOfRange(lastEpochDay + 1);
        }
        return firstEpochDay + workingDays[(int) k];
    }

    public long firstWorkingEpochDayOnOrAfter(long epochDay) {
        return working[index(epochDay)] ? epochDay : plusWorkingDays(epochDay, 1);
    }

    /**
     * Working days in (fromExclusive, toInclusive]; negative when {@code toInclusive} is before. The day before the
     * first covered day is accepted as {@code fromExclusive}.
     */
    public int workingDaysBetween(long fromExclusive, long toInclusive) {
        return upTo(toInclusive) - upTo(fromExclusive);
    }

    private int upTo(long epochDay) {
        return epochDay == firstEpochDay - 1 ? 0 : workingUpTo[index(epochDay)];
    }

    private int index(long epochDay) {
        if (epochDay < firstEpochDay || epochDay > lastEpochDay) {
            throw outOfRange(epochDay);
        }
        return (int) (epochDay - firstEpochDay);
    }

    private CalendarOutOfRangeException outOfRange(long epochDay) {
        return new CalendarOutOfRangeException(LocalDate.ofEpochDay(epochDay), firstDay(), lastDay());
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + firstYear + "–" + lastYear + (tenantId == null ? "" : ", " + tenantId)
                + ", " + officeHours + "]";
    }

    /** Collects the parts of a calendar; {@link #build()} validates them together. */
    public static final class Builder {
        private Integer firstYear;
        private Integer lastYear;
        private final List<NationalCalendarYear> nationalYears = new ArrayList<>();
        private TenantCalendarOverrides overrides;
        private OfficeHours officeHours = OfficeHours.standard();
        private Set<DayOfWeek> weeklyRestDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        private Builder() { }

        /** The whole years the calendar covers; each needs its national default. */
        public Builder years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        public Builder national(NationalCalendarYear year) {
            nationalYears.add(Objects.requireNonNull(year, "year"));
            return this;
        }

        public Builder national(List<NationalCalendarYear> years) {
            years.forEach(this::national);
            return this;
        }

        public Builder overrides(TenantCalendarOverrides overrides) {
            this.overrides = Objects.requireNonNull(overrides, "overrides");
            return this;
        }

        public Builder officeHours(OfficeHours officeHours) {
            this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
            return this;
        }

        public Builder weeklyRestDays(Set<DayOfWeek> days) {
            this.weeklyRestDays = EnumSet.noneOf(DayOfWeek.class);
            this.weeklyRestDays.addAll(days);
            if (this.weeklyRestDays.size() == 7) {
                throw new IllegalArgumentException("a week needs at least one working day");
            }
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
