package vn.motcua.shared.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabularRoundTripTest {

    private static final List<String> HEADER = List.of("code", "name", "valid_from");
    private static final List<List<String>> ROWS = List.of(
            List.of("H21.17", "Sở Văn hóa, Thể thao và Du lịch", "2025-07-01"),
            List.of("H21.227", "UBND xã \"Vân Canh\"; mới", "01/07/2025"));

    @Test
    void csvRoundTripKeepsVietnameseQuotesAndSeparators() {
        Table t = TabularReader.readCsv(TabularWriter.csv(HEADER, ROWS));
        assertEquals(HEADER, t.header());
        assertEquals(2, t.rows().size());
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", t.rows().get(0).get("NAME"));
        assertEquals("UBND xã \"Vân Canh\"; mới", t.rows().get(1).get("name"));
        assertEquals(3, t.rows().get(1).line(), "rows are numbered as in the file, header = 1");
    }

    @Test
    void xlsxRoundTrip() {
        Table t = TabularReader.readXlsx(TabularWriter.xlsx("Đơn vị", HEADER, ROWS));
        assertEquals(HEADER, t.header());
        assertEquals("H21.227", t.rows().get(1).get("code"));
        assertEquals("UBND xã \"Vân Canh\"; mới", t.rows().get(1).get("name"));
    }

    @Test
    void excelStyleSemicolonsAndDecomposedDiacriticsAreAccepted() {
        String decomposed = "Xa\u0303 Vi\u0303nh Tha\u0323nh"; // "Xã Vĩnh Thạnh" typed with combining marks
        byte[] csv = ("code;name\r\nH21.300;" + decomposed + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        Table t = TabularReader.readCsv(csv);
        assertEquals("Xã Vĩnh Thạnh", t.rows().get(0).get("name"));
        assertEquals(1, t.rows().size(), "blank lines are skipped");
    }

    @Test
    void brokenFilesAreRejectedWithTheRow() {
        ImportRejectedException open = assertThrows(ImportRejectedException.class,
                () -> TabularReader.readCsv("a,b\n1,\"unclosed\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, open.errors().get(0).row());
        assertThrows(ImportRejectedException.class, () -> TabularReader.readCsv(new byte[] {(byte) 0xC3, (byte) 0x28}));
        assertThrows(ImportRejectedException.class, () -> TabularReader.readXlsx("not a workbook".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ImportRejectedException.class, () -> TabularReader.readCsv(new byte[0]));
    }

    @Test
    void datesInBothNotations() {
        assertEquals(LocalDate.of(2025, 7, 1), TabularReader.parseDate("01/07/2025"));
        assertEquals(LocalDate.of(2025, 7, 1), TabularReader.parseDate("1/7/2025"));
        assertEquals(LocalDate.of(2025, 7, 1), TabularReader.parseDate("2025-07-01"));
        assertThrows(IllegalArgumentException.class, () -> TabularReader.parseDate("07-01-2025"));
    }

    @Test
    void formatDetection() {
        assertEquals(TabularFormat.CSV, TabularFormat.detect("text/csv; charset=utf-8"));
        assertEquals(TabularFormat.XLSX, TabularFormat.detect("don-vi.xlsx"));
        assertEquals(null, TabularFormat.detect("application/pdf"));
    }

    @Test
    void jsonRowsReadLikeFileRows() {
        byte[] json = "[{\"portalCode\":\"H21.17\",\"name\":\"Xa\u0303 A\",\"count\":3,\"note\":null},{\"name\":\"B\"}]"
                .getBytes(StandardCharsets.UTF_8);
        Table t = TabularReader.readJson(json, List.of("code", "valid_from"));
        assertEquals(2, t.rows().get(0).line(), "the first object is row 2, as under a header");
        assertEquals("H21.17", t.rows().get(0).get("portal_code"), "portalCode and portal_code are one column");
        assertEquals("Xã A", t.rows().get(0).get("name"));
        assertEquals("3", t.rows().get(0).get("count"));
        assertEquals("", t.rows().get(0).get("note"));
        assertEquals(true, t.hasColumn("valid_from"), "known columns are present even if absent from every row");
        ImportRejectedException notArray = assertThrows(ImportRejectedException.class,
                () -> TabularReader.readJson("{\"a\":1}".getBytes(StandardCharsets.UTF_8), List.of()));
        assertEquals(0, notArray.errors().get(0).row());
        ImportRejectedException notObject = assertThrows(ImportRejectedException.class,
                () -> TabularReader.readJson("[{\"a\":1}, 5]".getBytes(StandardCharsets.UTF_8), List.of()));
        assertEquals(3, notObject.errors().get(0).row());
    }

    @Test
    void cellsWithControlCharactersOrLoneSurrogatesAreRefusedWithRowAndColumn() {
        byte[] csv = "code,name\r\nH21.1,\"Hai\r\ndòng\"\r\nH21.2,Ở\u0000đây\r\n".getBytes(StandardCharsets.UTF_8);
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> TabularReader.readCsv(csv));
        assertEquals(1, e.errors().size(), e.errors().toString());
        ImportError nul = e.errors().get(0);
        assertEquals(List.of(3, "name"), List.of(nul.row(), nul.column()));
        // one language at a time: the reader's
        assertEquals("Chứa ký tự điều khiển U+0000 ở vị trí 2; hãy xoá ký tự này rồi gửi lại.", nul.message());
        assertEquals("Contains the control character U+0000 at position 2; remove it and send again.",
                nul.message(java.util.Locale.ENGLISH));
        byte[] json = "[{\"code\":\"H21.1\",\"name\":\"a\\ud800\"}]".getBytes(StandardCharsets.UTF_8);
        ImportRejectedException j = assertThrows(ImportRejectedException.class, () -> TabularReader.readJson(json, List.of()));
        assertEquals(2, j.errors().get(0).row());
        assertEquals("name", j.errors().get(0).column());
    }
}
