package vn.motcua.infra.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated dossier in the shape of the import format (docs/dossier-import.md). Instants are local minutes of
 * the business zone (+07:00); {@link #NONE} marks an absent one. Serialised by {@link #appendNdjson}
 * and {@link #appendCsv} with a fixed field order, so equal dossiers give equal bytes.
 */
public final class GeneratedDossier {

    public static final long NONE = Long.MIN_VALUE;

    /** One entry of the dossier's history. {@code fromStatus} 0 = none. */
    public record Event(long at, String actor, String role, String action, int fromStatus, int toStatus,
                        String reason) { }

    public static final List<String> CSV_COLUMNS = List.of("code", "procedure_code", "channel", "applicant_kind",
            "applicant_name", "applicant_id_number", "applicant_address", "applicant_phone", "applicant_email",
            "receiving_unit", "competent_unit", "received_by", "received_at", "appointment_at", "status", "processed_at",
            "returned_at", "return_method", "electronic_result", "digitised", "fee_total", "paid_online", "apology_at",
            "apology_new_date", "apology_reason", "satisfaction", "feedback", "events");

    String code;
    String procedureCode;
    String channel;
    String applicantKind;
    String applicantName;
    String applicantIdNumber;
    String applicantAddress;
    String applicantPhone;
    String applicantEmail;
    String receivingUnit;
    String competentUnit;
    String receivedBy;
    long receivedAt;
    long appointmentAt;
    int status;
    long processedAt = NONE;
    long returnedAt = NONE;
    String returnMethod;
    Boolean electronicResult;
    boolean digitised;
    long feeTotal;
    boolean paidOnline;
    long apologyAt = NONE;
    long apologyNewDate = NONE;
    String apologyReason;
    int satisfaction;
    String feedback;
    final List<Event> events = new ArrayList<>(8);
    /** Not serialised: for statistics and tests. */
    boolean late;
    int supplements;
    long dueAt;

    public String code() { return code; }
    public String procedureCode() { return procedureCode; }
    public String channel() { return channel; }
    public String applicantName() { return applicantName; }
    public String receivingUnit() { return receivingUnit; }
    public String competentUnit() { return competentUnit; }
    public long receivedAt() { return receivedAt; }
    public LocalDate receivedDay() { return LocalDate.ofEpochDay(Math.floorDiv(receivedAt, OfficeLine.MINUTES_PER_DAY)); }
    public long appointmentAt() { return appointmentAt; }
    public int status() { return status; }
    public long processedAt() { return processedAt; }
    public long returnedAt() { return returnedAt; }
    public long apologyAt() { return apologyAt; }
    public int satisfaction() { return satisfaction; }
    public String feedback() { return feedback; }
    public List<Event> events() { return events; }
    /** Finished after its due instant (moved by the time waiting for the applicant), as the generator planned it. */
    public boolean late() { return late; }
    public int supplements() { return supplements; }
    public long feeTotal() { return feeTotal; }

    /** One NDJSON line (with the trailing newline). */
    public void appendNdjson(StringBuilder b, TimeText t) {
        b.append("{\"code\":");
        MiniJson.quote(b, code);
        b.append(",\"procedureCode\":");
        MiniJson.quote(b, procedureCode);
        b.append(",\"channel\":\"").append(channel).append('"');
        b.append(",\"applicant\":{\"kind\":\"").append(applicantKind).append("\",\"name\":");
        MiniJson.quote(b, applicantName);
        optional(b, "idNumber", applicantIdNumber);
        optional(b, "address", applicantAddress);
        optional(b, "phone", applicantPhone);
        optional(b, "email", applicantEmail);
        b.append("},\"receivingUnit\":");
        MiniJson.quote(b, receivingUnit);
        b.append(",\"competentUnit\":");
        MiniJson.quote(b, competentUnit);
        b.append(",\"receivedBy\":");
        MiniJson.quote(b, receivedBy);
        b.append(",\"receivedAt\":\"");
        t.append(b, receivedAt);
        b.append('"');
        instant(b, t, "appointmentAt", appointmentAt);
        b.append(",\"status\":").append(status);
        instant(b, t, "processedAt", processedAt);
        instant(b, t, "returnedAt", returnedAt);
        if (returnMethod != null) {
            b.append(",\"returnMethod\":\"").append(returnMethod).append('"');
        }
        if (electronicResult != null) {
            b.append(",\"electronicResult\":").append(electronicResult);
        }
        b.append(",\"digitised\":").append(digitised);
        b.append(",\"feeTotal\":").append(feeTotal);
        b.append(",\"paidOnline\":").append(paidOnline);
        if (apologyAt != NONE) {
            b.append(",\"apology\":{\"at\":\"");
            t.append(b, apologyAt);
            b.append("\",\"newDate\":\"");
            t.append(b, apologyNewDate);
            b.append("\",\"reason\":");
            MiniJson.quote(b, apologyReason);
            b.append('}');
        }
        if (satisfaction > 0) {
            b.append(",\"satisfaction\":").append(satisfaction);
        }
        optional(b, "feedback", feedback);
        b.append(",\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"at\":\"");
            t.append(b, e.at());
            b.append("\",\"actor\":");
            MiniJson.quote(b, e.actor());
            b.append(",\"role\":\"").append(e.role()).append("\",\"action\":\"").append(e.action()).append('"');
            if (e.fromStatus() > 0) {
                b.append(",\"fromStatus\":").append(e.fromStatus());
            }
            b.append(",\"toStatus\":").append(e.toStatus());
            if (e.reason() != null) {
                b.append(",\"reason\":");
                MiniJson.quote(b, e.reason());
            }
            b.append('}');
        }
        b.append("]}\n");
    }

    private static void optional(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(",\"").append(name).append("\":");
            MiniJson.quote(b, value);
        }
    }

    private static void instant(StringBuilder b, TimeText t, String name, long value) {
        if (value != NONE) {
            b.append(",\"").append(name).append("\":\"");
            t.append(b, value);
            b.append('"');
        }
    }

    /** The CSV header line. */
    public static void appendCsvHeader(StringBuilder b) {
        b.append(String.join(",", CSV_COLUMNS)).append("\r\n");
    }

    /** One CSV record (RFC 4180; the events cell holds one {@code at|actor|role|action|from|to|reason} per line). */
    public void appendCsv(StringBuilder b, TimeText t) {
        StringBuilder ev = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (i > 0) {
                ev.append('\n');
            }
            t.append(ev, e.at());
            ev.append('|').append(e.actor()).append('|').append(e.role()).append('|').append(e.action()).append('|')
                    .append(e.fromStatus() > 0 ? Integer.toString(e.fromStatus()) : "").append('|').append(e.toStatus())
                    .append('|').append(e.reason() == null ? "" : e.reason().replace('|', '/').replace('\n', ' '));
        }
        String[] cells = {code, procedureCode, channel, applicantKind, applicantName, applicantIdNumber,
                applicantAddress, applicantPhone, applicantEmail, receivingUnit, competentUnit, receivedBy,
                t.format(receivedAt), t.format(appointmentAt), Integer.toString(status), t.format(processedAt),
                t.format(returnedAt), returnMethod, electronicResult == null ? null : electronicResult.toString(),
                Boolean.toString(digitised), Long.toString(feeTotal), Boolean.toString(paidOnline), t.format(apologyAt),
                t.format(apologyNewDate), apologyReason, satisfaction > 0 ? Integer.toString(satisfaction) : null,
                feedback, ev.toString()};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            csvCell(b, cells[i]);
        }
        b.append("\r\n");
    }

    private static void csvCell(StringBuilder b, String v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    /** ISO-8601 text of local minutes with the +07:00 offset, with the dates cached. */
    public static final class TimeText {
        private final java.util.HashMap<Long, String> days = new java.util.HashMap<>();

        public void append(StringBuilder b, long localMinute) {
            long day = Math.floorDiv(localMinute, OfficeLine.MINUTES_PER_DAY);
            int m = (int) Math.floorMod(localMinute, OfficeLine.MINUTES_PER_DAY);
            b.append(days.computeIfAbsent(day, d -> LocalDate.ofEpochDay(d).toString())).append('T');
            two(b, m / 60);
            b.append(':');
            two(b, m % 60);
            b.append(":00+07:00");
        }

        public String format(long localMinute) {
            if (localMinute == NONE) {
                return null;
            }
            StringBuilder b = new StringBuilder(25);
            append(b, localMinute);
            return b.toString();
        }

        private static void two(StringBuilder b, int v) {
            if (v < 10) {
                b.append('0');
            }
            b.append(v);
        }
    }
}
