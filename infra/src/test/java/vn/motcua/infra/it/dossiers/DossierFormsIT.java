package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.dossiers.DossierApi.act;
import static vn.motcua.infra.it.dossiers.DossierApi.object;
import static vn.motcua.infra.it.dossiers.DossierApi.problem;
import static vn.motcua.infra.it.dossiers.DossierApi.receiveInGiaLai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.SystemUnderTest;

/**
 * The statutory forms as served by the running system, read back: each carries the dossier code, the applicant's name
 * with its diacritics, the right dates (dd/MM/yyyy) and the form number of the 2025 set; every font is embedded.
 */
class DossierFormsIT {

    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void receiptSupplementApologyControlSlipAndStopNotice() throws Exception {
        JsonObject d = receiveInGiaLai(APPLICANT);
        String code = d.getString("code");
        String text = pdfText("gia-lai.clerk", "/api/dossiers/" + code + "/forms/RECEIPT");
        assertTrue(text.contains(code), text);
        assertTrue(text.contains(APPLICANT), text);
        assertTrue(text.contains(day(d.getString("receivedAt"))), text);
        assertTrue(text.contains(day(d.getString("dueAt"))), text);
        assertTrue(text.contains("Mẫu số 01"), text);
        assertTrue(text.contains(d.getString("lookupSecret")), "the receipt prints the lookup secret");

        JsonObject s = object(act("gia-lai.officer", code, "REQUEST_SUPPLEMENT", d.getJsonNumber("version").longValue(),
                "Bản sao căn cước công dân"));
        text = pdfText("gia-lai.clerk", "/api/dossiers/" + code + "/forms/SUPPLEMENT_REQUEST");
        assertTrue(text.contains(code) && text.contains(APPLICANT) && text.contains("Mẫu số 02"), text);
        assertTrue(text.contains("Bản sao căn cước công dân"), text);
        assertTrue(text.contains(day(s.getJsonArray("events").getJsonObject(1).getString("at"))), text);

        s = object(act("gia-lai.clerk", code, "RECEIVE_SUPPLEMENT", s.getJsonNumber("version").longValue(), null));
        String newDate = OffsetDateTime.parse(s.getString("dueAt")).plusDays(7).toString();
        s = object(DossierApi.as("gia-lai.leader").post("/api/dossiers/" + code + "/transitions", Json.createObjectBuilder()
                .add("action", "APOLOGISE").add("version", s.getJsonNumber("version").longValue())
                .add("reason", "Chờ ý kiến Sở Tài chính").add("newDate", newDate).build().toString()));
        text = pdfText("gia-lai.clerk", "/api/dossiers/" + code + "/forms/APOLOGY");
        assertTrue(text.contains(code) && text.contains(APPLICANT) && text.contains("Mẫu số 04"), text);
        assertTrue(text.contains(day(newDate)), text);

        text = pdfText("gia-lai.officer", "/api/dossiers/" + code + "/forms/CONTROL_SLIP");
        assertTrue(text.contains(code) && text.contains("Mẫu số 06"), text);

        problem(DossierApi.as("gia-lai.clerk").get("/api/dossiers/" + code + "/forms/STOP_NOTICE"), 400);
        s = object(act("gia-lai.leader", code, "STOP", s.getJsonNumber("version").longValue(),
                "Quá thời hạn bổ sung hồ sơ"));
        text = pdfText("gia-lai.clerk", "/api/dossiers/" + code + "/forms/STOP_NOTICE");
        assertTrue(text.contains(code) && text.contains("Mẫu số 05") && text.contains("Quá thời hạn bổ sung hồ sơ"), text);
    }

    @Test
    void refusalAtReceiptAndTheTrackingBook() throws Exception {
        JsonObject d = object(DossierApi.as("gia-lai.clerk").post("/api/dossiers", Json.createObjectBuilder()
                .add("procedureCode", DossierApi.PROCEDURE).add("channel", "IN_PERSON").add("outcome", "REFUSED_AT_RECEIPT")
                .add("reason", "Thủ tục không thuộc thẩm quyền giải quyết")
                .add("applicant", Json.createObjectBuilder().add("kind", "ORGANISATION").add("name", "Công ty TNHH Đồng Xanh"))
                .add("receivingUnitCode", DossierApi.GIA_LAI_CENTRE).build().toString()));
        assertEquals(3, d.getInt("status"));
        String text = pdfText("gia-lai.clerk", "/api/dossiers/" + d.getString("code") + "/forms/REFUSAL");
        assertTrue(text.contains("Công ty TNHH Đồng Xanh") && text.contains("Mẫu số 03"), text);
        assertTrue(text.contains("Thủ tục không thuộc thẩm quyền giải quyết"), text);
        problem(DossierApi.as("gia-lai.clerk").get("/api/dossiers/" + d.getString("code") + "/forms/RECEIPT"), 400);

        String today = OffsetDateTime.now(ZoneOffset.ofHours(7)).toLocalDate().toString();
        text = pdfText("gia-lai.leader", "/api/dossiers/tracking-book?unitCode=" + DossierApi.GIA_LAI_CENTRE
                + "&from=" + today + "&to=" + today);
        assertTrue(text.contains(d.getString("code").substring(0, 10)), text);
        assertTrue(text.contains("Mẫu số 07"), text);
        problem(DossierApi.as("gia-lai.clerk").get("/api/dossiers/" + d.getString("code") + "/forms/NOT_A_FORM"), 400);
    }


    static String day(String isoInstant) {
        return DAY.format(OffsetDateTime.parse(isoInstant).withOffsetSameInstant(ZoneOffset.ofHours(7)));
    }

    /** Fetches a PDF as the user and returns its text (NFC), after checking every font is embedded. */
    static String pdfText(String user, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(SystemUnderTest.get().baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).GET().build();
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode(), () -> new String(res.body(), StandardCharsets.UTF_8));
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(res.body())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
                }
            }
            return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
        }
    }
}
