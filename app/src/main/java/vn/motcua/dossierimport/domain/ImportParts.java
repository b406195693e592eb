package vn.motcua.dossierimport.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a big import file into batches of at most {@code perPart} dossiers, by byte ranges, reading it once as a
 * stream: NDJSON by lines, CSV by records (a newline inside a quoted cell, as in the events cell, does not end a
 * record; the header is sent again with every part). Each part knows the file row of its first line, so the
 * rows of a part's report can be given as rows of the file.
 */
public final class ImportParts {

    /** Bytes {@code [start, end)} of the file; {@code rowOffset} + a row of the part = the row in the file. */
    public record Part(long start, long end, int dossiers, int rowOffset) { }

    /** The parts, and for CSV the header's bytes {@code [0, headerEnd)} to put before each part. */
    public record Split(List<Part> parts, long headerEnd, int dossiers) { }

    private ImportParts() { }

    public static Split split(InputStream raw, ImportFormat format, int perPart) throws IOException {
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
        boolean csv = format == ImportFormat.CSV;
        List<Part> parts = new ArrayList<>();
        long pos = 0;
        long headerEnd = 0;
        boolean inHeader = csv;
        boolean quoted = false;
        boolean blank = true;
        long partStart = -1;
        int partCount = 0;
        int partFirstRow = 0;
        int row = 0; // NDJSON: physical line; CSV: record (header = 1)
        int total = 0;
        long lineStart = 0;
        int b;
        while (true) {
            b = in.read();
            boolean end = b < 0;
            if (!end) {
                pos++;
                if (csv && b == '"') {
                    quoted = !quoted;
                }
                if (b != '\n' || quoted) {
                    if (b != ' ' && b != '\t' && b != '\r' && !(pos <= 3 && (b == 0xEF || b == 0xBB || b == 0xBF))) {
                        blank = false;
                    }
                    continue;
                }
            } else if (pos == lineStart) {
                break;
            }
            // a line (NDJSON) or record (CSV) ends at pos
            row++;
            if (inHeader) {
                headerEnd = pos;
                inHeader = false;
            } else if (!blank) {
                if (partStart < 0) {
                    partStart = lineStart;
                    partFirstRow = row;
                }
                partCount++;
                total++;
                if (partCount == perPart) {
                    parts.add(new Part(partStart, pos, partCount, offset(csv, partFirstRow)));
                    partStart = -1;
                    partCount = 0;
                }
            }
            lineStart = pos;
            blank = true;
            if (end) {
                break;
            }
        }
        if (partCount > 0) {
            parts.add(new Part(partStart, pos, partCount, offset(csv, partFirstRow)));
        }
        return new Split(parts, headerEnd, total);
    }

    /** NDJSON: the part's row 1 is file line {@code first}; CSV: the part's row 2 (after its header) is record {@code first}. */
    private static int offset(boolean csv, int first) {
        return csv ? first - 2 : first - 1;
    }
}
