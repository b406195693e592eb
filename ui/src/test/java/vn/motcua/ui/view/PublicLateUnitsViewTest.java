package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.LateOfficials;

/** The public list's officials, when their names are not published, are worded in the page's language. */
class PublicLateUnitsViewTest {

    static final List<LateOfficials.Row> ROWS = List.of(new LateOfficials.Row("tran.duc.huy3", "H48.16", 3, 5),
            new LateOfficials.Row("le.thi.c", "H48.16", 1, 4));
    static final Map<String, String> UNITS = Map.of("H48.16", "Sở Tư pháp");

    static PublicLateUnitsView in(Locale locale) {
        PublicLateUnitsView v = new PublicLateUnitsView();
        v.text = new UiText();
        v.localeView = new FixedLocale(locale);
        return v;
    }

    static List<String> names(Locale locale, boolean named) {
        PublicLateUnitsView v = in(locale);
        return LateOfficials.publish(ROWS, named, Map.of("tran.duc.huy3", "Trần Đức Huy", "le.thi.c", "Lê Thị C")::get,
                UNITS::get).stream().map(v::officialName).toList();
    }

    @Test
    void unnamedOfficialsAreNumberedWithinTheirUnitInThePagesLanguage() {
        assertEquals(List.of("Cán bộ 1 của Sở Tư pháp", "Cán bộ 2 của Sở Tư pháp"), names(LocaleView.VIETNAMESE, false));
        assertEquals(List.of("Official 1 of Sở Tư pháp", "Official 2 of Sở Tư pháp"), names(Locale.ENGLISH, false));
    }

    @Test
    void theVietnamesePageShowsTheLineTheApiPublishes() {
        PublicLateUnitsView vi = in(LocaleView.VIETNAMESE);
        for (LateOfficials.Line l : LateOfficials.publish(ROWS, false, u -> u, UNITS::get)) {
            assertEquals(l.name(), vi.officialName(l));
        }
    }

    @Test
    void namedOfficialsKeepTheirNamesInEitherLanguage() {
        assertEquals(List.of("Trần Đức Huy", "Lê Thị C"), names(Locale.ENGLISH, true));
        assertEquals(List.of("Trần Đức Huy", "Lê Thị C"), names(LocaleView.VIETNAMESE, true));
    }
}
