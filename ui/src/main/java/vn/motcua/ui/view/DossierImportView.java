package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import vn.motcua.dossierimport.application.DossierImportService;
import vn.motcua.dossierimport.domain.ImportFormat;
import vn.motcua.dossierimport.domain.ImportParts;
import vn.motcua.dossierimport.domain.ImportedBatch;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;

/**
 * dossiers/import.xhtml: a province administrator imports dossiers taken over from another one-stop system. The file
 * is kept in a temporary file and split into batches of {@value #PER_PART} dossiers; the page then calls
 * {@link #step} once per batch (a remote command that calls itself again until done), first checking every batch,
 * then — only if the whole file is clean — importing them, so the progress bar moves and a refused file writes
 * nothing. Each batch's key is the file's key plus its number, so sending the same file again changes nothing.
 * Below, the province's imported batches (the page's, the API's and the background demo load's), newest first.
 */
@Named
@ViewScoped
public class DossierImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_PART = 5_000;
    static final int MAX_SHOWN_ERRORS = 2_000;
    /** The history lists this many batches at most (the count above it says how many there are). */
    static final int HISTORY = 500;

    public record ErrorRow(int row, String column, String message) implements Serializable { }

    enum Phase { IDLE, CHECKING, IMPORTING, DONE, REFUSED }

    @Inject
    DossierImportService imports;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    @Inject
    LocaleView localeView;

    private transient UploadedFile file;
    private String fileName;
    private String stored;
    private ImportFormat format;
    private long headerEnd;
    private final List<long[]> parts = new ArrayList<>(); // start, end, dossiers, rowOffset
    private int dossiers;
    private String batchKey;
    private String source = "he-thong-cu";
    private Phase phase = Phase.IDLE;
    private int next;
    private final List<ErrorRow> errors = new ArrayList<>();
    private final HashSet<Integer> errorLines = new HashSet<>();
    private int errorCount;
    private long batchTotal;
    private List<ImportedBatch> history = List.of();
    private int created;
    private int unchanged;
    private int events;
    private int disagreements;
    private int late;

    public void load() {
        if (access.allowProvinceAdmin()) {
            loadHistory();
        }
    }

    private void loadHistory() {
        DossierImportService.History h = imports.history(HISTORY);
        batchTotal = h.total();
        history = h.batches();
    }

    /** Keeps the chosen file and splits it into batches; nothing is checked or written yet. */
    public void upload() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        reset();
        if (file == null || file.getSize() == 0) {
            feedback.error("dossierImport.noFile");
            return;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        format = name.endsWith(".csv") ? ImportFormat.CSV
                : name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json") ? ImportFormat.NDJSON : null;
        if (format == null) {
            feedback.error("dossierImport.badFormat");
            return;
        }
        try {
            Path tmp = Files.createTempFile("motcua-dossier-import-", format == ImportFormat.CSV ? ".csv" : ".ndjson");
            tmp.toFile().deleteOnExit();
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportParts.Split split;
            try (InputStream in = Files.newInputStream(tmp)) {
                split = ImportParts.split(in, format, PER_PART);
            }
            stored = tmp.toString();
            fileName = file.getFileName();
            headerEnd = split.headerEnd();
            for (ImportParts.Part p : split.parts()) {
                parts.add(new long[] {p.start(), p.end(), p.dossiers(), p.rowOffset()});
            }
            dossiers = split.dossiers();
            batchKey = DossierImportService.keyFor(fileName, sha256(tmp));
            if (dossiers == 0) {
                feedback.error("dossierImport.empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's SHA-256, read as a stream: the same file gets the same batch keys. */
    private static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts checking the batches; the page then calls {@link #step} until done. */
    public void start() {
        if (!access.allowProvinceAdmin() || parts.isEmpty()) {
            return;
        }
        if (batchKey == null || !DossierImportService.BATCH_KEY.matcher(batchKey + "-p0000").matches()
                || source == null || !DossierImportService.SOURCE.matcher(source).matches()) {
            feedback.error("dossierImport.badKey");
            return;
        }
        clearErrors();
        created = unchanged = events = disagreements = late = 0;
        phase = Phase.CHECKING;
        next = 0;
    }

    /** One batch: checked in the first round, imported in the second. */
    public void step() {
        if (!access.allowProvinceAdmin() || (phase != Phase.CHECKING && phase != Phase.IMPORTING)) {
            done(true);
            return;
        }
        long[] p = parts.get(next);
        String key = batchKey + String.format("-p%04d", next + 1);
        try {
            byte[] body = read(p);
            if (phase == Phase.CHECKING) {
                imports.check(key, source, format, body);
            } else {
                DossierImportService.Result r = imports.importBatch(key, source, format, body);
                created += r.created();
                unchanged += r.unchanged();
                events += r.events();
                disagreements += r.disagreements();
                late += Math.max(0, r.late());
            }
        } catch (ImportRejectedException e) {
            rejected(e, (int) p[3]);
        } catch (DomainException e) {
            feedback.refused(e);
            phase = Phase.REFUSED;
            done(true);
            return;
        }
        next++;
        if (next < parts.size()) {
            done(false);
            return;
        }
        if (phase == Phase.CHECKING) {
            if (errors.isEmpty()) {
                phase = Phase.IMPORTING;
                next = 0;
                done(false);
            } else {
                phase = Phase.REFUSED;
                feedback.error("dossierImport.refused", getErrorLines(), errorCount);
                done(true);
            }
            return;
        }
        phase = Phase.DONE;
        loadHistory();
        feedback.info("dossierImport.done", created, unchanged, events, disagreements, late);
        done(true);
    }

    /**
     * A batch's problems: counted (lines apart from problems: one line may have several), and listed up to
     * {@value #MAX_SHOWN_ERRORS} in the user's language, with the file's row numbers.
     */
    private void rejected(ImportRejectedException e, int rowOffset) {
        for (ImportError x : e.errors()) {
            int row = x.row() > 0 ? x.row() + rowOffset : x.row();
            errorCount++;
            if (row > 0) {
                errorLines.add(row);
            }
            if (errors.size() < MAX_SHOWN_ERRORS) {
                errors.add(new ErrorRow(row, x.column(), x.message(localeView.getLocale())));
            }
        }
    }

    private void clearErrors() {
        errors.clear();
        errorLines.clear();
        errorCount = 0;
    }

    private static void done(boolean done) {
        PrimeFaces.current().ajax().addCallbackParam("done", done);
    }

    private byte[] read(long[] p) {
        try (RandomAccessFile f = new RandomAccessFile(stored, "r")) {
            int header = format == ImportFormat.CSV ? (int) headerEnd : 0;
            byte[] b = new byte[header + (int) (p[1] - p[0])];
            f.seek(0);
            f.readFully(b, 0, header);
            f.seek(p[0]);
            f.readFully(b, header, (int) (p[1] - p[0]));
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reset() {
        if (stored != null) {
            try {
                Files.deleteIfExists(Path.of(stored));
            } catch (IOException ignored) {
                // a temporary file
            }
        }
        stored = null;
        parts.clear();
        clearErrors();
        dossiers = 0;
        phase = Phase.IDLE;
        created = unchanged = events = disagreements = late = 0;
    }

    /**
     * 0–100, how much of the run is done: checking is the first half, importing the second. A refused file ends the
     * run after its check (nothing is left to do, the phase says why), so the bar ends full either way.
     */
    public int getProgress() {
        if (parts.isEmpty()) {
            return 0;
        }
        return switch (phase) {
            case IDLE -> 0;
            case CHECKING -> 50 * next / parts.size();
            case IMPORTING -> 50 + 50 * next / parts.size();
            case DONE, REFUSED -> 100;
        };
    }

    public boolean isReady() { return !parts.isEmpty() && (phase == Phase.IDLE || phase == Phase.REFUSED || phase == Phase.DONE); }
    public boolean isRunning() { return phase == Phase.CHECKING || phase == Phase.IMPORTING; }
    public boolean isFinished() { return phase == Phase.DONE; }
    public String getPhase() { return phase.name(); }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public int getDossiers() { return dossiers; }
    public int getParts() { return parts.size(); }
    public int getCurrentPart() { return Math.min(next + 1, parts.size()); }
    public String getBatchKey() { return batchKey; }
    public void setBatchKey(String batchKey) { this.batchKey = batchKey == null ? null : batchKey.strip(); }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source == null ? null : source.strip(); }
    public List<ErrorRow> getErrors() { return errors; }
    /** Lines of the file with at least one problem (a problem of the whole file is on no line). */
    public int getErrorLines() { return errorLines.size(); }
    public int getErrorCount() { return errorCount; }
    public long getBatchTotal() { return batchTotal; }
    public List<ImportedBatch> getHistory() { return history; }
    public int getCreated() { return created; }
    public int getUnchanged() { return unchanged; }
    public int getEvents() { return events; }
    public int getDisagreements() { return disagreements; }
    public int getLate() { return late; }
}
