package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.dossiers.DossierApi.as;
import static vn.motcua.infra.it.dossiers.DossierApi.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.reports.TimelinessReportIT;

/**
 * Issue 15, "find any dossier": listDossiers's search and filters. Three dossiers received at the Gia Lai desk today
 * (names "Đặng Thị Xxxx An/Ánh/Bình", one per channel, each with its own ID number) and three imported ones of a
 * 2-working-day procedure of our own ("Lê Văn Xxxx Một/Hai/Ba": finished late in March, open and overdue since March,
 * received a minute ago) — Xxxx a word no other test uses. Every filter is tried alone and combined; pages and total
 * agree; bad values are refused naming the parameter; Hà Tĩnh finds none of them.
 */
class DossierSearchApiIT {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static String word;
    static final List<String> live = new ArrayList<>();
    static final String[] ids = new String[3];
    static String procedure;
    static String prefix;

    @BeforeAll
    static void dossiers() {
        StringBuilder w = new StringBuilder("X");
        for (int i = 0; i < 5; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        word = w.toString(); // e.g. "Xqkfam": capitalised, no accents, in no other test's names
        String[] given = {"An", "Ánh", "Bình"};
        String[] channels = {"IN_PERSON", "ONLINE", "POSTAL"};
        for (int i = 0; i < 3; i++) {
            ids[i] = "0792" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            String body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(DossierApi.receiptJson(
                            DossierApi.PROCEDURE, "Đặng Thị " + word + " " + given[i], DossierApi.GIA_LAI_CENTRE)))
                            .readObject())
                    .add("channel", channels[i])
                    .add("applicant", Json.createObjectBuilder().add("kind", "PERSON")
                            .add("name", "Đặng Thị " + word + " " + given[i]).add("idNumber", ids[i]))
                    .build().toString();
            Http.Response r = as("gia-lai.clerk").post("/api/dossiers", body);
            assertEquals(201, r.status(), r::toString);
            live.add(object(r).getString("code"));
        }
        procedure = ImportFiles.procedure("gia-lai.admin", 2);
        prefix = ImportFiles.unique("SRCH");
        String aMinuteAgo = OffsetDateTime.now(VN).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        String lines = String.join("\n",
                TimelinessReportIT.processed(ImportFiles.code(prefix, 1), procedure, "H21.30", "H21.05", "IN_PERSON",
                        "Lê Văn " + word + " Một", "2026-03-02T09:00", "2026-03-20T09:00"),
                TimelinessReportIT.line(ImportFiles.code(prefix, 2), procedure, "H21.30", "H21.05", "IN_PERSON",
                        "Lê Văn " + word + " Hai", "2026-03-02T09:00", 2, null,
                        List.of(TimelinessReportIT.event("2026-03-02T09:00", "CLERK", "RECEIVE", null, 2, null))),
                TimelinessReportIT.line(ImportFiles.code(prefix, 3), procedure, "H21.30", "H21.05", "IN_PERSON",
                        "Lê Văn " + word + " Ba", aMinuteAgo, 2, null,
                        List.of(TimelinessReportIT.event(aMinuteAgo, "CLERK", "RECEIVE", null, 2, null)))) + "\n";
        Http.Response imported = ImportFiles.post(as("gia-lai.admin"), prefix, lines);
        assertEquals(200, imported.status(), imported::toString);
    }

    static JsonObject page(String user, String query) {
        Http.Response r = as(user).get("/api/dossiers?" + query);
        assertEquals(200, r.status(), r::toString);
        return object(r);
    }

    static JsonObject page(String query) {
        return page("gia-lai.clerk", query);
    }

    static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The live dossiers' names, folded and lower case as a person types them without accents. */
    static String dang() {
        return "applicantName=" + enc("dang thi " + word.toLowerCase(Locale.ROOT));
    }

    static String le() {
        return "applicantName=" + enc("le van " + word.toLowerCase(Locale.ROOT));
    }

    @Test
    void aNameWithoutAccentsFindsTheDossiersWhoseNameStartsWithIt() {
        JsonObject all = page(dang() + "&sort=CODE_ASC");
        assertEquals(3, all.getInt("total"));
        assertFalse(all.getBoolean("totalCapped"));
        assertEquals(live, codes(all), "codes of one desk and day ascend in receipt order");
        assertEquals("Đặng Thị " + word + " An", all.getJsonArray("items").getJsonObject(0).getString("applicantName"));
        // "an" is the start of "An" and of "Ánh"; case, accents and spaces do not matter; "đ" is "d"
        assertEquals(2, page("applicantName=" + enc("  DANG   thi " + word + " an")).getInt("total"));
        assertEquals(List.of(live.get(2)), codes(page("applicantName=" + enc("Đặng Thị " + word + " Bình"))));
        assertEquals(List.of(live.get(2)), codes(page("applicantName=" + enc("đang thi " + word + " binh"))));
        assertEquals(0, page("applicantName=" + enc("thi " + word)).getInt("total"), "the start of the name only");
        // the one search box: a name, a code's start or an identity number
        assertEquals(3, page("q=" + enc("dang thi " + word)).getInt("total"));
        assertEquals(List.of(live.get(1)), codes(page("q=" + ids[1])));
        assertEquals(List.of(live.get(0)), codes(page("q=" + enc(live.get(0)))));
        assertEquals(List.of(live.get(1)), codes(page("idNumber=" + ids[1])));
        assertEquals(List.of(live.get(2)), codes(page("code=" + enc(live.get(2)))));
        assertEquals(3, page("code=" + enc(prefix)).getInt("total"), "a code's start: the imported batch");
    }

    @Test
    void filtersCombine() {
        String today = LocalDate.now(VN).toString();
        String tomorrow = LocalDate.now(VN).plusDays(1).toString();
        assertEquals(List.of(live.get(1)), codes(page(dang() + "&channel=ONLINE")));
        assertEquals(List.of(live.get(2)), codes(page(dang() + "&channel=postal")), "enum values in any case");
        assertEquals(3, page(dang() + "&from=" + today + "&to=" + today).getInt("total"));
        assertEquals(0, page(dang() + "&from=" + tomorrow).getInt("total"));
        assertEquals(0, page(dang() + "&to=2026-03-31").getInt("total"));
        assertEquals(3, page(dang() + "&receivingUnitCode=H21.30&procedureCode=" + DossierApi.PROCEDURE).getInt("total"));
        assertEquals(0, page(dang() + "&receivingUnitCode=H21.05").getInt("total"));
        assertEquals(0, page(dang() + "&status=10").getInt("total"));
        assertEquals(1, page(dang() + "&channel=ONLINE&idNumber=" + ids[1] + "&to=" + today).getInt("total"));
        assertEquals(0, page(dang() + "&channel=ONLINE&idNumber=" + ids[0]).getInt("total"));
        // the imported three: period, units, procedure and its field (HO_TICH, see ImportFiles.procedure)
        assertEquals(3, page(le() + "&competentUnitCode=H21.05&procedureCode=" + procedure).getInt("total"));
        assertEquals(3, page(le() + "&fieldCode=HO_TICH").getInt("total"));
        assertEquals(0, page(le() + "&fieldCode=DAT_DAI").getInt("total"));
        assertEquals(2, page(le() + "&from=2026-03-02&to=2026-03-02").getInt("total"));
        assertEquals(List.of(ImportFiles.code(prefix, 1)), codes(page(le() + "&status=9")));
    }

    @Test
    void latenessIsTheClocksDecision() {
        assertEquals(List.of(ImportFiles.code(prefix, 1)), codes(page(le() + "&lateness=LATE")));
        assertEquals(List.of(ImportFiles.code(prefix, 2)), codes(page(le() + "&lateness=OVERDUE")));
        // received a minute ago with 2 working days: due within 5 working days, not overdue, not late
        assertEquals(List.of(ImportFiles.code(prefix, 3)), codes(page(le() + "&lateness=DUE_SOON&dueWithinDays=5")));
        assertEquals(0, page(dang() + "&lateness=LATE").getInt("total"));
        assertEquals(0, page(dang() + "&lateness=OVERDUE").getInt("total"));
    }

    @Test
    void pagesAndTotalAgreeInEveryOrder() {
        List<String> all = new ArrayList<>(live);
        JsonObject p1 = page(dang() + "&sort=CODE_ASC&first=0&size=2");
        JsonObject p2 = page(dang() + "&sort=CODE_ASC&first=2&size=2");
        assertEquals(3, p1.getInt("total"));
        assertEquals(3, p2.getInt("total"));
        assertEquals(2, p1.getInt("size"));
        assertEquals(2, p2.getInt("first"));
        List<String> paged = new ArrayList<>(codes(p1));
        paged.addAll(codes(p2));
        assertEquals(all, paged);
        assertEquals(List.of(live.get(2), live.get(1), live.get(0)), codes(page(dang() + "&sort=CODE_DESC")));
        assertEquals(List.of(live.get(2), live.get(1), live.get(0)), codes(page(dang())), "newest received first");
        assertEquals(live, codes(page(dang() + "&sort=RECEIVED_ASC")));
        assertEquals(List.of(ImportFiles.code(prefix, 1), ImportFiles.code(prefix, 2), ImportFiles.code(prefix, 3)),
                codes(page(le() + "&sort=DUE_ASC")));
        assertEquals(0, page(dang() + "&first=3").getJsonArray("items").size());
        assertEquals(3, page(dang() + "&first=3").getInt("total"));
    }

    /** 400 with one error on {@code parameter}; its message. */
    static String refused(String query, String parameter) {
        JsonObject p = Rest.problem(as("gia-lai.clerk").get("/api/dossiers?" + query), 400);
        assertEquals(1, p.getJsonArray("errors").size(), p.toString());
        JsonObject e = p.getJsonArray("errors").getJsonObject(0);
        assertEquals(parameter, e.getString("field"), p.toString());
        return e.getString("message");
    }

    @Test
    void badValuesAreRefusedWithAMessageAPersonCanActOn() {
        assertEquals("Tham số 'from' là bắt buộc và phải là một ngày dạng YYYY-MM-DD, ví dụ 2026-01-31.",
                refused("from=2026-13-01", "from"));
        assertEquals("Ngày kết thúc 'to' (01/03/2026) đứng trước ngày bắt đầu 'from' (31/03/2026); hãy đổi lại hai ngày.",
                refused("from=2026-03-31&to=2026-03-01", "to"));
        assertEquals("Tham số 'channel' không nhận giá trị 'FAX'; hãy dùng một trong: IN_PERSON, ONLINE, POSTAL.",
                refused("channel=FAX", "channel"));
        assertEquals("Tham số 'lateness' không nhận giá trị 'SOON'; hãy dùng một trong: LATE, OVERDUE, DUE_SOON.",
                refused("lateness=SOON", "lateness"));
        assertEquals("Tham số 'sort' không nhận giá trị 'NAME'; hãy dùng một trong: RECEIVED_DESC, RECEIVED_ASC, "
                + "DUE_ASC, DUE_DESC, CODE_ASC, CODE_DESC.", refused("sort=NAME", "sort"));
        assertEquals("Tham số 'dueWithinDays' (số ngày làm việc) chỉ dùng cùng lateness=DUE_SOON (hồ sơ sắp đến hạn); "
                + "hãy thêm lateness=DUE_SOON hoặc bỏ dueWithinDays.", refused("dueWithinDays=5", "dueWithinDays"));
        assertEquals("Tham số 'dueWithinDays' phải là số nguyên từ 1 đến 30.",
                refused("lateness=DUE_SOON&dueWithinDays=31", "dueWithinDays"));
        assertEquals("Không có lĩnh vực mã 'KHONG_CO'; danh sách mã lĩnh vực: GET /api/procedure-fields.",
                refused("fieldCode=KHONG_CO", "fieldCode"));
        JsonObject en = Rest.problem(as("gia-lai.clerk").header("Accept-Language", "en")
                .get("/api/dossiers?channel=FAX"), 400);
        assertEquals("The parameter 'channel' does not take 'FAX'; use one of: IN_PERSON, ONLINE, POSTAL.",
                en.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void anotherProvinceFindsNothing() {
        for (String user : new String[] {"ha-tinh.clerk", "ha-tinh.leader"}) {
            assertEquals(0, page(user, dang()).getInt("total"));
            assertEquals(0, page(user, "q=" + ids[0]).getInt("total"));
            assertEquals(0, page(user, "idNumber=" + ids[1]).getInt("total"));
            assertEquals(0, page(user, "code=" + enc(live.get(0))).getInt("total"));
            assertEquals(0, page(user, le() + "&lateness=OVERDUE").getInt("total"));
            assertTrue(page(user, "size=500").getJsonArray("items").stream()
                    .noneMatch(v -> live.contains(v.asJsonObject().getString("code"))));
        }
    }
}
