package vn.motcua.forms.infrastructure;

import vn.motcua.forms.domain.FormData;
import vn.motcua.forms.domain.FormDossier;
import vn.motcua.forms.domain.FormKind;
import vn.motcua.forms.domain.FormNotInSetException;
import vn.motcua.forms.domain.FormSet;
import vn.motcua.forms.domain.Texts;

import static vn.motcua.forms.infrastructure.Layout.BODY;
import static vn.motcua.forms.infrastructure.Layout.MM;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.motcua.forms.domain.FormData.Apology;
import vn.motcua.forms.domain.FormData.ControlSlip;
import vn.motcua.forms.domain.FormData.Receipt;
import vn.motcua.forms.domain.FormData.Refusal;
import vn.motcua.forms.domain.FormData.StopNotice;
import vn.motcua.forms.domain.FormData.SupplementRequest;
import vn.motcua.forms.domain.FormData.TrackingBook;
import vn.motcua.forms.domain.FormDossier.Applicant;
import vn.motcua.forms.domain.FormDossier.DocumentLine;
import vn.motcua.forms.domain.FormDossier.FeeLine;
import vn.motcua.forms.domain.FormParts.ControlStep;
import vn.motcua.forms.domain.FormParts.TrackingBookRow;
import vn.motcua.forms.infrastructure.Layout.Line;
import vn.motcua.forms.infrastructure.Layout.Run;

/**
 * Renders the statutory forms of a one-stop desk as PDF (A4; the tracking book in landscape). Every form prints
 * its number in the set ("Mẫu số 01") and the circular, the national motto, the unit, the place-and-date line,
 * and — for the forms about one dossier — the dossier code as text and as a QR code holding
 * {@link FormDossier#qrContent()} (the public lookup URL, or the code; never the secret). Vietnamese text is
 * drawn with embedded subsets of DejaVu Serif. Stateless and thread-safe: one instance can serve every request.
 */
public final class FormRenderer {

    private static final float QR_SIDE = 24 * MM;
    private static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

