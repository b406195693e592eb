package vn.motcua.dossier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicLookupServiceTest {

    @Test
    void theProvinceComesFromTheAgencyPartOfTheCode() {
        assertEquals(Optional.of("H21"), PublicLookupService.provinceCode("000.00.30.H21-250105-0001"));
        assertEquals(Optional.of("H21"), PublicLookupService.provinceCode("H21.30-250105-0001"));
        assertEquals(Optional.of("H08"), PublicLookupService.provinceCode("H08-240101-0042"));
        assertEquals(Optional.empty(), PublicLookupService.provinceCode("XYZ-240101-0042"));
        assertEquals(Optional.empty(), PublicLookupService.provinceCode("-"));
    }

    @Test
    void codesAreReadUpperCaseAndLengthBounded() {
        assertEquals("H21.30-250105-0001", PublicLookupService.normalise("  h21.30-250105-0001 "));
        assertEquals(null, PublicLookupService.normalise(" "));
        assertEquals(null, PublicLookupService.normalise("H".repeat(61)));
    }

    @Test
    void secretsAvoidLookAlikeCharacters() {
        for (int i = 0; i < 200; i++) {
            String s = DossierService.newSecret();
            assertEquals(8, s.length());
            assertEquals(-1, s.indexOf('0'));
            assertEquals(-1, s.indexOf('O'));
            assertEquals(-1, s.indexOf('I'));
            assertEquals(-1, s.indexOf('1'));
        }
    }
}
