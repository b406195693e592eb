package vn.motcua.dossierimport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.motcua.deadline.application.DeadlineService;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.dossierimport.domain.ImportFormat;
import vn.motcua.dossierimport.domain.ImportLines;
import vn.motcua.dossierimport.domain.ImportValidator;
import vn.motcua.dossierimport.domain.ImportedBatch;
import vn.motcua.dossierimport.domain.ImportedClock;
import vn.motcua.dossierimport.infrastructure.DossierImportRepository;
import vn.motcua.dossierimport.infrastructure.ImportPipeline;
import vn.motcua.dossierimport.infrastructure.ImportRows;
import vn.motcua.dossierimport.infrastructure.ImportSession;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.application.KnownOfficials;
import vn.motcua.reporting.application.FactMerges;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.tenancy.application.TenantContext;

/**
 * Bulk import of dossiers from another one-stop system (docs/dossier-import.md): one batch, one transaction.
 *
 * <ol>
 *   <li>The batch is identified by the sender's key and the SHA-256 of its bytes. Under a transaction-level advisory
 *       lock on the key, a batch already imported with the same content answers "unchanged" and writes nothing;
 *       the same key with other content is refused (409).</li>
 *   <li>Every line is parsed, checked ({@link ImportValidator}) and given its deadlines ({@link ImportedClock}) in
 *       one pass; codes repeated in the batch or already in the province are refused. Any problem → 400 with every
 *       problem by row and column ({@link ImportRejectedException}), nothing written.</li>
 *   <li>The rows are written with COPY. PostgreSQL refuses COPY FROM into tables with row-level security, so the
 *       batch goes into two temporary tables ({@code ON COMMIT DROP}) and on with one INSERT … SELECT per table,
 *       which the tenant_isolation policies check like any other insert. No JPA: the transaction's own JDBC
 *       connection, already bound to the province by {@code TransactionTenantBinding}. Every statement is in
 *       {@link ImportSession} and {@link ImportPipeline}; this service only orchestrates.</li>
 * </ol>
 * Killing the server mid-batch leaves nothing (the transaction never commits); re-sending completes it.
 */
@ApplicationScoped
public class DossierImportService {

    private static final Logger LOG = Logger.getLogger(DossierImportService.class.getName());

    public static final int MAX_DOSSIERS = 50_000;
    public static final int MAX_BYTES = 100 * 1024 * 1024;
    /** Reports stop listing problems after this many (the count is still given). */
    public static final int MAX_REPORTED_ERRORS = 1_000;
    public static final Pattern BATCH_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    public static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /**
     * What a batch did. {@code alreadyImported}: the same batch (key and content) was imported before, nothing was
     * written and the counts are those of the first import.
     */
    public record Result(String batch, String source, String contentHash, boolean alreadyImported, boolean dryRun,
                         int dossiers, int events, int created, int unchanged, int disagreements, int late,
                         long millis) { }

    /** "The unit with this code on that day": the one answer receipt, forms and the import share. */
    @Inject
    vn.motcua.units.application.UnitsInForce unitsInForce;

    @Inject
    DossierImportRepository repository;

    @Inject
    DeadlineService deadlines;

    @Inject
    KnownOfficials knownOfficials;

    /** Told when a batch begins and ends: the province's pending facts are merged once its imports are quiet. */
    @Inject
    FactMerges factMerges;

    /** Imports one batch (all or nothing). */
    @Transactional
    public Result importBatch(String batch, String source, ImportFormat format, byte[] content) {
        String tenant = TenantContext.require();
        factMerges.importing(tenant);
        try {
            return run(batch, source, format, content, false);
        } finally {
            factMerges.imported(tenant);
        }
    }

    /** The province's imported batches (the page's and the API's, the demo load's among them), newest first. */
    public record History(long total, List<ImportedBatch> batches) { }

    /** At most {@code limit} of the province's batches, newest first, and how many there are. */
    @Transactional
    public History history(int limit) {
        TenantContext.require();
        return new History(repository.batchCount(), repository.history(Math.max(1, limit)));
    }

    /** Checks one batch exactly as {@link #importBatch} would, writing nothing (the page checks a whole file first). */
    @Transactional
    public Result check(String batch, String source, ImportFormat format, byte[] content) {
        return run(batch, source, format, content, true);
    }

