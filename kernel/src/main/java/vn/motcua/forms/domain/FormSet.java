package vn.motcua.forms.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One circular's set of statutory forms, valid for dossiers RECEIVED in [validFrom, validUntil] (inclusive dates
 * in the business zone; null = open). The sets are data: {@code vn/motcua/forms/form-sets.csv}.
 */
public final class FormSet {

    /** The business zone in which receipt instants become dates. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String RESOURCE = "form-sets.csv";

    private static final List<FormSet> ALL = load();

    private final String circular;
    private final String issued;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final Map<FormKind, Entry> forms;

    private record Entry(String number, String title, String variant) {
    }

    private FormSet(String circular, String issued, LocalDate validFrom, LocalDate validUntil,
            Map<FormKind, Entry> forms) {
        this.circular = circular;
        this.issued = issued;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.forms = Collections.unmodifiableMap(new EnumMap<>(forms));
    }

    /** Every set, oldest first. */
    public static List<FormSet> all() {
        return ALL;
    }

    /** The set in force for a dossier received on this date (business zone). */
    public static FormSet inForceOn(LocalDate receiptDate) {
        Objects.requireNonNull(receiptDate, "receiptDate");
        for (FormSet set : ALL) {
            if (set.covers(receiptDate)) {
                return set;
            }
        }
        throw new IllegalArgumentException("no form set in force on " + receiptDate);
    }

    /** The set in force for a dossier received at this instant (its date in Asia/Ho_Chi_Minh). */
    public static FormSet forReceipt(OffsetDateTime receivedAt) {
        return inForceOn(receivedAt.atZoneSameInstant(BUSINESS_ZONE).toLocalDate());
    }

    /** By circular number, e.g. "03/2025/TT-VPCP". */
    public static FormSet byCircular(String circular) {
        return ALL.stream().filter(s -> s.circular.equals(circular)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown circular " + circular));
    }

    public boolean covers(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** "01/2018/TT-VPCP". */
    public String circular() {
        return circular;
    }

    /** Signing date as printed ("23/11/2018"), or null when not recorded. */
    public String issued() {
        return issued;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Set<FormKind> kinds() {
        return forms.keySet();
    }

    public boolean contains(FormKind kind) {
        return forms.containsKey(kind);
    }

    /** "01" … "07". */
    public String number(FormKind kind) {
        return entry(kind).number();
    }

    /** "Mẫu số 01". */
    public String label(FormKind kind) {
        return "Mẫu số " + number(kind);
    }

    /** The form's title as printed (upper case, Vietnamese). */
    public String title(FormKind kind) {
        return entry(kind).title();
    }

    /** Wording switch of the renderer ("" when none), e.g. "extension-request" for the 2025 apology. */
    public String variant(FormKind kind) {
        return entry(kind).variant();
    }

    private Entry entry(FormKind kind) {
        Entry e = forms.get(Objects.requireNonNull(kind, "kind"));
        if (e == null) {
            throw new FormNotInSetException(kind, circular);
        }
        return e;
    }

    @Override
    public String toString() {
        return "FormSet[" + circular + ", " + (validFrom == null ? "…" : validFrom) + " – "
                + (validUntil == null ? "…" : validUntil) + ", " + forms.keySet() + "]";
    }

    private static List<FormSet> load() {
        try (InputStream in = FormSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the CSV lines (package-private for tests); refuses inconsistent, overlapping or non-contiguous sets. */
    static List<FormSet> parse(List<String> lines) {
        record Head(String issued, LocalDate from, LocalDate until) {
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, Map<FormKind, Entry>> forms = new LinkedHashMap<>();
        boolean header = true;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 8) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": 8 fields expected");
            }
            String circular = f[0].strip();
            Head head = new Head(blankToNull(f[1]), date(f[2]), date(f[3]));
            Head known = heads.putIfAbsent(circular, head);
            if (known != null && !known.equals(head)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": dates differ within " + circular);
            }
            FormKind kind = FormKind.valueOf(f[4].strip());
            Entry previous = forms.computeIfAbsent(circular, c -> new EnumMap<>(FormKind.class))
                    .put(kind, new Entry(f[5].strip(), f[6].strip(), f[7].strip()));
            if (previous != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + kind + " twice in " + circular);
            }
        }
        List<FormSet> sets = new ArrayList<>();
        heads.forEach((c, h) -> sets.add(new FormSet(c, h.issued(), h.from(), h.until(), forms.get(c))));
        sets.sort(Comparator.comparing((FormSet s) -> s.validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int i = 1; i < sets.size(); i++) {
            FormSet prev = sets.get(i - 1);
            FormSet next = sets.get(i);
            if (prev.validUntil == null || next.validFrom == null || !prev.validUntil.plusDays(1).equals(next.validFrom)) {
                throw new IllegalStateException(
                        RESOURCE + ": " + prev.circular + " and " + next.circular + " overlap or leave a gap");
            }
        }
        return List.copyOf(sets);
    }

    private static LocalDate date(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : LocalDate.parse(t);
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
