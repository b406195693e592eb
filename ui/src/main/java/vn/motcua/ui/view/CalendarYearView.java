package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.calendar.application.CalendarService.YearDay;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.NationalCalendarYear;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.ImportRejectedException;

/**
 * calendar/year.xhtml: a year of the working calendar as twelve month grids. Everyone of a province sees its calendar
 * (national default plus local days); the province administrator adds and removes local days and sets office hours;
 * the platform administrator, who has no province, sees and edits the national default.
 */
@Named
@ViewScoped
public class CalendarYearView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One square of a month grid; {@code date} null for padding. */
    public record Cell(LocalDate date, String styleClass, String title) implements Serializable {
        public int getDay() { return date == null ? 0 : date.getDayOfMonth(); }
    }

    public record Month(int number, List<List<Cell>> weeks) implements Serializable { }

    public record Row(LocalDate date, String kind, String name, String source, boolean verified, boolean local,
                      boolean generated, String replaces) implements Serializable { }

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    @Inject
    LocaleView localeView;

    private int year = LocalDate.now(OfficeHours.VIETNAM).getYear();
    private List<Integer> years = List.of();
    private List<Month> months = List.of();
    private List<Row> rows = List.of();
    private List<String> notices = List.of();
    private boolean provisional;
    private long nationalVersion;
    private String officeHoursText;
    private long officeHoursVersion;

    // editor
    private LocalDate newDate;
    private DayKind newKind = DayKind.LOCAL_DAY_OFF;
    private String newNameVi;
    private String newNameEn;
    private String newSource;
    private boolean newVerified = true;

    public void load() {
        if (user.getTenantId() == null && !user.isPlatformAdmin()) {
            access.refuse();
            return;
        }
        years = calendars.nationalYears().stream().map(CalendarService.NationalYear::year).toList();
        if (!years.isEmpty() && !years.contains(year)) {
            year = years.get(years.size() - 1);
        }
        refresh();
    }

    public void refresh() {
        try {
            CalendarService.YearView v = calendars.yearView(year);
            notices = v.notices();
            provisional = v.provisional();
            nationalVersion = v.nationalVersion();
            officeHoursVersion = v.officeHoursVersion();
            officeHoursText = v.officeHours().periods().stream().map(p -> p.start() + "-" + p.end())
                    .collect(Collectors.joining(", "));
            Map<LocalDate, YearDay> byDate = new HashMap<>();
            v.days().forEach(d -> byDate.put(d.day().date(), d));
            Locale locale = localeView.getLocale();
            boolean en = localeView.isEnglish();
            rows = v.days().stream().map(d -> new Row(d.day().date(), en ? d.day().kind().labelEn() : d.day().kind().labelVi(),
                    en ? d.day().nameEn() : d.day().nameVi(), d.day().source(), d.day().verified(), d.local(), d.generated(),
                    d.replacedNational() == null ? null
                            : en ? d.replacedNational().nameEn() : d.replacedNational().nameVi())).toList();
            List<Month> ms = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                YearMonth ym = YearMonth.of(year, m);
                List<List<Cell>> weeks = new ArrayList<>();
                List<Cell> week = new ArrayList<>();
                int pad = ym.atDay(1).getDayOfWeek().getValue() - 1;
                for (int i = 0; i < pad; i++) {
                    week.add(new Cell(null, "d-pad", ""));
                }
                for (int day = 1; day <= ym.lengthOfMonth(); day++) {
                    LocalDate date = ym.atDay(day);
                    week.add(cell(date, byDate.get(date), locale));
                    if (week.size() == 7) {
                        weeks.add(week);
                        week = new ArrayList<>();
                    }
                }
                if (!week.isEmpty()) {
                    while (week.size() < 7) {
                        week.add(new Cell(null, "d-pad", ""));
                    }
                    weeks.add(week);
                }
                ms.add(new Month(m, weeks));
            }
            months = ms;
        } catch (DomainException e) {
            months = List.of();
            rows = List.of();
            feedback.refused(e);
        }
    }

    /**
     * A day's cell: its class, and as its title the special day's name and source in the reader's language, said
     * unverified when it is.
     */
    static Cell cell(LocalDate date, YearDay d, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (d == null) {
            return new Cell(date, weekend ? "d-weekend" : "d-work", "");
        }
        SpecialDay s = d.day();
        String cls = switch (s.kind()) {
            case HOLIDAY -> "d-holiday";
            case TET_BREAK -> "d-tet";
            case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> "d-swapoff";
            case SWAPPED_WORKING_DAY -> "d-swapwork";
            case LOCAL_DAY_OFF -> "d-localoff";
            case EXTRA_WORKING_DAY -> "d-localwork";
        };
        if (!s.verified()) {
            cls += " d-unverified";
        }
        String title = (en ? s.nameEn() : s.nameVi()) + " (" + s.source() + ")";
        if (!s.verified()) {
            title = UiText.of(locale, "calendar.cell.unverified", title);
        }
        return new Cell(date, cls, title);
    }

    public void changeYear() {
        refresh();
    }

    public boolean isCanEditLocal() {
        return user.isProvinceAdmin();
    }

    public boolean isCanEditNational() {
        return user.isPlatformAdmin();
    }

    public List<DayKind> getKindOptions() {
        return user.isPlatformAdmin()
                ? List.of(DayKind.HOLIDAY, DayKind.TET_BREAK, DayKind.COMPENSATORY_DAY_OFF, DayKind.SWAPPED_DAY_OFF,
                        DayKind.SWAPPED_WORKING_DAY)
                : List.of(DayKind.LOCAL_DAY_OFF, DayKind.EXTRA_WORKING_DAY);
    }

    public void prepareAdd() {
        newDate = null;
        newKind = user.isPlatformAdmin() ? DayKind.HOLIDAY : DayKind.LOCAL_DAY_OFF;
        newNameVi = null;
        newNameEn = null;
        newSource = null;
        newVerified = true;
    }

    public void saveDay() {
        if (!(user.isProvinceAdmin() || user.isPlatformAdmin())) {
            access.refuse();
            return;
        }
        if (newDate == null || newNameVi == null || newNameVi.isBlank() || newKind == null) {
            feedback.error("calendar.editor.incomplete");
            return;
        }
        String en = newNameEn == null || newNameEn.isBlank() ? newNameVi : newNameEn;
        String source = newSource == null || newSource.isBlank() ? "—" : newSource;
        SpecialDay day = new SpecialDay(newDate, newKind, newNameVi, en, source, newVerified);
        try {
            if (user.isPlatformAdmin()) {
                List<SpecialDay> days = new ArrayList<>(nationalDays(newDate.getYear()));
                days.removeIf(d -> d.date().equals(newDate));
                days.add(day);
                calendars.putNationalDays(newDate.getYear(), notices(newDate.getYear()), days, versionOf(newDate.getYear()));
            } else {
                calendars.putLocalDay(day);
            }
            year = newDate.getYear();
            feedback.info("calendar.editor.saved", CalendarFormatHelper.date(newDate));
            refresh();
        } catch (ImportRejectedException e) {
            feedback.refused(e);
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    public void remove(LocalDate date) {
        try {
            if (user.isPlatformAdmin()) {
                List<SpecialDay> days = new ArrayList<>(nationalDays(date.getYear()));
                days.removeIf(d -> d.date().equals(date));
                calendars.putNationalDays(date.getYear(), notices(date.getYear()), days, versionOf(date.getYear()));
            } else if (user.isProvinceAdmin()) {
                calendars.removeLocalDay(date);
            } else {
                access.refuse();
                return;
            }
            feedback.info("calendar.editor.removed", CalendarFormatHelper.date(date));
            refresh();
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    public void saveOfficeHours() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        List<OfficePeriod> periods = new ArrayList<>();
        try {
            for (String part : officeHoursText.split("[,;]")) {
                String[] se = part.strip().split("\\s*[-–]\\s*");
                periods.add(OfficePeriod.of(se[0].strip(), se[1].strip()));
            }
        } catch (RuntimeException e) {
            feedback.error("calendar.officeHours.format");
            return;
        }
        try {
            calendars.putOfficeHours(periods, officeHoursVersion);
            feedback.info("calendar.officeHours.saved");
            refresh();
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    private List<SpecialDay> nationalDays(int y) {
        return calendars.yearView(y).days().stream().filter(d -> !d.local()).map(YearDay::day).toList();
    }

    private List<String> notices(int y) {
        return calendars.yearView(y).notices();
    }

    private Long versionOf(int y) {
        return calendars.yearView(y).nationalVersion();
    }

    /** dd/MM/yyyy without pulling the calendar domain's formatter into EL. */
    static final class CalendarFormatHelper {
        static String date(LocalDate d) {
            return vn.motcua.calendar.domain.CalendarFormat.date(d);
        }
    }

    /** The head of a month grid's column {@code i}, Monday (0) to Sunday (6): "T2" … "CN", "Mo" … "Su". */
    public String weekdayHeader(int i) {
        return UiText.of(localeView.getLocale(), "calendar.weekday." + (i + 1));
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<Month> getMonths() { return months; }
    public List<Row> getRows() { return rows; }
    public List<String> getNotices() {
        return notices.stream().map(n -> NationalCalendarYear.notice(n, localeView.getLocale())).toList();
    }
    public boolean isProvisional() { return provisional; }
    public long getUnverifiedCount() { return rows.stream().filter(r -> !r.verified()).count(); }
    public long getNationalVersion() { return nationalVersion; }
    public String getOfficeHoursText() { return officeHoursText; }
    public void setOfficeHoursText(String officeHoursText) { this.officeHoursText = officeHoursText; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public DayKind getNewKind() { return newKind; }
    public void setNewKind(DayKind newKind) { this.newKind = newKind; }
    public String getNewNameVi() { return newNameVi; }
    public void setNewNameVi(String newNameVi) { this.newNameVi = newNameVi; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String newNameEn) { this.newNameEn = newNameEn; }
    public String getNewSource() { return newSource; }
    public void setNewSource(String newSource) { this.newSource = newSource; }
    public boolean isNewVerified() { return newVerified; }
    public void setNewVerified(boolean newVerified) { this.newVerified = newVerified; }
}
