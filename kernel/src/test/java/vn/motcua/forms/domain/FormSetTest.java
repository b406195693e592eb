package vn.motcua.forms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormSetTest {

    private static final String HEADER = "circular;issued;valid_from;valid_until;kind;number;title;variant";

    @Test
    void circular_01_2018_until_30_june_2025_then_03_2025() {
        assertEquals("01/2018/TT-VPCP", FormSet.inForceOn(LocalDate.of(2019, 1, 1)).circular());
        assertEquals("01/2018/TT-VPCP", FormSet.inForceOn(LocalDate.of(2025, 6, 30)).circular());
        assertEquals("03/2025/TT-VPCP", FormSet.inForceOn(LocalDate.of(2025, 7, 1)).circular());
        assertEquals("03/2025/TT-VPCP", FormSet.inForceOn(LocalDate.of(2040, 1, 1)).circular());
        assertEquals(2, FormSet.all().size());
    }

    @Test
    void the_receipt_instant_is_read_in_vietnam() {
        // 17:30 UTC on 30 June is 00:30 on 1 July in Hà Nội
        assertEquals("03/2025/TT-VPCP",
                FormSet.forReceipt(OffsetDateTime.of(2025, 6, 30, 17, 30, 0, 0, ZoneOffset.UTC)).circular());
        assertEquals("01/2018/TT-VPCP",
                FormSet.forReceipt(OffsetDateTime.of(2025, 6, 30, 16, 59, 0, 0, ZoneOffset.UTC)).circular());
    }

    @Test
    void numbers_of_each_set() {
        FormSet old = FormSet.byCircular("01/2018/TT-VPCP");
        FormSet now = FormSet.byCircular("03/2025/TT-VPCP");
        assertEquals(EnumSet.complementOf(EnumSet.of(FormKind.STOP_NOTICE)), EnumSet.copyOf(old.kinds()));
        assertEquals(EnumSet.allOf(FormKind.class), EnumSet.copyOf(now.kinds()));
        assertEquals(List.of("01", "02", "03", "04", "05", "06"), List.of(old.number(FormKind.RECEIPT),
                old.number(FormKind.SUPPLEMENT_REQUEST), old.number(FormKind.REFUSAL), old.number(FormKind.APOLOGY),
                old.number(FormKind.CONTROL_SLIP), old.number(FormKind.TRACKING_BOOK)));
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07"), List.of(now.number(FormKind.RECEIPT),
                now.number(FormKind.SUPPLEMENT_REQUEST), now.number(FormKind.REFUSAL), now.number(FormKind.APOLOGY),
                now.number(FormKind.STOP_NOTICE), now.number(FormKind.CONTROL_SLIP),
                now.number(FormKind.TRACKING_BOOK)));
        assertEquals("Mẫu số 05", now.label(FormKind.STOP_NOTICE));
        assertFalse(old.contains(FormKind.STOP_NOTICE));
        FormNotInSetException e = assertThrows(FormNotInSetException.class, () -> old.title(FormKind.STOP_NOTICE));
        assertTrue(e.getMessage().contains("01/2018/TT-VPCP"));
    }

    @Test
    void overlapping_gapped_or_duplicate_sets_are_refused() {
        assertThrows(IllegalStateException.class, () -> FormSet.parse(List.of(HEADER,
                "A;;;2025-06-30;RECEIPT;01;X;", "B;;2025-06-30;;RECEIPT;01;X;")));
        assertThrows(IllegalStateException.class, () -> FormSet.parse(List.of(HEADER,
                "A;;;2025-06-29;RECEIPT;01;X;", "B;;2025-07-01;;RECEIPT;01;X;")));
        assertThrows(IllegalStateException.class, () -> FormSet.parse(List.of(HEADER,
                "A;;;;RECEIPT;01;X;", "A;;;;RECEIPT;02;Y;")));
        assertThrows(IllegalStateException.class, () -> FormSet.parse(List.of(HEADER,
                "A;;;;RECEIPT;01;X;", "A;;2020-01-01;;REFUSAL;03;Y;")));
        assertEquals(1, FormSet.parse(List.of("# comment", HEADER, "A;;;;RECEIPT;01;X;")).size());
    }
}
