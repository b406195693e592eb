package vn.motcua.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException.FieldError;

class TextTest {

    /** "Nguyễn" typed decomposed: e + combining circumflex (U+0302) + combining tilde (U+0303). */
    private static final String NGUYEN_NFD = "Nguye\u0302\u0303n";

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String stored = Text.clean("name", NGUYEN_NFD, Text.Kind.NAME);
        assertEquals("Nguy\u1EC5n", stored);
        assertEquals(6, stored.length());
    }

    @Test
    void asciiAndComposedTextComeBackAsTheSameInstance() {
        String ascii = "Ho so 01";
        String composed = "Hồ sơ đất đai";
        assertSame(ascii, Text.clean("name", ascii, Text.Kind.NAME));
        assertSame(composed, Text.clean("name", composed, Text.Kind.NAME));
        assertNull(Text.clean("name", null, Text.Kind.NAME));
    }

    @Test
    void nulIsRefusedNamingTheFieldAndThePosition() {
        FieldError e = Text.problem("applicant.name", "An\u0000h", Text.Kind.NAME);
        assertEquals("applicant.name", e.field());
        assertEquals("text.controlCharacter", e.messageKey());
        assertEquals(List.of("U+0000", 3), List.of(e.args()));
        assertEquals("Chứa ký tự điều khiển U+0000 ở vị trí 3; hãy xoá ký tự này rồi gửi lại.",
                Messages.format(Messages.VIETNAMESE, e.messageKey(), e.args()));
        assertEquals("Contains the control character U+0000 at position 3; remove it and send again.",
                Messages.format(Locale.ENGLISH, e.messageKey(), e.args()));
        DomainException thrown = assertThrows(DomainException.class, () -> Text.clean("reason", "\u0000", Text.Kind.TEXT));
        assertEquals("reason", thrown.fieldErrors().get(0).field());
    }

    @Test
    void lineBreaksAndTabsOnlyInFreeText() {
        assertNull(Text.problem("note", "dòng 1\r\ndòng 2\tcột", Text.Kind.TEXT));
        assertEquals("text.controlCharacter", Text.problem("name", "a\nb", Text.Kind.NAME).messageKey());
        assertEquals("text.controlCharacter", Text.problem("note", "a\u001Bb", Text.Kind.TEXT).messageKey());
        assertEquals("text.controlCharacter", Text.problem("note", "a\u0085b", Text.Kind.TEXT).messageKey());
        assertEquals("text.controlCharacter", Text.problem("note", "a\u007Fb", Text.Kind.TEXT).messageKey());
    }

    @Test
    void loneSurrogatesAreRefusedButPairsAreText() {
        assertEquals(List.of(2), List.of(Text.problem("name", "a\uD800b", Text.Kind.NAME).args()));
        assertEquals("text.loneSurrogate", Text.problem("name", "ab\uDC00", Text.Kind.NAME).messageKey());
        assertEquals("text.loneSurrogate", Text.problem("name", "ab\uD83D", Text.Kind.NAME).messageKey());
        assertNull(Text.problem("name", "Ảnh \uD83D\uDCF7", Text.Kind.NAME));
    }

    @Test
    void oneLimitPerKindCountedInCharactersAfterNormalisation() {
        assertEquals(100, Text.Kind.CODE.max());
        assertEquals(200, Text.Kind.SECRET.max());
        assertEquals(300, Text.Kind.NAME.max());
        assertEquals(1_000, Text.Kind.TITLE.max());
        assertEquals(4_000, Text.Kind.TEXT.max());
        assertNull(Text.problem("name", "ễ".repeat(300), Text.Kind.NAME));
        // 300 letters typed decomposed are 900 UTF-16 units but 300 characters once composed.
        assertNull(Text.problem("name", "e\u0302\u0303".repeat(300), Text.Kind.NAME));
        FieldError e = Text.problem("displayName", "x".repeat(10_000), Text.Kind.NAME);
        assertEquals("text.tooLong", e.messageKey());
        assertEquals(List.of(300, 10_000), List.of(e.args()));
        assertEquals("At most 300 characters (this has 10,000).", Messages.format(Locale.ENGLISH, e.messageKey(), e.args()));
    }

    @Test
    void passwordsAreCheckedButKeptAsTyped() {
        String typed = "m\u1EADt-kh\u00E2\u0309u";
        assertSame(typed, Text.clean("password", typed, Text.Kind.SECRET));
        assertEquals("text.controlCharacter", Text.problem("password", "a\u0000", Text.Kind.SECRET).messageKey());
    }
}
