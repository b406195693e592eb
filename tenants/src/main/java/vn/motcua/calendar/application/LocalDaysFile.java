package vn.motcua.calendar.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;

/** A file of a province's own days (columns {@link CalendarService#COLUMNS}), read and validated as a whole. */
public final class LocalDaysFile {

    private LocalDaysFile() { }

    /** Validates a whole file of province days; throws with every error found. */
    public static List<SpecialDay> parse(Table table) {
        List<ImportError> errors = new ArrayList<>();
        for (String col : List.of("date", "kind", "name_vi")) {
            if (!table.hasColumn(col)) {
                errors.add(ImportError.of(1, col, "import.column.missing", col));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<SpecialDay> out = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            int n = errors.size();
            LocalDate date = null;
            try {
                date = TabularReader.parseDate(row.get("date"));
            } catch (RuntimeException e) {
                errors.add(ImportError.of(row.line(), "date", "calendar.day.date.invalid", row.get("date")));
            }
            DayKind kind = null;
            try {
                kind = DayKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
                if (kind.national()) {
                    errors.add(ImportError.of(row.line(), "kind", "calendar.day.kind.local"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(ImportError.of(row.line(), "kind", "calendar.day.kind.local"));
            }
            String nameVi = row.get("name_vi");
            if (nameVi.isEmpty() || nameVi.length() > Text.Kind.NAME.max()) {
                errors.add(ImportError.of(row.line(), "name_vi", "calendar.day.name.required"));
            }
            String nameEn = row.get("name_en").isEmpty() ? nameVi : row.get("name_en");
            if (nameEn.length() > Text.Kind.NAME.max()) {
                errors.add(ImportError.of(row.line(), "name_en", "calendar.day.name.required"));
            }
            String source = row.get("source").isEmpty() ? "—" : row.get("source");
            if (source.length() > Text.Kind.NAME.max()) {
                errors.add(ImportError.of(row.line(), "source", "calendar.day.source.tooLong"));
            }
            String verified = row.get("verified").toLowerCase(Locale.ROOT);
            if (!verified.isEmpty() && !verified.equals("true") && !verified.equals("false")) {
                errors.add(ImportError.of(row.line(), "verified", "calendar.day.verified.invalid"));
            }
            if (date != null) {
                Integer first = seen.putIfAbsent(date, row.line());
                if (first != null) {
                    errors.add(ImportError.of(row.line(), "date", "calendar.day.duplicateOf", first));
                }
            }
            if (errors.size() == n) {
                out.add(new SpecialDay(date, kind, nameVi, nameEn, source, !verified.equals("false")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return out;
    }

    static String msg(String key, Object... args) {
        return Messages.format(Messages.VIETNAMESE, key, args);
    }
}
