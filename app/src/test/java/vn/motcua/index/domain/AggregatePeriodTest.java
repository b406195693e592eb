package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.ReportPeriod;

class AggregatePeriodTest {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    void aMonthOverIsWholeAndItsYearRunsFromJanuary() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertEquals(new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                AggregatePeriod.MONTH.of(SEPTEMBER, today));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)),
                AggregatePeriod.YEAR_TO_DATE.of(SEPTEMBER, today));
    }

    @Test
    void aMonthUnderWayEndsYesterdayAndOneNotBegunCannotBePublished() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 16)),
                AggregatePeriod.MONTH.of(SEPTEMBER, LocalDate.of(2026, 9, 17)));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 1)),
                AggregatePeriod.YEAR_TO_DATE.of(SEPTEMBER, LocalDate.of(2026, 9, 2)));
        // on the 1st, not one day of the month has ended
        assertNull(AggregatePeriod.MONTH.of(SEPTEMBER, LocalDate.of(2026, 9, 1)));
        assertNull(AggregatePeriod.YEAR_TO_DATE.of(SEPTEMBER, LocalDate.of(2026, 8, 20)));
        // the last day of the month: published to the day before it
        assertEquals(LocalDate.of(2026, 9, 29), AggregatePeriod.MONTH.of(SEPTEMBER, LocalDate.of(2026, 9, 30)).to());
        // the day after: the whole month
        assertEquals(LocalDate.of(2026, 9, 30), AggregatePeriod.MONTH.of(SEPTEMBER, LocalDate.of(2026, 10, 1)).to());
    }
}
