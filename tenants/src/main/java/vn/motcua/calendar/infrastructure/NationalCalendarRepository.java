package vn.motcua.calendar.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The national default calendar as stored (platform data: no tenant, no row-level security). */
@ApplicationScoped
public class NationalCalendarRepository {

    @Inject
    TenantPersistence persistence;

    public Set<Integer> yearNumbers() {
        return new HashSet<>(persistence.platformEm()
                .createQuery("SELECT y.year FROM NationalYearRow y", Integer.class).getResultList());
    }

    public List<NationalYearRow> years() {
        return persistence.platformEm()
                .createQuery("SELECT y FROM NationalYearRow y ORDER BY y.year", NationalYearRow.class).getResultList();
    }

    /** The year, or null when the national default does not have it. */
    public NationalYearRow findYear(int year) {
        return persistence.platformEm().find(NationalYearRow.class, year);
    }

    public List<NationalDayRow> days(int year) {
        return persistence.platformEm()
                .createQuery("SELECT d FROM NationalDayRow d WHERE d.year = :y", NationalDayRow.class)
                .setParameter("y", year).getResultList();
    }

    public List<NationalDayRow> allDays() {
        return persistence.platformEm()
                .createQuery("SELECT d FROM NationalDayRow d", NationalDayRow.class).getResultList();
    }

    /** Stores a new year and flushes, so that its days (which reference it) can follow in the same transaction. */
    public void addYear(NationalYearRow year) {
        persistence.platformEm().persist(year);
        persistence.platformEm().flush();
    }

    public void addDay(NationalDayRow day) {
        persistence.platformEm().persist(day);
    }

    public void removeDay(NationalDayRow day) {
        persistence.platformEm().remove(day);
    }

    public void flush() {
        persistence.platformEm().flush();
    }
}
