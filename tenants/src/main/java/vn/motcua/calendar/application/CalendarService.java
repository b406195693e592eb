package vn.motcua.calendar.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.NationalCalendarLoader;
import vn.motcua.calendar.domain.NationalCalendarYear;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.domain.TenantCalendarOverrides;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.calendar.infrastructure.LocalDayRow;
import vn.motcua.calendar.infrastructure.NationalDayRow;
import vn.motcua.calendar.infrastructure.NationalYearRow;
import vn.motcua.calendar.infrastructure.OfficeHoursRow;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.infrastructure.TenantPersistence;
import vn.motcua.shared.Text;

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

    public record YearView(int year, List<String> notices, List<YearDay> days, OfficeHours officeHours,
                           long officeHoursVersion, long nationalVersion, boolean provisional) { }

    @Inject
    TenantPersistence persistence;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry txRegistry;

    private final TenantCalendarCache cache = new TenantCalendarCache();

    // ---- national default (platform data) ----

    /** Seeds every bundled year not yet in the database; returns how many years were added. */
    @Transactional
    public int seedNationalDefaults() {
        EntityManager em = persistence.platformEm();
        Set<Integer> present = new HashSet<>(em.createQuery("SELECT y.year FROM NationalYearRow y", Integer.class)
                .getResultList());
        int added = 0;
        for (NationalCalendarYear y : NationalCalendarLoader.loadBundled()) {
            if (present.contains(y.year())) {
                continue;
            }
            em.persist(new NationalYearRow(y.year(), y.notices(), y.year() + ".csv", "system"));
            em.flush();
            for (SpecialDay d : y.days()) {
                em.persist(new NationalDayRow(d));
            }
            added++;
        }
        if (added > 0) {
            invalidateAll();
        }
        return added;
    }

    @Transactional
    public List<NationalYearRow> nationalYears() {
        return persistence.platformEm()
                .createQuery("SELECT y FROM NationalYearRow y ORDER BY y.year", NationalYearRow.class).getResultList();
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
        EntityManager em = persistence.platformEm();
        NationalYearRow row = em.find(NationalYearRow.class, year);
        String actor = CallerContext.actorName();
        if (row == null) {
            if (expectedVersion != null) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            row = new NationalYearRow(year, cleanNotices, null, actor);
            em.persist(row);
            em.flush();
        } else {
            if (expectedVersion == null || expectedVersion != row.getVersion()) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            row.setNotices(cleanNotices, actor);
        }
        Map<LocalDate, NationalDayRow> existing = new HashMap<>();
        for (NationalDayRow r : em.createQuery("SELECT d FROM NationalDayRow d WHERE d.year = :y", NationalDayRow.class)
                .setParameter("y", year).getResultList()) {
            existing.put(r.getDay(), r);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SpecialDay d : days) {
            NationalDayRow r = existing.remove(d.date());
            if (r == null) {
                em.persist(new NationalDayRow(d));
                created++;
            } else if (r.apply(d)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        for (NationalDayRow gone : existing.values()) {
            em.remove(gone);
        }
        // The version moves with every accepted edit, even one that only touched days.
        row.touch(actor);
        em.flush();
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
        List<SpecialDay> local = localRows(null).stream().map(LocalDayRow::toSpecialDay).toList();
        return WorkingCalendar.builder().years(first, last).national(contiguous)
                .overrides(new TenantCalendarOverrides(tenant, local))
                .officeHours(officeHours())
                .build();
    }

    private List<NationalCalendarYear> loadNationalYears() {
        EntityManager em = persistence.platformEm();
        Map<Integer, List<SpecialDay>> byYear = new HashMap<>();
        for (NationalDayRow r : em.createQuery("SELECT d FROM NationalDayRow d", NationalDayRow.class).getResultList()) {
            byYear.computeIfAbsent(r.getYear(), y -> new ArrayList<>()).add(r.toSpecialDay());
        }
        List<NationalCalendarYear> out = new ArrayList<>();
        for (NationalYearRow y : nationalYears()) {
            out.add(new NationalCalendarYear(y.getYear(), y.getNotices(), byYear.getOrDefault(y.getYear(), List.of())));
        }
        return out;
    }

    /** Every non-standard day of a year for the current province, national and local, with office hours. */
    @Transactional
    public YearView yearView(int year) {
        EntityManager em = persistence.platformEm();
        NationalYearRow y = em.find(NationalYearRow.class, year);
        if (y == null) {
            throw DomainException.notFound("calendar.year.missing", year);
        }
        Map<LocalDate, SpecialDay> national = new HashMap<>();
        for (NationalDayRow r : em.createQuery("SELECT d FROM NationalDayRow d WHERE d.year = :y", NationalDayRow.class)
                .setParameter("y", year).getResultList()) {
            national.put(r.getDay(), r.toSpecialDay());
        }
        Map<LocalDate, YearDay> days = new java.util.TreeMap<>();
        national.values().forEach(d -> days.put(d.date(), new YearDay(d, false, null, false)));
        // Provisional: a year entered before its government notice, every day unverified (2027 as bundled).
        boolean provisional = !national.isEmpty() && national.values().stream().noneMatch(SpecialDay::verified);
        if (TenantContext.current().isEmpty()) {
            // A platform account sees (and edits) the national default alone.
            return new YearView(year, y.getNotices(), List.copyOf(days.values()), OfficeHours.standard(), -1,
                    y.getVersion(), provisional);
        }
        for (LocalDayRow r : localRows(year)) {
            days.put(r.getDay(), new YearDay(r.toSpecialDay(), true, national.get(r.getDay()), r.isGenerated()));
        }
        OfficeHoursRow hours = officeHoursRow();
        return new YearView(year, y.getNotices(), List.copyOf(days.values()), officeHours(),
                hours == null ? -1 : hours.getVersion(), y.getVersion(), provisional);
    }

    private List<LocalDayRow> localRows(Integer year) {
        EntityManager em = persistence.tenantEm();
        if (year == null) {
            return em.createQuery("SELECT d FROM LocalDayRow d ORDER BY d.day", LocalDayRow.class).getResultList();
        }
        return em.createQuery("SELECT d FROM LocalDayRow d WHERE d.day BETWEEN :a AND :b ORDER BY d.day", LocalDayRow.class)
                .setParameter("a", LocalDate.of(year, 1, 1)).setParameter("b", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** The province's days, for export: one year, or all when {@code year} is null. */
    @Transactional
    public List<SpecialDay> localDays(Integer year) {
        return localRows(year).stream().map(LocalDayRow::toSpecialDay).toList();
    }

    /** Replaces the province's days of one year with {@code days} (all or nothing). */
    @Transactional
    public Counts putLocalDays(int year, List<SpecialDay> days) {
        List<ImportError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay d = days.get(i);
            if (d.date().getYear() != year) {
                errors.add(new ImportError(i + 1, "date", msg("calendar.day.wrongYear", year)));
            }
            if (d.kind().national()) {
                errors.add(new ImportError(i + 1, "kind", msg("calendar.day.kind.local")));
            }
            if (!seen.add(d.date())) {
                errors.add(new ImportError(i + 1, "date", msg("calendar.day.duplicate")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        EntityManager em = persistence.tenantEm();
        Map<LocalDate, LocalDayRow> existing = new HashMap<>();
        localRows(year).forEach(r -> existing.put(r.getDay(), r));
        Counts c = upsert(em, days, existing, false);
        for (LocalDayRow gone : existing.values()) {
            em.remove(gone);
        }
        em.flush();
        invalidate(TenantContext.require());
        return new Counts(c.created(), c.updated(), c.unchanged(), existing.size());
    }

    /** Adds or replaces one day of the province (the year view's editor). */
    @Transactional
    public void putLocalDay(SpecialDay day) {
        if (day.kind().national()) {
            throw DomainException.invalid(List.of(new FieldError("kind", "calendar.day.kind.local")));
        }
        EntityManager em = persistence.tenantEm();
        LocalDayRow row = em.find(LocalDayRow.class, day.date());
        if (row == null) {
            em.persist(new LocalDayRow(day, false));
        } else {
            row.apply(day);
            row.setGenerated(false);
        }
        em.flush();
        invalidate(TenantContext.require());
    }

    @Transactional
    public boolean removeLocalDay(LocalDate date) {
        EntityManager em = persistence.tenantEm();
        LocalDayRow row = em.find(LocalDayRow.class, date);
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
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
        List<SpecialDay> days = parse(table);
        EntityManager em = persistence.tenantEm();
        Map<LocalDate, LocalDayRow> existing = new HashMap<>();
        localRows(null).forEach(r -> existing.put(r.getDay(), r));
        Counts c = upsert(em, days, existing, false);
        em.flush();
        invalidate(TenantContext.require());
        return c;
    }

    /** Demo data: adds the days whose date is still free, marked generated. */
    @Transactional
    public int ensureGeneratedLocalDays(List<SpecialDay> days) {
        EntityManager em = persistence.tenantEm();
        int added = 0;
        for (SpecialDay d : days) {
            if (em.find(LocalDayRow.class, d.date()) == null) {
                em.persist(new LocalDayRow(d, true));
                added++;
            }
        }
        em.flush();
        if (added > 0) {
            invalidate(TenantContext.require());
        }
        return added;
    }

    private Counts upsert(EntityManager em, List<SpecialDay> days, Map<LocalDate, LocalDayRow> existing, boolean generated) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SpecialDay d : days) {
            LocalDayRow r = existing.remove(d.date());
            if (r == null) {
                em.persist(new LocalDayRow(d, generated));
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

    /** Validates a whole file of province days; throws with every error found. */
    public static List<SpecialDay> parse(Table table) {
        List<ImportError> errors = new ArrayList<>();
        for (String col : List.of("date", "kind", "name_vi")) {
            if (!table.hasColumn(col)) {
                errors.add(new ImportError(1, col, msg("import.column.missing", col)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<SpecialDay> out = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            int n = errors.size();
            LocalDate date = null;
            try {
                date = TabularReader.parseDate(row.get("date"));
            } catch (RuntimeException e) {
                errors.add(new ImportError(row.line(), "date", msg("calendar.day.date.invalid", row.get("date"))));
            }
            DayKind kind = null;
            try {
                kind = DayKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
                if (kind.national()) {
                    errors.add(new ImportError(row.line(), "kind", msg("calendar.day.kind.local")));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new ImportError(row.line(), "kind", msg("calendar.day.kind.local")));
            }
            String nameVi = row.get("name_vi");
            if (nameVi.isEmpty() || nameVi.length() > Text.Kind.NAME.max()) {
                errors.add(new ImportError(row.line(), "name_vi", msg("calendar.day.name.required")));
            }
            String nameEn = row.get("name_en").isEmpty() ? nameVi : row.get("name_en");
            if (nameEn.length() > Text.Kind.NAME.max()) {
                errors.add(new ImportError(row.line(), "name_en", msg("calendar.day.name.required")));
            }
            String source = row.get("source").isEmpty() ? "—" : row.get("source");
            if (source.length() > Text.Kind.NAME.max()) {
                errors.add(new ImportError(row.line(), "source", msg("calendar.day.source.tooLong")));
            }
            String verified = row.get("verified").toLowerCase(Locale.ROOT);
            if (!verified.isEmpty() && !verified.equals("true") && !verified.equals("false")) {
                errors.add(new ImportError(row.line(), "verified", msg("calendar.day.verified.invalid")));
            }
            if (date != null) {
                Integer first = seen.putIfAbsent(date, row.line());
                if (first != null) {
                    errors.add(new ImportError(row.line(), "date", msg("calendar.day.duplicateOf", first)));
                }
            }
            if (errors.size() == n) {
                out.add(new SpecialDay(date, kind, nameVi, nameEn, source, !verified.equals("false")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return out;
    }

    private static String msg(String key, Object... args) {
        return Messages.format(Messages.VIETNAMESE, key, args);
    }

    // ---- office hours ----

    private OfficeHoursRow officeHoursRow() {
        return persistence.tenantEm().find(OfficeHoursRow.class, OfficeHoursRow.ID);
    }

    /** The province's office hours; the common public-sector schedule until it sets its own. */
    @Transactional
    public OfficeHours officeHours() {
        OfficeHoursRow row = officeHoursRow();
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
        EntityManager em = persistence.tenantEm();
        OfficeHoursRow row = officeHoursRow();
        String actor = CallerContext.actorName();
        if (row == null) {
            if (expectedVersion != -1) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            em.persist(new OfficeHoursRow(hours.periods(), actor));
        } else {
            if (row.getVersion() != expectedVersion) {
                throw DomainException.conflict("calendar.changedMeanwhile");
            }
            row.set(hours.periods(), actor);
        }
        em.flush();
        invalidate(TenantContext.require());
        return hours;
    }

    /** Demo data: sets office hours only when the province has none. */
    @Transactional
    public boolean ensureOfficeHours(List<OfficePeriod> periods) {
        if (officeHoursRow() != null) {
            return false;
        }
        persistence.tenantEm().persist(new OfficeHoursRow(periods, "demo"));
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
