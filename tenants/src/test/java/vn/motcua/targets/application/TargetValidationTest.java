package vn.motcua.targets.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;
import vn.motcua.targets.application.TargetService.TargetInput;
import vn.motcua.targets.domain.Direction;
import vn.motcua.targets.domain.GroupPoints;
import vn.motcua.targets.domain.IndexGroup;
import vn.motcua.targets.domain.Metric;

class TargetValidationTest {

    /** The 2026 rule set's group points, written out (the index area's rule sets hold them in service). */
    private static final java.util.Map<IndexGroup, Double> POINTS_2026 = java.util.Map.of(IndexGroup.CKMB, 18.0,
            IndexGroup.TDGQ, 20.0, IndexGroup.ONLINE, 12.0, IndexGroup.TTTT, 10.0, IndexGroup.MDSH, 22.0,
            IndexGroup.MDHL, 18.0);

    /** A rule set of 2026's points that has no group MDHL from 2030. */
    private static final GroupPoints POINTS = (group, year) -> year >= 2030 && group == IndexGroup.MDHL
            ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(POINTS_2026.get(group));

    private static void validate(List<TargetInput> in) {
        TargetService.validate(in, 2026, POINTS);
    }

    private static TargetInput t(Metric m, IndexGroup g, String value) {
        return new TargetInput(null, m, g, new BigDecimal(value), Direction.AT_LEAST, null, "CT 04/CT-UBND");
    }

    @Test
    void theSevenIndexTargetsOfADirectiveAreValid() {
        assertDoesNotThrow(() -> validate(List.of(t(Metric.INDEX_TOTAL, null, "90"),
                t(Metric.INDEX_GROUP_SCORE, IndexGroup.CKMB, "16.2"), t(Metric.INDEX_GROUP_SCORE, IndexGroup.TDGQ, "18"),
                t(Metric.INDEX_GROUP_SCORE, IndexGroup.ONLINE, "10.8"), t(Metric.INDEX_GROUP_SCORE, IndexGroup.TTTT, "9"),
                t(Metric.INDEX_GROUP_SCORE, IndexGroup.MDSH, "19.8"), t(Metric.INDEX_GROUP_SCORE, IndexGroup.MDHL, "16.2"))));
    }

    @Test
    void refusals() {
        assertField("targets[0].targetValue", List.of(t(Metric.ON_TIME_RATE, null, "101")));
        assertField("targets[0].targetValue", List.of(t(Metric.INDEX_GROUP_SCORE, IndexGroup.TTTT, "10.5")));
        assertField("targets[0].groupCode", List.of(t(Metric.INDEX_GROUP_SCORE, null, "5")));
        assertField("targets[0].groupCode", List.of(t(Metric.ON_TIME_RATE, IndexGroup.TDGQ, "95")));
        assertField("targets[1].metric", List.of(t(Metric.ON_TIME_RATE, null, "95"), t(Metric.ON_TIME_RATE, null, "90")));
        // a group's points are those of the year's rule set: 22 for MDSH, 22.5 is too much
        assertField("targets[0].targetValue", List.of(t(Metric.INDEX_GROUP_SCORE, IndexGroup.MDSH, "22.5")));
        assertDoesNotThrow(() -> validate(List.of(t(Metric.INDEX_GROUP_SCORE, IndexGroup.MDSH, "22"))));
        DomainException e = assertThrows(DomainException.class, () -> TargetService.validate(
                List.of(t(Metric.INDEX_GROUP_SCORE, IndexGroup.MDHL, "10")), 2030, POINTS));
        assertEquals(List.of("targets[0].groupCode target.group.notInRuleSet [MDHL, 2030]"), e.fieldErrors().stream()
                .map(f -> f.field() + " " + f.messageKey() + " " + java.util.Arrays.toString(f.args())).toList(),
                "a group the year's rule set lacks is named, and its value not checked against a maximum it has not");
    }

    private static void assertField(String field, List<TargetInput> in) {
        DomainException e = assertThrows(DomainException.class, () -> validate(in));
        assertTrue(e.fieldErrors().stream().anyMatch(f -> f.field().equals(field)), e.fieldErrors().toString());
    }
}
