package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.targets.domain.Direction;

/** A target on an index score: reached or not by the score so far, before and from its deadline. */
class ScoreEvaluationTest {

    static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
    static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    @Test
    void beforeTheDeadlineTheScoreSoFarSaysOnTrackOrAtRiskWithThePointsShort() {
        ScoreEvaluation atRisk = ScoreEvaluation.of(List.of(), 16.17, JUNE, YEAR_END, Direction.AT_LEAST,
                new BigDecimal("18"));
        assertEquals(TargetStatus.AT_RISK, atRisk.status());
        // 18 - 16.17 = 1.83 (1.8299999999999983 in doubles, rounded to the cent)
        assertEquals(1.83, atRisk.shortBy(), 0.0);
        assertTrue(atRisk.misses());
        assertEquals(TargetStatus.ON_TRACK, ScoreEvaluation.of(List.of(), 18.0, JUNE, YEAR_END, Direction.AT_LEAST,
                new BigDecimal("18")).status());
    }

    @Test
    void fromTheDeadlineMetOrMissed() {
        assertEquals(TargetStatus.MET, ScoreEvaluation.of(List.of(), 90.35, YEAR_END, YEAR_END, Direction.AT_LEAST,
                new BigDecimal("90")).status());
        ScoreEvaluation missed = ScoreEvaluation.of(List.of(), 89.99, YEAR_END, YEAR_END, Direction.AT_LEAST,
                new BigDecimal("90"));
        assertEquals(TargetStatus.MISSED, missed.status());
        assertEquals(0.01, missed.shortBy(), 0.0);
    }
}
