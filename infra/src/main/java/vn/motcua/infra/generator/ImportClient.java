package vn.motcua.infra.generator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Sends generated dossiers through the REST import ({@code POST /api/dossiers/import?batch=…&source=…}, operationId
 * importDossiers) in NDJSON batches of a fixed size, with a few parallel clients. Batch keys are
 * {@code <prefix>-<number>}: the same generation sent again gives the same batches with the same keys, which the
 * server recognises as unchanged.
 */
public final class ImportClient implements AutoCloseable {

    /** Totals of a run, summed from the server's answers (fields the answer lacks stay 0). */
    public static final class Totals {
        public final AtomicLong batches = new AtomicLong();
        public final AtomicLong dossiers = new AtomicLong();
        public final AtomicLong created = new AtomicLong();
        public final AtomicLong unchanged = new AtomicLong();
        public final AtomicLong bytes = new AtomicLong();
        /** Dossiers whose appointment (ours) differs from the server's engine, and late ones, as the server counts. */
        public final AtomicLong disagreements = new AtomicLong();
        public final AtomicLong late = new AtomicLong();

        @Override
        public String toString() {
            return batches + " batches, " + dossiers + " dossiers (" + created + " created, " + unchanged
                    + " unchanged; server: " + late + " late, " + disagreements + " appointments differ)";
        }
    }

    /** The server refused a batch, or is not there. {@code status} 404 = no import operation. */
    public static final class ImportFailed extends IOException {
        public final int status;

        ImportFailed(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private record Batch(String key, byte[] body, int dossiers) { }

    private static final Batch END = new Batch(null, null, 0);

    private final String baseUrl;
    private final String auth;
    private final String source;
    private final String keyPrefix;
    private final int batchSize;
    private final HttpClient http;
    private final BlockingQueue<Batch> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final Totals totals = new Totals();
    private final LongConsumer progress;
    private final StringBuilder current = new StringBuilder(1 << 20);
    private final GeneratedDossier.TimeText timeText = new GeneratedDossier.TimeText();
    private int inCurrent;
    private int batchNo;

    /**
     * @param keyPrefix batch keys are {@code keyPrefix-000001}, … (characters {@code [A-Za-z0-9._:-]})
     * @param clients   parallel HTTP clients
     * @param progress  called with the number of dossiers accepted so far after each batch (may be null)
     */
    public ImportClient(String baseUrl, String user, String password, String source, String keyPrefix, int batchSize,
                        int clients, LongConsumer progress) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.source = source;
        this.keyPrefix = keyPrefix;
        this.batchSize = batchSize;
        this.progress = progress;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.queue = new ArrayBlockingQueue<>(Math.max(2, clients * 2));
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(this::work, "dossier-import-" + (i + 1));
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
    }

    /** Adds one dossier; a full batch is handed to a client (blocks while all are busy). */
    public void add(GeneratedDossier g) throws IOException {
        g.appendNdjson(current, timeText);
        if (++inCurrent >= batchSize) {
            flushBatch();
        }
    }

    /** Adds a ready batch of NDJSON lines (the current partial batch, if any, goes first). */
    public void addBatch(byte[] ndjson, int dossiers) throws IOException {
        flushBatch();
        IOException f = failure.get();
        if (f != null) {
            throw f;
        }
        batchNo++;
        try {
            queue.put(new Batch(keyPrefix + "-" + DossierGenerator.pad(batchNo, 6), ndjson, dossiers));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private void flushBatch() throws IOException {
        IOException f = failure.get();
        if (f != null) {
            throw f;
        }
        if (inCurrent == 0) {
            return;
        }
        batchNo++;
        String key = keyPrefix + "-" + DossierGenerator.pad(batchNo, 6);
        Batch b = new Batch(key, current.toString().getBytes(StandardCharsets.UTF_8), inCurrent);
        current.setLength(0);
        inCurrent = 0;
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** Sends the last partial batch and waits for every answer; throws the first failure. */
    public Totals finish() throws IOException {
        flushBatch();
        try {
            for (int i = 0; i < workers.size(); i++) {
                queue.put(END);
            }
            for (Thread t : workers) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        IOException f = failure.get();
        if (f != null) {
            throw f;
        }
        return totals;
    }

    public Totals totals() {
        return totals;
    }

    private void work() {
        while (true) {
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (b == END) {
                return;
            }
            if (failure.get() != null) {
                continue; // drain
            }
            try {
                send(b);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            } catch (InterruptedException e) {
                failure.compareAndSet(null, new IOException("interrupted"));
                return;
            }
        }
    }

    private void send(Batch b) throws IOException, InterruptedException {
        String url = baseUrl + "/api/dossiers/import?batch=" + URLEncoder.encode(b.key(), StandardCharsets.UTF_8)
                + "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", auth).header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(b.body())).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            String body = r.body();
            throw new ImportFailed(r.statusCode(), "batch " + b.key() + ": HTTP " + r.statusCode() + " "
                    + body.substring(0, Math.min(800, body.length())));
        }
        totals.batches.incrementAndGet();
        totals.bytes.addAndGet(b.body().length);
        long done = totals.dossiers.addAndGet(b.dossiers());
        try {
            if (MiniJson.parse(r.body()) instanceof Map<?, ?> m) {
                totals.created.addAndGet(number(m.get("created")));
                totals.unchanged.addAndGet(number(m.get("unchanged")));
                totals.disagreements.addAndGet(number(m.get("disagreements")));
                totals.late.addAndGet(number(m.get("late")));
            }
        } catch (RuntimeException ignored) {
            // counts are informative only
        }
        if (progress != null) {
            progress.accept(done);
        }
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public void close() {
        for (Thread t : workers) {
            t.interrupt();
        }
    }
}
