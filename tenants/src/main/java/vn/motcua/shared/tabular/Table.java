package vn.motcua.shared.tabular;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file of rows under a header, as read from CSV or XLSX. Column names are compared case-insensitively
 * and without surrounding spaces. {@link Row#line()} is the row number a person sees in the file
 * (the header is row 1), so error reports point at the right place.
 */
public record Table(List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public record Row(int line, Map<String, String> cells) {

        /** The trimmed value, or "" if the column is absent or the cell empty. */
        public String get(String column) {
            String v = cells.get(normalise(column));
            return v == null ? "" : v.strip();
        }

        public boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    public boolean hasColumn(String column) {
        return header.stream().anyMatch(h -> normalise(h).equals(normalise(column)));
    }

    static String normalise(String column) {
        return column == null ? "" : column.strip().toLowerCase(Locale.ROOT);
    }
}
