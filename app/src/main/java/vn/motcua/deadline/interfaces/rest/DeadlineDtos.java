package vn.motcua.deadline.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.calendar.domain.DayStatus;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.deadline.domain.Deadline;
import vn.motcua.deadline.domain.Explanation;
import vn.motcua.shared.Text;
import vn.motcua.shared.interfaces.rest.Dtos;
import vn.motcua.shared.interfaces.rest.Limit;

/** Data shapes of the deadline operations (plain classes: see {@link Dtos}). */
public final class DeadlineDtos {

    private DeadlineDtos() { }

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
}
