package vn.motcua.infra.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.infra.it.reports.TimelinessReportIT.COLUMNS;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertCounts;
import static vn.motcua.infra.it.reports.TimelinessReportIT.assertIdentities;
import static vn.motcua.infra.it.reports.TimelinessReportIT.codes;
import static vn.motcua.infra.it.reports.TimelinessReportIT.drill;
import static vn.motcua.infra.it.reports.TimelinessReportIT.event;
import static vn.motcua.infra.it.reports.TimelinessReportIT.report;
import static vn.motcua.infra.it.reports.TimelinessReportIT.rows;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.infra.it.Http;
import vn.motcua.infra.it.Rest;
import vn.motcua.infra.it.dossiers.ImportFiles;

/**
 * The merge test of issue 13: dossiers of 2024 handled by a former Bình Định district appear under that district as
 * it was and under its successor commune of Gia Lai as it is now, with the same province total both ways.
 *
 * <p>Bình Định was absorbed into Gia Lai on 01/07/2025 (demo data): its units are Gia Lai's historical units, and
 * "UBND huyện Vân Canh" was linked (MERGED_INTO) to the communes H21.227 UBND xã Vân Canh, H21.228 and H21.230. The
 * demo districts carry no portal code, so no dossier could name one: as a province would record it, the test gives
 * Vân Canh the code {@value #VC} from 01/01/2024 (a new version of the district, through the units API). A split
 * unit's dossiers all go to the successor with the first code: H21.227. Sở Y tế - tỉnh Bình Định (H08.19) merged
 * into Sở Y tế - tỉnh Gia Lai (H21.19). Six dossiers of one procedure of 5 working days, received at 09:00, 2024:
 *
 * <pre>
 *  #  unit     ch    received        due             ended                  2024 counts as
 *  1  H08.71   IP    Mon 04/03       Mon 11/03       processed Wed 06/03     early
 *  2  H08.71   ON    Tue 07/05       Tue 14/05       processed Mon 20/05     late
 *  3  H08.71   IP    Mon 02/12       Mon 09/12       open                    open, overdue at 31/12
 *  4  H08.19   POST  Thu 13/06       Thu 20/06       processed 20/06 08:30   on time
 *  5  H21.19   IP    Mon 09/09       Mon 16/09       processed Wed 11/09     early
 *  6  H21.19   ON    Mon 30/12       Tue 07/01/2025  open                    open within time at 31/12
 * </pre>
 */
class UnitRollupReportIT {

    static final String PROVINCE = "gia-lai";
    static final String VC = "H08.71";
    static final String VC_TODAY = "H21.227";
    static final String SYT_BD = "H08.19";
    static final String SYT_GL = "H21.19";
    static final String YEAR = "from=2024-01-01&to=2024-12-31";

    static String prefix;
    static String proc;

    static Http leader() {
        return Rest.as(PROVINCE + ".leader");
    }

    @BeforeAll
    static void recordTheDistrictsCodeAndImportTheDossiers() {
        String admin = PROVINCE + ".admin";
        recordVanCanhsCode(Rest.as(admin));
        proc = TimelinessReportIT.procedure(admin, "HO_TICH");
        prefix = ImportFiles.unique("rollup");
        String b = done(1, VC, "H08.30", "IN_PERSON", "2024-03-04T09:00", "2024-03-06T15:00") + '\n'
                + done(2, VC, "H08.30", "ONLINE", "2024-05-07T09:00", "2024-05-20T10:00") + '\n'
                + open(3, VC, "H08.30", "IN_PERSON", "2024-12-02T09:00") + '\n'
                + done(4, SYT_BD, "H08.30", "POSTAL", "2024-06-13T09:00", "2024-06-20T08:30") + '\n'
                + done(5, SYT_GL, "H21.30", "IN_PERSON", "2024-09-09T09:00", "2024-09-11T15:00") + '\n'
                + open(6, SYT_GL, "H21.30", "ONLINE", "2024-12-30T09:00") + '\n';
        Http.Response r = ImportFiles.post(Rest.as(admin), prefix, b);
        assertEquals(200, r.status(), r::toString);
    }

