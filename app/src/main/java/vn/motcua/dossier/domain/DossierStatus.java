package vn.motcua.dossier.domain;

/** The status codes shared by one-stop systems and the national portal (docs/dossiers.md). */
public enum DossierStatus {
    SUBMITTED(1, "Mới nộp, chờ tiếp nhận", "Submitted"),
    ACCEPTED(2, "Đã tiếp nhận", "Accepted"),
    REFUSED_AT_RECEIPT(3, "Từ chối tiếp nhận", "Refused at receipt"),
    PROCESSING(4, "Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    PAYMENT_REQUESTED(6, "Chờ thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    WITHDRAWN(7, "Công dân rút hồ sơ", "Withdrawn by the applicant"),
    STOPPED(8, "Dừng xử lý", "Stopped"),
    PROCESSED(9, "Đã có kết quả, chờ trả", "Processed"),
    RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int code;
    private final String vi;
    private final String en;

    DossierStatus(int code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    public int code() { return code; }

    public String vi() { return vi; }

    public String en() { return en; }

    public String label(String locale) {
        return "en".equals(locale) ? en : vi;
    }

    /** Still under the clock or waiting to be returned: counted as open (and overdue once past the due time). */
    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || this == PROCESSING || this == SUPPLEMENT_REQUESTED
                || this == PAYMENT_REQUESTED;
    }

    /** No action but rating changes a dossier in these. */
    public boolean terminal() {
        return this == REFUSED_AT_RECEIPT || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    private static final DossierStatus[] BY_CODE = new DossierStatus[11];

    static {
        for (DossierStatus s : values()) {
            BY_CODE[s.code] = s;
        }
    }

    /** The status of a code 1–10 (an import reads a few per dossier: no stream, no copy of values()). */
    public static DossierStatus of(int code) {
        DossierStatus s = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (s == null) {
            throw new IllegalArgumentException("unknown status code " + code);
        }
        return s;
    }
}
