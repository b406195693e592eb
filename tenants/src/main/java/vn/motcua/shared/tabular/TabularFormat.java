package vn.motcua.shared.tabular;

import java.util.Locale;

/** The file formats configuration can be imported from and exported to. */
public enum TabularFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    TabularFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** From a media type (Content-Type) or a file name; null if neither names a known format. */
    public static TabularFormat detect(String contentTypeOrFileName) {
        if (contentTypeOrFileName == null) {
            return null;
        }
        String v = contentTypeOrFileName.toLowerCase(Locale.ROOT);
        if (v.contains("spreadsheetml") || v.endsWith(".xlsx")) {
            return XLSX;
        }
        if (v.startsWith("text/csv") || v.endsWith(".csv") || v.startsWith("application/csv")) {
            return CSV;
        }
        return null;
    }
}
