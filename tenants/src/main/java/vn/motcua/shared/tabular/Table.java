package vn.motcua.shared.tabular;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file of rows under a header, as read from CSV, XLSX or JSON. Column names are compared ignoring case,
 * surrounding spaces and underscores ({@code valid_from}, {@code Valid_From} and {@code validFrom} are one column). {@link Row#line()} is the row number a person sees in the file
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
        return column == null ? "" : column.strip().replace("_", "").toLowerCase(Locale.ROOT);
    }
}
