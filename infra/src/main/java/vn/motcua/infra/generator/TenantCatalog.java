package vn.motcua.infra.generator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the generator needs to know about a province: its procedures (code, name, level, statutory and online time,
 * fees, implementing unit) and its units with portal codes and validity.
 *
 * <p>Two sources, the same JSON: the running server's REST API ({@code GET /api/procedures/export?format=json},
 * operationId exportProcedures, and {@code GET /api/units?view=flat&asOf=…}, operationId listUnits, asked for at
 * several days of the period so that units that ended or began within it are known), or files holding those two
 * responses.
 */
public final class TenantCatalog {

    /** A procedure as the generator uses it. {@code time} and {@code onlineTime} in the catalog's text form. */
    public record Procedure(String code, String name, String level, String time, String onlineTime, String onlineKind,
                            boolean individualApplicants, long feeTotal, List<String> feeNames, List<String> documents,
                            String unitRef, LocalDate validFrom, LocalDate validTo) {

        /**
         * Some version of the procedure is in force on the day: from its first version's {@code validFrom} up to,
         * not including, its last version's {@code validTo} (none = still in force). The dossier import checks the
         * same ({@code ImportCatalog.Entry.validOn}) and refuses a dossier received when no version was in force.
         */
        public boolean inForce(LocalDate d) {
            return (validFrom == null || !d.isBefore(validFrom)) && (validTo == null || d.isBefore(validTo));
        }

        /** The same procedure with the validity of its versions (getProcedure's {@code history}). */
        public Procedure withValidity(LocalDate from, LocalDate to) {
            return new Procedure(code, name, level, time, onlineTime, onlineKind, individualApplicants, feeTotal,
                    feeNames, documents, unitRef, from, to);
        }

        public boolean online() {
            return !"NONE".equals(onlineKind);
        }

        public boolean commune() {
            return "COMMUNE".equals(level);
        }
    }

    /** A unit with a portal code; validTo null = still in service. */
    public record Unit(String portalCode, String qcvnCode, String name, String kind, String level, LocalDate validFrom,
                       LocalDate validTo) {

        public boolean validOn(LocalDate d) {
            return (validFrom == null || !d.isBefore(validFrom)) && (validTo == null || !d.isAfter(validTo));
        }

        /**
         * The agency part of dossier codes, as the receipt desk writes it (DossierService): the unit's QCVN 102:2016
         * code when it has one, else its portal code.
         */
        public String agencyCode() {
            return qcvnCode != null && !qcvnCode.isBlank() ? qcvnCode : portalCode;
        }
    }

    private final String slug;
    private final List<Procedure> procedures;
    private final List<Unit> units;
    private final Map<LocalDate, String> calendarDays;
    private final String officeHours;

    public TenantCatalog(String slug, List<Procedure> procedures, List<Unit> units) {
        this(slug, procedures, units, Map.of(), null);
    }

    /**
     * @param calendarDays the province's special days (day to kind, {@code WORKING} for worked ones), empty = the
     *                     bundled national calendar
     * @param officeHours  the province's office hours ({@code 07:00-11:30|13:30-17:00}), null = not known
     */
    public TenantCatalog(String slug, List<Procedure> procedures, List<Unit> units, Map<LocalDate, String> calendarDays,
                         String officeHours) {
        if (procedures.isEmpty()) {
            throw new IllegalArgumentException("the province " + slug + " has no procedures");
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("the province " + slug + " has no units with a portal code");
        }
        this.slug = slug;
        this.procedures = List.copyOf(procedures);
        this.units = List.copyOf(units);
        this.calendarDays = Map.copyOf(calendarDays);
        this.officeHours = officeHours;
    }

    public String slug() { return slug; }
    public List<Procedure> procedures() { return procedures; }
    public List<Unit> units() { return units; }
    public Map<LocalDate, String> calendarDays() { return calendarDays; }
    public String officeHours() { return officeHours; }

