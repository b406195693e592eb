package vn.motcua.deadline.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.calendar.domain.CalendarFormat;
import vn.motcua.calendar.domain.DayStatus;
import vn.motcua.shared.Messages;

/**
 * How a due time was reached, in terms a clerk can check against the wall calendar: when the clock started and
 * why, which days were counted, which were skipped and why, the cut-off decision, and any move of a due day that
 * fell on a day off. All times are local to the province's business zone; {@link #render(Locale)} writes it in
 * Vietnamese (default) or English with dates as dd/MM/yyyy.
 *
 * @param receivedAt   the receipt, in the business zone
 * @param receiptDay   what the calendar says about the receipt's day
 * @param startRule    why the clock starts when it does
 * @param countedFrom  where the clock starts (the receipt itself when inside office hours)
 * @param countedDays  working days counted: the N days for working days, the days office time was used for working
 *                     hours, the due day for same-day procedures; empty for calendar days and months
 * @param skippedDays  days off passed over, each with its reason; for calendar days and months only those before
 *                     the start and those the due day was moved across, since the others count
 * @param cutOff       the cut-off decision of a same-day procedure, else null
 * @param shift        the move of a calendar-day or month due day off a day off, else null
 * @param dueAt        the due time
 * @param offset       the business zone's offset at the due time
 */
public record Explanation(
        StatutoryTime statutoryTime,
        LocalDateTime receivedAt,
        DayStatus receiptDay,
        StartRule startRule,
        LocalDateTime countedFrom,
        List<LocalDate> countedDays,
        List<DayStatus> skippedDays,
        CutOffDecision cutOff,
        DueDayShift shift,
        LocalDateTime dueAt,
        ZoneOffset offset) {

    /** The sentences, Vietnamese ({@code Explanations.properties}) and English ({@code Explanations_en}). */
    static final String BUNDLE = "vn.motcua.deadline.domain.Explanations";

    /** Why the clock starts when it does. */
    public enum StartRule {
        /** Received inside office hours: the clock starts at the receipt. */
        INSIDE_OFFICE_HOURS,
        /** Received on a working day before opening: starts at opening. */
        BEFORE_OPENING,
        /** Received between two office periods: starts when the next period opens (13:30). */
        LUNCH_BREAK,
        /** Received at or after closing: starts at the next working day's opening. */
        AFTER_CLOSING,
        /** Received on a day off: starts at the next working day's opening. */
        NON_WORKING_DAY
    }

    /** A same-day procedure's cut-off, and whether the (effective) receipt was by it. */
    public record CutOffDecision(LocalTime cutOff, boolean byCutOff) { }

    /** A calendar-day or month due day that was not a working day, and where it moved. */
    public record DueDayShift(LocalDate nominal, LocalDate actual, DayStatus reason) { }

    public Explanation {
        Objects.requireNonNull(statutoryTime, "statutoryTime");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receiptDay, "receiptDay");
        Objects.requireNonNull(startRule, "startRule");
        Objects.requireNonNull(countedFrom, "countedFrom");
        countedDays = List.copyOf(countedDays);
        skippedDays = List.copyOf(skippedDays);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(offset, "offset");
    }

    public Optional<CutOffDecision> cutOffDecision() { return Optional.ofNullable(cutOff); }

    public Optional<DueDayShift> dueDayShift() { return Optional.ofNullable(shift); }

    public String toVietnamese() { return render(Messages.VIETNAMESE); }

    public String toEnglish() { return render(Locale.ENGLISH); }

    /** Vietnamese unless English is asked for. */
    public String render(Locale locale) {
        return render(new Words(Messages.pick(locale)));
    }

    private String render(Words w) {
        StringBuilder sb = new StringBuilder();
        sb.append(w.text("explanation.statutory", statutoryTime.render(w.locale))).append('\n');
        sb.append(w.text("explanation.received", at(receivedAt, w))).append('\n');
        String from = at(countedFrom, w);
        String start = "explanation.start." + startRule.name();
        sb.append(switch (startRule) {
            case INSIDE_OFFICE_HOURS -> w.text(start);
            case BEFORE_OPENING, LUNCH_BREAK, AFTER_CLOSING -> w.text(start, from);
            case NON_WORKING_DAY -> w.text(start, w.reason(receiptDay), from);
        }).append('\n');
        String counted = "explanation.counted." + statutoryTime.unit().name();
        sb.append(switch (statutoryTime.unit()) {
            case WORKING_DAYS -> w.count(counted, countedDays.size(), dates(countedDays));
            case WORKING_HOURS -> w.count(counted, statutoryTime.value(), dates(countedDays));
            case CALENDAR_DAYS, MONTHS -> w.count(counted, statutoryTime.value(), nominalDueDate());
            case SAME_DAY -> w.text(cutOff.byCutOff() ? "explanation.sameDay.byCutOff" : "explanation.sameDay.afterCutOff",
                    CalendarFormat.time(cutOff.cutOff()));
        });
        sb.append('\n');
        if (!skippedDays.isEmpty()) {
            sb.append(w.text("explanation.skipped", String.valueOf(skippedDays.size()))).append('\n');
            for (DayStatus d : skippedDays) {
                sb.append("  - ").append(CalendarFormat.date(d.date())).append(" (")
                        .append(w.weekday(d.date())).append("): ").append(w.reason(d)).append('\n');
            }
        }
        if (shift != null) {
            sb.append(w.text("explanation.shift", CalendarFormat.date(shift.nominal()) + " ("
                    + w.weekday(shift.nominal()) + ")", w.day(shift.actual()))).append('\n');
        }
        sb.append(w.text("explanation.due", at(dueAt, w), offset.getId()));
        return sb.toString();
    }

    private String nominalDueDate() {
        return CalendarFormat.date(shift != null ? shift.nominal() : dueAt.toLocalDate());
    }

    private static String at(LocalDateTime t, Words w) {
        return CalendarFormat.time(t.toLocalTime()) + " " + w.day(t.toLocalDate());
    }

    /** All dates when few, else the first and the last: a clerk checks the ends, not forty dates. */
    private static String dates(List<LocalDate> days) {
        Function<LocalDate, String> f = CalendarFormat::date;
        if (days.size() <= 10) {
            return String.join(", ", days.stream().map(f).toList());
        }
        return f.apply(days.get(0)) + ", " + f.apply(days.get(1)) + " … " + f.apply(days.get(days.size() - 1));
    }

    /**
     * The sentences of one language ({@link #BUNDLE}), and the calendar's words for days in it. The layout (one
     * sentence a line, the list of days off) is the same in both languages and stays here.
     */
    private record Words(Locale locale) {

        boolean english() {
            return locale == Locale.ENGLISH;
        }

        String text(String key, Object... args) {
            return Messages.format(BUNDLE, Explanation.class.getClassLoader(), locale, key, args);
        }

        /** A count as digits, then as a number for the English plural, then what it counted. */
        String count(String key, int n, String what) {
            return text(key, String.valueOf(n), n, what);
        }

        String reason(DayStatus d) { return english() ? d.reasonEn() : d.reasonVi(); }

        String weekday(LocalDate d) {
            return english() ? CalendarFormat.weekdayEn(d.getDayOfWeek()) : CalendarFormat.weekdayVi(d.getDayOfWeek());
        }

        String day(LocalDate d) { return english() ? CalendarFormat.dayEn(d) : CalendarFormat.dayVi(d); }
    }
}
