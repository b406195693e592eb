package vn.motcua.forms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wording helpers of the forms (moved out of FormSetTest when the form sets went to the kernel). */
class TextsTest {

    @Test
    void the_date_line_pads_days_below_10_and_months_1_and_2() {
        assertEquals("Pleiku, ngày 05 tháng 02 năm 2026", Texts.placeDate("Pleiku", LocalDate.of(2026, 2, 5)));
        assertEquals("Hà Tĩnh, ngày 24 tháng 11 năm 2026", Texts.placeDate("Hà Tĩnh", LocalDate.of(2026, 11, 24)));
        assertEquals("1.234.000 đồng", Texts.money(1_234_000));
        assertEquals("0 đồng", Texts.money(0));
        assertEquals("999 đồng", Texts.money(999));
    }
}
