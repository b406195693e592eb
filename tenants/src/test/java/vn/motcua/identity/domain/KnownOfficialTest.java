package vn.motcua.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.application.PasswordHasher;

class KnownOfficialTest {

    @Test
    void aNameIsReadFromTheUsernameWhenTheSourceGivesNone() {
        assertEquals("Tran Duc Huy 3", KnownOfficial.nameFrom("tran.duc.huy3"));
        assertEquals("Le Thi C", KnownOfficial.nameFrom("le.thi.c"));
        assertEquals("Nguyen Van A 12", KnownOfficial.nameFrom("nguyen_van-a12"));
        assertEquals("Cb 07", KnownOfficial.nameFrom("cb07"));
        assertEquals("Tran Duc Huy 3", new KnownOfficial("tran.duc.huy3", null, "H48.16").name());
        assertEquals("Trần Đức Huy", new KnownOfficial("tran.duc.huy3", "Trần Đức Huy", "H48.16").name());
    }

    @Test
    void noPasswordEverMatchesTheHashOfAnAccountWithoutOne() {
        PasswordHasher hasher = new PasswordHasher(1);
        assertFalse(hasher.verify("", KnownOfficial.NO_PASSWORD));
        assertFalse(hasher.verify("!", KnownOfficial.NO_PASSWORD));
        assertFalse(hasher.verify("demo", KnownOfficial.NO_PASSWORD));
    }
}
