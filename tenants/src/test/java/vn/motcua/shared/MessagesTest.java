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
