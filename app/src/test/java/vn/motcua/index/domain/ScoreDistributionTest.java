package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

    @Test
    void quartilesByNearestRankAndTenPointBands() {
        // sorted: 35.5, 61.2, 70.0, 78.4, 88.1, 90.35, 100
        ScoreDistribution d = ScoreDistribution.of(List.of(88.1, 35.5, 100.0, 70.0, 61.2, 90.35, 78.4));
        assertEquals(7, d.count());
        assertEquals(35.5, d.min());
        // 25 % of 7 = 1.75 → the 2nd
        assertEquals(61.2, d.q1());
        // 50 % of 7 = 3.5 → the 4th
        assertEquals(78.4, d.median());
        // 75 % of 7 = 5.25 → the 6th
        assertEquals(90.35, d.q3());
        assertEquals(100.0, d.max());
        // 30–39.99: 1; 60–69.99: 1; 70–79.99: 2; 80–89.99: 1; 90–100: 2 (100 in the last band)
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 0, 1, 2, 1, 2}, d.bins());
    }

    @Test
    void noUnitsNoFigures() {
        ScoreDistribution d = ScoreDistribution.of(List.of());
        assertEquals(0, d.count());
        assertNull(d.median());
        assertArrayEquals(new int[10], d.bins());
    }

    @Test
    void oneUnitIsEveryQuartile() {
        ScoreDistribution d = ScoreDistribution.of(List.of(9.99));
        assertEquals(9.99, d.q1());
        assertEquals(9.99, d.q3());
        assertEquals(1, d.bins()[0]);
    }
}
