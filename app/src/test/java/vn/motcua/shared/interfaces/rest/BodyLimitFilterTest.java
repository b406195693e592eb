package vn.motcua.shared.interfaces.rest;

import vn.motcua.identity.interfaces.rest.ApiTokenResource;
import vn.motcua.calendar.interfaces.rest.CalendarResource;
import vn.motcua.catalog.interfaces.rest.CatalogResource;
import vn.motcua.dossier.interfaces.rest.DossierResource;
import vn.motcua.dossier.interfaces.rest.PublicDossierResource;
import vn.motcua.units.interfaces.rest.UnitResource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.interfaces.rest.BodyLimitFilter.BodyTooLargeException;
import vn.motcua.dossierimport.interfaces.rest.DossierImportResource;

class BodyLimitFilterTest {

    @Test
    void limitsPerKindOfOperation() throws Exception {
        assertEquals(16 * 1024, limit(PublicDossierResource.class, "lookupDossierPublic"));
        assertEquals(16 * 1024, limit(PublicDossierResource.class, "rateDossierPublic"));
        assertEquals(1024 * 1024, limit(DossierResource.class, "receiveDossier"));
        assertEquals(1024 * 1024, limit(ApiTokenResource.class, "createApiToken"));
        assertEquals(20 * 1024 * 1024, limit(CatalogResource.class, "importProcedures"));
        assertEquals(20 * 1024 * 1024, limit(UnitResource.class, "importUnits"));
        assertEquals(20 * 1024 * 1024, limit(CalendarResource.class, "importCalendarDays"));
        assertEquals(100 * 1024 * 1024, limit(DossierImportResource.class, "importDossiers"));
    }

    @Test
    void sizesAsPeopleWriteThem() {
        assertEquals("16 KB", BodyLimitFilter.describe(16 * 1024));
        assertEquals("1 MB", BodyLimitFilter.describe(1024 * 1024));
        assertEquals("100 MB", BodyLimitFilter.describe(100 * 1024 * 1024));
        assertEquals("1536 KB", BodyLimitFilter.describe(1536 * 1024));
        assertEquals("1000 byte", BodyLimitFilter.describe(1000));
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        InputStream in = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[1000]), 1000);
        assertEquals(1000, in.readAllBytes().length);
    }

    @Test
    void readingPastTheLimitIsRefusedWithTheLimit() {
        InputStream bulk = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[1001]), 1000);
        assertEquals(1000, assertThrows(BodyTooLargeException.class, bulk::readAllBytes).limit());
        InputStream single = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[3]), 2);
        assertThrows(BodyTooLargeException.class, () -> {
            while (single.read() >= 0) {
                // byte by byte
            }
        });
    }

    @Test
    void neverReadsMuchBeyondTheLimit() throws IOException {
        ByteArrayInputStream source = new ByteArrayInputStream(new byte[10_000]);
        InputStream in = new BodyLimitFilter.Limited(source, 100);
        assertThrows(BodyTooLargeException.class, () -> in.read(new byte[8192]) /* first read: 101 bytes */);
        assertEquals(10_000 - 101, source.available());
    }

    private static long limit(Class<?> resource, String name) {
        for (Method m : resource.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return BodyLimitFilter.limitOf(m, resource);
            }
        }
        throw new AssertionError(name);
    }
}
