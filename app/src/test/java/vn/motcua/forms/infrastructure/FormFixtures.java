package vn.motcua.forms.infrastructure;

import vn.motcua.forms.domain.FormData;
import vn.motcua.forms.domain.FormDossier;
import vn.motcua.forms.domain.FormKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.forms.domain.FormDossier.Applicant;
import vn.motcua.forms.domain.FormDossier.DocumentLine;
import vn.motcua.forms.domain.FormDossier.FeeLine;
import vn.motcua.forms.domain.FormParts.ApologyPart;
import vn.motcua.forms.domain.FormParts.ControlStep;
import vn.motcua.forms.domain.FormParts.RefusalPart;
import vn.motcua.forms.domain.FormParts.StopPart;
import vn.motcua.forms.domain.FormParts.SupplementPart;
import vn.motcua.forms.domain.FormParts.TrackingBookPart;
import vn.motcua.forms.domain.FormParts.TrackingBookRow;

/** Realistic inputs for the form tests: a Gia Lai dossier received at a given instant (+07:00). */
final class FormFixtures {

    static final ZoneOffset VN = ZoneOffset.ofHours(7);
    static final String PERSON = "Nguyễn Thị Hồng Nhung";
    static final String ORGANISATION = "Công ty TNHH Cà phê Đắk Đoa Phố Núi";
    static final String SECRET = "K7Q2X9HD";
    static final String LOOKUP = "https://dichvucong.gialai.gov.vn/tra-cuu?ma=";

    private FormFixtures() {
    }

    static OffsetDateTime at(int y, int m, int d, int h, int min) {
        return OffsetDateTime.of(y, m, d, h, min, 0, 0, VN);
    }

    static String code(OffsetDateTime receivedAt) {
        return String.format("H21.17-%02d%02d%02d-0007", receivedAt.getYear() % 100, receivedAt.getMonthValue(),
                receivedAt.getDayOfMonth());
    }

    static FormDossier dossier(OffsetDateTime receivedAt, Applicant applicant) {
        String code = code(receivedAt);
        return new FormDossier("Gia Lai", "Trung tâm Phục vụ hành chính công tỉnh Gia Lai",
                "Sở Tư pháp tỉnh Gia Lai", code, SECRET, LOOKUP + code, "1.001622",
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
                applicant, "Trực tiếp", receivedAt, receivedAt.plusDays(14).withHour(16).withMinute(0),
                "10 ngày làm việc",
                List.of(new DocumentLine("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)", 1, 0,
                                true),
                        new DocumentLine("Bản chụp Căn cước công dân", 0, 1, true, true),
                        new DocumentLine("Giấy tờ chứng minh nơi thường trú", 0, 1, false)),
                List.of(new FeeLine("Lệ phí cấp Phiếu lý lịch tư pháp", 200_000),
                        new FeeLine("Phí cấp thêm bản", 1_034_000)),
                "Trần Văn Đức", "Pleiku");
    }

    static Applicant person() {
        return Applicant.person(PERSON, "064190001234", "Số 12 đường Hùng Vương, phường Diên Hồng, Gia Lai",
                "0905 123 456", "nhung.nguyen@example.vn");
    }

    static Applicant organisation() {
        return Applicant.organisation(ORGANISATION, "5900123456", "Thôn 3, xã Đắk Đoa, Gia Lai", "0269 3 822 111",
                null);
    }

    /** The form of this kind for the dossier, with the form-specific dates a few days after receipt. */
    static FormData data(FormKind kind, FormDossier d) {
        OffsetDateTime r = d.receivedAt();
        return switch (kind) {
            case RECEIPT -> new FormData.Receipt(d);
            case SUPPLEMENT_REQUEST -> new FormData.SupplementRequest(d,
                    new SupplementPart(r.plusDays(2).withHour(9).withMinute(15), "Lê Thị Ánh Tuyết",
                            "Giấy tờ chứng minh nơi thường trú đã hết hiệu lực.",
                            List.of("Xác nhận thông tin về cư trú còn hiệu lực", "Bản sao Giấy khai sinh"), 1));
            case REFUSAL -> new FormData.Refusal(d, new RefusalPart(
                    "Thủ tục không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Ủy ban nhân dân xã.",
                    r.plusMinutes(20), "Trần Văn Đức"));
            case APOLOGY -> new FormData.Apology(d, new ApologyPart(
                    "Phải xác minh thông tin tại cơ quan công an nơi cư trú trước đây.", d.dueAt(),
                    d.dueAt().plusDays(5), "Sở Tư pháp tỉnh Gia Lai", "GIÁM ĐỐC", "Phạm Quốc Hưng",
                    d.dueAt().minusDays(1)));
            case STOP_NOTICE -> new FormData.StopNotice(d, new StopPart("Người nộp hồ sơ có văn bản đề nghị rút hồ sơ.",
                    "Điều 18 Nghị định số 118/2025/NĐ-CP", r.plusDays(3).withHour(10).withMinute(0), "GIÁM ĐỐC",
                    "Phạm Quốc Hưng"));
            case CONTROL_SLIP -> new FormData.ControlSlip(d, List.of(
                    new ControlStep("Trung tâm Phục vụ hành chính công", "Trần Văn Đức", "Sở Tư pháp — Phòng Hành chính tư pháp",
                            "Lê Thị Ánh Tuyết", r.plusHours(1), r.plusDays(1), r.plusDays(1).minusHours(2), "Trước hạn"),
                    new ControlStep("Phòng Hành chính tư pháp", "Lê Thị Ánh Tuyết", "Lãnh đạo Sở Tư pháp",
                            "Phạm Quốc Hưng", r.plusDays(5), r.plusDays(7), r.plusDays(8), "Quá hạn 1 ngày")));
            case TRACKING_BOOK -> new FormData.TrackingBook(book(r.toLocalDate(), 3, d));
        };
    }

    static TrackingBookPart book(LocalDate from, int rows, FormDossier first) {
        List<TrackingBookRow> list = new ArrayList<>();
        list.add(new TrackingBookRow(first.code(), first.procedureName(), first.applicant().name(), first.receivedAt(),
                first.dueAt(), first.dueAt().minusDays(1), first.dueAt(), "Đúng hạn"));
        for (int i = 1; i < rows; i++) {
            OffsetDateTime r = first.receivedAt().plusHours(i);
            list.add(new TrackingBookRow(String.format("H21.17-%02d%02d%02d-%04d", r.getYear() % 100,
                    r.getMonthValue(), r.getDayOfMonth(), 100 + i), "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
                    "Hoàng Minh Khôi " + i, r, r.plusDays(1), null, null, i % 2 == 0 ? "Bổ sung lần 1" : null));
        }
        return new TrackingBookPart("Gia Lai", "Trung tâm Phục vụ hành chính công tỉnh Gia Lai", "Pleiku", from,
                from.plusDays(30), from.plusDays(31), list);
    }
}
