package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.application.RoleDashboards;

/** The role dashboards' charts are plain Chart.js JSON (no functions to evaluate under the CSP), in the reader's words. */
class RoleDashboardChartsTest {

    @Test
    void theOfficersDoughnutHasOnTimeAndLate() {
        String json = DashboardChart.stepsDoughnut(2, 1, Locale.forLanguageTag("vi"));
        assertTrue(json.contains("\"labels\":[\"Đúng hạn\",\"Quá hạn\"]"), json);
        assertTrue(json.contains("\"data\":[2,1]"), json);
        assertFalse(json.contains("function"), json);
    }

    @Test
    void theClerksBarsAreTodayAndThisWeekPerChannel() {
        String json = DashboardChart.channelBars(new RoleDashboards.Channels(1, 2, 0),
                new RoleDashboards.Channels(1, 2, 1), Locale.ENGLISH);
        assertTrue(json.contains("\"labels\":[\"Online\",\"In person\",\"By post\"]"), json);
        assertTrue(json.contains("{\"label\":\"Today\",\"backgroundColor\":\"#1f6feb\",\"data\":[1,2,0]}"), json);
        assertTrue(json.contains("{\"label\":\"This week\",\"backgroundColor\":\"#8250df\",\"data\":[1,2,1]}"), json);
        assertEquals(4, new RoleDashboards.Channels(1, 2, 1).total());
    }
}
