package vn.motcua.calendar.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shipped national calendar defaults, one CSV per year at
 * {@code /vn/motcua/calendar/national/<year>.csv}.
 *
 * <p>File format (UTF-8): comment lines start with {@code #}; those starting with {@code # notice:} name the
 * government notices of the year and are kept with it, each written "Vietnamese | English" (pages show the half of
 * the reader's language: {@link NationalCalendarYear#notice}). Then a header
 * {@code date,kind,name_vi,name_en,source,verified} and one row per non-standard day: ISO date, a national
 * {@link DayKind}, the Vietnamese name (full diacritics), the English name, the source notice and
 * {@code true}/{@code false}. Fields containing commas are double-quoted ({@code ""} for a quote).
 */
public final class NationalCalendarLoader {

    /** The years shipped with the product. */
    public static final int FIRST_SHIPPED_YEAR = 2019;
    public static final int LAST_SHIPPED_YEAR = 2026;
    /**
     * The last year bundled at all: years after {@link #LAST_SHIPPED_YEAR} are provisional (every day unverified,
     * the government notice was not out yet) and only seed the database so that long deadlines can be computed.
     */
    public static final int LAST_BUNDLED_YEAR = 2027;

    static final String HEADER = "date,kind,name_vi,name_en,source,verified";
    private static final String NOTICE_PREFIX = "# notice:";

    private NationalCalendarLoader() { }

    public static List<NationalCalendarYear> loadShipped() {
        return load(FIRST_SHIPPED_YEAR, LAST_SHIPPED_YEAR);
    }

    /** Verified and provisional years: what the platform database is seeded with. */
    public static List<NationalCalendarYear> loadBundled() {
        return load(FIRST_SHIPPED_YEAR, LAST_BUNDLED_YEAR);
    }

    public static List<NationalCalendarYear> load(int firstYear, int lastYear) {
        List<NationalCalendarYear> years = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            years.add(load(y));
        }
        return years;
    }

    public static NationalCalendarYear load(int year) {
        String name = "/vn/motcua/calendar/national/" + year + ".csv";
        InputStream in = NationalCalendarLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new CalendarDataException("no national calendar shipped for " + year + " (" + name + ")");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(year, year + ".csv", r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one year's file; errors name the file and line. */
    public static NationalCalendarYear parse(int year, String fileName, Reader reader) {
        List<String> notices = new ArrayList<>();
        List<SpecialDay> days = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    if (trimmed.startsWith(NOTICE_PREFIX)) {
                        notices.add(trimmed.substring(NOTICE_PREFIX.length()).strip());
                    }
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(HEADER)) {
                        throw error(fileName, lineNo, "expected header '" + HEADER + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                days.add(row(fileName, lineNo, year, splitCsv(fileName, lineNo, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw error(fileName, lineNo, "no header line");
        }
        if (notices.isEmpty()) {
            throw error(fileName, 1, "no '# notice:' line naming the year's government notice");
        }
        try {
            return new NationalCalendarYear(year, notices, days);
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(fileName + ": " + e.getMessage());
        }
    }

    private static SpecialDay row(String file, int lineNo, int year, List<String> f) {
        if (f.size() != 6) {
            throw error(file, lineNo, "expected 6 fields, found " + f.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(f.get(0).strip());
        } catch (DateTimeParseException e) {
            throw error(file, lineNo, "date '" + f.get(0) + "' is not yyyy-MM-dd");
        }
        if (date.getYear() != year) {
            throw error(file, lineNo, date + " is not in " + year);
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(f.get(1).strip());
        } catch (IllegalArgumentException e) {
            throw error(file, lineNo, "unknown kind '" + f.get(1) + "'");
        }
        if (!kind.national()) {
            throw error(file, lineNo, kind + " is a province override, not a national day");
        }
        String verified = f.get(5).strip();
        if (!verified.equals("true") && !verified.equals("false")) {
            throw error(file, lineNo, "verified must be true or false, not '" + verified + "'");
        }
        try {
            return new SpecialDay(date, kind, f.get(2), f.get(3), f.get(4), Boolean.parseBoolean(verified));
        } catch (IllegalArgumentException e) {
            throw error(file, lineNo, e.getMessage());
        }
    }

    /** RFC 4180 fields of one line (no line breaks inside fields). */
    static List<String> splitCsv(String file, int lineNo, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && cur.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw error(file, lineNo, "unterminated quoted field");
        }
        fields.add(cur.toString());
        return fields;
    }

    private static CalendarDataException error(String file, int lineNo, String message) {
        return new CalendarDataException(file + " line " + lineNo + ": " + message);
    }

    /** The shipped calendar data is broken: a build-time defect, not a user error. */
    public static final class CalendarDataException extends IllegalStateException {
        public CalendarDataException(String message) {
            super(message);
        }
    }
}
