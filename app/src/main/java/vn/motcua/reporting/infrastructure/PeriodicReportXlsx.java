package vn.motcua.reporting.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.reporting.domain.PeriodicReport;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;

/**
 * Form 06a as an XLSX workbook, one sheet laid out like the paper form: the form number, the reporting and receiving
 * units, the title, the period and the counting unit above a table whose header cells are merged as printed, one row
 * per unit (field, procedure, month) and the total. The rows are values (the report's counts); the total row is
 * formulas — {@code SUM} of the rows above (for months: carried over from the first, open from the last), the rate
 * {@code (early + on time) / finished} — as an office expects when
 * it corrects a row by hand, with their values cached so that a reader that does not recalculate (a viewer, a
 * parser) sees the same numbers as the report. Numbers are formatted {@code #,##0} and {@code 0.00}, which a
 * Vietnamese Excel shows as 1.234 and 66,67. Printed on landscape A4, fitted to the page width, the header repeated.
 */
public final class PeriodicReportXlsx {

    /** The sheet's name. */
    public static final String SHEET = "Biểu 06a";
    /** First row (0-based) of the table's header; the form's heading is above it. */
    public static final int TABLE_TOP = 6;

    private static final int LAST = Form06a.COLUMNS - 1;
    /** First column of the right-hand heading block (reporting unit, receiving unit, counting unit). */
    private static final int RIGHT = 9;

