package vn.motcua.calendar.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.calendar.domain.NationalCalendarLoader;
import vn.motcua.calendar.domain.NationalCalendarYear;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.domain.TenantCalendarOverrides;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.calendar.infrastructure.LocalCalendarRepository;
import vn.motcua.calendar.infrastructure.LocalDayRow;
import vn.motcua.calendar.infrastructure.NationalCalendarRepository;
import vn.motcua.calendar.infrastructure.NationalDayRow;
import vn.motcua.calendar.infrastructure.NationalYearRow;
import vn.motcua.calendar.infrastructure.OfficeHoursRow;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.tenancy.application.TenantContext;

/**
 * The working calendar as stored: the national default per year (platform data, seeded from the bundled files for
 * years not in the database yet, edited by the platform administrator afterwards) and each province's overrides and
 * office hours (province data, row-level security).
 *
 * <p>{@link #calendar()} builds the current province's {@link WorkingCalendar} and keeps it in memory, keyed by the
 * tenant id of {@link TenantContext} — never by anything from the request — and checked against the calendar's own
 * tenant id on every read, so one province's overrides cannot be served to another. Any change to a province's days
 * or hours drops that province's entry; a change to the national default drops all. Drops happen at once and again
 * after the transaction completes, so a rebuild racing the commit cannot keep a stale calendar. This cache is local
 * to one server: with several instances, an edit reaches the others when their entry is rebuilt (restart); see
 * the README.
 */
