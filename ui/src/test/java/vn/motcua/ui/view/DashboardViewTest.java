package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;

class DashboardViewTest {

    /** A unit that finished {@code early + late} dossiers. */
    static TimelinessRow row(String code, long early, long late) {
        long finished = early + late;
        return new TimelinessRow(code, "Đơn vị " + code,
                new TimelinessCounts(finished, 0, finished, 0, finished, early, 0, late, 0, 0, 0));
    }

    @Test
    void unitsAreRankedBestRateFirstAndThoseThatFinishedNothingLast() {
        List<DashboardView.UnitLine> ranked = DashboardView.rank(List.of(row("H27.19", 1, 1), row("H27.02", 0, 0),
                row("H27.16", 3, 0), row("H27.11", 1, 3), row("H27.05", 2, 2)));
        // 100 %, 50 % (H27.05 before H27.19 by code), 25 %, nothing finished
        assertEquals(List.of("H27.16", "H27.05", "H27.19", "H27.11", "H27.02"),
                ranked.stream().map(DashboardView.UnitLine::code).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), ranked.stream().map(DashboardView.UnitLine::rank).toList());
        assertEquals(3, ranked.get(0).figures().onTime());
        assertEquals("50.00", ranked.get(1).figures().rate().toPlainString());
    }
}
