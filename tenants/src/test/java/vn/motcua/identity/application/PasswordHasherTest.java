package vn.motcua.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("Mật khẩu đúng 123");
        assertTrue(hasher.verify("Mật khẩu đúng 123", hash));
        assertFalse(hasher.verify("Mật khẩu đúng 124", hash));
        assertFalse(hasher.verify("", hash));
        assertFalse(hasher.verify(null, hash));
    }

    @Test
    void saltsEveryHashAndRecordsTheWorkFactor() {
        String a = hasher.hash("same");
        String b = hasher.hash("same");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
        assertEquals(4, a.split("\\$").length);
    }

    @Test
    void defaultWorkFactorIsSlow() {
        assertTrue(new PasswordHasher().hash("x").startsWith("pbkdf2-sha256$310000$"));
    }

    @Test
    void oldHashesStillVerifyAfterTheWorkFactorIsRaised() {
        String old = new PasswordHasher(500).hash("secret-password");
        assertTrue(new PasswordHasher(2_000).verify("secret-password", old));
    }

    @Test
    void rejectsMalformedStoredHashes() {
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(hasher.verify("x", null));
    }

    @Test
    void sha256HexIsStable() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PasswordHasher.sha256Hex("abc"));
    }
}
