package vn.motcua.infra.generator;

import java.util.SplittableRandom;

/**
 * Word pools for generated people, organisations, addresses and the free texts of a dossier's life (supplement
 * reasons, apologies, feedback), in Vietnamese with full diacritics. Family names follow their rough frequency.
 */
final class VietnameseText {

    private VietnameseText() { }

    /** Family names, most frequent first, with weights in per-mille (Nguyễn about 38 %). */
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Đoàn", "Cao", "Hà", "Tạ",
            "Rơ Châm", "Ksor", "Siu"};
    private static final int[] FAMILY_WEIGHT = {380, 110, 95, 70, 50, 45, 45, 40, 40, 25, 20, 15, 14, 12, 10, 9,
            8, 8, 6, 6, 6, 5, 5, 4, 3, 3, 2};
    private static final int FAMILY_TOTAL = sum(FAMILY_WEIGHT);

    private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc",
            "Anh", "Tuấn", "Đình"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng",
            "Phương", "Bích", "Diệu"};
    private static final String[] GIVEN_M = {"Hùng", "Dũng", "Nam", "Long", "Sơn", "Tuấn", "Hải", "Phúc", "Thắng",
            "Quân", "Khoa", "Huy", "Đạt", "Trung", "Kiên", "Hiếu", "Lộc", "Bình", "Cường", "Thịnh", "Toàn", "Vinh",
            "Tài", "Khánh", "Nghĩa", "Phong"};
    private static final String[] GIVEN_F = {"Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Hằng", "Thảo", "Nhung",
            "Ngọc", "Yến", "Huyền", "Vân", "Hà", "Thủy", "Loan", "Phượng", "Dung", "Oanh", "Trinh", "Nga", "Hạnh",
            "Quyên", "Uyên", "Nhi", "My"};
    private static final String[] ORG_KIND = {"Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần",
            "Hợp tác xã", "Doanh nghiệp tư nhân"};
    private static final String[] ORG_WORD = {"Thương mại", "Xây dựng", "Dịch vụ", "Nông sản", "Cà phê",
            "Vận tải", "Đầu tư", "Cao su", "Du lịch", "Thực phẩm", "Gỗ", "Điện nước", "Tư vấn", "Sản xuất"};
    private static final String[] ORG_NAME = {"Hoàng Anh", "Phú Thịnh", "Minh Phát", "Tây Nguyên", "Đại Dương",
            "An Khang", "Thành Công", "Việt Tiến", "Hưng Thịnh", "Sao Mai", "Bình An", "Trường Sơn", "Hồng Đức",
            "Phương Nam", "Kim Long"};
    private static final String[] STREET = {"Trần Phú", "Lê Lợi", "Nguyễn Huệ", "Hùng Vương", "Quang Trung",
            "Lý Thường Kiệt", "Hai Bà Trưng", "Phan Bội Châu", "Trường Chinh", "Nguyễn Trãi", "Lê Duẩn",
            "Phạm Văn Đồng", "Võ Nguyên Giáp", "Ngô Quyền", "Điện Biên Phủ", "Tôn Đức Thắng"};
    private static final String[] HAMLET = {"thôn 1", "thôn 2", "thôn 3", "thôn Tân Lập", "làng Plei Ku",
            "tổ dân phố 4", "tổ dân phố 7", "xóm Đông", "thôn An Bình", "thôn Hòa Thuận"};

    static final String[] SUPPLEMENT = {"Thiếu bản sao giấy khai sinh", "Tờ khai chưa có chữ ký của người yêu cầu",
            "Thiếu bản chính giấy xác nhận tình trạng hôn nhân", "Bản vẽ hiện trạng chưa có xác nhận của đơn vị đo đạc",
            "Giấy tờ chứng minh quyền sử dụng đất chưa được chứng thực", "Thiếu văn bản ủy quyền hợp lệ",
            "Thông tin trên tờ khai không khớp với Căn cước công dân", "Thiếu giấy xác nhận của Ủy ban nhân dân cấp xã",
            "Hồ sơ thiếu ảnh 4x6 theo quy định", "Đề nghị bổ sung hợp đồng chuyển nhượng có công chứng"};
    static final String[] SUPPLEMENT_AGAIN = {"Giấy tờ bổ sung lần trước vẫn chưa đủ chữ ký",
            "Bản sao bổ sung chưa được chứng thực", "Cần bổ sung thêm trích lục bản đồ địa chính",
            "Văn bản bổ sung hết hiệu lực, đề nghị nộp bản mới"};
    static final String[] PAYMENT = {"Nộp lệ phí trước bạ theo thông báo của cơ quan thuế",
            "Thực hiện nghĩa vụ tài chính về đất đai theo thông báo", "Nộp tiền sử dụng đất theo thông báo",
            "Nộp phí thẩm định hồ sơ"};
    static final String[] APOLOGY = {"Hồ sơ phải lấy ý kiến của cơ quan liên quan nên kéo dài thời gian xử lý",
            "Cán bộ thụ lý nghỉ ốm đột xuất, đơn vị đang bố trí người thay thế",
            "Phải xác minh thực địa do có tranh chấp ranh giới thửa đất",
            "Hệ thống phần mềm gặp sự cố trong thời gian xử lý",
            "Số lượng hồ sơ tăng đột biến so với năng lực xử lý của đơn vị"};
    static final String[] WITHDRAW = {"Công dân có đơn xin rút hồ sơ", "Người nộp không còn nhu cầu giải quyết",
            "Công dân rút hồ sơ để nộp lại theo thủ tục khác"};
    static final String[] STOP = {"Quá thời hạn bổ sung hồ sơ nhưng công dân không bổ sung",
            "Người yêu cầu không thực hiện nghĩa vụ tài chính trong thời hạn quy định",
            "Có văn bản của cơ quan có thẩm quyền đề nghị tạm dừng"};
    static final String[] REFUSE = {"Hồ sơ không đủ điều kiện theo quy định", "Thửa đất đang có tranh chấp, chưa đủ điều kiện cấp",
            "Ngành nghề đăng ký thuộc danh mục cấm kinh doanh", "Không đáp ứng điều kiện về khoảng cách an toàn"};
    static final String[] REFUSE_AT_RECEIPT = {"Thủ tục không thuộc thẩm quyền giải quyết của cơ quan",
            "Hồ sơ giả mạo giấy tờ", "Yêu cầu không thuộc phạm vi giải quyết thủ tục hành chính"};

    static final String[] FEEDBACK_GOOD = {"Cán bộ tiếp nhận nhiệt tình, hướng dẫn rõ ràng.",
            "Thủ tục nhanh gọn, nhận kết quả trước hẹn.", "Rất hài lòng với thái độ phục vụ.",
            "Nộp trực tuyến tiện lợi, không phải đi lại nhiều.", "Cảm ơn Bộ phận Một cửa đã hỗ trợ tận tình.",
            "Thời gian giải quyết đúng hẹn, cán bộ lịch sự.", "Hướng dẫn qua điện thoại rất chu đáo."};
    static final String[] FEEDBACK_MID = {"Thời gian chờ tại quầy hơi lâu.", "Mong đơn giản hóa thêm giấy tờ.",
            "Phải đi lại hai lần mới đủ hồ sơ.", "Cổng dịch vụ công đôi lúc bị chậm."};
    static final String[] FEEDBACK_BAD = {"Hồ sơ bị trễ hẹn mà không được thông báo trước.",
            "Bị yêu cầu bổ sung nhiều lần, mỗi lần một nội dung khác.",
            "Cán bộ hướng dẫn chưa rõ ràng, phải nộp lại.", "Trả kết quả chậm so với phiếu hẹn."};

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    static String pick(SplittableRandom r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }

    static String family(SplittableRandom r) {
        int x = r.nextInt(FAMILY_TOTAL);
        for (int i = 0; i < FAMILY.length; i++) {
            x -= FAMILY_WEIGHT[i];
            if (x < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    /** A full name; {@code female} chooses the middle and given names. */
    static String person(SplittableRandom r, boolean female) {
        return family(r) + " " + pick(r, female ? MIDDLE_F : MIDDLE_M) + " " + pick(r, female ? GIVEN_F : GIVEN_M);
    }

    static String organisation(SplittableRandom r) {
        return pick(r, ORG_KIND) + " " + pick(r, ORG_WORD) + " " + pick(r, ORG_NAME);
    }

    static String address(SplittableRandom r, String place, String province) {
        if (r.nextInt(3) == 0) {
            String h = pick(r, HAMLET);
            return Character.toUpperCase(h.charAt(0)) + h.substring(1) + ", " + place + ", " + province;
        }
        return "Số " + (1 + r.nextInt(250)) + " đường " + pick(r, STREET) + ", " + place + ", " + province;
    }

    /** ASCII login like {@code nguyen.thi.lan} for a generated official. */
    static String login(String fullName) {
        String ascii = java.text.Normalizer.normalize(fullName.replace('Đ', 'D').replace('đ', 'd'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
    }
}
