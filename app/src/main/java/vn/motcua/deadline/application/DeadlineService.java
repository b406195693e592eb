package vn.motcua.deadline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.deadline.domain.Deadline;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.tenancy.application.TenantContext;

/**
 * Due times on the current province's calendar. The calculator is kept per province alongside the calendar it was
 * built on, and rebuilt as soon as {@link CalendarService} hands out a different calendar (after an edit).
 */
@ApplicationScoped
public class DeadlineService {

    @Inject
    CalendarService calendars;

    private final Map<String, DeadlineCalculator> calculators = new ConcurrentHashMap<>();

    @Transactional
    public Deadline compute(OffsetDateTime receivedAt, StatutoryTime time) {
        return calculator().compute(receivedAt, time);
    }

    @Transactional
    public DeadlineCalculator calculator() {
        String tenant = TenantContext.require();
        WorkingCalendar calendar = calendars.calendar();
        DeadlineCalculator c = calculators.get(tenant);
        if (c == null || c.calendar() != calendar) {
            c = new DeadlineCalculator(calendar);
            calculators.put(tenant, c);
        }
        return c;
    }
}
