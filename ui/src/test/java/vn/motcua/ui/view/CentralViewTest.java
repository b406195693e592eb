package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.index.application.ProvinceComparisonService;
import vn.motcua.index.domain.AggregatePeriod;
import vn.motcua.index.domain.GroupRule;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.MetricRule;
import vn.motcua.index.domain.ProcedureAggregate;
import vn.motcua.reporting.domain.FinishTimes;

/** The central agencies' charts and the pooled line are written in the reader's language, from the UI bundle. */
class CentralViewTest {

    static CentralView in(Locale locale) {
        CentralView v = new CentralView();
        v.text = new UiText();
        v.localeView = new FixedLocale(locale);
        return v;
    }

    static final YearMonth MONTH = YearMonth.of(2026, 3);

    static ProvinceComparisonService.ProcedureComparison procedure() {
        ProcedureAggregate a = new ProcedureAggregate("1.001", "Thủ tục A", 3, 1, 2, 1, 0, FinishTimes.NONE);
        return new ProvinceComparisonService.ProcedureComparison("1.001", "Thủ tục A", AggregatePeriod.MONTH, MONTH,
                Map.of("64", a), Map.of("64", "Gia Lai"), a);
    }

    static ProvinceComparisonService.Comparison compared() {
        IndexRuleSet rules = new IndexRuleSet("766", "Bộ chỉ số 766", "QĐ 766", MONTH.atDay(1), null,
                List.of(new GroupRule("TDGQ", 1, 20, "Tiến độ giải quyết", "Timeliness")),
                List.of(new MetricRule("TDGQ_ON_TIME", "TDGQ", 1, 20.0, MetricRule.Formula.LINEAR, null,
                        MetricRule.EmptyDenominator.NONE, MetricRule.Level.UNIT, MetricRule.Input.COUNTS,
                        "Hồ sơ giải quyết đúng hạn", "Dossiers finished on time")), List.of());
        return new ProvinceComparisonService.Comparison(AggregatePeriod.MONTH, MONTH, rules, List.of(), Map.of(),
                Map.of());
    }

    @Test
    void theRankingsBarsAreTheTotal() {
        assertTrue(in(Locale.ENGLISH).getRankingJson().contains("\"label\":\"Total\""));
        assertTrue(in(LocaleView.VIETNAMESE).getRankingJson().contains("\"label\":\"Tổng điểm\""));
    }

    @Test
    void theComparedGroupsHaveTheirMaximum() {
        CentralView en = in(Locale.ENGLISH);
        en.compared = compared();
        String json = en.getGroupsJson();
        assertTrue(json.contains("\"labels\":[\"TDGQ · Timeliness\"]"), json);
        assertTrue(json.contains("{\"label\":\"Maximum\",\"data\":[20.0]"), json);
        CentralView vi = in(LocaleView.VIETNAMESE);
        vi.compared = compared();
        json = vi.getGroupsJson();
        assertTrue(json.contains("\"labels\":[\"TDGQ · Tiến độ giải quyết\"]"), json);
        assertTrue(json.contains("{\"label\":\"Điểm tối đa\",\"data\":[20.0]"), json);
    }

    @Test
    void theProcedureEndsWithAllProvincesPooled() {
        CentralView en = in(Locale.ENGLISH);
        en.procedure = procedure();
        assertEquals(List.of("Gia Lai", "All provinces"),
                en.getProcedureLines().stream().map(CentralView.ProcedureLine::name).toList());
        String json = en.getProcedureJson();
        assertTrue(json.contains("\"label\":\"Median working days\""), json);
        assertTrue(json.contains("\"label\":\"90th percentile\""), json);

        CentralView vi = in(LocaleView.VIETNAMESE);
        vi.procedure = procedure();
        assertEquals(List.of("Gia Lai", "Tất cả các tỉnh"),
                vi.getProcedureLines().stream().map(CentralView.ProcedureLine::name).toList());
        json = vi.getProcedureJson();
        assertTrue(json.contains("\"label\":\"Trung vị (ngày làm việc)\""), json);
        assertTrue(json.contains("\"label\":\"Phân vị 90\""), json);
    }
}
