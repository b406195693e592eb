package vn.motcua.index.domain;

import static vn.motcua.index.domain.MetricRule.EmptyDenominator.FULL;
import static vn.motcua.index.domain.MetricRule.EmptyDenominator.NONE;
import static vn.motcua.index.domain.MetricRule.EmptyDenominator.ZERO;
import static vn.motcua.index.domain.MetricRule.Formula.CONSTANT_FULL;
import static vn.motcua.index.domain.MetricRule.Formula.COUNTS_ONLY;
import static vn.motcua.index.domain.MetricRule.Formula.INFORMATIONAL;
import static vn.motcua.index.domain.MetricRule.Formula.LINEAR;
import static vn.motcua.index.domain.MetricRule.Formula.THRESHOLD;
import static vn.motcua.index.domain.MetricRule.Input.COUNTS;
import static vn.motcua.index.domain.MetricRule.Input.RATIO;
import static vn.motcua.index.domain.MetricRule.Level.PROVINCE;
import static vn.motcua.index.domain.MetricRule.Level.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2026 rule set written out by hand for the engine's tests, as the fixture's README states the portal's rules
 * (V19 stores the same rows; IndexScoringIT checks the stored set against the same fixture through scoreIndex).
 */
public final class RuleSet2026 {

    private RuleSet2026() { }

    public static IndexRuleSet rules() {
        List<GroupRule> groups = List.of(new GroupRule("CKMB", 1, 18, "", ""), new GroupRule("TDGQ", 2, 20, "", ""),
                new GroupRule("ONLINE", 3, 12, "", ""), new GroupRule("TTTT", 4, 10, "", ""),
                new GroupRule("MDSH", 5, 22, "", ""), new GroupRule("MDHL", 6, 18, "", ""));
        List<MetricRule> m = new ArrayList<>();
        position = 0;
        m.add(rule("PUBLISH_ON_TIME", "CKMB", 6.0, LINEAR, null, NONE, PROVINCE, COUNTS));
        m.add(rule("PUBLIC_UPDATE_ON_TIME", "CKMB", 4.0, LINEAR, null, NONE, PROVINCE, COUNTS));
        m.add(rule("PUBLIC_CONTENT_FULL", "CKMB", 2.0, LINEAR, null, NONE, PROVINCE, COUNTS));
        m.add(rule("DOSSIER_SYNC", "CKMB", 6.0, LINEAR, null, NONE, UNIT, COUNTS));
        m.add(rule("TDGQ_ON_TIME", "TDGQ", 20.0, LINEAR, null, ZERO, UNIT, COUNTS));
        m.add(rule("ONLINE", "ONLINE", 12.0, LINEAR, null, NONE, UNIT, RATIO));
        m.add(rule("TTTT_DOSSIER_PAYMENT", "TTTT", null, COUNTS_ONLY, null, NONE, UNIT, COUNTS));
        m.add(rule("TTTT_FORMALITY_PAYMENT", "TTTT", null, COUNTS_ONLY, null, NONE, UNIT, COUNTS));
        m.add(rule("TTTT", "TTTT", 10.0, LINEAR, null, NONE, UNIT, RATIO));
        m.add(rule("ORIGINAL_RESULT_AVAILABLE", "MDSH", 6.0, LINEAR, null, NONE, UNIT, COUNTS));
        m.add(rule("SO_HOA_GIAY_TO_GIAI_QUYET", "MDSH", 4.0, LINEAR, null, NONE, UNIT, COUNTS));
        m.add(rule("REUSED_DIGITIZED_DATA", "MDSH", 2.0, THRESHOLD, 80.0, NONE, UNIT, COUNTS));
        m.add(rule("SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "MDSH", 4.0, LINEAR, null, NONE, UNIT, COUNTS));
        m.add(rule("CITIZEN_DATA_CONNECTED_DOSSIER", "MDSH", 2.0, LINEAR, null, NONE, UNIT, COUNTS));
        m.add(rule("CITIZEN_DATA_CONNECTED_FORMALITY", "MDSH", 2.0, LINEAR, null, NONE, UNIT, COUNTS));
        m.add(rule("ELECTRONIC_CERTIFIED_COPY", "MDSH", 2.0, CONSTANT_FULL, null, NONE, UNIT, COUNTS));
        m.add(rule("PETITION_CLASSIFICATION_TTHC", "MDHL", 0.0, INFORMATIONAL, null, ZERO, UNIT, COUNTS));
        m.add(rule("DOSSIER_RECEIVING_SATISFACTION", "MDHL", 6.0, THRESHOLD, 90.0, ZERO, UNIT, COUNTS));
        m.add(rule("PETITION_PROCESSING_ON_TIME", "MDHL", 6.0, LINEAR, null, FULL, UNIT, COUNTS));
        m.add(rule("PETITION_HANDLING_SATISFACTION", "MDHL", 6.0, LINEAR, null, FULL, UNIT, COUNTS));
        m.add(rule("PETITION_CLASSIFICATION_STAFF", "MDHL", 0.0, INFORMATIONAL, null, ZERO, UNIT, COUNTS));
        List<Band> bands = List.of(new Band("XUAT_SAC", 90, "Xuất sắc", "Excellent", true),
                new Band("TOT", 80, "Tốt", "Good", true), new Band("KHA", 70, "Khá", "Fair", false),
                new Band("TRUNG_BINH", 50, "Trung bình", "Average", false), new Band("YEU", 0, "Yếu", "Weak", false));
        return new IndexRuleSet("766-2026", "", "", LocalDate.of(2026, 1, 1), null, groups, m, bands);
    }

    private static int position;

    private static MetricRule rule(String code, String group, Double max, MetricRule.Formula formula, Double threshold,
                                   MetricRule.EmptyDenominator empty, MetricRule.Level level, MetricRule.Input input) {
        return new MetricRule(code, group, ++position, max, formula, threshold, empty, level, input, code, code);
    }
}
