package vn.motcua.dossier.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DossierRepositoryTest {

    @Test
    void searchTextIsComparedLowerCaseWithoutAccentsOrWildcards() {
        assertEquals("dang ky ket hon 50", DossierRepository.fold("  Đăng ký KẾT hôn 50%_ "));
        assertEquals("h21.30-261122-0007", DossierRepository.fold("H21.30-261122-0007"));
        // as V25's applicant_name_folded: combining marks composed first, runs of spaces as one, đ as d
        assertEquals("nguyen van duc", DossierRepository.fold("Nguye\u0302\u0303n \t  Va\u0306n  ĐỨC"));
    }
}