    /**
     * The PDF of {@code data}'s form in {@code set}.
     *
     * @throws FormNotInSetException when the set has no such form (a notice of stopping under 01/2018)
     */
    public byte[] render(FormSet set, FormData data) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(data, "data");
        FormKind kind = data.kind();
        if (!set.contains(kind)) {
            throw new FormNotInSetException(kind, set.circular());
        }
        PDRectangle size = kind == FormKind.TRACKING_BOOK
                ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        try (Layout l = new Layout(size, set.title(kind) + " — " + set.label(kind) + " " + set.circular())) {
            if (data instanceof Receipt r) {
                receipt(l, set, r);
            } else if (data instanceof SupplementRequest s) {
                supplement(l, set, s);
            } else if (data instanceof Refusal r) {
                refusal(l, set, r);
            } else if (data instanceof Apology a) {
                apology(l, set, a);
            } else if (data instanceof StopNotice s) {
                stop(l, set, s);
            } else if (data instanceof ControlSlip c) {
                controlSlip(l, set, c);
            } else if (data instanceof TrackingBook b) {
                book(l, set, b);
            }
            return l.finish(data instanceof TrackingBook ? null : "Mã hồ sơ " + dossier(data).code());
        }
    }

    /** "application/pdf". */
    public static final String CONTENT_TYPE = "application/pdf";

    /**
     * A file name for Content-Disposition, ASCII only: "mau-01-receipt-H21.17-250701-0001.pdf",
     * "mau-07-tracking-book-2025-07-01.pdf".
     */
    public static String fileName(FormSet set, FormData data) {
        String subject = data instanceof TrackingBook b ? b.book().from().toString() : dossier(data).code();
        return ("mau-" + set.number(data.kind()) + "-" + data.kind().slug() + "-" + subject)
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /** The same, with the set in force at the dossier's receipt ({@link FormSet#forReceipt}). */
    public byte[] render(FormData data) {
        return render(setFor(data), data);
    }

    /** The set in force for this form: by the dossier's receipt date; the tracking book by its period's start. */
    public static FormSet setFor(FormData data) {
        if (data instanceof TrackingBook b) {
            return FormSet.inForceOn(b.book().from());
        }
        return FormSet.forReceipt(dossier(data).receivedAt());
    }

    private static FormDossier dossier(FormData data) {
        if (data instanceof Receipt r) {
            return r.dossier();
        } else if (data instanceof SupplementRequest s) {
            return s.dossier();
        } else if (data instanceof Refusal r) {
            return r.dossier();
        } else if (data instanceof Apology a) {
            return a.dossier();
        } else if (data instanceof StopNotice s) {
            return s.dossier();
        } else if (data instanceof ControlSlip c) {
            return c.dossier();
        }
        throw new IllegalArgumentException("no dossier in " + data.kind());
    }

    // ---- common parts ---------------------------------------------------------------------------------------------

    /** "Mẫu số 0X" + circular, top right; then the unit (left) and the national motto (right); then place/date. */
    private static void heading(Layout l, FormSet set, FormKind kind, String province, String unit, String placeDate) {
        l.text(set.label(kind), true, 10, Layout.Align.RIGHT);
        l.text("(Ban hành kèm theo Thông tư số " + set.circular()
                + (set.issued() == null ? "" : " ngày " + set.issued()) + ")", false, 8.5f, Layout.Align.RIGHT);
        l.gap(4);
        l.columns(0.42f,
                List.of(new Line(authority(province), false, 10.5f), new Line(Texts.upper(unit), true, 10.5f),
                        new Line("-------", false, 10.5f)),
                List.of(new Line(MOTTO_1, true, 10.5f), new Line(MOTTO_2, true, 11.5f),
                        new Line("-------", false, 10.5f)));
        l.gap(4);
        l.text(placeDate, false, BODY, Layout.Align.RIGHT);
        l.gap(6);
    }

    /** "UBND TỈNH GIA LAI" from "Gia Lai"; a name already saying "Tỉnh …"/"Thành phố …" is kept as it is. */
    static String authority(String province) {
        String p = Texts.nfc(province);
        String lower = p.toLowerCase(Locale.ROOT);
        boolean qualified = lower.startsWith("tỉnh ") || lower.startsWith("thành phố ");
        return "ỦY BAN NHÂN DÂN " + (qualified ? "" : "TỈNH ") + Texts.upper(p);
    }

    /**
     * The bold centred title (and subtitle) over the full width, then a band with the dossier code centred and the
     * QR code at the right margin.
     */
    private static void title(Layout l, FormSet set, FormKind kind, FormDossier d, String subtitle) {
        l.text(set.title(kind), true, 13, Layout.Align.CENTRE);
        if (subtitle != null) {
            l.text(subtitle, false, BODY, Layout.Align.CENTRE);
        }
        l.gap(4);
        l.ensure(QR_SIDE + 6);
        float topY = l.y();
        l.qr(d.qrContent(), l.right - QR_SIDE, topY, QR_SIDE);
        // the code sits beside the QR code, centred on the page but clear of it
        float indent = QR_SIDE + 4 * MM;
        l.gap(QR_SIDE / 2 - Layout.leading(12));
        centredWithin(l, "Mã hồ sơ: " + d.code(), true, 12, indent);
        l.y(Math.min(l.y(), topY - QR_SIDE));
        l.gap(8);
    }

    private static void centredWithin(Layout l, String text, boolean bold, float size, float indent) {
        float keep = l.width();
        // text(…, indent) narrows from the left; compensate by centring within [left + indent, right - indent]
        List<String> lines = l.wrap(text, bold ? l.bold : l.regular, size, keep - 2 * indent);
        for (String line : lines) {
            l.gap(Layout.leading(size));
            float w = l.widthOf(line, bold ? l.bold : l.regular, size);
            l.show(line, bold ? l.bold : l.regular, size, l.left + (keep - w) / 2, l.y() + size * 0.25f);
        }
    }

    private static void applicant(Layout l, Applicant a) {
        l.paragraph(BODY, 0, 0, Run.plain(a.organisation() ? "Tổ chức: " : "Ông/Bà: "), Run.bold(a.name()));
        if (Texts.present(a.idNumber())) {
            l.field(a.organisation() ? "Mã số doanh nghiệp/mã số thuế" : "Số định danh cá nhân", a.idNumber(),
                    false);
        }
        if (Texts.present(a.address())) {
            l.field("Địa chỉ", a.address(), false);
        }
        List<Run> contact = new ArrayList<>();
        if (Texts.present(a.phone())) {
            contact.add(Run.plain("Số điện thoại: " + a.phone()));
        }
        if (Texts.present(a.email())) {
            contact.add(Run.plain((contact.isEmpty() ? "" : "    ") + "Email: " + a.email()));
        }
        if (!contact.isEmpty()) {
            l.paragraph(BODY, 0, 0, contact.toArray(Run[]::new));
        }
    }

    private static void procedure(Layout l, FormDossier d) {
        l.paragraph(BODY, 0, 0, Run.plain("Nội dung yêu cầu giải quyết: "), Run.bold(d.procedureName()),
                Run.plain(Texts.present(d.procedureCode()) ? " (mã thủ tục: " + d.procedureCode() + ")" : ""));
    }

    /** Signature blocks: title, "(Ký và ghi rõ họ tên)", room to sign, the name. Null left = right block only. */
    private static void signatures(Layout l, String leftTitle, String leftName, String rightTitle, String rightNote,
            String rightName) {
        l.gap(10);
        List<Line> left = new ArrayList<>();
        if (leftTitle != null) {
            left.add(new Line(leftTitle, true, BODY));
            left.add(new Line("(Ký và ghi rõ họ tên)", false, 9.5f));
            left.add(new Line(" ", false, 30));
            left.add(new Line(Texts.present(leftName) ? leftName : " ", true, BODY));
        }
        List<Line> right = List.of(new Line(rightTitle, true, BODY), new Line(rightNote, false, 9.5f),
                new Line(" ", false, 30), new Line(Texts.present(rightName) ? rightName : " ", true, BODY));
        l.columns(0.5f, left, right);
    }

    private static String or(String value, String fallback) {
        return Texts.present(value) ? value : fallback;
    }

    private static String issuingUnit(FormDossier d) {
        return or(d.competentUnitName(), d.receivingUnitName());
    }

    // ---- the forms ----------------------------------------------------------------------------------------------

    private static void receipt(Layout l, FormSet set, Receipt r) {
        FormDossier d = r.dossier();
        heading(l, set, FormKind.RECEIPT, d.provinceName(), d.receivingUnitName(),
                Texts.placeDate(d.placeName(), d.receivedAt()));
        title(l, set, FormKind.RECEIPT, d, null);
        l.paragraph(BODY, 0, 0, Run.bold(d.receivingUnitName()), Run.plain(" tiếp nhận hồ sơ của:"));
        applicant(l, d.applicant());
        procedure(l, d);
        if (Texts.present(d.channel())) {
            l.field("Hình thức nộp hồ sơ", d.channel(), false);
        }
        if (Texts.present(d.competentUnitName())) {
            l.field("Cơ quan giải quyết", d.competentUnitName(), false);
        }
        l.gap(3);
        l.paragraph(BODY, 0, 0, Run.bold("1. Thành phần hồ sơ nộp gồm:"));
        documents(l, d.documents());
        l.paragraph(BODY, 0, 0, Run.plain("2. Số lượng hồ sơ: "), Run.bold("01"), Run.plain(" (bộ)"));
        if (Texts.present(d.processingTime())) {
            l.paragraph(BODY, 0, 0, Run.plain("3. Thời gian giải quyết hồ sơ theo quy định là: "),
                    Run.bold(d.processingTime()));
        } else {
            l.paragraph(BODY, 0, 0, Run.plain("3. Thời gian giải quyết hồ sơ theo quy định của thủ tục."));
        }
        l.paragraph(BODY, 0, 0, Run.plain("4. Thời gian nhận hồ sơ: "), Run.bold(Texts.dateTime(d.receivedAt())));
        l.paragraph(BODY, 0, 0, Run.plain("5. Thời gian trả kết quả giải quyết hồ sơ: "),
                Run.bold(Texts.dateTime(d.dueAt())));
        l.paragraph(BODY, 0, 0, Run.plain("6. Phí, lệ phí: "),
                Run.plain(d.fees().isEmpty() ? "không" : Texts.money(total(d.fees()))));
        for (FeeLine f : d.fees()) {
            l.paragraph(BODY, 14, 0, Run.plain("- " + f.name() + ": " + Texts.money(f.amountVnd())));
        }
        l.paragraph(BODY, 0, 0, Run.plain("7. Tra cứu tình trạng hồ sơ: mã hồ sơ "), Run.bold(d.code()),
                Run.plain(Texts.present(d.lookupSecret()) ? ", mã tra cứu " : ""),
                Run.bold(Texts.present(d.lookupSecret()) ? d.lookupSecret() : ""),
                Run.plain(Texts.present(d.lookupUrl()) ? " tại " + d.lookupUrl() + " hoặc quét mã QR." : "."));
        if (Texts.present(d.lookupSecret())) {
            l.text("(Mã tra cứu chỉ in trên giấy tiếp nhận này; xin giữ kín, không cung cấp cho người khác.)", false,
                    9, Layout.Align.LEFT, 14);
        }
        signatures(l, "NGƯỜI NỘP HỒ SƠ", d.applicant().organisation() ? null : d.applicant().name(),
                "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", d.clerkName());
    }

    private static long total(List<FeeLine> fees) {
        return fees.stream().mapToLong(FeeLine::amountVnd).sum();
    }

    private static void documents(Layout l, List<DocumentLine> docs) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (DocumentLine doc : docs) {
            rows.add(List.of(Integer.toString(i++), doc.name(), Integer.toString(doc.originals()),
                    Integer.toString(doc.copies()), doc.digitised() ? "Có" : "Không", doc.reused() ? "Có" : "Không"));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "(không có)", "", "", "", ""));
        }
        l.table(new float[] {6, 50, 10, 10, 11, 13}, new boolean[] {true, false, true, true, true, true},
                List.of("STT", "Tên giấy tờ", "Bản chính", "Bản sao", "Đã số hóa", "Tái sử dụng dữ liệu"), rows, 10);
        l.gap(4);
    }

    private static void supplement(Layout l, FormSet set, SupplementRequest s) {
        FormDossier d = s.dossier();
        var p = s.supplement();
        heading(l, set, FormKind.SUPPLEMENT_REQUEST, d.provinceName(), d.receivingUnitName(),
                Texts.placeDate(d.placeName(), p.requestedAt()));
        title(l, set, FormKind.SUPPLEMENT_REQUEST, d, "(Yêu cầu bổ sung lần thứ " + Texts.two(p.supplementNo()) + ")");
        l.paragraph(BODY, 0, 0, Run.plain("Hồ sơ của: "));
        applicant(l, d.applicant());
        procedure(l, d);
        l.field("Tiếp nhận lúc", Texts.dateTime(d.receivedAt()), false);
        l.field("Ngày yêu cầu bổ sung", Texts.dateTime(p.requestedAt()), true);
        l.gap(3);
        l.paragraph(BODY, 0, 0, Run.plain("Sau khi xem xét thành phần hồ sơ, đề nghị "
                + (d.applicant().organisation() ? "Quý tổ chức" : "Ông/Bà")
                + " bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"));
        int i = 1;
        for (String m : p.missingDocuments()) {
            l.paragraph(BODY, 14, 12, Run.plain(i++ + ". " + m));
        }
        if (Texts.present(p.reasons())) {
            l.paragraph(BODY, 0, 0, Run.plain("Lý do: "), Run.plain(p.reasons()));
        }
        l.paragraph(BODY, 0, 0, Run.plain("Thời gian bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết; "
                + "thời hạn được tính tiếp từ khi nhận đủ hồ sơ. Nếu có vướng mắc, xin liên hệ "
                + d.receivingUnitName() + " để được hướng dẫn."));
        signatures(l, null, null, "NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", p.requestedBy());
    }

    private static void refusal(Layout l, FormSet set, Refusal r) {
        FormDossier d = r.dossier();
        var p = r.refusal();
        heading(l, set, FormKind.REFUSAL, d.provinceName(), d.receivingUnitName(),
                Texts.placeDate(d.placeName(), p.refusedAt()));
        title(l, set, FormKind.REFUSAL, d, null);
        l.paragraph(BODY, 0, 0, Run.bold(d.receivingUnitName()), Run.plain(" tiếp nhận hồ sơ của:"));
        applicant(l, d.applicant());
        procedure(l, d);
        l.field("Tiếp nhận lúc", Texts.dateTime(d.receivedAt()), false);
        l.gap(3);
        l.paragraph(BODY, 0, 0, Run.plain("Qua xem xét, " + d.receivingUnitName()
                + " từ chối tiếp nhận, giải quyết hồ sơ này với lý do như sau:"));
        l.paragraph(BODY, 14, 0, Run.bold(p.reason()));
        l.field("Thời điểm từ chối", Texts.dateTime(p.refusedAt()), false);
        l.paragraph(BODY, 0, 0, Run.plain("Xin thông báo để " + (d.applicant().organisation() ? "Quý tổ chức" : "Ông/Bà")
                + " được biết và thực hiện."));
        signatures(l, null, null, "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", p.refusedBy());
    }

    private static void apology(Layout l, FormSet set, Apology a) {
        FormDossier d = a.dossier();
        var p = a.apology();
        boolean extension = "extension-request".equals(set.variant(FormKind.APOLOGY));
        heading(l, set, FormKind.APOLOGY, d.provinceName(), p.unitName(), Texts.placeDate(d.placeName(), p.issuedAt()));
        title(l, set, FormKind.APOLOGY, d, null);
        String you = d.applicant().organisation() ? "Quý tổ chức" : "Ông/Bà";
        l.paragraph(BODY, 0, 0, Run.plain("Kính gửi: "), Run.bold(d.applicant().name()));
        l.gap(3);
        l.paragraph(BODY, 0, 0, Run.plain("Ngày " + Texts.date(d.receivedAt()) + ", " + d.receivingUnitName()
                + " tiếp nhận hồ sơ của " + you + " đề nghị giải quyết thủ tục "), Run.bold(d.procedureName()),
                Run.plain(". Mã hồ sơ: "), Run.bold(d.code()), Run.plain("."));
        l.paragraph(BODY, 0, 0, Run.plain("Thời gian hẹn trả kết quả giải quyết hồ sơ: "),
                Run.bold(Texts.dateTime(p.originalDue())), Run.plain("."));
        l.paragraph(BODY, 0, 0, Run.plain("Tuy nhiên, đến nay " + p.unitName() + " chưa trả kết quả giải quyết hồ sơ cho "
                + you + " đúng hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: "), Run.plain(p.reason()));
        l.paragraph(BODY, 0, 0, Run.plain("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của " + you
                + ". " + p.unitName() + " xin lỗi " + you + " và "
                + (extension ? "đề nghị được gia hạn thời gian giải quyết hồ sơ đến " : "hẹn lại ngày trả kết quả vào ")),
                Run.bold(Texts.dateTime(p.newDue())), Run.plain("."));
        l.paragraph(BODY, 0, 0, Run.plain(p.unitName() + " mong nhận được sự thông cảm của " + you + "."));
        signatures(l, null, null, or(p.signerTitle(), "THỦ TRƯỞNG CƠ QUAN"), "(Ký, ghi rõ họ tên và đóng dấu)",
                p.signerName());
    }

    private static void stop(Layout l, FormSet set, StopNotice s) {
        FormDossier d = s.dossier();
        var p = s.stop();
        String unit = issuingUnit(d);
        heading(l, set, FormKind.STOP_NOTICE, d.provinceName(), unit, Texts.placeDate(d.placeName(), p.stoppedAt()));
        title(l, set, FormKind.STOP_NOTICE, d, null);
        String you = d.applicant().organisation() ? "Quý tổ chức" : "Ông/Bà";
        l.paragraph(BODY, 0, 0, Run.plain("Kính gửi: "), Run.bold(d.applicant().name()));
        l.gap(3);
        if (Texts.present(p.legalBasis())) {
            l.paragraph(BODY, 0, 0, Run.plain("Căn cứ " + p.legalBasis() + ";"));
        }
        l.paragraph(BODY, 0, 0, Run.plain(unit + " thông báo dừng giải quyết hồ sơ của " + you + " đề nghị giải quyết thủ tục "),
                Run.bold(d.procedureName()), Run.plain(", mã hồ sơ "), Run.bold(d.code()),
                Run.plain(", tiếp nhận lúc " + Texts.dateTime(d.receivedAt())
                        + (d.dueAt() == null ? "" : ", hẹn trả kết quả lúc " + Texts.dateTime(d.dueAt())) + "."));
        l.paragraph(BODY, 0, 0, Run.plain("Lý do dừng giải quyết: "), Run.bold(p.reason()));
        l.field("Thời điểm dừng giải quyết", Texts.dateTime(p.stoppedAt()), false);
        l.paragraph(BODY, 0, 0, Run.plain("Mọi vướng mắc xin liên hệ " + d.receivingUnitName() + " để được hướng dẫn."));
        signatures(l, null, null, or(p.signerTitle(), "THỦ TRƯỞNG CƠ QUAN"), "(Ký, ghi rõ họ tên và đóng dấu)",
                p.signerName());
    }

    private static void controlSlip(Layout l, FormSet set, ControlSlip c) {
        FormDossier d = c.dossier();
        heading(l, set, FormKind.CONTROL_SLIP, d.provinceName(), d.receivingUnitName(),
                Texts.placeDate(d.placeName(), d.receivedAt()));
        title(l, set, FormKind.CONTROL_SLIP, d, null);
        l.paragraph(BODY, 0, 0, Run.plain("Kèm theo hồ sơ của: "), Run.bold(d.applicant().name()));
        procedure(l, d);
        l.field("Cơ quan giải quyết hồ sơ", issuingUnit(d), false);
        l.paragraph(BODY, 0, 0, Run.plain("Tiếp nhận lúc "), Run.bold(Texts.dateTime(d.receivedAt())),
                Run.plain(d.dueAt() == null ? "" : "; hẹn trả kết quả lúc "),
                Run.bold(d.dueAt() == null ? "" : Texts.dateTime(d.dueAt())));
        l.gap(4);
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ControlStep st : c.steps()) {
            rows.add(List.of(Integer.toString(i++), who(st.fromUnit(), st.fromPerson()), who(st.toUnit(), st.toPerson()),
                    Texts.cell(st.handedOverAt()), Texts.cell(st.stepDue()), Texts.cell(st.finishedAt()),
                    Texts.nfc(st.result())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "(chưa có bước giao nhận)", "", "", "", "", ""));
        }
        l.table(new float[] {6, 22, 22, 12, 12, 12, 14}, new boolean[] {true, false, false, true, true, true, false},
                List.of("STT", "Bên giao (cơ quan, người giao)", "Bên nhận (cơ quan, người nhận)",
                        "Thời gian giao, nhận", "Hạn xử lý", "Hoàn thành", "Kết quả (trước hạn, đúng hạn, quá hạn)"),
                rows, 9);
    }

    private static String who(String unit, String person) {
        return Texts.nfc(unit) + (Texts.present(person) ? "\n" + Texts.nfc(person) : "");
    }

    private static void book(Layout l, FormSet set, TrackingBook b) {
        var p = b.book();
        heading(l, set, FormKind.TRACKING_BOOK, p.provinceName(), p.unitName(),
                Texts.placeDate(p.placeName(), p.issuedOn()));
        l.text(set.title(FormKind.TRACKING_BOOK), true, 14, Layout.Align.CENTRE);
        l.text("Từ ngày " + Texts.date(p.from()) + " đến ngày " + Texts.date(p.to()), false, BODY,
                Layout.Align.CENTRE);
        l.text(Texts.nfc(p.unitName()) + " — " + p.rows().size() + " hồ sơ", false, BODY, Layout.Align.CENTRE);
        l.gap(6);
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (TrackingBookRow r : p.rows()) {
            rows.add(List.of(Integer.toString(i++), r.code(), Texts.nfc(r.procedureName()), Texts.nfc(r.applicantName()),
                    Texts.cell(r.receivedAt()), Texts.cell(r.dueAt()), Texts.cell(r.finishedAt()),
                    Texts.cell(r.returnedAt()), Texts.nfc(r.note())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "(không có hồ sơ trong kỳ)", "", "", "", "", "", "", ""));
        }
        l.table(new float[] {5, 19, 29, 19, 10, 10, 10, 10, 12},
                new boolean[] {true, false, false, false, true, true, true, true, false},
                List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tổ chức, cá nhân", "Ngày nhận", "Hẹn trả",
                        "Hoàn thành", "Trả kết quả", "Ghi chú"),
                rows, 9);
    }
}
