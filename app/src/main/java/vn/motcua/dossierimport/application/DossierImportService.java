package vn.motcua.dossierimport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import vn.motcua.application.catalog.CatalogDeadlines;
import vn.motcua.application.deadline.DeadlineService;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.dossier.domain.EventChain;
import vn.motcua.dossier.domain.FormRegime;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.dossierimport.domain.ImportCatalog;
import vn.motcua.dossierimport.domain.ImportFormat;
import vn.motcua.dossierimport.domain.ImportLine;
import vn.motcua.dossierimport.domain.ImportLines;
import vn.motcua.dossierimport.domain.ImportValidator;
import vn.motcua.dossierimport.domain.ImportedClock;
import vn.motcua.dossierimport.domain.ImportedDossier;
import vn.motcua.dossierimport.infrastructure.CopyBuffer;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.infrastructure.TenantPersistence;
import vn.motcua.units.domain.UnitCodes;

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
 *       connection, already bound to the province by {@code TransactionTenantBinding}.</li>
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
    /** The sequence's increment and JPA's allocation size for Dossier ids. */
    static final int ID_BLOCK = 50;

    static final String DOSSIER_COLUMNS = "tenant_id, id, code, lookup_secret, status, channel, procedure_version_id, "
            + "procedure_code, procedure_name, time_value, time_unit, time_cut_off, form_set, applicant_kind, "
            + "applicant_name, applicant_id_number, applicant_address, applicant_phone, applicant_email, "
            + "receiving_unit_code, competent_unit_code, received_by, submitted_at, received_at, clock_start_at, "
            + "appointment_at, due_at, fee_total, paid_online, digitised, steps, pause_kind, paused_at, paused_nanos, "
            + "supplement_count, guidance_count, pending_request, apology_at, apology_new_due_at, apology_reason, "
            + "processed_at, returned_at, return_method, electronic_result, closed_at, close_reason, result_refused, "
            + "late, late_nanos, satisfaction, feedback, rated_at, source, source_system, source_appointment_at, "
            + "source_disagrees, import_batch, event_count, last_event_hash, version";
    static final String EVENT_COLUMNS = "tenant_id, dossier_id, seq, occurred_at, actor, actor_role, actor_unit, action, "
            + "from_status, to_status, reason, changes, prev_hash, hash";

    /**
     * What a batch did. {@code alreadyImported}: the same batch (key and content) was imported before, nothing was
     * written and the counts are those of the first import.
     */
    public record Result(String batch, String source, String contentHash, boolean alreadyImported, boolean dryRun,
                         int dossiers, int events, int created, int unchanged, int disagreements, int late,
                         long millis) { }

    @Inject
    TenantPersistence persistence;

    @Inject
    DeadlineService deadlines;

    private final SecureRandom random = new SecureRandom();

    /** Imports one batch (all or nothing). */
    @Transactional
    public Result importBatch(String batch, String source, ImportFormat format, byte[] content) {
        return run(batch, source, format, content, false);
    }

    /** Checks one batch exactly as {@link #importBatch} would, writing nothing (the page checks a whole file first). */
    @Transactional
    public Result check(String batch, String source, ImportFormat format, byte[] content) {
        return run(batch, source, format, content, true);
    }

    private Result run(String batch, String source, ImportFormat format, byte[] content, boolean dryRun) {
        long t0 = System.nanoTime();
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
        byte[] body = content == null ? new byte[0] : content;
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        String hash = sha256(body);
        String tenant = TenantContext.require();
        EntityManager em = persistence.tenantEm();
        Connection conn = em.unwrap(Connection.class);
        try {
            checkBinding(conn, tenant);
            lock(conn, tenant, batch);
            Result previous = previous(conn, batch, source, hash, dryRun, t0);
            if (previous != null) {
                return previous;
            }
            DeadlineCalculator calc = deadlines.calculator();
            ImportValidator validator = new ImportValidator(catalog(em), units(em), calc.calendar().zone(),
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
            long[] blocks = dryRun ? new long[0] : idBlocks(conn, (n + ID_BLOCK - 1) / ID_BLOCK);
            Batch b = new Batch(tenant, batch, source, calc.calendar().zone());
            Pipeline pipe = dryRun ? null : new Pipeline(conn);
            if (pipe != null) {
                LOG.info(() -> String.format("Dossier import %s/%s: %d dossiers to check and write", tenant, batch, n));
            }
            Map<String, Integer> rowOfCode = new HashMap<>(n * 2);
            int[] extra = {0};
            try {
                all.forEach(line -> {
                    if (errors.size() >= MAX_REPORTED_ERRORS) {
                        extra[0]++;
                        return;
                    }
                    int before = errors.size();
                    ImportedDossier d = validator.validate(line, errors);
                    if (d == null) {
                        return;
                    }
                    Integer first = rowOfCode.putIfAbsent(d.code(), d.row());
                    if (first != null) {
                        errors.add(ImportValidator.error(d.row(), line.column(ImportLine.Field.CODE),
                                "dossier.import.duplicateInBatch", d.code(), String.valueOf(first)));
                        return;
                    }
                    ImportedClock clock;
                    try {
                        clock = ImportedClock.compute(d, calc);
                    } catch (CalendarOutOfRangeException e) {
                        errors.add(ImportValidator.error(d.row(), line.column(ImportLine.Field.RECEIVED_AT),
                                "dossier.import.dueOutsideCalendar", calc.calendar().firstDay(), calc.calendar().lastDay()));
                        return;
                    }
                    if (errors.size() == before) {
                        boolean write = pipe != null && errors.isEmpty() && !pipe.stopped();
                        b.add(d, clock, write ? idOf(blocks, b.dossiers) : -1);
                        if (write && b.pending() >= CHUNK) {
                            pipe.submit(b.take());
                        }
                    }
                });
            } finally {
                if (pipe != null) {
                    pipe.drain(); // whatever happened here, the writer is done with the connection before we go on
                }
            }
            if (pipe != null) {
                if (errors.isEmpty() && !pipe.stopped() && b.pending() > 0) {
                    pipe.submit(b.take());
                }
                pipe.finish(); // rethrows the writer's SQLException
            }
            if (extra[0] > 0) {
                errors.add(ImportValidator.error(0, "", "dossier.import.moreErrors", extra[0]));
            }
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }
            if (pipe == null || pipe.foundExisting()) {
                existing(conn, rowOfCode); // the report names every code already there, not only the first chunk's
            }
            if (pipe != null) {
                insertBatchRow(conn, b, hash);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            if (pipe != null) {
                LOG.info(() -> String.format("Dossier import %s/%s: %d dossiers, %d events in %d ms (database %d ms in "
                        + "%d chunks)", tenant, batch, b.dossiers, b.events, millis, pipe.dbNanos / 1_000_000,
                        pipe.chunks));
            }
            return new Result(batch, source, hash, false, dryRun, b.dossiers, b.events, dryRun ? 0 : b.dossiers, 0,
                    b.disagreements, b.late, millis);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw DomainException.conflict("dossier.import.concurrent");
            }
            throw new IllegalStateException("Dossier import failed: " + e.getMessage(), e);
        }
    }

    private static ImportRejectedException tooLarge() {
        return new ImportRejectedException(List.of(ImportValidator.error(0, "", "dossier.import.tooLarge", MAX_DOSSIERS,
                MAX_BYTES / (1024 * 1024))));
    }

    /** The binding is TransactionTenantBinding's job; this only proves the JDBC connection is the bound one. */
    private static void checkBinding(Connection conn, String tenant) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('app.tenant', true)")) {
            rs.next();
            if (!tenant.equals(rs.getString(1))) {
                throw new IllegalStateException("The import's connection is not bound to " + tenant);
            }
        }
    }

    /** Two imports of one key in one province run one after the other (the second then sees the first's row). */
    private static void lock(Connection conn, String tenant, String batch) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "dossier-import/" + tenant + "/" + batch);
            ps.execute();
        }
    }

    private static Result previous(Connection conn, String batch, String source, String hash, boolean dryRun, long t0)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT content_hash, dossiers, events, disagreements "
                + "FROM province.dossier_import_batch WHERE batch_key = ?")) {
            ps.setString(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!hash.equals(rs.getString(1))) {
                    throw DomainException.conflict("dossier.import.batchChanged", batch);
                }
                int dossiers = rs.getInt(2);
                return new Result(batch, source, hash, true, dryRun, dossiers, rs.getInt(3), 0, dossiers, rs.getInt(4),
                        -1, (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    /**
     * Ids for {@code blocks × 50} dossiers. The sequence increments by 50 and EclipseLink, with allocationSize 50,
     * takes a value v as the LAST id of its block (ids v-49 … v, see Sequence.createVector). We take whole values
     * the same way, so an id of ours can never be one JPA hands out, whatever the interleaving; unused ids of the
     * last block are a gap, which ids tolerate.
     */
    private static long[] idBlocks(Connection conn, int blocks) throws SQLException {
        long[] out = new long[blocks];
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT nextval('province.dossier_id_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, blocks);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    out[i++] = rs.getLong(1);
                }
            }
        }
        return out;
    }

    private static long idOf(long[] blocks, int index) {
        return blocks[index / ID_BLOCK] - (ID_BLOCK - 1) + index % ID_BLOCK;
    }

    private ImportCatalog catalog(EntityManager em) {
        List<ImportCatalog.Entry> entries = new ArrayList<>();
        for (ProcedureVersion v : em.createQuery("SELECT p FROM ProcedureVersion p", ProcedureVersion.class)
                .getResultList()) {
            ProcedureContent c = v.content();
            StatutoryTime time;
            StatutoryTime online;
            try {
                time = CatalogDeadlines.statutoryTime(c.time());
                online = c.onlineTime() == null ? null : CatalogDeadlines.statutoryTime(c.onlineTime());
            } catch (IllegalArgumentException e) {
                continue; // a version the catalog's own validation would refuse: not a valid target
            }
            entries.add(new ImportCatalog.Entry(v.getId(), v.getCode(), v.getName(), v.getValidFrom(), v.getValidTo(),
                    time, online));
        }
        return new ImportCatalog(entries);
    }

    private UnitCodes units(EntityManager em) {
        List<UnitCodes.Span> spans = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT portal_code, valid_from, valid_to FROM province.unit_version"
                + " WHERE portal_code IS NOT NULL").getResultList();
        for (Object[] r : rows) {
            spans.add(new UnitCodes.Span((String) r[0], day(r[1]), r[2] == null ? null : day(r[2])));
        }
        return new UnitCodes(spans);
    }

    private static LocalDate day(Object sqlDate) {
        return sqlDate instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) sqlDate;
    }

    /** Codes already in the province (imported by another batch, or received here) are refused. */
    private static void existing(Connection conn, Map<String, Integer> rowOfCode) throws SQLException {
        if (rowOfCode.isEmpty()) {
            return;
        }
        List<ImportError> errors = new ArrayList<>();
        Array codes = conn.createArrayOf("text", rowOfCode.keySet().toArray());
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT code, import_batch FROM province.dossier WHERE code = ANY (?)")) {
            ps.setArray(1, codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && errors.size() < MAX_REPORTED_ERRORS) {
                    String code = rs.getString(1);
                    String other = rs.getString(2);
                    errors.add(other == null
                            ? ImportValidator.error(rowOfCode.get(code), "code", "dossier.import.existsNative", code)
                            : ImportValidator.error(rowOfCode.get(code), "code", "dossier.import.exists", code, other));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::row));
            throw new ImportRejectedException(errors);
        }
    }

    // ---- writing ----

    /** The batch's rows in COPY text form, built while the lines are checked. */
    final class Batch {
        final String tenant;
        final String key;
        final String source;
        final java.time.ZoneId zone;
        private CopyBuffer dossierRows = CopyBuffer.obtain(CHUNK * 700);
        private CopyBuffer eventRows = CopyBuffer.obtain(CHUNK * 1_600);
        private List<String> codes = new ArrayList<>(CHUNK);
        int dossiers;
        int events;
        int disagreements;
        int late;
        private final byte[] secretBytes = new byte[10];

        Batch(String tenant, String key, String source, java.time.ZoneId zone) {
            this.tenant = tenant;
            this.zone = zone;
            this.key = key;
            this.source = source;
        }

        /** Rows written and not yet handed to the database. */
        int pending() {
            return codes.size();
        }

        /** The rows written since the last call, for the database; the batch goes on with empty buffers. */
        Chunk take() {
            Chunk c = new Chunk(dossierRows, eventRows, codes);
            dossierRows = CopyBuffer.obtain(CHUNK * 700);
            eventRows = CopyBuffer.obtain(CHUNK * 1_600);
            codes = new ArrayList<>(CHUNK);
            return c;
        }

        /** Counts the dossier; with an id (≥ 0) also writes its row and its events' rows. */
        void add(ImportedDossier d, ImportedClock c, long id) {
            dossiers++;
            events += d.events().size();
            if (c.sourceDisagrees()) {
                disagreements++;
            }
            if (Boolean.TRUE.equals(c.late())) {
                late++;
            }
            if (id < 0) {
                return;
            }
            codes.add(d.code());
            String prev = null;
            int seq = 0;
            for (ImportedDossier.Event e : d.events()) {
                seq++;
                String h = EventChain.hash(prev, new EventChain.Link(id, seq, e.at(), e.actor(), e.role(), null,
                        e.action().name(), e.fromStatus(), e.toStatus(), e.reason(), ""));
                eventRows.text(tenant).num(id).num(seq).instant(e.at()).text(e.actor()).text(e.role()).nul()
                        .text(e.action().name()).num(e.fromStatus()).num(e.toStatus()).text(e.reason()).text("")
                        .text(prev).text(h).endRow();
                prev = h;
            }
            StatutoryTime t = d.procedure().timeFor(d.channel() == vn.motcua.dossier.domain.Channel.ONLINE);
            LocalDate receiptDay = d.receivedAt().atZoneSameInstant(zone).toLocalDate();
            dossierRows.text(tenant).num(id).text(d.code()).text(secret()).num(d.status().code())
                    .text(d.channel().name()).num(d.procedure().versionId()).text(d.procedure().code())
                    .text(d.procedure().name()).num(t.value()).text(t.unit().name()).time(t.cutOff())
                    .text(FormRegime.onReceipt(receiptDay).name()).text(d.applicantKind().name())
                    .text(d.applicantName()).text(d.applicantIdNumber()).text(d.applicantAddress())
                    .text(d.applicantPhone()).text(d.applicantEmail()).text(d.receivingUnit())
                    .text(d.competentUnit()).text(d.receivedBy()).instant(d.receivedAt()).instant(c.receivedAt())
                    .instant(c.clockStartAt()).instant(c.appointmentAt()).instant(c.dueAt()).num(d.feeTotal())
                    .bool(d.paidOnline()).bool(d.digitised()).text("")
                    .text(c.pauseKind() == null ? null : c.pauseKind().name()).instant(c.pausedAt())
                    .num(c.pausedNanos()).num(c.supplementCount()).num(c.guidanceCount()).text(c.pendingRequest())
                    .instant(d.apologyAt()).instant(d.apologyNewDate()).text(d.apologyReason())
                    .instant(d.processedAt()).instant(d.returnedAt())
                    .text(d.returnMethod() == null ? null : d.returnMethod().name()).bool(d.electronicResult())
                    .instant(c.closedAt()).text(c.closeReason()).bool(c.resultRefused()).bool(c.late())
                    .num(c.lateNanos()).num(d.satisfaction()).text(d.feedback()).instant(c.ratedAt()).text("IMPORT")
                    .text(source).instant(d.appointmentAt()).bool(c.sourceDisagrees()).text(key)
                    .num(d.events().size()).text(prev).num(0).endRow();
        }

        /** The receipt's lookup secret: 10 characters without look-alikes (0/O, 1/I/L). */
        private String secret() {
            random.nextBytes(secretBytes);
            char[] s = new char[secretBytes.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = SECRET_ALPHABET.charAt((secretBytes[i] & 0xFF) % SECRET_ALPHABET.length());
            }
            return new String(s);
        }
    }

    private static final String SECRET_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** Rows of up to {@value #CHUNK} dossiers and their events, in COPY text form. */
    record Chunk(CopyBuffer dossiers, CopyBuffer events, List<String> codes) { }

    /** Dossiers per chunk handed to the database while the next lines are being read. */
    static final int CHUNK = 5_000;

    /**
     * Writes chunks while the request thread reads and checks the next lines, so that Java and PostgreSQL work at the
     * same time. One writer thread at a time uses the transaction's connection (the request thread does not touch it
     * until {@link #finish}); at most two chunks wait, so memory stays bounded whatever the batch size. A chunk whose
     * codes already exist, or any SQL error, stops the writing; the transaction is then rolled back by the caller, so
     * what was written never commits. Per chunk: COPY into the temporary tables, INSERT … SELECT into the province's
     * tables (checked by row-level security), TRUNCATE the temporary tables.
     */
    final class Pipeline {
        private final Connection conn;
        private final PGConnection pg;
        private final java.util.concurrent.Semaphore room = new java.util.concurrent.Semaphore(2);
        private java.util.concurrent.CompletableFuture<Void> tail = java.util.concurrent.CompletableFuture.completedFuture(null);
        private volatile SQLException failure;
        private volatile boolean existing;
        volatile long dbNanos;
        volatile int chunks;

        Pipeline(Connection conn) throws SQLException {
            this.conn = conn;
            this.pg = conn.unwrap(PGConnection.class); // the pool hands out a proxy with the driver's COPY API
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TABLE motcua_import_dossier (LIKE province.dossier INCLUDING DEFAULTS) ON COMMIT DROP");
                st.execute("CREATE TEMP TABLE motcua_import_event (LIKE province.dossier_event INCLUDING DEFAULTS) "
                        + "ON COMMIT DROP");
            }
        }

        boolean stopped() {
            return failure != null || existing;
        }

        boolean foundExisting() {
            return existing;
        }

        void submit(Chunk c) {
            try {
                room.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            tail = tail.thenRunAsync(() -> {
                try {
                    if (!stopped()) {
                        write(c);
                    }
                } catch (SQLException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new SQLException(e.getMessage(), e);
                } finally {
                    c.dossiers().release();
                    c.events().release();
                    room.release();
                }
            }, executor());
        }

        /** Waits for the chunks handed over so far. */
        void drain() {
            tail.join();
        }

        void finish() throws SQLException {
            tail.join();
            if (failure != null) {
                throw failure;
            }
        }

        private void write(Chunk c) throws SQLException {
            long t0 = System.nanoTime();
            if (anyExisting(c.codes())) {
                existing = true;
                return;
            }
            try {
                pg.getCopyAPI().copyIn("COPY motcua_import_dossier (" + DOSSIER_COLUMNS + ") FROM STDIN",
                        new ByteArrayInputStream(c.dossiers().bytes(), 0, c.dossiers().length()), 1 << 16);
                if (c.events().length() > 0) {
                    pg.getCopyAPI().copyIn("COPY motcua_import_event (" + EVENT_COLUMNS + ") FROM STDIN",
                            new ByteArrayInputStream(c.events().bytes(), 0, c.events().length()), 1 << 16);
                }
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("INSERT INTO province.dossier (" + DOSSIER_COLUMNS + ") SELECT " + DOSSIER_COLUMNS
                        + " FROM motcua_import_dossier");
                st.executeUpdate("INSERT INTO province.dossier_event (" + EVENT_COLUMNS + ") SELECT " + EVENT_COLUMNS
                        + " FROM motcua_import_event");
                st.execute("TRUNCATE motcua_import_dossier, motcua_import_event");
            }
            chunks++;
            dbNanos += System.nanoTime() - t0;
        }

        private boolean anyExisting(List<String> codes) throws SQLException {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM province.dossier WHERE code = ANY (?))")) {
                ps.setArray(1, conn.createArrayOf("text", codes.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }
    }

    /** The container's executor (context-free work: JDBC on the connection handed over), or a plain one in tests. */
    private java.util.concurrent.Executor executor() {
        return executor != null ? executor : java.util.concurrent.ForkJoinPool.commonPool();
    }

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private static void insertBatchRow(Connection conn, Batch b, String hash) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO province.dossier_import_batch (tenant_id, batch_key, "
                + "content_hash, source_system, dossiers, events, disagreements, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, b.tenant);
            ps.setString(2, b.key);
            ps.setString(3, hash);
            ps.setString(4, b.source);
            ps.setInt(5, b.dossiers);
            ps.setInt(6, b.events);
            ps.setInt(7, b.disagreements);
            ps.setString(8, CallerContext.actorName());
            ps.executeUpdate();
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

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
