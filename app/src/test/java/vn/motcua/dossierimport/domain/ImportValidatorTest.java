package vn.motcua.dossierimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.units.domain.UnitCodes;

/** The line parser and validator of dossier imports: every problem named by row and column, nothing else read. */
class ImportValidatorTest {

    static final ImportCatalog CATALOG = new ImportCatalog(List.of(
            new ImportCatalog.Entry(1, "1.000046", "Cấp bản sao", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 7, 1),
                    new StatutoryTime(10, StatutoryUnit.WORKING_DAYS, null), null),
            new ImportCatalog.Entry(2, "1.000046", "Cấp bản sao (2025)", LocalDate.of(2025, 7, 1), null,
                    new StatutoryTime(7, StatutoryUnit.WORKING_DAYS, null), null),
            new ImportCatalog.Entry(3, "2.000001", "Mới", LocalDate.of(2026, 1, 1), null,
                    new StatutoryTime(5, StatutoryUnit.WORKING_DAYS, null), null)));
    /** The service centre since 2019, a department, and a district office that closed with the 2025 merger. */
    static final UnitCodes UNITS = new UnitCodes(List.of(
            new UnitCodes.Span("H21.30", LocalDate.of(2019, 1, 1), null),
            new UnitCodes.Span("H21.05", LocalDate.of(2019, 1, 1), null),
            new UnitCodes.Span("H21.40", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30)),
            new UnitCodes.Span("H21.40", LocalDate.of(2025, 9, 1), null)));
    static final ImportValidator VALIDATOR = new ImportValidator(CATALOG, UNITS, OfficeHours.VIETNAM,
            LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));

    static final String LINE = "{\"code\":\"000.00.30.H21-240105-0001\",\"procedureCode\":\"1.000046\",\"channel\":\"IN_PERSON\","
            + "\"applicant\":{\"kind\":\"PERSON\",\"name\":\"Nguyễn Thị Hồng Nhung\",\"idNumber\":\"064190000123\"},"
            + "\"receivingUnit\":\"H21.30\",\"competentUnit\":\"H21.05\",\"receivedBy\":\"nguyen.van.a\","
            + "\"receivedAt\":\"2024-01-05T09:12:00+07:00\",\"appointmentAt\":\"2024-01-19T09:12:00+07:00\","
            + "\"status\":10,\"processedAt\":\"2024-01-18T15:00:00+07:00\",\"returnedAt\":\"2024-01-19T08:00:00+07:00\","
            + "\"returnMethod\":\"IN_PERSON\",\"electronicResult\":false,\"digitised\":true,\"feeTotal\":50000,"
            + "\"paidOnline\":false,\"apology\":null,\"satisfaction\":5,\"feedback\":\"Tốt\",\"events\":["
            + "{\"at\":\"2024-01-05T09:12:00+07:00\",\"actor\":\"nguyen.van.a\",\"role\":\"CLERK\",\"action\":\"RECEIVE\",\"toStatus\":2},"
            + "{\"at\":\"2024-01-08T10:00:00+07:00\",\"actor\":\"tran.b\",\"role\":\"OFFICER\",\"action\":\"REQUEST_SUPPLEMENT\",\"fromStatus\":2,\"toStatus\":5,\"reason\":\"Thiếu bản sao giấy khai sinh\"},"
            + "{\"at\":\"2024-01-10T10:00:00+07:00\",\"actor\":\"nguyen.van.a\",\"role\":\"CLERK\",\"action\":\"RECEIVE_SUPPLEMENT\",\"fromStatus\":5,\"toStatus\":4},"
            + "{\"at\":\"2024-01-18T15:00:00+07:00\",\"actor\":\"tran.b\",\"role\":\"OFFICER\",\"action\":\"COMPLETE_STEP\",\"fromStatus\":4,\"toStatus\":9},"
            + "{\"at\":\"2024-01-19T08:00:00+07:00\",\"actor\":\"nguyen.van.a\",\"role\":\"CLERK\",\"action\":\"RETURN_RESULT\",\"fromStatus\":9,\"toStatus\":10}]}";

    /** A dossier just received at {@code unit}, with nothing else. */
    static String received(String unit, String at) {
        return "{\"code\":\"000.00.30.H21-250630-0001\",\"procedureCode\":\"1.000046\",\"channel\":\"IN_PERSON\","
                + "\"applicant\":{\"name\":\"Lê Văn B\"},\"receivingUnit\":\"" + unit + "\",\"receivedAt\":\"" + at
                + "\",\"status\":2,\"events\":[{\"at\":\"" + at + "\",\"actor\":\"a\",\"role\":\"CLERK\","
                + "\"action\":\"RECEIVE\",\"toStatus\":2}]}";
    }

    static ImportLine ndjson(int row, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return ImportLine.ndjson(row, b, 0, b.length);
    }

    static List<ImportError> errorsOf(String line) {
        List<ImportError> errors = new ArrayList<>();
        assertNull(VALIDATOR.validate(ndjson(7, line), errors), "should be refused: " + line);
        errors.forEach(e -> assertEquals(7, e.row()));
        return errors;
    }

    static List<String> columns(List<ImportError> errors) {
        return errors.stream().map(ImportError::column).toList();
    }

    @Test
    void aCompleteLineIsReadWithTheVersionInForceAtReceipt() {
        List<ImportError> errors = new ArrayList<>();
        ImportedDossier d = VALIDATOR.validate(ndjson(3, LINE), errors);
        assertEquals(List.of(), errors);
        assertNotNull(d);
        assertEquals(3, d.row());
        assertEquals("000.00.30.H21-240105-0001", d.code());
        assertEquals(1, d.procedure().versionId(), "received in 2024: the version before 01/07/2025");
        assertEquals(Channel.IN_PERSON, d.channel());
        assertEquals("Nguyễn Thị Hồng Nhung", d.applicantName());
        assertEquals(DossierStatus.RETURNED, d.status());
        assertEquals(OffsetDateTime.parse("2024-01-05T09:12:00+07:00"), d.receivedAt());
        assertEquals(50_000, d.feeTotal());
        assertEquals(5, d.satisfaction());
        assertEquals(5, d.events().size());
        assertEquals(Action.REQUEST_SUPPLEMENT, d.events().get(1).action());
        assertEquals("Thiếu bản sao giấy khai sinh", d.events().get(1).reason());
        assertEquals(Integer.valueOf(2), d.events().get(1).fromStatus());

        ImportedDossier later = VALIDATOR.validate(ndjson(4, LINE.replace("2024-01-05T09:12", "2025-07-05T09:12")
                .replace("\"processedAt\":\"2024-01-18T15:00:00+07:00\",\"returnedAt\":\"2024-01-19T08:00:00+07:00\",", "")
                .replace("\"events\":[", "\"x\":[").replace("\"status\":10", "\"status\":2")), errors);
        assertEquals(List.of(), errors);
        assertEquals(2, later.procedure().versionId());
    }

    @Test
    void requiredFieldsEnumsInstantsAndStatusesAreCheckedTogether() {
        List<ImportError> errors = errorsOf(LINE.replace("\"code\":\"000.00.30.H21-240105-0001\",", "")
                .replace("IN_PERSON\",\"applicant", "BY_PIGEON\",\"applicant")
                .replace("\"receivedAt\":\"2024-01-05T09:12:00+07:00\"", "\"receivedAt\":\"05/01/2024 09:12\"")
                .replace("\"status\":10", "\"status\":11").replace("\"satisfaction\":5", "\"satisfaction\":6"));
        assertEquals(List.of("code", "channel", "receivedAt", "status", "satisfaction"), columns(errors), errors.toString());
        assertTrue(errors.get(1).message().contains("IN_PERSON, ONLINE, POSTAL"), errors.get(1).message());
        assertTrue(errors.get(2).message().contains("ISO-8601"));
    }

    @Test
    void theProcedureMustBeInTheCatalogAndInForceOnTheDayOfReceipt() {
        assertEquals(List.of("procedureCode"), columns(errorsOf(LINE.replace("1.000046", "9.999999"))));
        List<ImportError> e = errorsOf(LINE.replace("1.000046", "2.000001"));
        assertEquals(List.of("procedureCode"), columns(e));
        assertTrue(e.get(0).message().contains("05/01/2024"), e.toString());
        // outside the province's calendar
        assertEquals(List.of("receivedAt"), columns(errorsOf(LINE.replace("2024-01-05T09:12", "2018-01-05T09:12"))));
    }

    @Test
    void theUnitsMustBeTheProvincesOnTheDayOfReceipt() {
        // a code the province's unit tree does not have (another province's, or a typo), receiving or competent
        List<ImportError> e = errorsOf(LINE.replace("\"receivingUnit\":\"H21.30\"", "\"receivingUnit\":\"H27.30\"")
                .replace("\"competentUnit\":\"H21.05\"", "\"competentUnit\":\"H21.5\""));
        assertEquals(List.of("receivingUnit", "competentUnit"), columns(e));
        assertTrue(e.get(0).message().startsWith("Danh mục đơn vị của tỉnh không có đơn vị mã 'H27.30'."), e.toString());
        // a unit that did not exist on the day: closed on 30/06/2025, the code given again from 01/09/2025
        String closed = LINE.replace("\"competentUnit\":\"H21.05\"", "\"competentUnit\":\"H21.40\"");
        assertNotNull(VALIDATOR.validate(ndjson(7, closed), new ArrayList<>()), "in force on 05/01/2024");
        String afterMerger = closed.replace("2024-01-", "2025-07-");
        e = errorsOf(afterMerger);
        assertEquals(List.of("competentUnit"), columns(e));
        assertEquals("Đơn vị 'H21.40' không tồn tại vào ngày 05/07/2025 (mã này có hiệu lực: 01/01/2019–30/06/2025, "
                + "01/09/2025–); hãy bổ sung lịch sử đơn vị trước khi nhập.", e.get(0).message());
        // in the reader's language, one at a time
        assertEquals("Unit 'H21.40' did not exist on 05/07/2025 (the code is in force: 01/01/2019–30/06/2025, 01/09/2025–); "
                + "add the unit's history before importing.", e.get(0).message(java.util.Locale.ENGLISH));
        // both ends of a period count
        for (String day : List.of("2019-01-02", "2025-06-30", "2025-09-01")) {
            List<ImportError> none = new ArrayList<>();
            assertNotNull(VALIDATOR.validate(ndjson(7, received("H21.40", day + "T09:00:00+07:00")), none), day + none);
        }
        assertEquals(List.of("receivingUnit"), columns(errorsOf(received("H21.40", "2025-07-01T09:00:00+07:00"))));
        assertEquals(List.of("receivingUnit"), columns(errorsOf(received("H21.40", "2025-08-29T09:00:00+07:00"))));
    }

    @Test
    void eventsMustFollowEachOtherAndTheTransitionTable() {
        // out of order
        assertEquals(List.of("events[3].at"), columns(errorsOf(LINE.replace("2024-01-10T10:00", "2024-01-07T10:00"))));
        // fromStatus is not the previous toStatus
        assertEquals(List.of("events[3].fromStatus", "events[3].action"), columns(errorsOf(LINE.replace(
                "\"fromStatus\":5,\"toStatus\":4", "\"fromStatus\":6,\"toStatus\":4"))));
        // a supplement cannot be requested from "processed"
        assertTrue(columns(errorsOf(LINE.replace("\"action\":\"REQUEST_SUPPLEMENT\",\"fromStatus\":2",
                "\"action\":\"REQUEST_SUPPLEMENT\",\"fromStatus\":9"))).contains("events[2].action"));
        // the papers come back without a request
        assertEquals(List.of("events[3].action"), columns(errorsOf(LINE.replace("\"action\":\"REQUEST_SUPPLEMENT\"",
                "\"action\":\"ADD_STEP\""))));
        // unknown action, missing toStatus
        assertEquals(List.of("events[1].action", "events[1].toStatus"), columns(errorsOf(LINE.replace(
                "\"action\":\"RECEIVE\",\"toStatus\":2", "\"action\":\"TELEPORT\""))));
        // the last event must leave the dossier in its status
        assertEquals(List.of("events[5].toStatus"), columns(errorsOf(LINE.replace("\"status\":10", "\"status\":9"))));
    }

    @Test
    void anEventWithoutActorOrRoleIsReportedNotFailedOn() {
        // the second event without its actor, the fourth with a blank role: both named, the line refused, nothing thrown
        List<ImportError> errors = errorsOf(LINE
                .replace("{\"at\":\"2024-01-08T10:00:00+07:00\",\"actor\":\"tran.b\",", "{\"at\":\"2024-01-08T10:00:00+07:00\",")
                .replace("\"actor\":\"tran.b\",\"role\":\"OFFICER\",\"action\":\"COMPLETE_STEP\"",
                        "\"actor\":\"tran.b\",\"role\":\" \",\"action\":\"COMPLETE_STEP\""));
        assertEquals(List.of("events[2].actor", "events[4].role"), columns(errors), errors.toString());
    }

    @Test
    void malformedLinesAreReportedWithoutFurtherChecks() {
        assertEquals(List.of(""), columns(errorsOf("{\"code\":")));
        assertEquals(List.of(""), columns(errorsOf("[1,2]")));
        assertEquals(List.of("applicant"), columns(errorsOf(LINE.replace("\"applicant\":{\"kind\":\"PERSON\",", "\"applicant\":\"x\",\"y\":{\"kind\":\"PERSON\","))));
        assertEquals(List.of("events"), columns(errorsOf(LINE.replace("\"events\":[", "\"events\":{\"a\":[").replace("]}", "]}}"))));
    }

    @Test
    void csvRowsReadTheSameWithEventsInOneCell() {
        String csv = "code,procedure_code,channel,applicant_kind,applicant_name,receiving_unit,competent_unit,received_by,"
                + "received_at,appointment_at,status,processed_at,fee_total,events\n"
                + "000.00.30.H21-240105-0002,1.000046,ONLINE,ORGANISATION,Công ty TNHH Đồng Xanh,H21.30,,,"
                + "2024-01-05T09:12:00+07:00,,9,2024-01-18T15:00:00+07:00,0,"
                + "\"2024-01-05T09:12:00+07:00|nguyen.van.a|CLERK|RECEIVE||2|\n"
                + "2024-01-18T15:00:00+07:00|tran.b|OFFICER|COMPLETE_STEP|2|9|Xong, đúng hạn\"\n"
                + "000.00.30.H21-240105-0003,1.000046,IN_PERSON,,Lê Văn B,H21.30,,,2024-01-05T09:12:00+07:00,,9,,,"
                + "\"2024-01-05T09:12:00+07:00|a|CLERK|RECEIVE||2\n2024-01-18|b|OFFICER|COMPLETE_STEP|2|9\"\n";
        List<ImportError> errors = new ArrayList<>();
        ImportLines lines = ImportLines.of(ImportFormat.CSV,
                csv.getBytes(StandardCharsets.UTF_8), errors);
        assertEquals(List.of(), errors);
        assertEquals(2, lines.count());
        List<ImportedDossier> read = new ArrayList<>();
        lines.forEach(l -> {
            ImportedDossier d = VALIDATOR.validate(l, errors);
            if (d != null) {
                read.add(d);
            }
        });
        assertEquals(1, read.size());
        ImportedDossier d = read.get(0);
        assertEquals(2, d.row());
        assertEquals("Công ty TNHH Đồng Xanh", d.applicantName());
        assertEquals("H21.30", d.competentUnit(), "the receiving unit when absent");
        assertEquals("nguyen.van.a", d.receivedBy(), "the first event's actor when absent");
        assertEquals("Xong, đúng hạn", d.events().get(1).reason());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).row());
        assertEquals("events", errors.get(0).column());
        assertTrue(errors.get(0).message().startsWith("Sự kiện 2 (at)"), errors.get(0).message());
        // each reader gets one language: a page its user's, the REST answer the one asked for (Vietnamese by default)
        String vi = errors.get(0).message(java.util.Locale.forLanguageTag("vi"));
        String en = errors.get(0).message(java.util.Locale.ENGLISH);
        assertTrue(vi.startsWith("Sự kiện 2 (at): ") && !vi.contains("Event"), vi);
        assertTrue(en.startsWith("Event 2 (at): ") && !en.contains("Sự kiện"), en);
        assertEquals(vi, errors.get(0).message());

        List<ImportError> header = new ArrayList<>();
        ImportLines.of(ImportFormat.CSV, "code,status\nx,1\n".getBytes(StandardCharsets.UTF_8),
                header);
        assertEquals(List.of("procedure_code", "channel", "applicant_name", "receiving_unit", "received_at"),
                columns(header));
        assertTrue(header.stream().allMatch(e -> e.row() == 1));
    }

    @Test
    void ndjsonLinesAreNumberedAsInTheFileAndBlankLinesSkipped() {
        String body = "\uFEFF" + LINE + "\n\n   \r\n" + LINE.replace("0001", "0002") + "\r\n";
        List<ImportError> errors = new ArrayList<>();
        ImportLines lines = ImportLines.of(ImportFormat.NDJSON,
                body.getBytes(StandardCharsets.UTF_8), errors);
        assertEquals(2, lines.count());
        List<Integer> rows = new ArrayList<>();
        lines.forEach(l -> {
            assertNotNull(VALIDATOR.validate(l, errors), errors::toString);
            rows.add(l.row());
        });
        assertEquals(List.of(1, 4), rows);
    }
}