    public byte[] render(PeriodicReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(SHEET);
            heading(sheet, st, report);
            int numbering = header(sheet, st, report.rowHeading());
            int r = numbering + 1;
            List<Integer> sectionRows = new ArrayList<>();
            for (PeriodicReport.Section section : report.sections()) {
                int head = section.title() == null ? -1 : r++;
                int first = r;
                int n = 1;
                for (TimelinessRow row : section.rows()) {
                    body(sheet.createRow(r++), st, String.valueOf(n++), Form06a.name(row), row.counts());
                }
                if (head >= 0) {
                    subtotal(sheet.createRow(head), st, PeriodicReport.roman(sectionRows.size() + 1), section.title(),
                            first, r);
                    sectionRows.add(head);
                }
            }
            int total = total(sheet, st, numbering + 1, r, report.table().total(),
                    report.groupBy() == ReportGrouping.MONTH, sectionRows);
            footer(sheet, st, report, total + 2);
            layout(sheet, numbering);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(Sheet sheet, Styles st, PeriodicReport report) {
        put(sheet, 0, 0, 4, PeriodicReport.FORM_NUMBER, st.bold);
        put(sheet, 0, RIGHT, LAST, "Đơn vị báo cáo: " + report.reportingUnit(), st.left);
        put(sheet, 1, RIGHT, LAST, "Đơn vị nhận báo cáo: " + report.receivingUnit(), st.left);
        put(sheet, 2, 0, LAST, report.title(), st.title);
        sheet.getRow(2).setHeightInPoints(32);
        put(sheet, 3, 0, LAST, report.periodLine(), st.centreBold);
        put(sheet, 4, 0, LAST, report.rangeLine(), st.centreItalic);
        put(sheet, 5, RIGHT, LAST, PeriodicReport.COUNTING_UNIT, st.rightItalic);
    }

    /** The merged header and the numbering row; returns the numbering row's index. */
    private static int header(Sheet sheet, Styles st, String rowHeading) {
        for (int i = 0; i < Form06a.HEADER_ROWS + 1; i++) {
            Row row = sheet.createRow(TABLE_TOP + i);
            for (int c = 0; c < Form06a.COLUMNS; c++) {
                row.createCell(c).setCellStyle(i < Form06a.HEADER_ROWS ? st.head : st.numbering);
            }
        }
        for (Form06a.Cell h : Form06a.header(rowHeading)) {
            int top = TABLE_TOP + h.row();
            sheet.getRow(top).getCell(h.col()).setCellValue(h.text());
            if (h.rows() > 1 || h.cols() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + h.rows() - 1, h.col(), h.col() + h.cols() - 1));
            }
        }
        sheet.getRow(TABLE_TOP + 1).setHeightInPoints(30);
        sheet.getRow(TABLE_TOP + 2).setHeightInPoints(58);
        int numbering = TABLE_TOP + Form06a.HEADER_ROWS;
        for (int c = 0; c < Form06a.COLUMNS; c++) {
            sheet.getRow(numbering).getCell(c).setCellValue(Form06a.number(c));
        }
        return numbering;
    }

    private static void body(Row row, Styles st, String tt, String name, TimelinessCounts c) {
        cell(row, 0, st.centre).setCellValue(tt);
        cell(row, 1, st.text).setCellValue(name);
        long[] counts = Form06a.counts(c);
        for (int i = 0; i < counts.length; i++) {
            cell(row, Form06a.FIRST_COUNT + i, st.count).setCellValue(counts[i]);
        }
        Cell rate = cell(row, Form06a.RATE, st.rate);
        if (c.onTimeRate() != null) {
            rate.setCellValue(c.onTimeRate().doubleValue());
        }
    }

    /**
     * The total row under rows [first, end): formulas, and the rate's. Rows that split the dossiers (units, fields,
     * procedures) add up column by column; months follow one another, so their total adds what came in and ended, and
     * takes carried over from the first month and open from the last (= {@code TimelinessCounts.then}). Returns its
     * index.
     */
    private static int total(Sheet sheet, Styles st, int first, int end, TimelinessCounts total, boolean byMonth,
                             List<Integer> sectionRows) {
        Row row = sheet.createRow(end);
        cell(row, 0, st.totalText).setCellValue("");
        cell(row, 1, st.totalText).setCellValue(Form06a.TOTAL);
        long[] counts = Form06a.counts(total);
        for (int i = 0; i < counts.length; i++) {
            int col = Form06a.FIRST_COUNT + i;
            Cell c = cell(row, col, st.totalCount);
            if (!sectionRows.isEmpty()) {
                c.setCellFormula(sum(col, sectionRows));
            } else if (end > first) {
                c.setCellFormula(formula(col, first + 1, end, byMonth));
            } else {
                c.setCellValue(counts[i]);
            }
        }
        cell(row, Form06a.RATE, st.totalRate).setCellFormula(rate(end + 1));
        return end;
    }

    /** A section's heading row: its number, title and the SUM of its rows [first, end) (0-based). */
    private static void subtotal(Row row, Styles st, String number, String title, int first, int end) {
        cell(row, 0, st.totalText).setCellValue(number);
        cell(row, 1, st.sectionText).setCellValue(title);
        for (int col = Form06a.FIRST_COUNT; col < Form06a.RATE; col++) {
            cell(row, col, st.totalCount).setCellFormula(formula(col, first + 1, end, false));
        }
        cell(row, Form06a.RATE, st.totalRate).setCellFormula(rate(row.getRowNum() + 1));
    }

    /** (early + on time) * 100 / finished of the sheet's row {@code excelRow} (1-based), 2 decimals; "" for none. */
    static String rate(int excelRow) {
        return "IF(G" + excelRow + "=0,\"\",ROUND((H" + excelRow + "+I" + excelRow + ")*100/G" + excelRow + ",2))";
    }

    /** The sections' rows (0-based) of column {@code col} added: the total of a report in sections. */
    static String sum(int col, List<Integer> sectionRows) {
        String letter = CellReference.convertNumToColString(col);
        return String.join("+", sectionRows.stream().map(r -> letter + (r + 1)).toList());
    }

    /** The total's formula of column {@code col} over the sheet's rows top..bottom (1-based, both included). */
    static String formula(int col, int top, int bottom, boolean byMonth) {
        String letter = CellReference.convertNumToColString(col);
        if (byMonth) {
            int column06a = col + 1;
            if (column06a == 3) {
                return "D" + (bottom + 1) + "+E" + (bottom + 1) + "+F" + (bottom + 1);
            }
            if (column06a == 6) {
                return "F" + top;
            }
            if (column06a >= 11) {
                return letter + bottom;
            }
        }
        return "SUM(" + letter + top + ":" + letter + bottom + ")";
    }

    private static void footer(Sheet sheet, Styles st, PeriodicReport report, int top) {
        put(sheet, top, RIGHT, LAST, report.dateLine(), st.centreItalic);
        put(sheet, top + 1, 0, 4, "NGƯỜI LẬP BIỂU", st.centreBold);
        put(sheet, top + 1, RIGHT, LAST, "THỦ TRƯỞNG ĐƠN VỊ", st.centreBold);
        put(sheet, top + 2, 0, 4, "(Ký, ghi rõ họ tên)", st.centreItalic);
        put(sheet, top + 2, RIGHT, LAST, "(Ký tên, đóng dấu)", st.centreItalic);
    }

    private static void layout(Sheet sheet, int numbering) {
        sheet.setColumnWidth(0, 5 * 256);
        sheet.setColumnWidth(1, 42 * 256);
        for (int c = Form06a.FIRST_COUNT; c < Form06a.COLUMNS; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        sheet.setColumnWidth(Form06a.RATE, 13 * 256);
        sheet.createFreezePane(2, numbering + 1);
        sheet.setRepeatingRows(new CellRangeAddress(TABLE_TOP, numbering, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** A text in row r spanning columns [from, to] (merged when more than one). */
    private static void put(Sheet sheet, int r, int from, int to, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        cell(row, from, style).setCellValue(text);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    private static Cell cell(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /** The workbook's styles, made once (a workbook holds at most 64 000). */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle left;
        final CellStyle title;
        final CellStyle centreBold;
        final CellStyle centreItalic;
        final CellStyle rightItalic;
        final CellStyle head;
        final CellStyle numbering;
        final CellStyle centre;
        final CellStyle text;
        final CellStyle count;
        final CellStyle rate;
        final CellStyle totalText;
        final CellStyle sectionText;
        final CellStyle totalCount;
        final CellStyle totalRate;

        Styles(XSSFWorkbook wb) {
            Font b = font(wb, true, false, 11);
            Font i = font(wb, false, true, 11);
            short countFormat = wb.createDataFormat().getFormat("#,##0");
            short rateFormat = wb.createDataFormat().getFormat("0.00");
            bold = style(wb, b, HorizontalAlignment.LEFT, false, false);
            left = style(wb, font(wb, false, false, 11), HorizontalAlignment.LEFT, false, false);
            title = style(wb, font(wb, true, false, 13), HorizontalAlignment.CENTER, false, true);
            centreBold = style(wb, b, HorizontalAlignment.CENTER, false, false);
            centreItalic = style(wb, i, HorizontalAlignment.CENTER, false, false);
            rightItalic = style(wb, i, HorizontalAlignment.RIGHT, false, false);
            head = style(wb, b, HorizontalAlignment.CENTER, true, true);
            numbering = style(wb, i, HorizontalAlignment.CENTER, true, false);
            Font plain = font(wb, false, false, 11);
            centre = style(wb, plain, HorizontalAlignment.CENTER, true, false);
            text = style(wb, plain, HorizontalAlignment.LEFT, true, true);
            count = style(wb, plain, HorizontalAlignment.RIGHT, true, false);
            count.setDataFormat(countFormat);
            rate = style(wb, plain, HorizontalAlignment.RIGHT, true, false);
            rate.setDataFormat(rateFormat);
            totalText = style(wb, b, HorizontalAlignment.CENTER, true, false);
            sectionText = style(wb, b, HorizontalAlignment.LEFT, true, true);
            totalCount = style(wb, b, HorizontalAlignment.RIGHT, true, false);
            totalCount.setDataFormat(countFormat);
            totalRate = style(wb, b, HorizontalAlignment.RIGHT, true, false);
            totalRate.setDataFormat(rateFormat);
        }

        private static Font font(XSSFWorkbook wb, boolean isBold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setFontHeightInPoints((short) points);
            f.setBold(isBold);
            f.setItalic(italic);
            return f;
        }

        private static CellStyle style(XSSFWorkbook wb, Font f, HorizontalAlignment align, boolean bordered,
                                       boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (bordered) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
