package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aPeriodIsCutAtMonthEnds() {
        assertEquals(List.of(new ReportPeriod(d("2026-01-30"), d("2026-01-31")),
                        new ReportPeriod(d("2026-02-01"), d("2026-02-28")),
                        new ReportPeriod(d("2026-03-01"), d("2026-03-02"))),
                new ReportPeriod(d("2026-01-30"), d("2026-03-02")).months());
        assertEquals(List.of(new ReportPeriod(d("2026-10-05"), d("2026-10-05"))),
                new ReportPeriod(d("2026-10-05"), d("2026-10-05")).months());
    }

    @Test
    void theDayBeforeAndTheMonthsPart() {
        ReportPeriod p = new ReportPeriod(d("2026-10-15"), d("2026-12-10"));
        assertEquals(d("2026-10-14"), p.dayBefore());
        assertEquals(new ReportPeriod(d("2026-10-15"), d("2026-10-31")), p.within(YearMonth.of(2026, 10)));
        assertEquals(new ReportPeriod(d("2026-11-01"), d("2026-11-30")), p.within(YearMonth.of(2026, 11)));
        assertEquals(new ReportPeriod(d("2026-12-01"), d("2026-12-10")), p.within(YearMonth.of(2026, 12)));
        assertNull(p.within(YearMonth.of(2026, 9)));
        assertEquals(new ReportPeriod(d("2024-02-01"), d("2024-02-29")), ReportPeriod.month(YearMonth.of(2024, 2)));
    }

    @Test
    void toBeforeFromAndMoreThanTenYearsAreRefused() {
        assertEquals(ReportPeriod.Problem.TO_BEFORE_FROM, ReportPeriod.problem(d("2026-10-02"), d("2026-10-01")));
        assertNull(ReportPeriod.problem(d("2016-01-01"), d("2025-12-31")));
        assertEquals(ReportPeriod.Problem.TOO_LONG, ReportPeriod.problem(d("2016-01-01"), d("2026-01-01")));
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(d("2026-10-02"), d("2026-10-01")));
    }
}
