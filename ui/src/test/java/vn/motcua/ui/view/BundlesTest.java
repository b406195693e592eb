package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.application.SecurityEvent;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.domain.TenantStatus;

class BundlesTest {

    private static final ResourceBundle VI = ResourceBundle.getBundle(UiText.BUNDLE, LocaleView.VIETNAMESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle(UiText.BUNDLE, Locale.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(VI.keySet()), new TreeSet<>(EN.keySet()));
    }

    /** MessageFormat reads a lone apostrophe as the start of a quote: "{0}'s" would show as "Gia Lais". */
    @Test
    void textsWithArgumentsWriteAnApostropheTwice() {
        for (ResourceBundle b : java.util.List.of(VI, EN)) {
            for (String key : b.keySet()) {
                String text = b.getString(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertTrue(!text.matches("(?s).*(?<!')'(?!').*"), key + " in " + b.getLocale() + ": " + text);
                }
            }
        }
        assertEquals("The working calendar of Gia Lai's administrative bodies: the national holidays plus the province's own days.",
                new UiText().get(Locale.ENGLISH, "calendar.lead.province", "Gia Lai"));
    }

    @Test
    void vietnameseIsReadAsUtf8AndNotReplacedByEnglishOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle vi = ResourceBundle.getBundle(UiText.BUNDLE, LocaleView.VIETNAMESE);
            assertEquals("Đăng nhập", vi.getString("login.title"));
            assertEquals("Quản trị tỉnh", vi.getString("role.PROVINCE_ADMIN"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyEnumShownHasATextInBothLanguages() {
        Set<String> keys = new TreeSet<>();
        for (Role r : Role.values()) {
            keys.add("role." + r);
        }
        for (SecurityEvent e : SecurityEvent.values()) {
            keys.add("event." + e);
        }
        for (TenantStatus s : TenantStatus.values()) {
            keys.add("tenantStatus." + s);
        }
        for (vn.motcua.identity.domain.ApiToken.Status s : vn.motcua.identity.domain.ApiToken.Status.values()) {
            keys.add("tokens.status." + s);
        }
        for (String key : keys) {
            assertTrue(VI.containsKey(key) && EN.containsKey(key), key);
        }
    }
}
