package vn.motcua.forms.infrastructure;

import vn.motcua.forms.domain.FormData;
import vn.motcua.forms.domain.FormDossier;
import vn.motcua.forms.domain.FormKind;
import vn.motcua.forms.domain.FormNotInSetException;
import vn.motcua.forms.domain.FormSet;
import vn.motcua.forms.domain.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.forms.infrastructure.FormFixtures.ORGANISATION;
import static vn.motcua.forms.infrastructure.FormFixtures.PERSON;
import static vn.motcua.forms.infrastructure.FormFixtures.SECRET;
import static vn.motcua.forms.infrastructure.FormFixtures.at;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of every set is rendered, parsed back with PDFBox and checked: the dossier code, the applicant's
 * name with its diacritics, the dates, the form number of the set in force at receipt, embedded fonts, and the QR
 * code decoded from the rendered page.
 */
class FormRendererTest {

    private static final FormRenderer RENDERER = new FormRenderer();

    /** The last day of Circular 01/2018 and the first of 03/2025, as receipt instants. */
    private static final OffsetDateTime LAST_2018 = at(2025, 6, 30, 16, 45);
    private static final OffsetDateTime FIRST_2025 = at(2025, 7, 1, 7, 35);

    static Stream<Arguments> everyFormOfEverySet() {
        List<Arguments> args = new ArrayList<>();
        for (OffsetDateTime receipt : List.of(LAST_2018, FIRST_2025)) {
            FormSet set = FormSet.forReceipt(receipt);
            for (FormKind kind : set.kinds()) {
                args.add(Arguments.of(receipt, set.circular(), kind));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("everyFormOfEverySet")
    void every_form_prints_code_name_dates_number_with_embedded_fonts_and_a_qr_code(OffsetDateTime receivedAt,
            String circular, FormKind kind) throws Exception {
        FormDossier d = FormFixtures.dossier(receivedAt, FormFixtures.person());
        FormData data = FormFixtures.data(kind, d);
        FormSet set = FormRenderer.setFor(data);
        assertEquals(circular, set.circular());

        byte[] pdf = RENDERER.render(data);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertTrue(text.contains(d.code()), "dossier code");
            assertTrue(text.contains(PERSON), "applicant with diacritics");
            assertTrue(text.contains(set.label(kind)), set.label(kind));
            assertTrue(text.contains(circular), "circular number");
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "motto");
            assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), "motto");
            assertTrue(text.contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH GIA LAI")
                    || text.contains("SỞ TƯ PHÁP TỈNH GIA LAI"), "unit");
            assertTrue(text.contains("Pleiku, ngày "), "place and date line");
            assertTrue(text.contains(set.title(kind)), "title " + set.title(kind));
            assertDates(kind, data, text);
            assertEquals(kind == FormKind.RECEIPT, text.contains(SECRET), "the secret is on the receipt only");
            assertFontsEmbedded(doc);
            if (kind != FormKind.TRACKING_BOOK) {
                String qr = decodeQr(doc);
                assertEquals(FormFixtures.LOOKUP + d.code(), qr);
                assertFalse(qr.contains(SECRET));
            }
        }
    }

    private static void assertDates(FormKind kind, FormData data, String text) {
        FormDossier d = FormFixtures.dossier(LAST_2018, FormFixtures.person());
        String received = data instanceof FormData.TrackingBook b
                ? Texts.date(b.book().rows().get(0).receivedAt())
                : Texts.date(dossierOf(data).receivedAt());
        assertTrue(text.contains(received), "receipt date " + received);
        switch (kind) {
            case RECEIPT -> {
                FormDossier x = ((FormData.Receipt) data).dossier();
                assertTrue(text.contains(Texts.dateTime(x.receivedAt())), "received at");
                assertTrue(text.contains(Texts.dateTime(x.dueAt())), "due at");
                assertTrue(text.contains("1.234.000 đồng"), "fee in Vietnamese format");
                assertTrue(text.contains("1.034.000 đồng"), "fee in Vietnamese format");
                assertTrue(text.contains("2 Bản chụp Căn cước công dân 0 1 Có Có"), "document row: digitised, reused");
                assertTrue(text.contains("3 Giấy tờ chứng minh nơi thường trú 0 1 Không Không"), "document row");
            }
            case SUPPLEMENT_REQUEST -> assertTrue(text.contains(
                    Texts.dateTime(((FormData.SupplementRequest) data).supplement().requestedAt())));
            case REFUSAL -> assertTrue(text.contains(Texts.dateTime(((FormData.Refusal) data).refusal().refusedAt())));
            case APOLOGY -> {
                var p = ((FormData.Apology) data).apology();
                assertTrue(text.contains(Texts.dateTime(p.originalDue())), "original due");
                assertTrue(text.contains(Texts.dateTime(p.newDue())), "new due");
            }
            case STOP_NOTICE -> assertTrue(text.contains(Texts.dateTime(((FormData.StopNotice) data).stop().stoppedAt())));
            case CONTROL_SLIP -> {
                var s = ((FormData.ControlSlip) data).steps().get(1);
                assertTrue(text.contains(Texts.date(s.finishedAt())), "step finished");
                assertTrue(text.contains("Quá hạn 1 ngày"));
            }
            case TRACKING_BOOK -> {
                var b = ((FormData.TrackingBook) data).book();
                assertTrue(text.contains("Từ ngày " + Texts.date(b.from()) + " đến ngày " + Texts.date(b.to())));
            }
        }
        assertTrue(d.code().endsWith("0007"));
    }

    private static FormDossier dossierOf(FormData data) {
        return switch (data.kind()) {
            case RECEIPT -> ((FormData.Receipt) data).dossier();
            case SUPPLEMENT_REQUEST -> ((FormData.SupplementRequest) data).dossier();
            case REFUSAL -> ((FormData.Refusal) data).dossier();
            case APOLOGY -> ((FormData.Apology) data).dossier();
            case STOP_NOTICE -> ((FormData.StopNotice) data).dossier();
            case CONTROL_SLIP -> ((FormData.ControlSlip) data).dossier();
            case TRACKING_BOOK -> throw new IllegalArgumentException();
        };
    }

    @Test
    void the_form_numbers_change_at_the_1_july_2025_boundary() throws IOException {
        FormData before = new FormData.ControlSlip(FormFixtures.dossier(LAST_2018, FormFixtures.person()), List.of());
        FormData after = new FormData.ControlSlip(FormFixtures.dossier(FIRST_2025, FormFixtures.person()), List.of());
        String t1 = text(RENDERER.render(before));
        String t2 = text(RENDERER.render(after));
        assertTrue(t1.contains("Mẫu số 05") && t1.contains("01/2018/TT-VPCP") && !t1.contains("03/2025/TT-VPCP"));
        assertTrue(t2.contains("Mẫu số 06") && t2.contains("03/2025/TT-VPCP") && !t2.contains("01/2018/TT-VPCP"));
        assertTrue(t1.contains("30/06/2025") && t2.contains("01/07/2025"));
        assertTrue(t1.contains("Pleiku, ngày 30 tháng 6 năm 2025") && t2.contains("Pleiku, ngày 01 tháng 7 năm 2025"));
    }

    @Test
    void a_stop_notice_does_not_exist_under_circular_01_2018() {
        FormData stop = FormFixtures.data(FormKind.STOP_NOTICE, FormFixtures.dossier(LAST_2018, FormFixtures.person()));
        FormNotInSetException e = assertThrows(FormNotInSetException.class, () -> RENDERER.render(stop));
        assertEquals(FormKind.STOP_NOTICE, e.kind());
        assertEquals("01/2018/TT-VPCP", e.circular());
        assertThrows(FormNotInSetException.class, () -> RENDERER.render(FormSet.byCircular("01/2018/TT-VPCP"), stop));
        assertTrue(RENDERER.render(FormSet.byCircular("03/2025/TT-VPCP"), stop).length > 0);
    }

    @Test
    void an_organisation_name_and_decomposed_input_are_printed_in_nfc() throws IOException {
        String nfd = Normalizer.normalize(ORGANISATION, Normalizer.Form.NFD);
        FormDossier.Applicant org = FormDossier.Applicant.organisation(nfd, "5900123456", "Thôn 3, xã Đắk Đoa",
                null, null);
        FormDossier d = FormFixtures.dossier(FIRST_2025, org);
        for (FormKind kind : List.of(FormKind.RECEIPT, FormKind.APOLOGY, FormKind.STOP_NOTICE)) {
            String t = text(RENDERER.render(FormFixtures.data(kind, d)));
            assertTrue(t.contains(ORGANISATION), kind + ": organisation name");
            assertTrue(t.contains("Tổ chức") || t.contains("Quý tổ chức"), kind.name());
        }
    }

    @Test
    void the_2025_apology_asks_for_an_extension_and_the_2018_one_gives_a_new_appointment() throws IOException {
        String t2018 = text(RENDERER.render(FormFixtures.data(FormKind.APOLOGY,
                FormFixtures.dossier(LAST_2018, FormFixtures.person()))));
        String t2025 = text(RENDERER.render(FormFixtures.data(FormKind.APOLOGY,
                FormFixtures.dossier(FIRST_2025, FormFixtures.person()))));
        assertTrue(t2018.contains("hẹn lại ngày trả kết quả") && t2018.contains("Mẫu số 04"));
        assertTrue(t2025.contains("đề nghị được gia hạn") && t2025.contains("Mẫu số 04"));
    }

    @Test
    void a_long_tracking_book_continues_on_numbered_pages_with_every_row() throws IOException {
        FormDossier d = FormFixtures.dossier(FIRST_2025, FormFixtures.person());
        var book = FormFixtures.book(FIRST_2025.toLocalDate(), 80, d);
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(new FormData.TrackingBook(book)))) {
            assertTrue(doc.getNumberOfPages() > 1);
            PDPage first = doc.getPage(0);
            assertTrue(first.getMediaBox().getWidth() > first.getMediaBox().getHeight(), "landscape");
            String t = text(doc);
            assertTrue(t.contains("Trang 1/" + doc.getNumberOfPages()));
            for (var row : book.rows()) {
                assertTrue(t.contains(row.code()), row.code());
            }
            assertTrue(t.contains("Hoàng Minh Khôi 79"));
            assertFontsEmbedded(doc);
        }
    }

    @Test
    void a_long_receipt_repeats_the_code_in_the_footer_of_every_page() throws IOException {
        FormDossier d = FormFixtures.dossier(FIRST_2025, FormFixtures.person());
        List<FormDossier.DocumentLine> docs = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            docs.add(new FormDossier.DocumentLine("Giấy tờ số " + i + " về quyền sử dụng đất ở Đắk Đoa", 1, 2, i % 3 == 0));
        }
        FormDossier many = new FormDossier(d.provinceName(), d.receivingUnitName(), d.competentUnitName(), d.code(),
                d.lookupSecret(), d.lookupUrl(), d.procedureCode(), d.procedureName(), d.applicant(), d.channel(),
                d.receivedAt(), d.dueAt(), d.processingTime(), docs, d.fees(), d.clerkName(), d.placeName());
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(new FormData.Receipt(many)))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1);
            PDFTextStripper last = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                last.setStartPage(p);
                last.setEndPage(p);
                String t = Normalizer.normalize(last.getText(doc), Normalizer.Form.NFC);
                assertTrue(t.contains("Mã hồ sơ " + d.code() + " · Trang " + p + "/" + pages), "footer of page " + p);
            }
            String all = text(doc);
            assertTrue(all.contains("Giấy tờ số 45 về quyền sử dụng đất ở Đắk Đoa"));
            assertTrue(all.contains("NGƯỜI TIẾP NHẬN HỒ SƠ"));
        }
    }

    @Test
    void one_renderer_serves_concurrent_requests() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                OffsetDateTime r = FIRST_2025.plusDays(i);
                results.add(pool.submit(() -> {
                    FormDossier d = FormFixtures.dossier(r, FormFixtures.person());
                    String t = text(RENDERER.render(FormFixtures.data(FormKind.values()[r.getDayOfMonth() % 7], d)));
                    return t.contains(d.code()) && t.contains(PERSON) ? "ok" : t;
                }));
            }
            for (var f : results) {
                assertEquals("ok", f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every precomposed Vietnamese letter, both cases, survives the embedded font and text extraction. */
    @Test
    void the_whole_vietnamese_alphabet_round_trips() throws IOException {
        String lower = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
        String both = lower + " " + lower.toUpperCase(java.util.Locale.ROOT);
        FormDossier.Applicant a = FormDossier.Applicant.person(both, null, null, null, null);
        String t = text(RENDERER.render(new FormData.Receipt(FormFixtures.dossier(FIRST_2025, a))));
        assertTrue(t.contains(lower), "lower case");
        assertTrue(t.contains(lower.toUpperCase(java.util.Locale.ROOT)), "upper case");
    }

    @Test
    void slugs_and_file_names() {
        for (FormKind k : FormKind.values()) {
            assertEquals(k, FormKind.fromSlug(k.slug()));
        }
        assertEquals(FormKind.STOP_NOTICE, FormKind.fromSlug("stop-notice"));
        assertThrows(IllegalArgumentException.class, () -> FormKind.fromSlug("invoice"));
        FormData receipt = new FormData.Receipt(FormFixtures.dossier(FIRST_2025, FormFixtures.person()));
        assertEquals("mau-01-receipt-H21.17-250701-0007.pdf",
                FormRenderer.fileName(FormRenderer.setFor(receipt), receipt));
    }

    @Test
    void characters_the_font_lacks_are_replaced_not_fatal() throws IOException {
        FormDossier.Applicant a = FormDossier.Applicant.person(PERSON + " \uD83D\uDE00 王", null, null, null, null);
        String t = text(RENDERER.render(new FormData.Receipt(FormFixtures.dossier(FIRST_2025, a))));
        assertTrue(t.contains(PERSON + " ? ?"));
    }

    @Test
    void the_lookup_url_must_hold_the_code_and_never_the_secret() {
        FormDossier ok = FormFixtures.dossier(FIRST_2025, FormFixtures.person());
        assertThrows(IllegalArgumentException.class, () -> withUrl(ok, FormFixtures.LOOKUP + ok.code() + "&s=" + SECRET));
        assertThrows(IllegalArgumentException.class, () -> withUrl(ok, FormFixtures.LOOKUP + "X"));
        assertEquals(ok.code(), withUrl(ok, null).qrContent(), "without a URL the QR holds the code");
    }

    private static FormDossier withUrl(FormDossier d, String url) {
        return new FormDossier(d.provinceName(), d.receivingUnitName(), d.competentUnitName(), d.code(),
                d.lookupSecret(), url, d.procedureCode(), d.procedureName(), d.applicant(), d.channel(),
                d.receivedAt(), d.dueAt(), d.processingTime(), d.documents(), d.fees(), d.clerkName(), d.placeName());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return text(doc);
        }
    }

    /** The extracted text in NFC, with every run of white space (line breaks of wrapped text) as one space. */
    static String text(PDDocument doc) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    static void assertFontsEmbedded(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                fonts++;
            }
        }
        assertTrue(fonts > 0);
    }

    static String decodeQr(PDDocument doc) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no QR code found on page 1", e);
        }
    }
}
