package vn.motcua.targets.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;
import vn.motcua.targets.application.TargetService.TargetInput;
import vn.motcua.targets.domain.Direction;
import vn.motcua.targets.domain.IndexGroup;
import vn.motcua.targets.domain.Metric;

class TargetValidationTest {

    private static TargetInput t(Metric m, IndexGroup g, String value) {
        return new TargetInput(null, m, g, new BigDecimal(value), Direction.AT_LEAST, null, "CT 04/CT-UBND");
    }

    @Test
    void theSevenIndexTargetsOfADirectiveAreValid() {
        assertDoesNotThrow(() -> TargetService.validate(List.of(t(Metric.INDEX_TOTAL, null, "90"),
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
    }

    private static void assertField(String field, List<TargetInput> in) {
        DomainException e = assertThrows(DomainException.class, () -> TargetService.validate(in));
        assertTrue(e.fieldErrors().stream().anyMatch(f -> f.field().equals(field)), e.fieldErrors().toString());
    }
}
