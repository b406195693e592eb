package vn.motcua.infra.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;

/** Import batches for the dossier import system tests, and a look at the rows as the runtime role sees them. */
public final class ImportFiles {

    static final String NDJSON = "application/x-ndjson";

    private ImportFiles() { }

    static Http as(String user) {
        return Rest.as(user);
    }

    static JsonObject object(Http.Response r) {
        return Rest.object(r);
    }

    /** The columns of a refused batch's problems, in order. */
    static List<String> columns(Http.Response refused) {
        return object(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("column")).toList();
    }

    /** A prefix no other test uses: dossier codes and batch keys start with it. */
    public static String unique(String tag) {
        return "IT" + tag + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    /** A procedure of our own in {@code admin}'s province, valid since 2024 (so the receipt dates below are in force). */
    public static String procedure(String admin, int workingDays) {
        String code = "1.7" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Http.Response r = as(admin).post("/api/procedures", "{\"code\":\"" + code + "\",\"name\":\"Thủ tục nhập hồ sơ "
                + code + "\",\"field\":\"HO_TICH\",\"levels\":[\"COMMUNE\"],\"time\":{\"value\":" + workingDays
                + ",\"unit\":\"WORKING_DAYS\"},\"onlineKind\":\"PARTIAL\","
                + "\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\",\"sharePercent\":20},{\"name\":\"Giải quyết\",\"sharePercent\":80}],"
                + "\"publication\":{\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2023-12-20\","
                + "\"effectiveDate\":\"2024-01-01\",\"nationalDbDate\":\"2023-12-27\"},\"versionValidFrom\":\"2024-01-01\"}");
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    /**
     * One dossier received Monday 02/03/2026 09:00 (+ {@code i} minutes), a supplement request from Tuesday 10:00 to
     * Thursday 05/03 10:00 (two office days), processed at {@code processedAt}, returned the next morning.
     */
    public static String line(String code, String procedure, int i, String processedAt, String sourceAppointment) {
        String rec = String.format("2026-03-02T09:%02d:00+07:00", i % 60);
        return "{\"code\":\"" + code + "\",\"procedureCode\":\"" + procedure + "\",\"channel\":\"IN_PERSON\","
                + "\"applicant\":{\"kind\":\"PERSON\",\"name\":\"Nguyễn Thị Hồng Nhung\",\"idNumber\":\"064190000123\","
                + "\"address\":\"12 Trần Hưng Đạo, phường Diên Hồng\"},\"receivingUnit\":\"H21.30\",\"competentUnit\":\"H21.05\","
                + "\"receivedBy\":\"nguyen.van.a\",\"receivedAt\":\"" + rec + "\","
                + (sourceAppointment == null ? "" : "\"appointmentAt\":\"" + sourceAppointment + "\",")
                + "\"status\":10,\"processedAt\":\"" + processedAt + "\",\"returnedAt\":\"2026-03-20T08:00:00+07:00\","
                + "\"returnMethod\":\"IN_PERSON\",\"electronicResult\":false,\"digitised\":true,\"feeTotal\":50000,"
                + "\"satisfaction\":5,\"feedback\":\"Cán bộ hướng dẫn tận tình\",\"events\":["
                + "{\"at\":\"" + rec + "\",\"actor\":\"nguyen.van.a\",\"role\":\"CLERK\",\"action\":\"RECEIVE\",\"toStatus\":2},"
                + "{\"at\":\"2026-03-03T10:00:00+07:00\",\"actor\":\"tran.b\",\"role\":\"OFFICER\",\"action\":\"REQUEST_SUPPLEMENT\","
                + "\"fromStatus\":2,\"toStatus\":5,\"reason\":\"Thiếu bản sao giấy khai sinh\"},"
                + "{\"at\":\"2026-03-05T10:00:00+07:00\",\"actor\":\"nguyen.van.a\",\"role\":\"CLERK\",\"action\":\"RECEIVE_SUPPLEMENT\","
                + "\"fromStatus\":5,\"toStatus\":4},"
                + "{\"at\":\"" + processedAt + "\",\"actor\":\"tran.b\",\"role\":\"OFFICER\",\"action\":\"COMPLETE_STEP\","
                + "\"fromStatus\":4,\"toStatus\":9},"
                + "{\"at\":\"2026-03-20T08:00:00+07:00\",\"actor\":\"nguyen.van.a\",\"role\":\"CLERK\",\"action\":\"RETURN_RESULT\","
                + "\"fromStatus\":9,\"toStatus\":10}]}";
    }

    public static String batch(String prefix, String procedure, int n) {
        StringBuilder b = new StringBuilder(n * 1600);
        for (int i = 1; i <= n; i++) {
            b.append(line(code(prefix, i), procedure, i, "2026-03-10T15:00:00+07:00", null)).append('\n');
        }
        return b.toString();
    }

    /** The same lines received at Hà Tĩnh's service centre and decided by one of its departments. */
    static String inHaTinh(String body) {
        return body.replace("\"receivingUnit\":\"H21.30\",\"competentUnit\":\"H21.05\"",
                "\"receivingUnit\":\"H27.30\",\"competentUnit\":\"H27.05\"");
    }

    public static String code(String prefix, int i) {
        return prefix + "-" + String.format("%06d", i);
    }

    public static Http.Response post(Http http, String batch, String body) {
        return http.post("/api/dossiers/import?batch=" + batch + "&source=it-igate", NDJSON, body);
    }

    // ---- the database, as the runtime role of the application sees it ----

    public static Connection runtime(Path dataDir, int pgPort, String tenant) throws Exception {
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("credentials.properties"))) {
            credentials.load(in);
        }
        Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/motcua", "motcua_app",
                credentials.getProperty("motcua_app.password"));
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant', ?, false)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
        return c;
    }

    static long count(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long dossiersLike(Connection c, String prefix) throws SQLException {
        return count(c, "SELECT count(*) FROM province.dossier WHERE code LIKE ? || '%'", prefix);
    }

    static long eventsLike(Connection c, String prefix) throws SQLException {
        return count(c, "SELECT count(*) FROM province.dossier_event e JOIN province.dossier d ON d.tenant_id = e.tenant_id "
                + "AND d.id = e.dossier_id WHERE d.code LIKE ? || '%'", prefix);
    }

    static List<String> row(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.add(rs.getString(i));
                    }
                }
                return out;
            }
        }
    }
}
