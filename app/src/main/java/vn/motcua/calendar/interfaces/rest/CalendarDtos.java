package vn.motcua.calendar.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Dtos;
import vn.motcua.shared.interfaces.rest.Limit;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.shared.Text;

/**
 * Data shapes of the calendar operations (plain classes: see {@link Dtos}). The deadline engine's are in
 * {@code vn.motcua.deadline.interfaces.rest.DeadlineDtos}, the targets' in
 * {@code vn.motcua.targets.interfaces.rest.TargetDtos}.
 */
public final class CalendarDtos {

    private CalendarDtos() { }

    public static class PeriodDto {
        @Limit(text = Text.Kind.CODE)
        public String start;
        @Limit(text = Text.Kind.CODE)
        public String end;

        public static PeriodDto of(OfficePeriod p) {
            PeriodDto d = new PeriodDto();
            d.start = p.start().toString();
            d.end = p.end().toString();
            return d;
        }
    }

    public static class OfficeHoursDto {
        public String zone;
        public List<PeriodDto> periods;
        /** -1 while the province uses the default schedule. */
        public long version;

        public static OfficeHoursDto of(OfficeHours h, long version) {
            OfficeHoursDto d = new OfficeHoursDto();
            d.zone = h.zone().getId();
            d.periods = h.periods().stream().map(PeriodDto::of).toList();
            d.version = version;
            return d;
        }
    }

    public static class CalendarDayDto {
        public LocalDate date;
        public String kind;
        public boolean working;
        public String nameVi;
        public String nameEn;
        public String source;
        public boolean verified;
        /** "NATIONAL" or "LOCAL". */
        public String origin;
        /** For a local day replacing a national one: that national day's Vietnamese name. */
        public String replacesNational;
        public boolean generated;

        public static CalendarDayDto of(SpecialDay s, boolean local, SpecialDay replaced, boolean generated) {
            CalendarDayDto d = new CalendarDayDto();
            d.date = s.date();
            d.kind = s.kind().name();
            d.working = s.working();
            d.nameVi = s.nameVi();
            d.nameEn = s.nameEn();
            d.source = s.source();
            d.verified = s.verified();
            d.origin = local ? "LOCAL" : "NATIONAL";
            d.replacesNational = replaced == null ? null : replaced.nameVi();
            d.generated = generated;
            return d;
        }
    }

    public static class CalendarYearDto {
        public int year;
        public String tenant;
        public List<String> notices;
        /** True when no national day of the year is verified yet (a year entered before its notice, e.g. 2027). */
        public boolean provisional;
        public long nationalVersion;
        public List<CalendarDayDto> days;
        public OfficeHoursDto officeHours;

        public static CalendarYearDto of(CalendarService.YearView v, String tenant) {
            CalendarYearDto d = new CalendarYearDto();
            d.year = v.year();
            d.tenant = tenant;
            d.notices = v.notices();
            d.provisional = v.provisional();
            d.nationalVersion = v.nationalVersion();
            d.days = v.days().stream().map(y -> CalendarDayDto.of(y.day(), y.local(), y.replacedNational(), y.generated())).toList();
            d.officeHours = OfficeHoursDto.of(v.officeHours(), v.officeHoursVersion());
            return d;
        }
    }

    /** A day as sent by a client (province override or national day). */
    public static class DayInput {
        public LocalDate date;
        @Limit(text = Text.Kind.CODE)
        public String kind;
        @Limit(text = Text.Kind.NAME)
        public String nameVi;
        @Limit(text = Text.Kind.NAME)
        public String nameEn;
        @Limit(text = Text.Kind.NAME)
        public String source;
        public Boolean verified;
    }

    public static class NationalYearInput {
        public List<String> notices;
        public List<DayInput> days;
        /** The nationalVersion read; null to create a year not in the database. */
        public Long version;
    }

    public static class ImportResult {
        public int created;
        public int updated;
        public int unchanged;
        public int removed;

        public static ImportResult of(CalendarService.Counts c) {
            ImportResult r = new ImportResult();
            r.created = c.created();
            r.updated = c.updated();
            r.unchanged = c.unchanged();
            r.removed = c.removed();
            return r;
        }
    }

    public static class OfficeHoursInput {
        public List<PeriodDto> periods;
        /** The version read (-1 while on the default schedule). */
        public Long version;
    }
}