    /** The province's name as in "tỉnh Gia Lai", from its People's Committee. */
    public String provinceName() {
        for (Unit u : units) {
            // the one still in service (an absorbed province's committee ended)
            if (u.kind().equals("PEOPLES_COMMITTEE") && u.level().equals("PROVINCE") && u.validTo() == null) {
                String n = u.name();
                return n.startsWith("UBND ") ? n.substring(5) : n;
            }
        }
        return slug;
    }

    // ---- reading ----

    /**
     * Parses the JSON of exportProcedures (an array of rows). A row's {@code validFrom}/{@code validTo}, when it has
     * them, are its versions' validity; a saved export has none, and then the publication's {@code effectiveDate}
     * stands in for the start ({@link #fromServer} asks the server for each procedure's versions instead).
     */
    @SuppressWarnings("unchecked")
    public static List<Procedure> parseProcedures(String json) {
        List<Procedure> out = new ArrayList<>();
        for (Object o : (List<Object>) MiniJson.parse(json)) {
            Map<String, Object> m = (Map<String, Object>) o;
            String levels = str(m, "levels");
            String level = levels.contains("COMMUNE") && !levels.contains("PROVINCE") ? "COMMUNE"
                    : levels.contains("COMMUNE") ? "BOTH" : "PROVINCE";
            long fee = 0;
            List<String> feeNames = new ArrayList<>();
            for (String line : str(m, "fees").split("\n")) {
                String[] p = line.split("\\|", -1);
                if (p.length >= 2 && !p[0].isBlank()) {
                    feeNames.add(p[0].strip());
                    String a = p[1].replace(".", "").replace(",", "").strip();
                    fee += a.isEmpty() ? 0 : Long.parseLong(a);
                }
            }
            List<String> docs = new ArrayList<>();
            for (String line : str(m, "documents").split("\n")) {
                String[] p = line.split("\\|", -1);
                if (!p[0].isBlank()) {
                    docs.add(p[0].strip());
                }
            }
            String units = str(m, "units");
            String unitRef = units.isBlank() ? "" : units.split(",")[0].strip();
            out.add(new Procedure(str(m, "code"), str(m, "name"), level, str(m, "time"), str(m, "onlineTime"),
                    str(m, "onlineKind").isEmpty() ? "NONE" : str(m, "onlineKind").toUpperCase(Locale.ROOT),
                    !"false".equalsIgnoreCase(str(m, "individualApplicants")), fee, feeNames, docs, unitRef,
                    date(str(m, "validFrom").isBlank() ? str(m, "effectiveDate") : str(m, "validFrom")),
                    date(str(m, "validTo"))));
        }
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    /**
     * The validity of a procedure's versions from getProcedure's answer: the first version's {@code validFrom} and,
     * when the last version has ended, its {@code validTo}.
     */
    @SuppressWarnings("unchecked")
    static Procedure withVersions(Procedure p, String getProcedureJson) {
        Map<String, Object> m = (Map<String, Object>) MiniJson.parse(getProcedureJson);
        List<Object> history = m.get("history") instanceof List<?> h && !h.isEmpty() ? (List<Object>) h : List.of(m);
        LocalDate from = null;
        LocalDate to = null;
        boolean open = false;
        for (Object o : history) {
            Map<String, Object> v = (Map<String, Object>) o;
            LocalDate f = date(str(v, "validFrom"));
            LocalDate t = date(str(v, "validTo"));
            from = f != null && (from == null || f.isBefore(from)) ? f : from;
            open |= t == null;
            to = t != null && (to == null || t.isAfter(to)) ? t : to;
        }
        return p.withValidity(from, open ? null : to);
    }

    /** Parses the JSON of listUnits (view=flat); units without a portal code are left out (they cannot receive). */
    @SuppressWarnings("unchecked")
    public static void parseUnits(String json, Map<String, Unit> into) {
        for (Object o : (List<Object>) MiniJson.parse(json)) {
            Map<String, Object> m = (Map<String, Object>) o;
            String portal = str(m, "portalCode");
            if (portal.isBlank()) {
                continue;
            }
            Unit u = new Unit(portal, str(m, "qcvnCode"), str(m, "name"), str(m, "kind"), str(m, "level"),
                    date(str(m, "validFrom")), date(str(m, "validTo")));
            into.putIfAbsent(portal, u);
        }
    }

    /** Adds the days of a getCalendar answer to {@code into}; returns its office hours ({@code a-b|c-d}) or null. */
    @SuppressWarnings("unchecked")
    static String parseCalendar(String json, Map<LocalDate, String> into) {
        Map<String, Object> m = (Map<String, Object>) MiniJson.parse(json);
        Object days = m.get("days");
        if (days instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> d = (Map<String, Object>) o;
                into.put(LocalDate.parse(str(d, "date")), Boolean.TRUE.equals(d.get("working")) ? "WORKING" : str(d, "kind"));
            }
        }
        if (m.get("officeHours") instanceof Map<?, ?> oh && oh.get("periods") instanceof List<?> periods
                && !periods.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (Object o : periods) {
                Map<String, Object> p = (Map<String, Object>) o;
                b.append(b.length() == 0 ? "" : "|").append(str(p, "start")).append('-').append(str(p, "end"));
            }
            return b.toString();
        }
        return null;
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }

