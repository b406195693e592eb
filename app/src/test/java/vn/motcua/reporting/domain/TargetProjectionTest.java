package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.targets.domain.Direction;

/** The projection and status rule on hand-computed cases (the numbers in the comments are worked out by hand). */
class TargetProjectionTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Months of 2025 from January, one {numerator, denominator} pair each. */
    static Map<YearMonth, MetricRatio> months(long[]... counts) {
        Map<YearMonth, MetricRatio> out = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            out.put(YearMonth.of(2025, i + 1), new MetricRatio(counts[i][0], counts[i][1]));
        }
        return out;
    }

    static long[] r(long n, long d) {
        return new long[] {n, d};
    }

    /** 98, 96 … 88 of 100 from January to June: −2 points a month. */
    static final Map<YearMonth, MetricRatio> DECLINE = months(r(98, 100), r(96, 100), r(94, 100), r(92, 100),
            r(90, 100), r(88, 100));

    static TargetEvaluation evaluate(Map<YearMonth, MetricRatio> m, String measuredTo, String end, Direction dir,
                                     String target) {
        return TargetEvaluation.of(m, d("2025-01-01"), d(measuredTo), d(end), dir, new BigDecimal(target));
    }

    @Test
    void aSteadyDeclineGoesOnToTheYearsEnd() {
        // line: mean 558/600 = 93 % at mid-March (index 2.5), −2 points a month: July 86 %, … December 76 %;
        // volume 100 a month: 558 + 86 + 84 + 82 + 80 + 78 + 76 = 1044 of 1200 = 87 %
        TargetEvaluation e = evaluate(DECLINE, "2025-06-30", "2025-12-31", Direction.AT_LEAST, "90");
        assertEquals(new BigDecimal("87.00"), e.projected().percent());
        assertEquals(1044.0, e.projected().numerator(), 1e-9);
        assertEquals(1200.0, e.projected().denominator(), 1e-9);
        assertEquals(new MetricRatio(558, 600), e.actual());
        assertEquals(TargetStatus.AT_RISK, e.status());
        assertEquals(36, e.shortBy(), "90 % of 1200 = 1080, 36 more than 1044");
        assertEquals(6, e.months().size());
        TargetEvaluation easier = evaluate(DECLINE, "2025-06-30", "2025-12-31", Direction.AT_LEAST, "85");
        assertEquals(TargetStatus.ON_TRACK, easier.status());
        assertEquals(0, easier.shortBy());
    }

    @Test
    void atMostTargetsAreMissedByTheExcess() {
        TargetEvaluation e = evaluate(DECLINE, "2025-06-30", "2025-12-31", Direction.AT_MOST, "10");
        assertEquals(TargetStatus.AT_RISK, e.status());
        assertEquals(924, e.shortBy(), "1044 − 10 % of 1200");
        assertEquals(TargetStatus.ON_TRACK,
                evaluate(DECLINE, "2025-06-30", "2025-12-31", Direction.AT_MOST, "87").status());
    }

    @Test
    void monthsAreWeightedByTheirDossiersAndTheRateStaysWithinAHundredPercent() {
        // January 5 of 10, February 90 of 90: weighted mean x = 0.9 (January 0), mean 95 %, slope
        // (10·(−0.9)(−0.45) + 90·0.1·0.05) / (10·0.81 + 90·0.01) = 4.5 / 9 = 0.5 a month: March 150 % → 100 %;
        // volume (10 + 90) / 2 = 50: (95 + 50) / (100 + 50) = 96.67 %
        TargetEvaluation e = evaluate(months(r(5, 10), r(90, 90)), "2025-02-28", "2025-03-31", Direction.AT_LEAST, "95");
        assertEquals(new BigDecimal("96.67"), e.projected().percent());
        assertEquals(TargetStatus.ON_TRACK, e.status());
    }

    @Test
    void thePartialMonthIsLeftOutOfTheTrendAndTheDaysLeftAreProjected() {
        // to 15/04, deadline 31/05; window January–March (February empty): January 90 %, March 60 %, 10 each: mean
        // 75 % at February, −15 points a month: April 45 %, May 30 %; volume 20 / 3 a month: 16–30 April is 15/30
        // of it (10/3, 1.5 on time), May 20/3 (2 on time): (9 + 6 + 4 + 1.5 + 2) / (24 + 10) = 22.5 / 34 = 66.18 %
        TargetEvaluation e = evaluate(months(r(9, 10), r(0, 0), r(6, 10), r(4, 4)), "2025-04-15", "2025-05-31",
                Direction.AT_LEAST, "70");
        assertEquals(new BigDecimal("66.18"), e.projected().percent());
        assertEquals(22.5, e.projected().numerator(), 1e-9);
        assertEquals(34.0, e.projected().denominator(), 1e-9);
        assertEquals(new BigDecimal("79.17"), e.actual().percent(), "19 of 24");
        assertEquals(TargetStatus.AT_RISK, e.status());
        assertEquals(2, e.shortBy(), "70 % of 34 = 23.8, 1.3 more than 22.5, rounded up to whole dossiers");
    }

    @Test
    void inJanuaryTheDaysSoFarGiveTheVolumeAndTheRate() {
        // 8 of 10 in ten days: 1 a day at 80 % for the 21 days left: (8 + 16.8) / (10 + 21) = 80 %
        TargetEvaluation e = evaluate(months(r(8, 10)), "2025-01-10", "2025-01-31", Direction.AT_LEAST, "80");
        assertEquals(24.8, e.projected().numerator(), 1e-9);
        assertEquals(31.0, e.projected().denominator(), 1e-9);
        assertEquals(TargetStatus.ON_TRACK, e.status());
    }

    @Test
    void fromTheDeadlineOnTheActualValueDecides() {
        TargetEvaluation missed = evaluate(DECLINE, "2025-06-30", "2025-06-30", Direction.AT_LEAST, "95");
        assertEquals(TargetStatus.MISSED, missed.status());
        assertEquals(12, missed.shortBy(), "95 % of 600 = 570, 12 more than 558");
        assertNull(missed.projected(), "nothing left to project");
        assertEquals(TargetStatus.MET, evaluate(DECLINE, "2025-06-30", "2025-06-30", Direction.AT_LEAST, "93").status());
        // 19 of 20 is exactly 95 %: met (no rounding of 0.95 · 20 against it)
        assertEquals(TargetStatus.MET, evaluate(months(r(19, 20)), "2025-01-31", "2025-01-31", Direction.AT_LEAST,
                "95").status());
    }

    @Test
    void withoutDossiersThereIsNothingToJudge() {
        TargetEvaluation e = evaluate(months(r(0, 0), r(0, 0)), "2025-02-28", "2025-12-31", Direction.AT_LEAST, "95");
        assertEquals(TargetStatus.NO_DATA, e.status());
        assertNull(e.projected());
        assertNull(e.actual().percent());
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2)),
                e.months().stream().map(TargetProjection.Month::month).toList());
        assertEquals(List.of(), evaluate(Map.of(), "2024-12-31", "2025-12-31", Direction.AT_LEAST, "95").months(),
                "a year not begun has no months yet");
    }
}
