package vn.motcua.shared.interfaces.rest.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Jsonp;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportError;

/** RFC 9457 problem details, the one error format of the REST API. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Problem() { }

    public static String json(int status, String code, String title, String detail, List<FieldError> errors, Locale locale) {
        JsonObjectBuilder b = Jsonp.BUILDERS.createObjectBuilder()
                .add("type", "https://motcua.vn/problems/" + code)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder arr = Jsonp.BUILDERS.createArrayBuilder();
            for (FieldError e : errors) {
                arr.add(Jsonp.BUILDERS.createObjectBuilder()
                        .add("field", e.field())
                        .add("message", Messages.format(locale, e.messageKey(), e.args())));
            }
            b.add("errors", arr);
        }
        return b.build().toString();
    }

    /** An import refused as a whole: every error with the row (as numbered in the file) and column. */
    public static String importJson(String title, String detail, List<ImportError> errors, Locale locale) {
        JsonArrayBuilder arr = Jsonp.BUILDERS.createArrayBuilder();
        for (ImportError e : errors) {
            arr.add(Jsonp.BUILDERS.createObjectBuilder().add("row", e.row()).add("column", e.column()).add("message", e.message(locale)));
        }
        return Jsonp.BUILDERS.createObjectBuilder()
                .add("type", "https://motcua.vn/problems/import.rejected")
                .add("title", title)
                .add("status", 400)
                .add("detail", detail)
                .add("code", "import.rejected")
                .add("errors", arr)
                .build().toString();
    }

    public static String title(int status, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return switch (status) {
            case 400 -> en ? "Bad request" : "Yêu cầu không hợp lệ";
            case 401 -> en ? "Sign-in required" : "Cần đăng nhập";
            case 403 -> en ? "Forbidden" : "Không có quyền";
            case 404 -> en ? "Not found" : "Không tìm thấy";
            case 405 -> en ? "Method not allowed" : "Phương thức không được phép";
            case 406 -> en ? "Not acceptable" : "Không thể trả về định dạng này";
            case 409 -> en ? "Conflict" : "Xung đột dữ liệu";
            case 413 -> en ? "Content too large" : "Nội dung quá lớn";
            case 415 -> en ? "Unsupported media type" : "Kiểu nội dung không được hỗ trợ";
            case 429 -> en ? "Too many requests" : "Quá nhiều yêu cầu";
            default -> status >= 500 ? (en ? "Server error" : "Lỗi hệ thống") : (en ? "Error" : "Lỗi");
        };
    }

    /** Locale for problem messages from an Accept-Language header value: English if asked for, else Vietnamese. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.VIETNAMESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale best = Locale.lookup(ranges, List.of(Messages.VIETNAMESE, Locale.ENGLISH));
            return Messages.pick(best);
        } catch (IllegalArgumentException e) {
            return Messages.VIETNAMESE;
        }
    }
}
