package vn.motcua.infra.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import vn.motcua.forms.domain.FormRegime;

/**
 * The rows of {@code province.dossier} and {@code province.dossier_event} that an imported dossier becomes, in
 * PostgreSQL's COPY text format: the reference side of the import benchmark (what a bare COPY of the same rows
 * costs). Derived fields are filled the simple way (due = the generator's due instant, hash chain over the event
 * text); the point is the same number and width of rows, not the server's exact values.
 */
public final class CopyRows {

    public static final String DOSSIER_COLUMNS = "tenant_id, id, code, lookup_secret, status, channel, procedure_code, "
            + "procedure_name, time_value, time_unit, form_set, applicant_kind, applicant_name, applicant_id_number, "
            + "applicant_address, applicant_phone, applicant_email, receiving_unit_code, competent_unit_code, received_by, "
            + "submitted_at, received_at, clock_start_at, appointment_at, due_at, fee_total, paid_online, digitised, "
            + "apology_at, apology_new_due_at, apology_reason, processed_at, returned_at, return_method, "
            + "electronic_result, late, satisfaction, feedback, source, source_system, source_appointment_at, "
            + "import_batch, event_count, last_event_hash";
    public static final String EVENT_COLUMNS = "tenant_id, dossier_id, seq, occurred_at, actor, actor_role, action, "
            + "from_status, to_status, reason, prev_hash, hash";

    private final String tenant;
    private final Map<String, TenantCatalog.Procedure> procedures = new HashMap<>();
    private final MessageDigest sha;
    private final Map<Long, String> days = new HashMap<>();

    public CopyRows(String tenant, TenantCatalog catalog) {
        this.tenant = tenant;
        catalog.procedures().forEach(p -> procedures.put(p.code(), p));
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends the dossier's row to {@code dossier} and its events' rows to {@code events}. */
    public void append(GeneratedDossier g, long id, String batch, StringBuilder dossier, StringBuilder events) {
        String prev = null;
        int seq = 0;
        for (GeneratedDossier.Event e : g.events) {
            seq++;
            String text = time(e.at()) + "|" + e.actor() + "|" + e.role() + "|" + e.action() + "|" + e.fromStatus() + "|"
                    + e.toStatus() + "|" + (e.reason() == null ? "" : e.reason());
            sha.reset();
            if (prev != null) {
                sha.update(prev.getBytes(StandardCharsets.US_ASCII));
            }
            String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
            row(events, tenant, Long.toString(id), Integer.toString(seq), time(e.at()), e.actor(), e.role(), e.action(),
                    e.fromStatus() > 0 ? Integer.toString(e.fromStatus()) : null, Integer.toString(e.toStatus()),
                    e.reason(), prev, hash);
            prev = hash;
        }
        TenantCatalog.Procedure p = procedures.get(g.procedureCode);
        String[] t = p == null ? new String[] {"0", "WORKING_DAYS"} : p.time().trim().split("\\s+");
        String timeValue = t[0].equals("SAME_DAY") ? "0" : t[0];
        String timeUnit = t[0].equals("SAME_DAY") ? "SAME_DAY" : t[1];
        LocalDate day = g.receivedDay();
        String secret = Long.toString(DossierGenerator.mix(id, 99) & 0xFFFFFFFFFFL, 36);
        row(dossier, tenant, Long.toString(id), g.code, secret.length() < 6 ? secret + "000000" : secret,
                Integer.toString(g.status), g.channel, g.procedureCode, p == null ? g.procedureCode : p.name(), timeValue,
                timeUnit, FormRegime.onReceipt(day).name(), g.applicantKind,
                g.applicantName, g.applicantIdNumber, g.applicantAddress, g.applicantPhone, g.applicantEmail,
                g.receivingUnit, g.competentUnit, g.receivedBy, time(g.receivedAt), time(g.receivedAt), time(g.receivedAt),
                time(g.appointmentAt), time(g.dueAt), Long.toString(g.feeTotal), Boolean.toString(g.paidOnline),
                Boolean.toString(g.digitised), time(g.apologyAt), time(g.apologyNewDate), g.apologyReason,
                time(g.processedAt), time(g.returnedAt), g.returnMethod == null ? null : g.returnMethod,
                g.electronicResult == null ? null : g.electronicResult.toString(),
                g.processedAt == GeneratedDossier.NONE ? null : Boolean.toString(g.late),
                g.satisfaction > 0 ? Integer.toString(g.satisfaction) : null, g.feedback, "IMPORT", "motcua-generator",
                time(g.appointmentAt), batch, Integer.toString(g.events.size()), prev);
    }

    private String time(long localMinute) {
        if (localMinute == GeneratedDossier.NONE || localMinute == 0) {
            return null;
        }
        long day = Math.floorDiv(localMinute, OfficeLine.MINUTES_PER_DAY);
        int m = (int) Math.floorMod(localMinute, OfficeLine.MINUTES_PER_DAY);
        return days.computeIfAbsent(day, d -> LocalDate.ofEpochDay(d).toString()) + " "
                + DossierGenerator.pad(m / 60, 2) + ":" + DossierGenerator.pad(m % 60, 2) + ":00+07";
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            String v = cells[i];
            if (v == null) {
                b.append("\\N");
                continue;
            }
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
        }
        b.append('\n');
    }
}
