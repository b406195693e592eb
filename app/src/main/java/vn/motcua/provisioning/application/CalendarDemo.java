package vn.motcua.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.shared.tabular.Table;

/**
 * Demo calendar of a province (order 30): a few GENERATED local days (seed/calendar/local-days.csv, stored with
 * generated = true) and office hours (seed/calendar/office-hours.csv). The national default is not demo data: it is
 * seeded in every mode by {@link Provisioning}.
 */
@ApplicationScoped
public class CalendarDemo implements DemoContribution {

    @Inject
    CalendarService calendars;

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void ensure(String tenantSlug) {
        List<SpecialDay> days = new ArrayList<>();
        for (Table.Row r : SeedFiles.rows("/vn/motcua/seed/calendar/local-days.csv", tenantSlug)) {
            days.add(new SpecialDay(LocalDate.parse(r.get("date")), DayKind.valueOf(r.get("kind")), r.get("name_vi"),
                    r.get("name_en"), r.get("source"), Boolean.parseBoolean(r.get("verified"))));
        }
        calendars.ensureGeneratedLocalDays(days);
        for (Table.Row r : SeedFiles.rows("/vn/motcua/seed/calendar/office-hours.csv", tenantSlug)) {
            List<OfficePeriod> periods = new ArrayList<>();
            for (String p : r.get("periods").split("\\|")) {
                String[] se = p.split("-");
                periods.add(OfficePeriod.of(se[0], se[1]));
            }
            calendars.ensureOfficeHours(periods);
        }
    }
}
