package vn.motcua.dossierimport.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The service's own rules that need no database: batch keys made from file names. */
class DossierImportServiceTest {

    @Test
    void batchKeysFromFileNamesAreSafe() {
        String k = DossierImportService.keyFromFileName("Hồ sơ Đồng Tháp 2024 (1).ndjson", new byte[] {1, 2});
        assertTrue(DossierImportService.BATCH_KEY.matcher(k + "-p0001").matches(), k);
        assertTrue(k.startsWith("Ho-so-Dong-Thap-2024-1-"), k);
    }
}
