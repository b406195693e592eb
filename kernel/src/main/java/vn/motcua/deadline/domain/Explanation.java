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

    public String toVietnamese() { return render(new Vi()); }

    public String toEnglish() { return render(new En()); }

    /** Vietnamese unless English is asked for. */
    public String render(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? toEnglish() : toVietnamese();
    }

    private String render(Words w) {
        StringBuilder sb = new StringBuilder();
        sb.append(w.statutory(statutoryTime)).append('\n');
        sb.append(w.received(at(receivedAt, w))).append('\n');
        String from = at(countedFrom, w);
        sb.append(switch (startRule) {
            case INSIDE_OFFICE_HOURS -> w.inside();
            case BEFORE_OPENING -> w.beforeOpening(from);
            case LUNCH_BREAK -> w.lunch(from);
            case AFTER_CLOSING -> w.afterClosing(from);
            case NON_WORKING_DAY -> w.nonWorking(w.reason(receiptDay), from);
        }).append('\n');
        switch (statutoryTime.unit()) {
            case WORKING_DAYS -> sb.append(w.countedWorkingDays(countedDays.size(), dates(countedDays)));
            case WORKING_HOURS -> sb.append(w.countedHours(statutoryTime.value(), dates(countedDays)));
            case CALENDAR_DAYS -> sb.append(w.addedDays(statutoryTime.value(), nominalDueDate()));
            case MONTHS -> sb.append(w.addedMonths(statutoryTime.value(), nominalDueDate()));
            case SAME_DAY -> sb.append(cutOff.byCutOff()
                    ? w.byCutOff(CalendarFormat.time(cutOff.cutOff()))
                    : w.afterCutOff(CalendarFormat.time(cutOff.cutOff())));
        }
        sb.append('\n');
        if (!skippedDays.isEmpty()) {
            sb.append(w.skipped(skippedDays.size())).append('\n');
            for (DayStatus d : skippedDays) {
                sb.append("  - ").append(CalendarFormat.date(d.date())).append(" (")
                        .append(w.weekday(d.date())).append("): ").append(w.reason(d)).append('\n');
            }
        }
        if (shift != null) {
            sb.append(w.shift(CalendarFormat.date(shift.nominal()) + " (" + w.weekday(shift.nominal()) + ")",
                    w.day(shift.actual()))).append('\n');
        }
        sb.append(w.due(at(dueAt, w), offset.getId()));
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

    /** The sentences, per language. */
    private interface Words {
        String statutory(StatutoryTime t);
        String received(String at);
        String inside();
        String beforeOpening(String from);
        String lunch(String from);
        String afterClosing(String from);
        String nonWorking(String reason, String from);
        String countedWorkingDays(int n, String dates);
        String countedHours(int hours, String dates);
        String addedDays(int n, String date);
        String addedMonths(int n, String date);
        String byCutOff(String cutOff);
        String afterCutOff(String cutOff);
        String skipped(int n);
        String shift(String nominal, String actual);
        String due(String at, String offset);
        String reason(DayStatus d);
        String weekday(LocalDate d);
        String day(LocalDate d);
    }

    private static final class Vi implements Words {
        public String statutory(StatutoryTime t) { return "Thời hạn giải quyết: " + t.toVietnamese() + "."; }
        public String received(String at) { return "Nhận hồ sơ: " + at + "."; }
        public String inside() { return "Nhận trong giờ làm việc, tính từ lúc nhận."; }
        public String beforeOpening(String from) { return "Nhận trước giờ làm việc, tính từ " + from + "."; }
        public String lunch(String from) { return "Nhận trong giờ nghỉ trưa, tính từ " + from + "."; }
        public String afterClosing(String from) { return "Nhận sau giờ làm việc, tính từ " + from + "."; }
        public String nonWorking(String reason, String from) {
            return "Nhận vào ngày nghỉ (" + reason + "), tính từ " + from + ".";
        }
        public String countedWorkingDays(int n, String dates) { return "Đếm " + n + " ngày làm việc: " + dates + "."; }
        public String countedHours(int hours, String dates) {
            return "Cộng " + hours + " giờ làm việc theo giờ hành chính (bỏ qua giờ nghỉ trưa và ngày nghỉ), trên các ngày: "
                    + dates + ".";
        }
        public String addedDays(int n, String date) { return "Cộng " + n + " ngày lịch: đến ngày " + date + "."; }
        public String addedMonths(int n, String date) {
            return "Cộng " + n + " tháng (giữ ngày trong tháng; tháng không có ngày đó thì lấy ngày cuối tháng): đến ngày "
                    + date + ".";
        }
        public String byCutOff(String c) {
            return "Thủ tục trong ngày, giờ chốt " + c + ": nhận không muộn hơn giờ chốt nên trả trong ngày, lúc hết giờ làm việc.";
        }
        public String afterCutOff(String c) {
            return "Thủ tục trong ngày, giờ chốt " + c + ": nhận sau giờ chốt nên trả lúc hết giờ làm việc của ngày làm việc tiếp theo.";
        }
        public String skipped(int n) { return "Ngày nghỉ không tính (" + n + "):"; }
        public String shift(String nominal, String actual) {
            return "Ngày đến hạn " + nominal + " không phải ngày làm việc: chuyển sang " + actual + ", giữ nguyên giờ.";
        }
        public String due(String at, String offset) { return "Hạn trả kết quả: " + at + " (UTC" + offset + ")."; }
        public String reason(DayStatus d) { return d.reasonVi(); }
        public String weekday(LocalDate d) { return CalendarFormat.weekdayVi(d.getDayOfWeek()); }
        public String day(LocalDate d) { return CalendarFormat.dayVi(d); }
    }

    private static final class En implements Words {
        public String statutory(StatutoryTime t) { return "Statutory time: " + t.toEnglish() + "."; }
        public String received(String at) { return "Received: " + at + "."; }
        public String inside() { return "Received during office hours, counted from the time of receipt."; }
        public String beforeOpening(String from) { return "Received before office hours, counted from " + from + "."; }
        public String lunch(String from) { return "Received during the lunch break, counted from " + from + "."; }
        public String afterClosing(String from) { return "Received after hours, counted from " + from + "."; }
        public String nonWorking(String reason, String from) {
            return "Received on a non-working day (" + reason + "), counted from " + from + ".";
        }
        public String countedWorkingDays(int n, String dates) {
            return "Counted " + n + (n == 1 ? " working day: " : " working days: ") + dates + ".";
        }
        public String countedHours(int hours, String dates) {
            return "Added " + hours + (hours == 1 ? " working hour" : " working hours")
                    + " of office time (lunch breaks and days off skipped), on: " + dates + ".";
        }
        public String addedDays(int n, String date) {
            return "Added " + n + (n == 1 ? " calendar day" : " calendar days") + ": " + date + ".";
        }
        public String addedMonths(int n, String date) {
            return "Added " + n + (n == 1 ? " month" : " months")
                    + " (same day of month, or the month's last day when it has no such day): " + date + ".";
        }
        public String byCutOff(String c) {
            return "Same-day procedure with a " + c + " cut-off: received by the cut-off, due at closing the same day.";
        }
        public String afterCutOff(String c) {
            return "Same-day procedure with a " + c + " cut-off: received after the cut-off, due at closing the next working day.";
        }
        public String skipped(int n) { return "Days off skipped (" + n + "):"; }
        public String shift(String nominal, String actual) {
            return "The due day " + nominal + " is not a working day: moved to " + actual + ", same time.";
        }
        public String due(String at, String offset) { return "Due: " + at + " (UTC" + offset + ")."; }
        public String reason(DayStatus d) { return d.reasonEn(); }
        public String weekday(LocalDate d) { return CalendarFormat.weekdayEn(d.getDayOfWeek()); }
        public String day(LocalDate d) { return CalendarFormat.dayEn(d); }
    }
}
