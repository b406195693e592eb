package vn.motcua.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the same header-and-rows shape that {@link TabularReader} reads, so exports re-import unchanged. */
public final class TabularWriter {

    private TabularWriter() { }

    public static byte[] write(TabularFormat format, String sheetName, List<String> header, List<List<String>> rows) {
        return format == TabularFormat.XLSX ? xlsx(sheetName, header, rows) : csv(header, rows);
    }

    /** UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly. */
    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        appendRecord(sb, header);
        for (List<String> row : rows) {
            appendRecord(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRecord(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || v.indexOf(';') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append("\r\n");
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            Font bold = wb.createFont();
            bold.setBold(true);
            var headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
