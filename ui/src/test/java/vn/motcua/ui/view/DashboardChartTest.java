package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.application.RoleDashboards;
import vn.motcua.reporting.domain.TimelinessRow;

/** The dashboards' charts speak the page's language only: their words come from the UI bundle, none from Java. */
class DashboardChartTest {

    static final Locale VI = LocaleView.VIETNAMESE;

    static final List<TimelinessRow> MONTHS = List.of(DashboardViewTest.row("2026-01", 3, 1),
            DashboardViewTest.row("2026-02", 0, 0));

    /** No letter beyond ASCII: neither a Vietnamese word nor a diacritic. */
    static boolean ascii(String json) {
        return json.chars().allMatch(c -> c < 128);
    }

    @Test
    void theTrendIsLabelledInTheReadersLanguage() {
        String en = DashboardChart.onTimeTrend(MONTHS, Locale.ENGLISH);
        assertTrue(en.contains("\"label\":\"On-time rate (%)\""), en);
        assertTrue(en.contains("\"labels\":[\"01/2026\",\"02/2026\"]"), en);
        assertTrue(ascii(en), en);
        String vi = DashboardChart.onTimeTrend(MONTHS, VI);
        assertTrue(vi.contains("\"label\":\"Tỷ lệ đúng hạn (%)\""), vi);
        assertFalse(vi.contains("On-time"), vi);
    }

    @Test
    void theOfficersDoughnutIsInTheReadersLanguage() {
        String en = DashboardChart.stepsDoughnut(2, 1, Locale.ENGLISH);
        assertTrue(en.contains("\"labels\":[\"On time\",\"Late\"]"), en);
        assertTrue(ascii(en), en);
        String vi = DashboardChart.stepsDoughnut(2, 1, VI);
        assertTrue(vi.contains("\"labels\":[\"Đúng hạn\",\"Quá hạn\"]"), vi);
    }

    @Test
    void theClerksBarsAreInTheReadersLanguage() {
        RoleDashboards.Channels c = new RoleDashboards.Channels(1, 2, 0);
        String en = DashboardChart.channelBars(c, c, Locale.ENGLISH);
        assertTrue(ascii(en), en);
        String vi = DashboardChart.channelBars(c, c, VI);
        assertTrue(vi.contains("\"labels\":[\"Trực tuyến\",\"Trực tiếp\",\"Bưu chính\"]"), vi);
        assertTrue(vi.contains("{\"label\":\"Hôm nay\",\"backgroundColor\":\"#1f6feb\",\"data\":[1,2,0]}"), vi);
        assertTrue(vi.contains("{\"label\":\"Tuần này\",\"backgroundColor\":\"#8250df\",\"data\":[1,2,0]}"), vi);
    }

    @Test
    void theUnitsBarsAreLabelledInTheReadersLanguage() {
        List<DashboardView.UnitLine> units = DashboardView.rank(List.of(DashboardViewTest.row("H27.16", 3, 1)));
        String en = DashboardChart.unitBars(units, Locale.ENGLISH);
        assertTrue(en.contains("\"label\":\"On-time rate (%)\""), en);
        assertFalse(en.contains("Tỷ lệ"), en);
        String vi = DashboardChart.unitBars(units, VI);
        assertTrue(vi.contains("\"label\":\"Tỷ lệ đúng hạn (%)\""), vi);
        assertTrue(vi.contains("\"labels\":[\"Đơn vị H27.16\"]"), vi);
    }

    @Test
    void noLocaleMeansVietnamese() {
        assertTrue(DashboardChart.stepsDoughnut(0, 0, null).contains("\"labels\":[\"Đúng hạn\",\"Quá hạn\"]"));
    }
}
