package vn.motcua.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void vietnameseIsTheDefaultWithFullDiacritics() {
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", Messages.format(null, "login.failed"));
        assertEquals("Không có tỉnh/thành phố với mã định danh 'xyz'. Xem danh sách tại GET /api/tenants.",
                Messages.format(Messages.VIETNAMESE, "tenant.notFound", "xyz"));
    }

    @Test
    void englishWhenAskedFor() {
        assertEquals("Wrong user name or password.", Messages.format(Locale.ENGLISH, "login.failed"));
        assertEquals(Locale.ENGLISH, Messages.pick(Locale.forLanguageTag("en-GB")));
        assertEquals(Messages.VIETNAMESE, Messages.pick(Locale.FRENCH));
    }

    @Test
    void daysReadDayMonthYearInBothLanguages() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 5);
        assertEquals("Thủ tục '1.000046' không có phiên bản hiệu lực vào ngày 05/01/2024.",
                Messages.format(Messages.VIETNAMESE, "dossier.import.procedureNotInForce", "1.000046", day));
        assertEquals("Procedure '1.000046' has no version in force on 05/01/2024.",
                Messages.format(Locale.ENGLISH, "dossier.import.procedureNotInForce", "1.000046", day));
    }

    /** MessageFormat reads a lone apostrophe as the start of a quote: "year's holidays" would lose it. */
    @Test
    void messagesWithArgumentsWriteAnApostropheTwice() throws Exception {
        for (String name : java.util.List.of("Problems.properties", "Problems_en.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertTrue(!text.matches("(?s).*(?<!')'(?!').*"), key + " in " + name + ": " + text);
                }
            }
        }
        assertTrue(Messages.format(Locale.ENGLISH, "calendar.outOfRange", 2031, "01/01/2019", "31/12/2027")
                .endsWith("load that year's holidays."));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        Properties vi = load("Problems.properties");
        Properties en = load("Problems_en.properties");
        assertEquals(vi.keySet(), en.keySet());
        assertTrue(vi.size() > 20);
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/motcua/shared/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
