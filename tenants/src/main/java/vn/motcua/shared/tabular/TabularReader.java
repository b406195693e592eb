package vn.motcua.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;

/**
 * Reads CSV (RFC 4180, UTF-8 with or without BOM, comma or semicolon as Excel writes it in Vietnamese
 * locales) and XLSX (first sheet). Text is normalised to Unicode NFC so that Vietnamese typed with
 * combining marks matches what is stored. Malformed files are rejected as a whole with the row at fault.
 */
public final class TabularReader {

    /** A guard against accidental uploads of huge files into configuration imports. */
    public static final int MAX_ROWS = 200_000;
    /** Cells with characters no text may hold are all refused; this many are reported. */
    static final int MAX_CELL_ERRORS = 1_000;

    private TabularReader() { }

    /**
     * The body of an import request, by its Content-Type: a JSON array of row objects, CSV or XLSX (see
     * {@link #readJson}). Anything else is refused as a whole.
     */
    public static Table readRequest(String contentType, byte[] body, List<String> jsonColumns) {
        byte[] content = body == null ? new byte[0] : body;
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return readJson(content, jsonColumns);
        }
        TabularFormat format = TabularFormat.detect(contentType);
        if (format == null) {
            throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.format")));
        }
        return read(format, content);
    }

    public static Table read(TabularFormat format, byte[] content) {
        return format == TabularFormat.XLSX ? readXlsx(content) : readCsv(content);
    }

    public static Table readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.csv.notUtf8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parseCsv(text);
        return toTable(records);
    }

    static List<List<String>> parseCsv(String text) {
        char delimiter = detectDelimiter(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r') {
                // part of CRLF; a lone CR is ignored as well
            } else if (c == '\n') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            if (records.size() > MAX_ROWS + 1) {
                throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.tooManyRows", MAX_ROWS)));
            }
        }
        if (quoted) {
            throw new ImportRejectedException(List.of(ImportError.of(recordLine, "", "import.csv.openQuote")));
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    public static Table readXlsx(byte[] content) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (wb.getNumberOfSheets() == 0) {
                return toTable(List.of());
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> records = new ArrayList<>();
            int last = sheet.getLastRowNum();
            if (last > MAX_ROWS) {
                throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.tooManyRows", MAX_ROWS)));
            }
            for (int r = 0; r <= last; r++) {
                var row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        values.add(cellText(row.getCell(c), formatter));
                    }
                }
                records.add(values);
            }
            return toTable(records);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.xlsx.unreadable", String.valueOf(e.getMessage()))));
        }
    }

    /** Dates come out ISO (yyyy-MM-dd), numbers without grouping, so that parsing does not depend on locale. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime dt = cell.getLocalDateTimeCellValue();
                return dt.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? dt.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE) : dt.toString();
            }
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
    }

    private static Table toTable(List<List<String>> records) {
        if (records.isEmpty()) {
            throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.empty")));
        }
        List<ImportError> errors = new ArrayList<>();
        List<String> header = records.get(0).stream().map(h -> cell(h, 1, h, errors).strip()).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(Table.normalise(header.get(c)), c < rec.size() ? cell(rec.get(c), i + 1, header.get(c), errors) : "");
            }
            Table.Row row = new Table.Row(i + 1, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        refuseIfAny(errors);
        return new Table(header, rows);
    }

    /**
     * A JSON array of row objects, as the REST imports accept it: keys are column names (matched like file headers:
     * case and underscores ignored, so {@code nameVi} and {@code name_vi} are the same column), values are taken as text. Rows are numbered as in a file with a header
     * (the first object is row 2), so errors read the same whatever the format. {@code knownColumns} count as
     * present even when no object carries them (an absent value then reads as empty).
     */
    public static Table readJson(byte[] body, List<String> knownColumns) {
        jakarta.json.JsonArray array;
        try (var reader = jakarta.json.Json.createReader(new ByteArrayInputStream(body == null ? new byte[0] : body))) {
            array = reader.readArray();
        } catch (RuntimeException e) {
            throw new ImportRejectedException(List.of(ImportError.of(0, "", "import.json.array")));
        }
        java.util.LinkedHashSet<String> header = new java.util.LinkedHashSet<>();
        knownColumns.forEach(c -> header.add(Table.normalise(c)));
        List<Table.Row> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof jakarta.json.JsonObject object)) {
                throw new ImportRejectedException(List.of(ImportError.of(i + 2, "", "import.json.object")));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (var entry : object.entrySet()) {
                String key = Table.normalise(entry.getKey());
                jakarta.json.JsonValue v = entry.getValue();
                String text = v == null || v.getValueType() == jakarta.json.JsonValue.ValueType.NULL ? ""
                        : v instanceof jakarta.json.JsonString js ? js.getString() : v.toString();
                cells.put(key, cell(text, i + 2, entry.getKey(), errors));
                header.add(key);
            }
            rows.add(new Table.Row(i + 2, cells));
        }
        refuseIfAny(errors);
        return new Table(new ArrayList<>(header), rows);
    }

    /**
     * A cell's text through {@link Text}: NFC, or an error at its row and column for a control character (tab and
     * line breaks allowed: a quoted CSV cell may span lines) or a lone surrogate. Lengths are the importer's: it
     * knows the kind of each column.
     */
    static String cell(String s, int row, String column, List<ImportError> errors) {
        if (s == null) {
            return "";
        }
        int bad = Text.badChar(s, true);
        if (bad >= 0) {
            if (errors.size() < MAX_CELL_ERRORS) {
                DomainException.FieldError e = Text.refusal(column, s, bad);
                errors.add(ImportError.of(row, column, e.messageKey(), e.args()));
            }
            return "";
        }
        return Text.nfc(s);
    }

    private static void refuseIfAny(List<ImportError> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }

    /** Parses dd/MM/yyyy (as people write it) or yyyy-MM-dd (as machines and Excel export it). */
    public static LocalDate parseDate(String value) {
        String v = value.strip();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(v);
        }
        if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] p = v.split("/");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        throw new IllegalArgumentException(v);
    }

    public static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }
}
