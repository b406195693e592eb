package vn.motcua.forms.domain;

import java.util.Locale;

/**
 * The statutory forms of a one-stop desk. Which number and title a form carries depends on the {@link FormSet}
 * in force at the dossier's receipt; {@link #STOP_NOTICE} exists only from Circular 03/2025.
 */
public enum FormKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01). */
    RECEIPT,
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02). */
    SUPPLEMENT_REQUEST,
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03). */
    REFUSAL,
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (01/2018); xin lỗi và đề nghị gia hạn (03/2025) — Mẫu 04. */
    APOLOGY,
    /** Thông báo dừng giải quyết hồ sơ — only Circular 03/2025, Mẫu 05. */
    STOP_NOTICE,
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 of 01/2018, Mẫu 06 of 03/2025). */
    CONTROL_SLIP,
    /** Sổ theo dõi hồ sơ for a period (Mẫu 06 of 01/2018, Mẫu 07 of 03/2025). */
    TRACKING_BOOK;

    /** For addresses and file names: "receipt", "supplement-request", "stop-notice"… */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind of a slug ({@link #slug()}) or of an enum name, case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown form
     */
    public static FormKind fromSlug(String slug) {
        if (slug != null) {
            String s = slug.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (FormKind k : values()) {
                if (k.name().equals(s)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unknown form: " + slug);
    }
}
