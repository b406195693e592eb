package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelinessTableTest {

    @Test
    void rowsPerUnitInKeyOrderWithTheirNamesAndTheirSumAsTotal() {
        Map<String, FactSums> before = Map.of(
                "H21.19", new FactSums(0, 3, 1, 1, 0, 1),
                "H21.16", new FactSums(2, 0, 0, 1, 0, 0),
                "H21.05", new FactSums(1, 1, 1, 1, 0, 0)); // nothing open, nothing in the period: no row
        Map<String, FactSums> during = Map.of(
                "H21.16", new FactSums(1, 2, 1, 1, 1, 1),
                "H21.19", new FactSums(0, 1, 0, 0, 1, -1));
        TimelinessTable t = TimelinessTable.byKey(before, during, Map.of("H21.16", "Sở Tư pháp", "H21.19", "Sở Y tế")::get);
        assertEquals(List.of(
                new TimelinessRow("H21.16", "Sở Tư pháp", new TimelinessCounts(4, 1, 2, 1, 3, 1, 1, 1, 1, 0, 1)),
                new TimelinessRow("H21.19", "Sở Y tế", new TimelinessCounts(2, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0))), t.rows());
        assertEquals(new TimelinessCounts(6, 1, 3, 2, 4, 1, 1, 2, 2, 1, 1), t.total());
        assertTrue(t.holdsIdentities());
    }

    @Test
    void monthsCarryOverWhatThePreviousOneLeftOpenAndTheTotalSpansThePeriod() {
        ReportPeriod p = new ReportPeriod(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 10));
        FactSums before = new FactSums(3, 2, 1, 1, 0, 1); // 3 open at the end of 14/09, 1 overdue
        Map<String, FactSums> during = Map.of(
                "2026-09", new FactSums(1, 1, 0, 2, 0, 0),
                // October: nothing at all
                "2026-11", new FactSums(0, 2, 1, 0, 2, -1));
        TimelinessTable t = TimelinessTable.byMonth(p, before, during);
        assertEquals(List.of(
                new TimelinessRow("2026-09", "Tháng 09/2026", new TimelinessCounts(5, 1, 1, 3, 2, 0, 2, 0, 3, 2, 1)),
                new TimelinessRow("2026-10", "Tháng 10/2026", new TimelinessCounts(3, 0, 0, 3, 0, 0, 0, 0, 3, 2, 1)),
                new TimelinessRow("2026-11", "Tháng 11/2026", new TimelinessCounts(5, 0, 2, 3, 3, 1, 0, 2, 2, 2, 0))),
                t.rows());
        // received 4 in the period, carried over 3 at its start, finished 5, open 2 at its end
        assertEquals(new TimelinessCounts(7, 1, 3, 3, 5, 1, 2, 2, 2, 2, 0), t.total());
        assertTrue(t.holdsIdentities());
    }

    @Test
    void oneRowForTheWholeScope() {
        TimelinessTable t = TimelinessTable.single(new FactSums(1, 1, 0, 0, 0, 0), new FactSums(0, 0, 1, 0, 1, 0), "Tổng cộng");
        TimelinessCounts c = new TimelinessCounts(2, 0, 0, 2, 2, 1, 0, 1, 0, 0, 0);
        assertEquals(List.of(new TimelinessRow("ALL", "Tổng cộng", c)), t.rows());
        assertEquals(c, t.total());
    }
}
