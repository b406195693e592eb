package vn.motcua.dossierimport.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.shared.tabular.Table;

/**
 * One dossier of an import batch as text, before validation: the same shape for an NDJSON line and a CSV row
 * (docs/dossier-import.md). Values are keyed by their NDJSON path ({@code applicant.name}); {@link Field} maps each
 * to its CSV column. Absent and JSON-null values are {@code null}; every scalar is kept as its text.
 */
public final class ImportLine {

    /** The fields of the format, with their NDJSON path and CSV column. */
    public enum Field {
        CODE("code", "code"),
        PROCEDURE_CODE("procedureCode", "procedure_code"),
        CHANNEL("channel", "channel"),
        APPLICANT_KIND("applicant.kind", "applicant_kind"),
        APPLICANT_NAME("applicant.name", "applicant_name"),
        APPLICANT_ID_NUMBER("applicant.idNumber", "applicant_id_number"),
        APPLICANT_ADDRESS("applicant.address", "applicant_address"),
        APPLICANT_PHONE("applicant.phone", "applicant_phone"),
        APPLICANT_EMAIL("applicant.email", "applicant_email"),
        RECEIVING_UNIT("receivingUnit", "receiving_unit"),
        COMPETENT_UNIT("competentUnit", "competent_unit"),
        RECEIVED_BY("receivedBy", "received_by"),
        RECEIVED_AT("receivedAt", "received_at"),
        APPOINTMENT_AT("appointmentAt", "appointment_at"),
        STATUS("status", "status"),
        PROCESSED_AT("processedAt", "processed_at"),
        RETURNED_AT("returnedAt", "returned_at"),
        RETURN_METHOD("returnMethod", "return_method"),
        ELECTRONIC_RESULT("electronicResult", "electronic_result"),
        DIGITISED("digitised", "digitised"),
        FEE_TOTAL("feeTotal", "fee_total"),
        PAID_ONLINE("paidOnline", "paid_online"),
        APOLOGY_AT("apology.at", "apology_at"),
        APOLOGY_NEW_DATE("apology.newDate", "apology_new_date"),
        APOLOGY_REASON("apology.reason", "apology_reason"),
        SATISFACTION("satisfaction", "satisfaction"),
        FEEDBACK("feedback", "feedback");

        private final String json;
        private final String csv;

        Field(String json, String csv) {
            this.json = json;
            this.csv = csv;
        }

        public String json() { return json; }

        public String csv() { return csv; }

        static final Map<String, Field> BY_JSON = new HashMap<>();

        static {
            for (Field f : values()) {
                BY_JSON.put(f.json, f);
            }
        }
    }

    /** The fields of one event, in the order of the CSV cell's {@code |}-separated parts. */
    public static final List<String> EVENT_FIELDS = List.of("at", "actor", "role", "action", "fromStatus", "toStatus",
            "reason", "actorName");
    public static final String EVENTS = "events";

    private final int row;
    private final boolean csv;
    private final String[] values = new String[Field.values().length];
    private final List<Map<String, String>> events = new ArrayList<>();
    /** A problem with the line's shape (not JSON, wrong type); the line is not validated further. */
    private final List<Problem> problems = new ArrayList<>();

    /** A shape problem: the column (format's name) and a message key with arguments. */
    public record Problem(String column, String key, Object... args) { }

    private ImportLine(int row, boolean csv) {
        this.row = row;
        this.csv = csv;
    }

    public int row() { return row; }

    public boolean csv() { return csv; }

    public String get(Field f) { return values[f.ordinal()]; }

    public List<Map<String, String>> events() { return events; }

    public List<Problem> problems() { return problems; }

    /** The column name a person sees for a field in this line's format. */
    public String column(Field f) {
        return csv ? f.csv() : f.json();
    }

    /** The column of an event's field: {@code events[2].action} in NDJSON, the {@code events} cell in CSV. */
    public String eventColumn(int index, String field) {
        return csv ? EVENTS : EVENTS + "[" + index + "]." + field;
    }

    // ---- NDJSON ----