    /** Vân Canh (from Bình Định) carries {@link #VC} from 01/01/2024 to its end on 30/06/2025; once is enough. */
    static void recordVanCanhsCode(Http admin) {
        JsonObject district = null;
        for (JsonObject u : Rest.array(admin.get("/api/units?asOf=2024-06-01&view=flat")).getValuesAs(JsonObject.class)) {
            if ("UBND huyện Vân Canh".equals(u.getString("name")) && "binh-dinh".equals(u.getString("originTenant", null))) {
                district = u;
            }
        }
        assertTrue(district != null, "Bình Định's Vân Canh is a historical unit of Gia Lai");
        long id = district.getJsonNumber("id").longValue();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonArray successors = Rest.object(admin.get("/api/units/" + id + "/successors?asOf=" + today))
                .getJsonArray("successors");
        assertEquals(List.of("H21.227", "H21.228", "H21.230"), successors.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("portalCode")).sorted().toList(), "the demo merger's links");
        if (VC.equals(district.getString("portalCode", null))) {
            return;
        }
        Http.Response r = admin.put("/api/units/" + id, "{\"name\":\"UBND huyện Vân Canh\",\"kind\":\"DISTRICT\","
                + "\"level\":\"DISTRICT\",\"parentId\":" + district.getJsonNumber("parentId") + ",\"portalCode\":\"" + VC
                + "\",\"effectiveFrom\":\"2024-01-01\",\"version\":" + district.getJsonNumber("version") + "}");
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void asItWasTheDistrictAndBinhDinhsDepartmentKeepTheirRows() {
        JsonObject report = report(leader(), YEAR + "&groupBy=UNIT&procedureCode=" + proc);
        assertEquals("AS_WAS", report.getString("unitView"));
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of(SYT_BD, VC, SYT_GL), List.copyOf(rows.keySet()));
        // 1, 3 in person, 2 online; 1 early, 2 late; 3 open and overdue since 09/12
        assertCounts(rows.get(VC), 3, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1);
        assertEquals("UBND huyện Vân Canh", rows.get(VC).getString("name"));
        assertCounts(rows.get(SYT_BD), 1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0);
        assertEquals("Sở Y tế - tỉnh Bình Định", rows.get(SYT_BD).getString("name"));
        // 5 in person, early; 6 online, open within time
        assertCounts(rows.get(SYT_GL), 2, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0);
        assertCounts(report.getJsonObject("total"), 6, 2, 4, 0, 4, 2, 1, 1, 2, 1, 1);
        assertIdentities(report);
    }

    @Test
    void asItIsTheDistrictIsItsFirstSuccessorCommuneAndTheDepartmentsAreOne() {
        JsonObject report = report(leader(), YEAR + "&groupBy=UNIT&unitView=AS_IS&procedureCode=" + proc);
        assertEquals("AS_IS", report.getString("unitView"));
        Map<String, JsonObject> rows = rows(report);
        assertEquals(List.of(SYT_GL, VC_TODAY), List.copyOf(rows.keySet()));
        assertCounts(rows.get(VC_TODAY), 3, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1);
        assertEquals("UBND xã Vân Canh", rows.get(VC_TODAY).getString("name"));
        // 4 (Bình Định's) and 5, 6 (Gia Lai's)
        assertCounts(rows.get(SYT_GL), 3, 1, 2, 0, 2, 1, 1, 0, 1, 1, 0);
        assertEquals("Sở Y tế - tỉnh Gia Lai", rows.get(SYT_GL).getString("name"));
        assertCounts(report.getJsonObject("total"), 6, 2, 4, 0, 4, 2, 1, 1, 2, 1, 1);
        assertIdentities(report);
    }

    @Test
    void theProvinceTotalIsTheSameBothWays() {
        for (String by : List.of("UNIT", "NONE", "FIELD")) {
            JsonObject was = report(leader(), YEAR + "&groupBy=" + by).getJsonObject("total");
            JsonObject is = report(leader(), YEAR + "&groupBy=" + by + "&unitView=AS_IS").getJsonObject("total");
            for (String column : COLUMNS) {
                assertEquals(was.getJsonNumber(column).longValue(), is.getJsonNumber(column).longValue(), by + " " + column);
            }
            assertTrue(was.getJsonNumber("receivedTotal").longValue() >= 6, was::toString);
        }
    }

    @Test
    void theUnitScopeNamesAUnitOfTodayWithItsPredecessors() {
        String base = YEAR + "&procedureCode=" + proc + "&unitCode=";
        assertCounts(report(leader(), base + VC_TODAY + "&unitView=AS_IS").getJsonObject("total"),
                3, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1);
        assertCounts(report(leader(), base + VC_TODAY).getJsonObject("total"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertCounts(report(leader(), base + VC).getJsonObject("total"), 3, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1);
        assertCounts(report(leader(), base + VC + "&unitView=AS_IS").getJsonObject("total"),
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertCounts(report(leader(), base + SYT_GL + "&unitView=AS_IS&groupBy=MONTH").getJsonObject("total"),
                3, 1, 2, 0, 2, 1, 1, 0, 1, 1, 0);
    }

    @Test
    void theDrillDownOfARowOfTodayListsItsPredecessorsDossiers() {
        String q = YEAR + "&groupBy=UNIT&unitView=AS_IS&procedureCode=" + proc;
        Map<String, JsonObject> rows = rows(report(leader(), q));
        for (String unit : List.of(VC_TODAY, SYT_GL)) {
            for (String column : COLUMNS) {
                JsonObject list = drill(leader(), q + "&key=" + unit + "&column=" + column);
                assertEquals(rows.get(unit).getJsonNumber(column).longValue(), list.getJsonNumber("total").longValue(),
                        unit + " " + column);
                assertEquals(list.getInt("total"), list.getJsonArray("items").size());
            }
        }
        JsonObject received = drill(leader(), q + "&key=" + VC_TODAY + "&column=receivedTotal");
        assertEquals(List.of(code(1), code(2), code(3)), codes(received));
        assertEquals(VC, received.getJsonArray("items").getJsonObject(0).getString("competentUnitCode"),
                "the dossier keeps the code it was handled under");
        assertEquals(List.of(code(3)), codes(drill(leader(), q + "&key=" + VC_TODAY + "&column=openOverdue")));
        assertEquals(List.of(code(4), code(5), code(6)), codes(drill(leader(), q + "&key=" + SYT_GL
                + "&column=receivedTotal")));
        assertEquals(List.of(code(4)), codes(drill(leader(), q + "&key=" + SYT_GL + "&column=finishedOnTime")));
        // as it was, the district's row is the district's, and the commune had none in 2024
        String was = YEAR + "&groupBy=UNIT&procedureCode=" + proc;
        assertEquals(List.of(code(1), code(2), code(3)), codes(drill(leader(), was + "&key=" + VC + "&column=receivedTotal")));
        assertEquals(0, drill(leader(), was + "&key=" + VC_TODAY + "&column=receivedTotal").getInt("total"));
        assertFalse(rows.containsKey(VC), "no row for the district as it is now");
    }

    // ----- the scenario's lines -----

    static String code(int i) {
        return ImportFiles.code(prefix, i);
    }

    static String line(int i, String unit, String receiving, String channel, String received, int status,
                       String processed, List<String> events) {
        return TimelinessReportIT.line(code(i), proc, receiving, unit, channel, "Đinh Văn Sáp Nhập " + i, received,
                status, processed, events);
    }

    static String done(int i, String unit, String receiving, String channel, String received, String processed) {
        return line(i, unit, receiving, channel, received, 9, processed, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null),
                event(processed, "OFFICER", "COMPLETE_STEP", 2, 9, null)));
    }

    static String open(int i, String unit, String receiving, String channel, String received) {
        return line(i, unit, receiving, channel, received, 2, null, List.of(
                event(received, "CLERK", "RECEIVE", null, 2, null)));
    }
}
