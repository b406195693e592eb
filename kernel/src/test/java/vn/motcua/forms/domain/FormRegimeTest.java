package vn.motcua.forms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The regime of a receipt day comes from the form-set data: the 2025 cut-over is a row of form-sets.csv. */
class FormRegimeTest {

    @Test
    void the_regime_changes_on_the_day_the_2025_form_set_comes_into_force() {
        assertEquals(FormRegime.TT01_2018, FormRegime.onReceipt(LocalDate.of(2017, 3, 1)));
        assertEquals(FormRegime.TT01_2018, FormRegime.onReceipt(LocalDate.of(2025, 6, 30)));
        assertEquals(FormRegime.TT03_2025, FormRegime.onReceipt(LocalDate.of(2025, 7, 1)));
        assertEquals("03/2025/TT-VPCP", FormRegime.TT03_2025.formSet().circular());
        assertEquals("01/2018/TT-VPCP", FormRegime.TT01_2018.formSet().circular());
    }
}