    /** One NDJSON line ({@code len} bytes of UTF-8 from {@code off}), numbered {@code row} from 1. */
    public static ImportLine ndjson(int row, byte[] content, int off, int len) {
        ImportLine l = new ImportLine(row, false);
        Object v;
        try {
            v = JsonLine.parse(content, off, len);
        } catch (JsonLine.Malformed e) {
            l.problems.add(new Problem("", "dossier.import.badJson", shorten(e.getMessage())));
            return l;
        }
        if (!(v instanceof Map<?, ?> o)) {
            l.problems.add(new Problem("", "dossier.import.notObject"));
            return l;
        }
        for (Map.Entry<?, ?> e : o.entrySet()) {
            String key = (String) e.getKey();
            Object value = e.getValue();
            if ("applicant".equals(key) || "apology".equals(key)) {
                if (value == JsonLine.NULL) {
                    continue;
                }
                if (!(value instanceof Map<?, ?> inner)) {
                    l.problems.add(new Problem(key, "dossier.import.notObject"));
                    continue;
                }
                for (Map.Entry<?, ?> f : inner.entrySet()) {
                    l.put(key + "." + f.getKey(), f.getValue());
                }
            } else if (EVENTS.equals(key)) {
                if (value == JsonLine.NULL) {
                    continue;
                }
                if (!(value instanceof List<?> a)) {
                    l.problems.add(new Problem(EVENTS, "dossier.import.notArray"));
                    continue;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!(a.get(i) instanceof Map<?, ?> ev)) {
                        l.problems.add(new Problem(l.eventColumn(i + 1, ""), "dossier.import.notObject"));
                        continue;
                    }
                    Map<String, String> m = new HashMap<>(16);
                    for (Map.Entry<?, ?> f : ev.entrySet()) {
                        String text = scalar(f.getValue());
                        if (text == SHAPE_ERROR) {
                            l.problems.add(new Problem(l.eventColumn(i + 1, (String) f.getKey()), "dossier.import.notScalar"));
                        } else if (text != null) {
                            m.put((String) f.getKey(), text);
                        }
                    }
                    l.events.add(m);
                }
            } else {
                l.put(key, value);
            }
        }
        return l;
    }

    private void put(String path, Object v) {
        Field f = Field.BY_JSON.get(path);
        if (f == null) {
            return; // unknown fields are ignored: senders may send more than we keep
        }
        String text = scalar(v);
        if (text == SHAPE_ERROR) {
            problems.add(new Problem(path, "dossier.import.notScalar"));
        } else {
            values[f.ordinal()] = text;
        }
    }

    private static final String SHAPE_ERROR = new String("\u0000shape");

    /** A scalar's text (a number as written by JSON-P), null for JSON null, SHAPE_ERROR for objects and arrays. */
    private static String scalar(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof JsonLine.Num || v instanceof Boolean) {
            return v.toString();
        }
        if (v == JsonLine.NULL) {
            return null;
        }
        return SHAPE_ERROR;
    }

    // ---- CSV ----

    /** One CSV row (as read by the project's CSV reader: header = row 1). */
    public static ImportLine csv(Table.Row r) {
        ImportLine l = new ImportLine(r.line(), true);
        for (Field f : Field.values()) {
            String v = r.get(f.csv());
            l.values[f.ordinal()] = v.isEmpty() ? null : v;
        }
        String cell = r.get(EVENTS);
        if (!cell.isEmpty()) {
            int i = 0;
            for (String line : cell.split("\r?\n")) {
                if (line.isBlank()) {
                    continue;
                }
                i++;
                String[] p = line.split("\\|", -1);
                if (p.length < 6 || p.length > EVENT_FIELDS.size()) {
                    l.problems.add(new Problem(EVENTS, "dossier.import.event.parts", i));
                    continue;
                }
                Map<String, String> m = new HashMap<>(10);
                for (int k = 0; k < p.length; k++) {
                    String s = p[k].strip();
                    if (!s.isEmpty()) {
                        m.put(EVENT_FIELDS.get(k), s);
                    }
                }
                l.events.add(m);
            }
        }
        return l;
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
