package vn.motcua.calendar.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The current province's own days and office hours as stored (tenant data). Every method reaches the database
 * through {@link TenantPersistence#tenantEm()}, which binds the transaction to the acting province first; nothing
 * here is called for a platform account.
 */
@ApplicationScoped
public class LocalCalendarRepository {

    @Inject
    TenantPersistence persistence;

    /** The province's days of one year, or all of them when {@code year} is null, by date. */
    public List<LocalDayRow> days(Integer year) {
        if (year == null) {
            return persistence.tenantEm()
                    .createQuery("SELECT d FROM LocalDayRow d ORDER BY d.day", LocalDayRow.class).getResultList();
        }
        return persistence.tenantEm()
                .createQuery("SELECT d FROM LocalDayRow d WHERE d.day BETWEEN :a AND :b ORDER BY d.day", LocalDayRow.class)
                .setParameter("a", LocalDate.of(year, 1, 1)).setParameter("b", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** The province's day on {@code date}, or null. */
    public LocalDayRow find(LocalDate date) {
        return persistence.tenantEm().find(LocalDayRow.class, date);
    }

    public void add(LocalDayRow day) {
        persistence.tenantEm().persist(day);
    }

    public void remove(LocalDayRow day) {
        persistence.tenantEm().remove(day);
    }

    /** The province's office hours, or null while it has not set its own. */
    public OfficeHoursRow officeHours() {
        return persistence.tenantEm().find(OfficeHoursRow.class, OfficeHoursRow.ID);
    }

    public void addOfficeHours(OfficeHoursRow hours) {
        persistence.tenantEm().persist(hours);
    }

    public void flush() {
        persistence.tenantEm().flush();
    }
}
