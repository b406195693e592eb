package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceRateCountsTest {

    // received 3 online, 5 in person, 4 by post; 9 digitised; 6 fee-bearing, 4 paid online; 7 finished, 3 electronic;
    // 2 supplemented once, 1 twice, 1 apologised, 2 late without; rated 1×1, 0×2, 2×3, 1×4, 3×5
    static final ServiceRateCounts A = new ServiceRateCounts(3, 5, 4, 9, 6, 4, 7, 3, 2, 1, 1, 2, 1, 0, 2, 1, 3);

    @Test
    void derivedCountsAddTheirParts() {
        assertEquals(12, A.received());
        assertEquals(7, A.rated());
        assertEquals(4, A.satisfied());
        assertEquals(26, A.satisfactionSum()); // 1×1 + 2×0 + 3×2 + 4×1 + 5×3 = 1 + 6 + 4 + 15
    }

    @Test
    void ratesArePercentagesOfTheirDenominatorWithTwoDecimals() {
        assertEquals(new BigDecimal("25.00"), A.onlineShare());        // 3 / 12
        assertEquals(new BigDecimal("33.33"), A.postalShare());        // 4 / 12
        assertEquals(new BigDecimal("75.00"), A.digitisationRate());   // 9 / 12
        assertEquals(new BigDecimal("66.67"), A.onlinePaymentRate());  // 4 / 6, half up
        assertEquals(new BigDecimal("42.86"), A.electronicResultRate()); // 3 / 7
        assertEquals(new BigDecimal("3.71"), A.satisfactionAverage()); // 26 / 7 = 3.714…
        assertEquals(new BigDecimal("57.14"), A.satisfiedRate());      // 4 / 7
    }

    @Test
    void aRateWithNothingToDivideByIsAbsent() {
        ServiceRateCounts onlyRated = new ServiceRateCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        assertNull(onlyRated.onlineShare());
        assertNull(onlyRated.postalShare());
        assertNull(onlyRated.digitisationRate());
        assertNull(onlyRated.onlinePaymentRate());
        assertNull(onlyRated.electronicResultRate());
        assertEquals(new BigDecimal("2.00"), onlyRated.satisfactionAverage());
        assertEquals(new BigDecimal("0.00"), onlyRated.satisfiedRate());
        assertFalse(onlyRated.empty());
        assertTrue(ServiceRateCounts.ZERO.empty());
        assertNull(ServiceRateCounts.ZERO.satisfactionAverage());
    }

    @Test
    void aTotalsRateIsThatOfTheSummedCountsNotTheAverageOfTheRowsRates() {
        // 1 of 1 online (100 %) and 0 of 3 (0 %): the total is 1 of 4, 25 %, not 50 %
        ServiceRateCounts one = new ServiceRateCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        ServiceRateCounts three = new ServiceRateCounts(0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        ServiceRateCounts total = one.plus(three);
        assertEquals(new ServiceRateCounts(1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1), total);
        assertEquals(new BigDecimal("25.00"), total.onlineShare());
        assertEquals(new BigDecimal("4.00"), total.satisfactionAverage()); // (3 + 5) / 2
    }

    @Test
    void everyColumnReadsItsCount() {
        assertEquals(List.of(12L, 3L, 5L, 4L, 9L, 6L, 4L, 7L, 3L, 2L, 1L, 1L, 2L, 7L, 1L, 0L, 2L, 1L, 3L, 4L),
                java.util.Arrays.stream(ServiceRateColumn.values()).map(A::get).toList());
        assertTrue(A.nonNegative());
        assertFalse(new ServiceRateCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0).nonNegative());
    }

    @Test
    void rowsByKeyLeaveOutEmptyKeysAndTotalTheRest() {
        ServiceRateCounts b = new ServiceRateCounts(0, 1, 0, 1, 1, 0, 2, 1, 1, 1, 0, 1, 0, 0, 0, 1, 0);
        ServiceRateTable t = ServiceRateTable.byKey(Map.of("H21.19", b, "H21.16", A, "H21.05", ServiceRateCounts.ZERO),
                Map.of("H21.16", "Sở Tư pháp", "H21.19", "Sở Y tế")::get);
        assertEquals(List.of(new ServiceRateTable.Row("H21.16", "Sở Tư pháp", A),
                new ServiceRateTable.Row("H21.19", "Sở Y tế", b)), t.rows());
        assertEquals(new ServiceRateCounts(3, 6, 4, 10, 7, 4, 9, 4, 3, 2, 1, 3, 1, 0, 2, 2, 3), t.total());
    }

    @Test
    void everyMonthOfThePeriodIsARowAndTheTotalAddsThemAll() {
        ServiceRateCounts sep = new ServiceRateCounts(1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        ServiceRateCounts nov = new ServiceRateCounts(0, 0, 2, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        ServiceRateTable t = ServiceRateTable.byMonth(new ReportPeriod(LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 11, 10)), Map.of("2026-09", sep, "2026-11", nov));
        assertEquals(List.of(new ServiceRateTable.Row("2026-09", "Tháng 09/2026", sep),
                new ServiceRateTable.Row("2026-10", "Tháng 10/2026", ServiceRateCounts.ZERO),
                new ServiceRateTable.Row("2026-11", "Tháng 11/2026", nov)), t.rows());
        assertEquals(new ServiceRateCounts(1, 0, 2, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1), t.total());
        assertEquals(new BigDecimal("33.33"), t.total().onlineShare());
    }
}
