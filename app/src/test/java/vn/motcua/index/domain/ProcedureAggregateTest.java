package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.FinishTimes;

class ProcedureAggregateTest {

    /** Province A: 10 received, 4 online; 8 finished, 6 in time; within 1, 2, 2, 3, 5, 5, 8, 12 working days. */
    static final ProcedureAggregate A = new ProcedureAggregate("1.004227", "Đăng ký khai sinh", 10, 4, 8, 6, 1,
            FinishTimes.of(Map.of(1, 1L, 2, 2L, 3, 1L, 5, 2L, 8, 1L, 12, 1L), 3_800));
    /** Province B: 30 received, 27 online; 2 finished, both in time, within 1 working day each. */
    static final ProcedureAggregate B = new ProcedureAggregate("1.004227", "Đăng ký khai sinh", 30, 27, 2, 2, 0,
            FinishTimes.of(Map.of(1, 2L), 150));

    @Test
    void ratesAndWorkingDaysOfOneProvince() {
        assertEquals(new BigDecimal("40.00"), A.onlinePct());
        assertEquals(new BigDecimal("75.00"), A.onTimePct());
        // 8 measured: the 4th is 3 working days; 90 % of 8 = 7.2 → the 8th, 12
        assertEquals(3, A.medianDays());
        assertEquals(12, A.p90Days());
        assertEquals(new BigDecimal("4.75"), A.times().average());
    }

    @Test
    void provincesPooledAreSumsOfCountsNotMeansOfRates() {
        ProcedureAggregate all = A.plus(B);
        assertEquals(40, all.received());
        // 31 of 40 online = 77.5 %, not the mean of 40 % and 90 % (65 %)
        assertEquals(new BigDecimal("77.50"), all.onlinePct());
        // 8 of 10 in time
        assertEquals(new BigDecimal("80.00"), all.onTimePct());
        // 10 measured within 1, 1, 1, 2, 2, 3, 5, 5, 8, 12: the 5th is 2; 90 % → the 9th, 8
        assertEquals(2, all.medianDays());
        assertEquals(8, all.p90Days());
        assertEquals(1, all.openOverdue());
    }

    @Test
    void nothingFinishedNothingToMeasure() {
        ProcedureAggregate none = new ProcedureAggregate("2.000001", "Thủ tục", 3, 0, 0, 0, 3, null);
        assertNull(none.onTimePct());
        assertNull(none.medianDays());
        assertEquals(new BigDecimal("0.00"), none.onlinePct());
        assertThrows(IllegalArgumentException.class,
                () -> new ProcedureAggregate("x", "x", 1, 2, 0, 0, 0, null));
    }
}