    /** From files: the exportProcedures JSON and one or more listUnits JSON files. */
    public static TenantCatalog fromFiles(String slug, Path procedures, List<Path> unitFiles) throws IOException {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Path p : unitFiles) {
            parseUnits(Files.readString(p, StandardCharsets.UTF_8), units);
        }
        return new TenantCatalog(slug, parseProcedures(Files.readString(procedures, StandardCharsets.UTF_8)),
                sorted(units));
    }

    /**
     * From the running server, signed in as one of the province's accounts (any role may read the catalog and the
     * units). Units are asked for on the first day, every 1 January and 1 July, and the last day of the period.
     */
    public static TenantCatalog fromServer(String baseUrl, String user, String password, String slug, LocalDate from,
                                           LocalDate to) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String procedures = get(http, baseUrl + "/api/procedures/export?format=json", auth);
        Map<String, Unit> units = new LinkedHashMap<>();
        List<LocalDate> days = new ArrayList<>(List.of(to, from));
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            for (LocalDate d : List.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 7, 1))) {
                if (d.isAfter(from) && d.isBefore(to)) {
                    days.add(d);
                }
            }
        }
        for (LocalDate d : days) {
            parseUnits(get(http, baseUrl + "/api/units?view=flat&asOf=" + d, auth), units);
        }
        // The province's calendar (getCalendar: national days with the province's own) for the period and the two
        // years after it in which dossiers may still be processed; years the server does not have are skipped.
        Map<LocalDate, String> calendar = new java.util.HashMap<>();
        String hours = null;
        for (int y = from.getYear(); y <= to.getYear() + 2; y++) {
            String json;
            try {
                json = get(http, baseUrl + "/api/calendar/" + y, auth);
            } catch (IOException e) {
                continue;
            }
            String h = parseCalendar(json, calendar);
            hours = hours == null ? h : hours;
        }
        // Which days each procedure may be received on: the validity of its versions, as the import checks it.
        List<Procedure> withVersions = new ArrayList<>();
        for (Procedure p : parseProcedures(procedures)) {
            String code = java.net.URLEncoder.encode(p.code(), StandardCharsets.UTF_8).replace("+", "%20");
            withVersions.add(withVersions(p, get(http, baseUrl + "/api/procedures/" + code, auth)));
        }
        return new TenantCatalog(slug, withVersions, sorted(units), calendar, hours);
    }

    private static List<Unit> sorted(Map<String, Unit> units) {
        List<Unit> list = new ArrayList<>(units.values());
        list.sort((a, b) -> a.portalCode().compareTo(b.portalCode()));
        return list;
    }

    static String get(HttpClient http, String url, String auth) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.body();
    }
}
