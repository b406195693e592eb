package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.units.domain.UnitLevel;

/**
 * Table 06a (Biểu số II.06a/VPCP/KSTT) as an office sends it up the hierarchy: the header of the form — who reports
 * (the province's People's Committee, or the scoped unit), to whom (the Government Office, or the province), the
 * period, the place and day it was made — and the table itself, whose counts come from {@code TimelinessService}.
 * The texts of the header are the form's, in Vietnamese; the renderers (XLSX, PDF) only lay them out.
 *
 * @param reportingUnit "Đơn vị báo cáo", e.g. "UBND tỉnh Quảng Ngãi"
 * @param receivingUnit "Đơn vị nhận báo cáo", e.g. "Văn phòng Chính phủ"
 * @param place the place of the date line ("Quảng Ngãi, ngày … tháng … năm …")
 * @param madeOn the day the report is made
 * @param groupBy what the rows are (column 2's heading)
 * @param sections the table's rows in sections (by level for units: province, district, commune, as the form
 *                 groups them "theo cấp"), or one untitled section
 */
public record PeriodicReport(String reportingUnit, String receivingUnit, ReportPeriod period, String place,
                             LocalDate madeOn, ReportGrouping groupBy, TimelinessTable table, List<Section> sections) {

    /**
     * Rows under a heading ("Cấp tỉnh") with their subtotal, or (title null) rows without one. The subtotal is the
     * sum of the rows' counts: sections split the dossiers, like the rows.
     */
    public record Section(String title, List<TimelinessRow> rows, TimelinessCounts subtotal) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    public PeriodicReport {
        sections = List.copyOf(sections);
    }

    /** The table's rows in one untitled section. */
    public PeriodicReport(String reportingUnit, String receivingUnit, ReportPeriod period, String place,
                          LocalDate madeOn, ReportGrouping groupBy, TimelinessTable table) {
        this(reportingUnit, receivingUnit, period, place, madeOn, groupBy, table,
                List.of(new Section(null, table.rows(), table.total())));
    }

    /**
     * The rows of a table by unit in sections by the units' level, in the order province, district (before 1 Jul
     * 2025), commune, then units of no known level; empty sections left out; rows keep their order.
     */
    public static List<Section> byLevel(TimelinessTable byUnit, Function<String, UnitLevel> levelOf) {
        Map<UnitLevel, List<TimelinessRow>> by = new LinkedHashMap<>();
        List<TimelinessRow> other = new ArrayList<>();
        for (UnitLevel l : UnitLevel.values()) {
            by.put(l, new ArrayList<>());
        }
        for (TimelinessRow r : byUnit.rows()) {
            UnitLevel l = levelOf.apply(r.key());
            (l == null ? other : by.get(l)).add(r);
        }
        List<Section> out = new ArrayList<>();
        by.forEach((level, rows) -> section(out, LEVEL_TITLES.get(level), rows));
        section(out, "Đơn vị khác", other);
        return out;
    }

    private static final Map<UnitLevel, String> LEVEL_TITLES = Map.of(UnitLevel.PROVINCE, "Cấp tỉnh",
            UnitLevel.DISTRICT, "Cấp huyện", UnitLevel.COMMUNE, "Cấp xã");

    private static void section(List<Section> out, String title, List<TimelinessRow> rows) {
        if (!rows.isEmpty()) {
            TimelinessCounts sum = TimelinessCounts.ZERO;
            for (TimelinessRow r : rows) {
                sum = sum.plus(r.counts());
            }
            out.add(new Section(title, rows, sum));
        }
    }

    /** I, II, III, IV: the sections' numbers. */
    public static String roman(int n) {
        return n >= 1 && n <= ROMAN.length ? ROMAN[n - 1] : String.valueOf(n);
    }

    public static final String FORM_NUMBER = "Biểu số II.06a/VPCP/KSTT";
    public static final String COUNTING_UNIT = "Đơn vị tính: Số hồ sơ TTHC";
    /** Who a province reports to under the periodic regime (Circular 01/2020/TT-VPCP). */
    public static final String GOVERNMENT_OFFICE = "Văn phòng Chính phủ";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    /** "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND TỈNH QUẢNG NGÃI". */
    public String title() {
        return "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI " + reportingUnit.toUpperCase(java.util.Locale.ROOT);
    }

    /** "Kỳ báo cáo: Tháng 11 năm 2026" (or Quý IV năm 2026, Năm 2026, or the day range when it is none of those). */
    public String periodLine() {
        return "Kỳ báo cáo: " + periodName(period);
    }

    /** "(Từ ngày 01/11/2026 đến ngày 30/11/2026)". */
    public String rangeLine() {
        return "(Từ ngày " + DAY.format(period.from()) + " đến ngày " + DAY.format(period.to()) + ")";
    }

    /** "Quảng Ngãi, ngày 05 tháng 12 năm 2026". */
    public String dateLine() {
        return String.format("%s, ngày %02d tháng %02d năm %d", place, madeOn.getDayOfMonth(), madeOn.getMonthValue(),
                madeOn.getYear());
    }

    /** Column 2's heading: what one row is. */
    public String rowHeading() {
        return switch (groupBy) {
            case UNIT -> "Đơn vị giải quyết";
            case FIELD -> "Lĩnh vực giải quyết";
            case PROCEDURE -> "Thủ tục hành chính";
            case MONTH -> "Tháng";
            case OFFICIAL -> "Cán bộ xử lý (bước xử lý)";
            case NONE -> "Nội dung";
        };
    }

    /** A whole month, quarter or year by its name; any other range by its days. */
    public static String periodName(ReportPeriod p) {
        LocalDate f = p.from();
        LocalDate t = p.to();
        if (f.getDayOfMonth() == 1 && t.equals(YearMonth.from(f).atEndOfMonth())) {
            return String.format("Tháng %02d năm %d", f.getMonthValue(), f.getYear());
        }
        boolean quarterStart = f.getDayOfMonth() == 1 && (f.getMonthValue() - 1) % 3 == 0;
        if (quarterStart && t.equals(YearMonth.from(f).plusMonths(2).atEndOfMonth())) {
            return "Quý " + roman(f.get(IsoFields.QUARTER_OF_YEAR)) + " năm " + f.getYear();
        }
        if (f.getDayOfYear() == 1 && t.equals(LocalDate.of(f.getYear(), 12, 31))) {
            return "Năm " + f.getYear();
        }
        return "Từ ngày " + DAY.format(f) + " đến ngày " + DAY.format(t);
    }

    /**
     * A period written as a month {@code yyyy-MM}, a quarter {@code yyyy-Qn} (n = 1–4) or a year {@code yyyy}; null
     * when it is none of those.
     */
    public static ReportPeriod parsePeriod(String raw) {
        String v = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            return ReportPeriod.month(YearMonth.parse(v));
        }
        if (v.matches("[0-9]{4}-Q[1-4]")) {
            YearMonth first = YearMonth.of(Integer.parseInt(v.substring(0, 4)), (v.charAt(6) - '1') * 3 + 1);
            return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if (v.matches("[0-9]{4}")) {
            int y = Integer.parseInt(v);
            return new ReportPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return null;
    }

    /**
     * A short ASCII name of the period for a file name: 2026-11, 2026-Q4, 2026, or 2026-11-01_2026-11-15.
     */
    public static String periodSlug(ReportPeriod p) {
        LocalDate f = p.from();
        String name = periodName(p);
        if (name.startsWith("Tháng")) {
            return YearMonth.from(f).toString();
        }
        if (name.startsWith("Quý")) {
            return f.getYear() + "-Q" + f.get(IsoFields.QUARTER_OF_YEAR);
        }
        if (name.startsWith("Năm")) {
            return String.valueOf(f.getYear());
        }
        return f + "_" + p.to();
    }
}