@ApplicationScoped
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    /** Columns of the import/export of a province's days. */
    public static final List<String> COLUMNS = List.of("date", "kind", "name_vi", "name_en", "source", "verified");

    public record Counts(int created, int updated, int unchanged, int removed) { }

    /** One non-standard day of a year as a province sees it. */
    public record YearDay(SpecialDay day, boolean local, SpecialDay replacedNational, boolean generated) { }

    /** One year of the national default as listed: its notices and the version an edit must quote. */
    public record NationalYear(int year, List<String> notices, long version, String updatedBy) { }

    public record YearView(int year, List<String> notices, List<YearDay> days, OfficeHours officeHours,
                           long officeHoursVersion, long nationalVersion, boolean provisional) { }

    @Inject
    NationalCalendarRepository national;

    @Inject
    LocalCalendarRepository local;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry txRegistry;

    private final TenantCalendarCache cache = new TenantCalendarCache();

    // ---- national default (platform data) ----

    /** Seeds every bundled year not yet in the database; returns how many years were added. */
    @Transactional
    public int seedNationalDefaults() {
        Set<Integer> present = national.yearNumbers();
        int added = 0;
        for (NationalCalendarYear y : NationalCalendarLoader.loadBundled()) {
            if (present.contains(y.year())) {
                continue;
            }
            national.addYear(new NationalYearRow(y.year(), y.notices(), y.year() + ".csv", "system"));
            for (SpecialDay d : y.days()) {
                national.addDay(new NationalDayRow(d));
            }
            added++;
        }
        if (added > 0) {
            invalidateAll();
        }
        return added;
    }

    /** The years of the national default, in order. */
    @Transactional
    public List<NationalYear> nationalYears() {
        return national.years().stream()
                .map(y -> new NationalYear(y.getYear(), y.getNotices(), y.getVersion(), y.getUpdatedBy())).toList();
    }

    /**
     * Replaces a year's national days and notices (platform administrator). {@code expectedVersion} is the version
     * read, or null to create a year that does not exist yet.
     */
    @Transactional
    public Counts putNationalDays(int year, List<String> notices, List<SpecialDay> days, Long expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        if (year < NationalCalendarYear.FIRST_YEAR || year > NationalCalendarYear.LAST_YEAR) {
            errors.add(new FieldError("year", "calendar.year.invalid"));
        }
        List<String> cleanNotices = notices == null ? List.of()
                : notices.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (cleanNotices.isEmpty()) {
            errors.add(new FieldError("notices", "calendar.notices.required"));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay d = days.get(i);
            if (d.date().getYear() != year) {
                errors.add(new FieldError("days[" + i + "].date", "calendar.day.wrongYear", year));
            }
            if (!d.kind().national()) {
                errors.add(new FieldError("days[" + i + "].kind", "calendar.day.kind.national"));
            }
            if (!seen.add(d.date())) {
                errors.add(new FieldError("days[" + i + "].date", "calendar.day.duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        NationalYearRow row = national.findYear(year);
        String actor = CallerContext.actorName();
        if (row == null) {
            if (expectedVersion != null) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            row = new NationalYearRow(year, cleanNotices, null, actor);
            national.addYear(row);
        } else {
            if (expectedVersion == null || expectedVersion != row.getVersion()) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            row.setNotices(cleanNotices, actor);
        }
        Map<LocalDate, NationalDayRow> existing = new HashMap<>();
        for (NationalDayRow r : national.days(year)) {
            existing.put(r.getDay(), r);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SpecialDay d : days) {
            NationalDayRow r = existing.remove(d.date());
            if (r == null) {
                national.addDay(new NationalDayRow(d));
                created++;
            } else if (r.apply(d)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        for (NationalDayRow gone : existing.values()) {
            national.removeDay(gone);
        }
        // The version moves with every accepted edit, even one that only touched days.
        row.touch(actor);
        national.flush();
        invalidateAll();
        return new Counts(created, updated, unchanged, existing.size());
    }

    // ---- the province's calendar ----

    /** The current province's working calendar over every national year present from the first one on. */
    @Transactional
    public WorkingCalendar calendar() {
        return cache.get(this::build);
    }

    private WorkingCalendar build(String tenant) {
        List<NationalCalendarYear> years = loadNationalYears();
        if (years.isEmpty()) {
            throw DomainException.invalid("calendar.noNationalData");
        }
        int first = years.get(0).year();
        int last = first;
        List<NationalCalendarYear> contiguous = new ArrayList<>();
        for (NationalCalendarYear y : years) {
            if (y.year() != last + (contiguous.isEmpty() ? 0 : 1)) {
                break;
            }
            contiguous.add(y);
            last = y.year();
        }
        List<SpecialDay> own = local.days(null).stream().map(LocalDayRow::toSpecialDay).toList();
        return WorkingCalendar.builder().years(first, last).national(contiguous)
                .overrides(new TenantCalendarOverrides(tenant, own))
                .officeHours(officeHours())
                .build();
    }

    private List<NationalCalendarYear> loadNationalYears() {
        Map<Integer, List<SpecialDay>> byYear = new HashMap<>();
        for (NationalDayRow r : national.allDays()) {
            byYear.computeIfAbsent(r.getYear(), y -> new ArrayList<>()).add(r.toSpecialDay());
        }
        List<NationalCalendarYear> out = new ArrayList<>();
        for (NationalYearRow y : national.years()) {
            out.add(new NationalCalendarYear(y.getYear(), y.getNotices(), byYear.getOrDefault(y.getYear(), List.of())));
        }
        return out;
    }

    /** Every non-standard day of a year for the current province, national and local, with office hours. */
    @Transactional
    public YearView yearView(int year) {
        NationalYearRow y = national.findYear(year);
        if (y == null) {
            throw DomainException.notFound("calendar.year.missing", year);
        }
        Map<LocalDate, SpecialDay> nationalDays = new HashMap<>();
        for (NationalDayRow r : national.days(year)) {
            nationalDays.put(r.getDay(), r.toSpecialDay());
        }
        Map<LocalDate, YearDay> days = new java.util.TreeMap<>();
        nationalDays.values().forEach(d -> days.put(d.date(), new YearDay(d, false, null, false)));
        // Provisional: a year entered before its government notice, every day unverified (2027 as bundled).
        boolean provisional = !nationalDays.isEmpty() && nationalDays.values().stream().noneMatch(SpecialDay::verified);
        if (TenantContext.current().isEmpty()) {
            // A platform account sees (and edits) the national default alone.
            return new YearView(year, y.getNotices(), List.copyOf(days.values()), OfficeHours.standard(), -1,
                    y.getVersion(), provisional);
        }
        for (LocalDayRow r : local.days(year)) {
            days.put(r.getDay(), new YearDay(r.toSpecialDay(), true, nationalDays.get(r.getDay()), r.isGenerated()));
        }
        OfficeHoursRow hours = local.officeHours();
        return new YearView(year, y.getNotices(), List.copyOf(days.values()), officeHours(),
                hours == null ? -1 : hours.getVersion(), y.getVersion(), provisional);
    }

    /** The province's days, for export: one year, or all when {@code year} is null. */
    @Transactional
    public List<SpecialDay> localDays(Integer year) {
        return local.days(year).stream().map(LocalDayRow::toSpecialDay).toList();
    }

    /** Replaces the province's days of one year with {@code days} (all or nothing). */
    @Transactional
    public Counts putLocalDays(int year, List<SpecialDay> days) {
        List<ImportError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay d = days.get(i);
            if (d.date().getYear() != year) {
                errors.add(ImportError.of(i + 1, "date", "calendar.day.wrongYear", year));
            }
            if (d.kind().national()) {
                errors.add(ImportError.of(i + 1, "kind", "calendar.day.kind.local"));
            }
            if (!seen.add(d.date())) {
                errors.add(ImportError.of(i + 1, "date", "calendar.day.duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Map<LocalDate, LocalDayRow> existing = new HashMap<>();
        local.days(year).forEach(r -> existing.put(r.getDay(), r));
        Counts c = upsert(days, existing, false);
        for (LocalDayRow gone : existing.values()) {
            local.remove(gone);
        }
        local.flush();
        invalidate(TenantContext.require());
        return new Counts(c.created(), c.updated(), c.unchanged(), existing.size());
    }

    /** Adds or replaces one day of the province (the year view's editor). */
    @Transactional
    public void putLocalDay(SpecialDay day) {
        if (day.kind().national()) {
            throw DomainException.invalid(List.of(new FieldError("kind", "calendar.day.kind.local")));
        }
        LocalDayRow row = local.find(day.date());
        if (row == null) {
            local.add(new LocalDayRow(day, false));
        } else {
            row.apply(day);
            row.setGenerated(false);
        }
        local.flush();
        invalidate(TenantContext.require());
    }

    @Transactional
    public boolean removeLocalDay(LocalDate date) {
        LocalDayRow row = local.find(date);
        if (row == null) {
            return false;
        }
        local.remove(row);
        local.flush();
        invalidate(TenantContext.require());
        return true;
    }

    /**
     * Imports a province's days: every row validated first (row and column named), nothing written unless all are
     * valid; rows are matched on the date, so importing the same file twice changes nothing. Days not in the file
     * are kept.
     */
    @Transactional
    public Counts importLocalDays(Table table) {
        List<SpecialDay> days = LocalDaysFile.parse(table);
        Map<LocalDate, LocalDayRow> existing = new HashMap<>();
        local.days(null).forEach(r -> existing.put(r.getDay(), r));
        Counts c = upsert(days, existing, false);
        local.flush();
        invalidate(TenantContext.require());
        return c;
    }

    /** Demo data: adds the days whose date is still free, marked generated. */
    @Transactional
    public int ensureGeneratedLocalDays(List<SpecialDay> days) {
        int added = 0;
        for (SpecialDay d : days) {
            if (local.find(d.date()) == null) {
                local.add(new LocalDayRow(d, true));
                added++;
            }
        }
        local.flush();
        if (added > 0) {
            invalidate(TenantContext.require());
        }
        return added;
    }

    private Counts upsert(List<SpecialDay> days, Map<LocalDate, LocalDayRow> existing, boolean generated) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SpecialDay d : days) {
            LocalDayRow r = existing.remove(d.date());
            if (r == null) {
                local.add(new LocalDayRow(d, generated));
                created++;
            } else if (r.apply(d)) {
                r.setGenerated(generated);
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Counts(created, updated, unchanged, 0);
    }

    // ---- office hours ----

    /** The province's office hours; the common public-sector schedule until it sets its own. */
    @Transactional
    public OfficeHours officeHours() {
        OfficeHoursRow row = local.officeHours();
        return row == null ? OfficeHours.standard() : new OfficeHours(OfficeHours.VIETNAM, row.getPeriods());
    }

    /** {@code expectedVersion}: the version read, or -1 when the province had none yet. */
    @Transactional
    public OfficeHours putOfficeHours(List<OfficePeriod> periods, long expectedVersion) {
        OfficeHours hours;
        try {
            hours = new OfficeHours(OfficeHours.VIETNAM, periods == null ? List.of() : periods);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(List.of(new FieldError("periods", "calendar.officeHours.invalid")));
        }
        if (hours.officeNanosPerDay() < 3_600_000_000_000L) {
            throw DomainException.invalid(List.of(new FieldError("periods", "calendar.officeHours.invalid")));
        }
        OfficeHoursRow row = local.officeHours();
        String actor = CallerContext.actorName();
        if (row == null) {
            if (expectedVersion != -1) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            local.addOfficeHours(new OfficeHoursRow(hours.periods(), actor));
        } else {
            if (row.getVersion() != expectedVersion) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            row.set(hours.periods(), actor);
        }
        local.flush();
        invalidate(TenantContext.require());
        return hours;
    }

    /** Demo data: sets office hours only when the province has none. */
    @Transactional
    public boolean ensureOfficeHours(List<OfficePeriod> periods) {
        if (local.officeHours() != null) {
            return false;
        }
        local.addOfficeHours(new OfficeHoursRow(periods, "demo"));
        invalidate(TenantContext.require());
        return true;
    }

    // ---- cache ----

    private void invalidate(String tenant) {
        cache.invalidate(tenant);
        afterCompletion(() -> cache.invalidate(tenant));
    }

    private void invalidateAll() {
        cache.invalidateAll();
        afterCompletion(cache::invalidateAll);
    }

    private void afterCompletion(Runnable r) {
        try {
            if (txRegistry != null && txRegistry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                txRegistry.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() { }

                    @Override
                    public void afterCompletion(int status) {
                        r.run();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "no transaction to follow: " + e);
        }
    }

}
