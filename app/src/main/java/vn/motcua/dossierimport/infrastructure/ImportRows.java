package vn.motcua.dossierimport.infrastructure;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.EventChain;
import vn.motcua.forms.domain.FormRegime;
import vn.motcua.dossierimport.domain.ImportedClock;
import vn.motcua.dossierimport.domain.ImportedDossier;
import vn.motcua.dossierimport.domain.ImportedSteps;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepFacts;

/**
 * A batch's rows in COPY text form, built while the lines are checked, with the batch's counts. The rows of up to
 * {@link #CHUNK} dossiers are taken at a time by {@link ImportPipeline#submit}.
 */
public final class ImportRows {

    /** Dossiers per chunk handed to the database while the next lines are being read. */
    public static final int CHUNK = 5_000;

    private static final String SECRET_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final String tenant;
    private final String key;
    private final String source;
    private final ZoneId zone;
    private final SecureRandom random;
    private CopyBuffer dossierRows = CopyBuffer.obtain(CHUNK * 700);
    private CopyBuffer eventRows = CopyBuffer.obtain(CHUNK * 1_600);
    private List<String> codes = new ArrayList<>(CHUNK);
    private int dossiers;
    private int events;
    private int disagreements;
    private int late;
    private final byte[] secretBytes = new byte[10];

    ImportRows(String tenant, String key, String source, ZoneId zone, SecureRandom random) {
        this.tenant = tenant;
        this.zone = zone;
        this.key = key;
        this.source = source;
        this.random = random;
    }

    /** Dossiers counted so far (written or not). */
    public int dossiers() { return dossiers; }

    /** Their events. */
    public int events() { return events; }

    /** Dossiers whose source appointment differs from our due instant. */
    public int disagreements() { return disagreements; }

    /** Dossiers processed after our due instant. */
    public int late() { return late; }

    /** Rows written and not yet handed to the database. */
    public int pending() {
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

    /** Counts the dossier; with an id (≥ 0) also writes its row (with its steps) and its events' rows. */
    public void add(ImportedDossier d, ImportedClock c, ImportedSteps steps, long id) {
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
        StatutoryTime t = d.procedure().timeFor(d.channel() == Channel.ONLINE);
        Step cur = steps.currentStep();
        LocalDate receiptDay = d.receivedAt().atZoneSameInstant(zone).toLocalDate();
        dossierRows.text(tenant).num(id).text(d.code()).text(secret()).num(d.status().code())
                .text(d.channel().name()).num(d.procedure().versionId()).text(d.procedure().code())
                .text(d.procedure().name()).num(t.value()).text(t.unit().name()).time(t.cutOff())
                .text(FormRegime.onReceipt(receiptDay).name()).text(d.applicantKind().name())
                .text(d.applicantName()).text(d.applicantIdNumber()).text(d.applicantAddress())
                .text(d.applicantPhone()).text(d.applicantEmail()).text(d.receivingUnit())
                .text(d.competentUnit()).text(d.receivedBy()).instant(d.receivedAt()).instant(c.receivedAt())
                .instant(c.clockStartAt()).instant(c.appointmentAt()).instant(c.dueAt()).num(d.feeTotal())
                .bool(d.paidOnline()).bool(d.digitised()).text(steps.text())
                .text(StepFacts.write(steps.steps(), c.pausedAt())).num(steps.current())
                .text(steps.assignee()).text(cur == null ? null : cur.unitCode()).instant(cur == null ? null : cur.dueAt())
                .text(c.pauseKind() == null ? null : c.pauseKind().name()).instant(c.pausedAt())
                .num(c.pausedNanos()).num(c.supplementCount()).num(c.guidanceCount()).text(c.pendingRequest())
                .instant(d.apologyAt()).instant(d.apologyNewDate()).text(d.apologyReason())
                .instant(d.processedAt()).instant(d.returnedAt())
                .text(d.returnMethod() == null ? null : d.returnMethod().name()).bool(d.electronicResult())
                .instant(c.closedAt()).text(c.closeReason()).bool(c.resultRefused()).bool(c.late())
                .num(c.lateNanos()).instant(c.overdueFrom())
                .text(c.timeliness() == null ? null : c.timeliness().name()).num(c.workedHundredths())
                .num(d.satisfaction()).text(d.feedback()).instant(c.ratedAt()).text("IMPORT")
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

    /** Rows of up to {@value #CHUNK} dossiers and their events, in COPY text form. */
    record Chunk(CopyBuffer dossiers, CopyBuffer events, List<String> codes) { }
}
