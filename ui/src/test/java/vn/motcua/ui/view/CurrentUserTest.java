package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private final CurrentUser user = new CurrentUser();

    {
        user.text = new UiText();
    }

    @Test
    void provincesAndCentrallyGovernedCities() {
        assertFalse(CurrentUser.isCity("Gia Lai"));
        assertFalse(CurrentUser.isCity("Tỉnh Gia Lai"));
        assertTrue(CurrentUser.isCity("Hà Nội"));
        assertTrue(CurrentUser.isCity("Thành phố Hồ Chí Minh"));
        assertTrue(CurrentUser.isCity("TP. Hồ Chí Minh"));
        assertTrue(CurrentUser.isCity("Đà Nẵng"));
        assertTrue(CurrentUser.isCity("Huế"));
    }

    @Test
    void titlesInBothLanguages() {
        Locale vi = LocaleView.VIETNAMESE;
        assertEquals("UBND tỉnh Gia Lai", user.title("Gia Lai", "Gia Lai", vi));
        assertEquals("UBND thành phố Hải Phòng", user.title("Hải Phòng", "Hải Phòng", vi));
        assertEquals("UBND thành phố Huế", user.title("Thành phố Huế", "Thành phố Huế", vi));
        assertEquals("People's Committee of Gia Lai Province", user.title("Gia Lai", "Gia Lai", Locale.ENGLISH));
    }
}