    private Result run(String batch, String source, ImportFormat format, byte[] content, boolean dryRun) {
        long t0 = System.nanoTime();
        checkParameters(batch, source, format);
        byte[] body = content == null ? new byte[0] : content;
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        String hash = sha256(body);
        String tenant = TenantContext.require();
        ImportSession db = repository.open(tenant);
        db.lock(batch);
        ImportSession.Previous previous = db.previous(batch, hash);
        if (previous != null) {
            return new Result(batch, source, hash, true, dryRun, previous.dossiers(), previous.events(), 0,
                    previous.dossiers(), previous.disagreements(), -1, (System.nanoTime() - t0) / 1_000_000);
        }
        DeadlineCalculator calc = deadlines.calculator();
        ImportValidator validator = new ImportValidator(db.catalog(), unitsInForce.portalCodes(), calc.calendar().zone(),
                calc.calendar().firstDay(), calc.calendar().lastDay());
        List<ImportError> errors = new ArrayList<>();
        ImportLines all = ImportLines.of(format, body, errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        int n = all.count();
        if (n == 0) {
            throw new ImportRejectedException(List.of(ImportValidator.error(0, "", "dossier.import.empty")));
        }
        if (n > MAX_DOSSIERS) {
            throw tooLarge();
        }
        long[] blocks = dryRun ? new long[0] : db.idBlocks(n);
        ImportRows rows = db.rows(batch, source, calc.calendar().zone());
        ImportPipeline pipe = dryRun ? null : db.pipeline();
        if (pipe != null) {
            LOG.info(() -> String.format("Dossier import %s/%s: %d dossiers to check and write", tenant, batch, n));
        }
        ImportPass pass = new ImportPass(validator, calc, rows, pipe, blocks, errors, n);
        pass.readAll(all);
        if (pipe == null || pipe.foundExisting()) {
            existing(db, pass.rowOfCode()); // the report names every code already there, not only the first chunk's
        }
        int newOfficials = 0;
        if (pipe != null) {
            newOfficials = knownOfficials.record(tenant, pass.officials().all());
            db.insertBatchRow(batch, source, hash, rows, CallerContext.actorName());
        }
        int known = newOfficials;
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (pipe != null) {
            LOG.info(() -> String.format("Dossier import %s/%s: %d dossiers, %d events in %d ms (database %d ms in "
                    + "%d chunks), %d officials newly known", tenant, batch, rows.dossiers(), rows.events(), millis,
                    pipe.dbNanos() / 1_000_000, pipe.chunks(), known));
        }
        return new Result(batch, source, hash, false, dryRun, rows.dossiers(), rows.events(),
                dryRun ? 0 : rows.dossiers(), 0, rows.disagreements(), rows.late(), millis);
    }

    /** The batch key and source name, then the format (a 400 of its own, as a problem of the whole batch). */
    private static void checkParameters(String batch, String source, ImportFormat format) {
        List<FieldError> params = new ArrayList<>();
        if (batch == null || !BATCH_KEY.matcher(batch).matches()) {
            params.add(new FieldError("batch", "dossier.import.batchKey"));
        }
        if (source == null || !SOURCE.matcher(source).matches()) {
            params.add(new FieldError("source", "dossier.import.source"));
        }
        if (!params.isEmpty()) {
            throw DomainException.invalid(params);
        }
        if (format == null) {
            throw new ImportRejectedException(List.of(ImportValidator.error(0, "", "dossier.import.format")));
        }
    }

    private static ImportRejectedException tooLarge() {
        return new ImportRejectedException(List.of(ImportValidator.error(0, "", "dossier.import.tooLarge", MAX_DOSSIERS,
                MAX_BYTES / (1024 * 1024))));
    }

    /** Codes already in the province (imported by another batch, or received here) are refused. */
    private static void existing(ImportSession db, Map<String, Integer> rowOfCode) {
        if (rowOfCode.isEmpty()) {
            return;
        }
        List<ImportError> errors = new ArrayList<>();
        for (ImportSession.Existing e : db.existing(rowOfCode.keySet(), MAX_REPORTED_ERRORS)) {
            errors.add(e.importBatch() == null
                    ? ImportValidator.error(rowOfCode.get(e.code()), "code", "dossier.import.existsNative", e.code())
                    : ImportValidator.error(rowOfCode.get(e.code()), "code", "dossier.import.exists", e.code(),
                            e.importBatch()));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::row));
            throw new ImportRejectedException(errors);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For the page: a file's batch key prefix from its name (safe characters only). */
    public static String keyFromFileName(String fileName, byte[] content) {
        return keyFor(fileName, sha256(content));
    }

    /** A batch key from a file name and the SHA-256 (hex) of the file's content. */
    public static String keyFor(String fileName, String sha256Hex) {
        String base = fileName == null ? "batch" : fileName.replaceAll("\\.[A-Za-z0-9]{1,8}$", "");
        base = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._:-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "batch";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return base + "-" + sha256Hex.substring(0, 12);
    }
}
