package vn.motcua.reporting.infrastructure;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;

/**
 * The table of form 06a as printed, shared by the XLSX and PDF renderings: 14 columns (TT, the row's name, the 11
 * counts of columns 3–13, the on-time rate) under a three-row header whose cells are merged like the paper form's
 * (received: total / of which online, in person or by post / carried over; finished: total / early / on time / late;
 * open: total / within time / overdue), then a row numbering the columns. Numbers in the Vietnamese way: 1.234 and
 * 66,67.
 */
final class Form06a {

    /** Columns of the table. */
    static final int COLUMNS = 14;
    /** Rows of the merged header (without the numbering row). */
    static final int HEADER_ROWS = 3;
    /** Index of the first count column (06a column 3). */
    static final int FIRST_COUNT = 2;
    /** Index of the rate column. */
    static final int RATE = 13;
    static final String TOTAL = "Tổng cộng";
    static final String RATE_HEADING = "Tỷ lệ giải quyết đúng hạn (%)";

    /** A header cell at (row, col) of the header, spanning rows × cols. */
    record Cell(String text, int row, int col, int rows, int cols) { }

    private static final List<Cell> FIXED = List.of(
            new Cell("TT", 0, 0, 3, 1),
            new Cell("Tiếp nhận", 0, 2, 1, 4),
            new Cell("Đã giải quyết", 0, 6, 1, 4),
            new Cell("Đang giải quyết", 0, 10, 1, 3),
            new Cell(RATE_HEADING, 0, 13, 3, 1),
            new Cell("Tổng số", 1, 2, 2, 1),
            new Cell("Trong đó", 1, 3, 1, 2),
            new Cell("Từ kỳ trước", 1, 5, 2, 1),
            new Cell("Tổng số", 1, 6, 2, 1),
            new Cell("Trước hạn", 1, 7, 2, 1),
            new Cell("Đúng hạn (bao gồm cả hồ sơ chờ bổ sung và trả lại / xin rút)", 1, 8, 2, 1),
            new Cell("Quá hạn", 1, 9, 2, 1),
            new Cell("Tổng số", 1, 10, 2, 1),
            new Cell("Trong hạn (bao gồm cả hồ sơ chờ bổ sung và hồ sơ khác)", 1, 11, 2, 1),
            new Cell("Quá hạn", 1, 12, 2, 1),
            new Cell("Trực tuyến", 2, 3, 1, 1),
            new Cell("Trực tiếp, dịch vụ bưu chính", 2, 4, 1, 1));

    private Form06a() { }

    /** The header cells, column 2 headed {@code rowHeading}. */
    static List<Cell> header(String rowHeading) {
        List<Cell> out = new ArrayList<>(FIXED);
        out.add(1, new Cell(rowHeading, 0, 1, 3, 1));
        return out;
    }

    /** "(1)" … "(14)". */
    static String number(int column) {
        return "(" + (column + 1) + ")";
    }

    /** The counts of columns 3–13, in order. */
    static long[] counts(TimelinessCounts c) {
        return new long[] {c.receivedTotal(), c.receivedOnline(), c.receivedInPersonOrPostal(), c.carriedOver(),
                c.finishedTotal(), c.finishedEarly(), c.finishedOnTime(), c.finishedLate(), c.openTotal(),
                c.openWithinTime(), c.openOverdue()};
    }

    /** A row's name: the unit's, field's or procedure's, else its key (a code nobody names, or a month). */
    static String name(TimelinessRow r) {
        return r.name() == null || r.name().isBlank() ? r.key() : r.name();
    }

    /** 1234 → "1.234". */
    static String count(long n) {
        return format("#,##0").format(n);
    }

    /** 66.67 → "66,67"; none (nothing finished) → "-". */
    static String rate(BigDecimal r) {
        return r == null ? "-" : format("#,##0.00").format(r);
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        s.setMinusSign('-');
        return new DecimalFormat(pattern, s);
    }
}
