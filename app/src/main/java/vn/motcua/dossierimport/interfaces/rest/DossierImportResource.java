package vn.motcua.dossierimport.interfaces.rest;

import vn.motcua.shared.interfaces.rest.BodyLimit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossierimport.application.DossierImportService;
import vn.motcua.dossierimport.domain.ImportFormat;
import vn.motcua.dossierimport.interfaces.rest.DossierImportDtos.DossierImportResultDto;
import vn.motcua.shared.interfaces.rest.BodyLimit;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;

/** Bulk import of dossiers from another one-stop system (docs/dossier-import.md). Its own root path, so that it
 *  stays beside the dossier resource whatever that one declares. */
@Path("/dossiers/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers")
public class DossierImportResource {

    @Inject
    DossierImportService imports;

    @POST
    @Consumes({"application/x-ndjson", "text/csv"})
    @BodyLimit(DossierImportService.MAX_BYTES)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "importDossiers", summary = "Import one batch of dossiers with their events (NDJSON, one "
            + "dossier per line, or CSV; docs/dossier-import.md) into the caller's province: at most 50,000 dossiers "
            + "or 100 MB; all or nothing (400 with every rejected line's row and column); the same batch key and "
            + "content again changes nothing (outcome UNCHANGED), the same key with other content is refused (409). "
            + "Procedures and units must be the province's, in force on the day of receipt. Deadlines and lateness "
            + "are computed by our engine; the source's appointment is kept and differences are counted")
    public DossierImportResultDto importDossiers(@QueryParam("batch") String batch, @QueryParam("source") String source,
                                                 @HeaderParam("Content-Type") String contentType,
                                                 @HeaderParam("Content-Length") Long contentLength, InputStream body) {
        try {
            RUNNING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another import", e);
        }
        try {
            return DossierImportResultDto.of(imports.importBatch(batch, source, ImportFormat.of(contentType),
                    read(body, contentLength)));
        } finally {
            RUNNING.release();
        }
    }

    /**
     * A batch is held in memory while it is imported (up to 100 MB and its rows): two at a time per server, the next
     * ones wait, so that concurrent senders cannot exhaust the heap. The database writes one batch's rows serially
     * anyway, so throughput does not suffer.
     */
    static final java.util.concurrent.Semaphore RUNNING = new java.util.concurrent.Semaphore(2, true);

    /**
     * The body, refused as soon as it passes the limit (the hash of the whole batch is needed before anything). With a
     * Content-Length the bytes go straight into one array of that size (a batch is tens of megabytes).
     */
    static byte[] read(InputStream body, Long contentLength) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] b;
            if (contentLength != null && contentLength >= 0 && contentLength <= DossierImportService.MAX_BYTES) {
                // the container ends the entity stream at Content-Length
                b = new byte[contentLength.intValue()];
                int n = body.readNBytes(b, 0, b.length);
                return n == b.length ? b : java.util.Arrays.copyOf(b, n);
            }
            b = body.readNBytes(DossierImportService.MAX_BYTES + 1);
            if (b.length > DossierImportService.MAX_BYTES) {
                throw new ImportRejectedException(List.of(ImportError.of(0, "", "dossier.import.tooLarge",
                        DossierImportService.MAX_DOSSIERS, DossierImportService.MAX_BYTES / (1024 * 1024))));
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
