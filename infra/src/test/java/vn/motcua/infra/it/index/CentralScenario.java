package vn.motcua.infra.it.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;
import vn.motcua.infra.it.reports.TimelinessReportIT;
import vn.motcua.infra.it.units.TenantAbsorptionApiIT;
import vn.motcua.infra.it.units.TenantAbsorptionApiIT.Province;

/**
 * Three provinces made for a test of the central comparison, so that every figure is counted by hand (the table is
 * in {@link CentralComparisonIT}): A absorbs B on 01/07/2026, C stands alone; each handles one procedure of the same
 * code (new for each scenario) in May 2026. B publishes May before it merges; A and C have not published yet.
 */
public record CentralScenario(Province a, Province b, Province c, String procedure, String prefix, JsonObject publishedByB) {

    public static final String MAY = "\"from\":\"2026-05\",\"to\":\"2026-05\"";
    static final String HEADER = "portal_code,name,kind,level,parent_portal_code,valid_from\n";

    public static CentralScenario create() {
        Province a = TenantAbsorptionApiIT.newProvince("so-sanh-a");
        Province b = TenantAbsorptionApiIT.newProvince("so-sanh-b");
        Province c = TenantAbsorptionApiIT.newProvince("so-sanh-c");
        String procedure = "1.8" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        String prefix = ImportFiles.unique("central");
        for (Province p : List.of(a, b, c)) {
            ok(p.admin().post("/api/units/import", "text/csv", HEADER
                    + p.code() + ",UBND tỉnh " + p.code() + ",PEOPLES_COMMITTEE,PROVINCE,,2019-01-01\n"
                    + p.code() + ".19,Sở Tư pháp - tỉnh " + p.code() + ",DEPARTMENT,PROVINCE," + p.code()
                    + ",2019-01-01\n"), 200);
            ok(p.admin().post("/api/procedures", "{\"code\":\"" + procedure + "\",\"name\":\"Cấp phiếu lý lịch tư "
                    + "pháp\",\"field\":\"HO_TICH\",\"levels\":[\"PROVINCE\"],\"time\":{\"value\":5,"
                    + "\"unit\":\"WORKING_DAYS\"},\"onlineKind\":\"PARTIAL\",\"steps\":[{\"name\":\"Tiếp nhận hồ sơ\","
                    + "\"sharePercent\":20},{\"name\":\"Giải quyết\",\"sharePercent\":80}],\"publication\":{"
                    + "\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2025-01-02\",\"effectiveDate\":"
                    + "\"2025-03-01\",\"nationalDbDate\":\"2025-01-03\"},\"versionValidFrom\":\"2025-01-01\"}"), 201);
        }
        post(a, prefix, done(prefix, procedure, 1, a, "ONLINE", "2026-05-04T09:00", "2026-05-04T15:00"),
                done(prefix, procedure, 2, a, "IN_PERSON", "2026-05-05T09:00", "2026-05-19T09:00"),
                done(prefix, procedure, 3, a, "IN_PERSON", "2026-05-11T09:00", "2026-05-13T09:00"));
        post(b, prefix, done(prefix, procedure, 4, b, "ONLINE", "2026-05-04T09:00", "2026-05-05T09:00"),
                TimelinessReportIT.line(ImportFiles.code(prefix, 5), procedure, b.code() + ".19", b.code() + ".19",
                        "ONLINE", "Trần Văn Năm", "2026-05-18T09:00", 2, null,
                        List.of(event("2026-05-18T09:00", "CLERK", "RECEIVE", null, 2, null))));
        post(c, prefix, done(prefix, procedure, 6, c, "ONLINE", "2026-05-05T09:00", "2026-05-07T13:30"),
                done(prefix, procedure, 7, c, "IN_PERSON", "2026-05-06T09:00", "2026-05-22T09:00"));
        // B publishes May as a province of its own, then merges into A
        JsonObject publishedByB = ok(b.admin().post("/api/index/aggregates", "{" + MAY + "}"), 200);
        ok(Rest.as("admin").post("/api/tenants/" + a.slug() + "/absorb", "{\"absorbed\":\"" + b.slug()
                + "\",\"date\":\"2026-07-01\",\"mapping\":{}}"), 200);
        return new CentralScenario(a, b, c, procedure, prefix, publishedByB);
    }

    /** A and C publish May 2026. */
    public void publishTheOthers() {
        ok(a.admin().post("/api/index/aggregates", "{" + MAY + "}"), 200);
        ok(c.admin().post("/api/index/aggregates", "{" + MAY + "}"), 200);
    }

    static String done(String prefix, String procedure, int i, Province p, String channel, String received,
                       String processed) {
        return TimelinessReportIT.processed(ImportFiles.code(prefix, i), procedure, p.code() + ".19",
                p.code() + ".19", channel, "Nguyễn Thị Số " + i, received, processed);
    }

    static void post(Province p, String prefix, String... lines) {
        Http.Response r = ImportFiles.post(p.admin(), prefix + "-" + p.code(), String.join("\n", lines) + "\n");
        assertEquals(200, r.status(), r::toString);
    }

    static JsonObject ok(Http.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        return Rest.object(r);
    }
}
