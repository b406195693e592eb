package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TimelinessCountsTest {

    @Test
    void aPeriodsRowFromTheFactsBeforeAndDuringIt() {
        // Before: 40 received, 30 ended (10 early, 15 on time, 5 late), 4 of the 10 open were overdue (7 in, 3 out)
        FactSums before = new FactSums(25, 15, 10, 15, 5, 4);
        // During: 6 online, 9 in person/postal; ended 3 early, 5 on time, 4 late; overdue +2 net
        FactSums during = new FactSums(6, 9, 3, 5, 4, 2);
        TimelinessCounts c = TimelinessCounts.of(before, during);
        assertEquals(new TimelinessCounts(25, 6, 9, 10, 12, 3, 5, 4, 13, 7, 6), c);
        assertTrue(c.holdsIdentities());
        assertEquals(new BigDecimal("66.67"), c.onTimeRate());
    }

    @Test
    void theRateIsNullWhenNothingFinishedAndHundredWhenNothingLate() {
        assertNull(TimelinessCounts.of(FactSums.ZERO, new FactSums(1, 0, 0, 0, 0, 0)).onTimeRate());
        assertEquals(new BigDecimal("100.00"),
                TimelinessCounts.of(FactSums.ZERO, new FactSums(0, 2, 1, 1, 0, 0)).onTimeRate());
        assertEquals(new BigDecimal("0.00"),
                TimelinessCounts.of(FactSums.ZERO, new FactSums(0, 3, 0, 0, 3, 0)).onTimeRate());
        // 2 of 3: 66.666… rounds half up to 66.67; 1 of 8 = 12.5 exactly
        assertEquals(new BigDecimal("12.50"),
                TimelinessCounts.of(FactSums.ZERO, new FactSums(0, 8, 0, 1, 7, 0)).onTimeRate());
    }

    @Test
    void rowsThatSplitTheDossiersAddUpCountByCount() {
        TimelinessCounts a = new TimelinessCounts(5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1);
        TimelinessCounts b = new TimelinessCounts(4, 2, 2, 0, 4, 0, 4, 0, 0, 0, 0);
        TimelinessCounts sum = a.plus(b);
        assertEquals(new TimelinessCounts(9, 3, 4, 2, 7, 1, 5, 1, 2, 1, 1), sum);
        assertTrue(sum.holdsIdentities());
        // the total's rate is that of the summed counts (6 of 7), not the average of 66.67 and 100
        assertEquals(new BigDecimal("85.71"), sum.onTimeRate());
    }

    @Test
    void consecutivePeriodsJoinFlowsAddedAndStocksAtTheEnds() {
        TimelinessCounts october = new TimelinessCounts(5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1);
        TimelinessCounts november = new TimelinessCounts(6, 2, 2, 2, 5, 2, 2, 1, 1, 0, 1);
        TimelinessCounts both = october.then(november);
        assertEquals(new TimelinessCounts(9, 3, 4, 2, 8, 3, 3, 2, 1, 0, 1), both);
        assertTrue(both.holdsIdentities());
    }

    @Test
    void brokenIdentitiesOrNegativeCountsAreSeen() {
        assertFalse(new TimelinessCounts(5, 1, 2, 1, 3, 1, 1, 1, 2, 1, 1).holdsIdentities()); // 3 ≠ 4+5+6
        assertFalse(new TimelinessCounts(5, 1, 2, 2, 3, 1, 1, 0, 2, 1, 1).holdsIdentities()); // 7 ≠ 8+9+10
        assertFalse(new TimelinessCounts(5, 1, 2, 2, 3, 1, 1, 1, 2, 2, 1).holdsIdentities()); // 11 ≠ 12+13
        assertFalse(new TimelinessCounts(5, 1, 2, 2, 2, 1, 1, 0, 2, 1, 1).holdsIdentities()); // 3 ≠ 7+11
        // facts in doubt: more overdue than open
        assertFalse(TimelinessCounts.of(FactSums.ZERO, new FactSums(1, 0, 0, 0, 0, 2)).holdsIdentities());
    }

    @Test
    void aColumnIsReadByItsName() {
        TimelinessCounts c = new TimelinessCounts(25, 6, 9, 10, 12, 3, 5, 4, 13, 7, 6);
        assertEquals(10, c.get(TimelinessColumn.carriedOver));
        assertEquals(4, c.get(TimelinessColumn.finishedLate));
        assertEquals(7, c.get(TimelinessColumn.openWithinTime));
        assertEquals(6, c.get(TimelinessColumn.openOverdue));
    }
}
