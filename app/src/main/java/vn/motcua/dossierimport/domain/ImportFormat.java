package vn.motcua.dossierimport.domain;

import java.util.Locale;

/** The two formats a batch of dossiers may come in (docs/dossier-import.md): NDJSON, one dossier a line, or CSV. */
public enum ImportFormat {
    NDJSON, CSV;

    /** From a Content-Type header; null if neither. */
    public static ImportFormat of(String contentType) {
        if (contentType == null) {
            return null;
        }
        String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return switch (t) {
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" -> NDJSON;
            case "text/csv" -> CSV;
            default -> null;
        };
    }
}
