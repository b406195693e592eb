package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.index.domain.GroupRule;

/** The index's groups chart: the score against the maximum, in the reader's language only. */
class ServiceIndexViewTest {

    static final List<GroupRule> GROUPS = List.of(new GroupRule("TDGQ", 1, 20, "Tiến độ giải quyết", "Timeliness"),
            new GroupRule("DVC", 2, 10, "Dịch vụ công trực tuyến", "Online services"));

    @Test
    void theGroupsChartIsInEnglishForAnEnglishReader() {
        String json = ServiceIndexView.groupsJson(GROUPS, Map.of("TDGQ", 12.5), Locale.ENGLISH);
        assertTrue(json.contains("\"labels\":[\"TDGQ · Timeliness\",\"DVC · Online services\"]"), json);
        assertTrue(json.contains("{\"label\":\"Score\",\"data\":[12.5,0.0]"), json);
        assertTrue(json.contains("{\"label\":\"Maximum\",\"data\":[20.0,10.0]"), json);
        assertTrue(json.replace("·", "").chars().allMatch(c -> c < 128), json);
    }

    @Test
    void theGroupsChartIsInVietnameseForAVietnameseReader() {
        String json = ServiceIndexView.groupsJson(GROUPS, Map.of("TDGQ", 12.5), LocaleView.VIETNAMESE);
        assertTrue(json.contains("\"labels\":[\"TDGQ · Tiến độ giải quyết\",\"DVC · Dịch vụ công trực tuyến\"]"), json);
        assertTrue(json.contains("{\"label\":\"Điểm đạt\",\"data\":[12.5,0.0]"), json);
        assertTrue(json.contains("{\"label\":\"Điểm tối đa\",\"data\":[20.0,10.0]"), json);
    }
}
