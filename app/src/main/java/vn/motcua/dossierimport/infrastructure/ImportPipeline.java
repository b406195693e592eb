package vn.motcua.dossierimport.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.postgresql.PGConnection;

/**
 * Writes chunks while the request thread reads and checks the next lines, so that Java and PostgreSQL work at the
 * same time. One writer thread at a time uses the transaction's connection (the request thread does not touch it
 * until {@link #finish}); at most two chunks wait, so memory stays bounded whatever the batch size. A chunk whose
 * codes already exist, or any SQL error, stops the writing; the transaction is then rolled back by the caller, so
 * what was written never commits. Per chunk: COPY into the temporary tables, INSERT … SELECT into the province's
 * tables (checked by row-level security), TRUNCATE the temporary tables.
 */
public final class ImportPipeline {

    static final String DOSSIER_COLUMNS = "tenant_id, id, code, lookup_secret, status, channel, procedure_version_id, "
            + "procedure_code, procedure_name, time_value, time_unit, time_cut_off, form_set, applicant_kind, "
            + "applicant_name, applicant_id_number, applicant_address, applicant_phone, applicant_email, "
            + "receiving_unit_code, competent_unit_code, received_by, submitted_at, received_at, clock_start_at, "
            + "appointment_at, due_at, fee_total, paid_online, digitised, steps, step_facts, current_step, current_assignee, "
            + "current_unit_code, current_step_due_at, pause_kind, paused_at, paused_nanos, "
            + "supplement_count, guidance_count, pending_request, apology_at, apology_new_due_at, apology_reason, "
            + "processed_at, returned_at, return_method, electronic_result, closed_at, close_reason, result_refused, "
            + "late, late_nanos, overdue_from, timeliness, worked_hundredths, satisfaction, feedback, rated_at, source, source_system, "
            + "source_appointment_at, source_disagrees, import_batch, event_count, last_event_hash, version";
    static final String EVENT_COLUMNS = "tenant_id, dossier_id, seq, occurred_at, actor, actor_role, actor_unit, action, "
            + "from_status, to_status, reason, changes, prev_hash, hash";

    private final Connection conn;
    private final PGConnection pg;
    private final Executor executor;
    private final Semaphore room = new Semaphore(2);
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
    private volatile SQLException failure;
    private volatile boolean existing;
    private volatile long dbNanos;
    private volatile int chunks;

    /** Creates the temporary tables ({@code ON COMMIT DROP}) on the transaction's connection. */
    ImportPipeline(Connection conn, Executor executor) throws SQLException {
        this.conn = conn;
        this.executor = executor;
        this.pg = conn.unwrap(PGConnection.class); // the pool hands out a proxy with the driver's COPY API
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE motcua_import_dossier (LIKE province.dossier INCLUDING DEFAULTS) ON COMMIT DROP");
            st.execute("CREATE TEMP TABLE motcua_import_event (LIKE province.dossier_event INCLUDING DEFAULTS) "
                    + "ON COMMIT DROP");
        }
    }

    /** Nothing more will be written: a chunk met codes already there, or the database refused one. */
    public boolean stopped() {
        return failure != null || existing;
    }

    /** A chunk's codes were already in the province (the caller then names them all). */
    public boolean foundExisting() {
        return existing;
    }

    /** Time spent writing, for the log. */
    public long dbNanos() {
        return dbNanos;
    }

    /** Chunks written, for the log. */
    public int chunks() {
        return chunks;
    }

    /** Hands the rows' pending chunk to the writer, waiting while two chunks already wait. */
    public void submit(ImportRows rows) {
        ImportRows.Chunk c = rows.take();
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
        }, executor);
    }

    /** Waits for the chunks handed over so far. */
    public void drain() {
        tail.join();
    }

    /** Waits for the chunks handed over so far and throws the writer's failure, if any. */
    public void finish() {
        tail.join();
        if (failure != null) {
            throw ImportSession.failed(failure);
        }
    }

    private void write(ImportRows.Chunk c) throws SQLException {
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
