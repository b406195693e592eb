package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinishTimesTest {

    @Test
    void nothingFinishedHasNoAverageNorPercentile() {
        assertNull(FinishTimes.NONE.average());
        assertNull(FinishTimes.NONE.p90());
        assertEquals(0, FinishTimes.NONE.count());
    }

    @Test
    void averageIsTheSummedHundredthsOverTheCount() {
        // 3 dossiers: 0.44 + 2.00 + 3.10 days = 5.54 / 3 = 1.8466… → 1.85
        FinishTimes t = FinishTimes.of(Map.of(1, 1L, 2, 1L, 4, 1L), 554);
        assertEquals(new BigDecimal("1.85"), t.average());
    }

    @Test
    void ninetiethPercentileIsTheNearestRankOverWholeDays() {
        // 10 dossiers: 4 within 1 day, 5 within 2, 1 within 7. Rank ceil(0.9 × 10) = 9: the 9th is within 2 days.
        FinishTimes t = FinishTimes.of(Map.of(1, 4L, 2, 5L, 7, 1L), 1_500);
        assertEquals(2, t.p90());
        // One more within 7: 11 dossiers, rank ceil(9.9) = 10: the 10th is within 7 days.
        assertEquals(7, t.plus(FinishTimes.of(Map.of(7, 1L), 650)).p90());
    }

    @Test
    void oneDossierIsItsOwnPercentile() {
        assertEquals(3, FinishTimes.of(Map.of(3, 1L), 250).p90());
        assertEquals(new BigDecimal("2.50"), FinishTimes.of(Map.of(3, 1L), 250).average());
    }

    @Test
    void rowsAddUpAsHistogramsNotAsAverages() {
        // Unit A: 9 dossiers of 1.00 day; unit B: 1 dossier of 10.00 days. The averages of the rows are 1.00 and
        // 10.00; the total's is 19.00 / 10 = 1.90 (not 5.50), its 90th percentile the 9th: within 1 day.
        FinishTimes a = FinishTimes.of(Map.of(1, 9L), 900);
        FinishTimes b = FinishTimes.of(Map.of(10, 1L), 1_000);
        FinishTimes total = a.plus(b);
        assertEquals(new BigDecimal("1.90"), total.average());
        assertEquals(1, total.p90());
        assertEquals(10, total.count());
        assertEquals(total, b.plus(a));
    }

    @Test
    void emptyDaysLeftByDossiersThatMovedOnAreIgnored() {
        FinishTimes t = FinishTimes.of(Map.of(0, 0L, 2, 2L), 300);
        assertEquals(FinishTimes.of(Map.of(2, 2L), 300), t);
        assertEquals(2, t.p90());
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FinishTimes.of(Map.of(2, -1L), 0));
    }
}
