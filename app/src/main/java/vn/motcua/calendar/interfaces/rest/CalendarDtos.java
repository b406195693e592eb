package vn.motcua.calendar.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Dtos;
import vn.motcua.shared.interfaces.rest.Limit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.calendar.domain.DayStatus;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.deadline.domain.Deadline;
import vn.motcua.deadline.domain.Explanation;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.domain.KpiTarget;
import vn.motcua.shared.Text;

/** Data shapes of the calendar, deadline and target operations (plain classes: see {@link Dtos}). */

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

    // ---- deadlines ----

    public static class StatutoryTimeDto {
        public Integer value;
        /** WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, MONTHS or SAME_DAY. */
        @Limit(text = Text.Kind.CODE)
        public String unit;
        /** HH:mm, same-day procedures only. */
        @Limit(text = Text.Kind.CODE)
        public String cutOff;
    }

    public static class ComputeDueDateRequest {
        /** ISO 8601 with an offset, e.g. 2026-11-23T09:15:00+07:00. */
        @Limit(text = Text.Kind.CODE)
        public String receivedAt;
        public StatutoryTimeDto statutoryTime;
    }

    public static class SkippedDayDto {
        public LocalDate date;
        public String kind;
        public String reasonVi;
        public String reasonEn;
        public boolean verified;

        static SkippedDayDto of(DayStatus s) {
            SkippedDayDto d = new SkippedDayDto();
            d.date = s.date();
            d.kind = s.special().map(x -> x.kind().name()).orElse(s.weeklyRestDay() ? "WEEKLY_REST_DAY" : "WORKING");
            d.reasonVi = s.reasonVi();
            d.reasonEn = s.reasonEn();
            d.verified = s.special().map(SpecialDay::verified).orElse(true);
            return d;
        }
    }

    public static class ShiftDto {
        public LocalDate nominal;
        public LocalDate actual;
        public String reasonVi;
        public String reasonEn;
    }

    public static class DueDateResult {
        /** The due instant, ISO 8601 with the business offset (+07:00). */
        public String due;
        /** dd/MM/yyyy HH:mm, as written on the receipt. */
        public String dueDisplay;
        public String receivedAt;
        public String effectiveStart;
        public String startRule;
        public List<LocalDate> countedDays;
        public List<SkippedDayDto> skippedDays;
        public Boolean byCutOff;
        public ShiftDto shift;
        /** True when the computation crossed a day of the national default that is not verified yet. */
        public boolean usesUnverifiedDays;
        public String explanationVi;
        public String explanationEn;

        private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        public static DueDateResult of(Deadline dl) {
            Explanation e = dl.explanation();
            DueDateResult r = new DueDateResult();
            r.due = dl.due().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            r.dueDisplay = DISPLAY.format(dl.due());
            r.receivedAt = e.receivedAt().atOffset(e.offset()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            r.effectiveStart = e.countedFrom().atOffset(e.offset()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            r.startRule = e.startRule().name();
            r.countedDays = e.countedDays();
            r.skippedDays = e.skippedDays().stream().map(SkippedDayDto::of).toList();
            r.byCutOff = e.cutOffDecision().map(Explanation.CutOffDecision::byCutOff).orElse(null);
            r.shift = e.dueDayShift().map(s -> {
                ShiftDto d = new ShiftDto();
                d.nominal = s.nominal();
                d.actual = s.actual();
                d.reasonVi = s.reason().reasonVi();
                d.reasonEn = s.reason().reasonEn();
                return d;
            }).orElse(null);
            r.usesUnverifiedDays = e.skippedDays().stream().anyMatch(s -> s.special().map(x -> !x.verified()).orElse(false));
            r.explanationVi = e.toVietnamese();
            r.explanationEn = e.toEnglish();
            return r;
        }
    }

    // ---- targets ----

    public static class TargetDto {
        public Long id;
        @Limit(text = Text.Kind.CODE)
        public String unitRef;
        @Limit(text = Text.Kind.CODE)
        public String metric;
        @Limit(text = Text.Kind.CODE)
        public String groupCode;
        public BigDecimal targetValue;
        @Limit(text = Text.Kind.CODE)
        public String direction;
        public LocalDate deadline;
        public String sourceNote;
        public boolean generated;

        public static TargetDto of(KpiTarget t) {
            TargetDto d = new TargetDto();
            d.id = t.getId();
            d.unitRef = t.getUnitRef();
            d.metric = t.getMetric().name();
            d.groupCode = t.getGroupCode() == null ? null : t.getGroupCode().name();
            d.targetValue = t.getTargetValue();
            d.direction = t.getDirection().name();
            d.deadline = t.getDeadline();
            d.sourceNote = t.getSourceNote();
            d.generated = t.isGenerated();
            return d;
        }
    }

    public static class TargetYearDto {
        public int year;
        /** Send back with putTargets; -1 when the year has no targets yet. */
        public long version;
        public List<TargetDto> targets;

        public static TargetYearDto of(TargetService.YearTargets y) {
            TargetYearDto d = new TargetYearDto();
            d.year = y.year();
            d.version = y.version();
            d.targets = y.targets().stream().map(TargetDto::of).toList();
            return d;
        }
    }

    public static class PutTargetsRequest {
        public Long version;
        public List<TargetDto> targets;
    }

}
