package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicLateUnitsTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);

    static TimelinessRow row(String key, String name, long early, long onTime, long late, long within, long overdue) {
        long finished = early + onTime + late;
        long open = within + overdue;
        return new TimelinessRow(key, name, new TimelinessCounts(finished + open, 0, finished + open, 0, finished, early,
                onTime, late, open, within, overdue));
    }

    @Test
    void onlyUnitsWithALateOrOverdueDossierMostFirst() {
        TimelinessTable t = new TimelinessTable(List.of(
                row("H48.16", "Sở Tư pháp", 2, 0, 1, 0, 0),
                row("H48.17", "Sở Văn hóa", 3, 1, 0, 2, 0),
                row("H48.19", "Sở Y tế", 0, 0, 1, 1, 1),
                row("H48.20", "Sở Xây dựng", 0, 0, 0, 0, 3),
                row("H48.21", null, 1, 0, 1, 0, 0)), TimelinessCounts.ZERO);
        PublicLateUnits l = PublicLateUnits.of(NOV, t);
        // H48.17 had nothing late or overdue; H48.20 (3 overdue) first; H48.19 (1 + 1); then the two with 1 late,
        // the lower rate first (50,00 before 66,67)
        assertEquals(List.of("H48.20", "H48.19", "H48.21", "H48.16"), l.units().stream().map(PublicLateUnits.Unit::code)
                .toList());
        PublicLateUnits.Unit xd = l.units().get(0);
        assertEquals("Sở Xây dựng", xd.name());
        assertEquals(0, xd.finishedLate());
        assertEquals(3, xd.openOverdue());
        assertEquals(0, xd.finished());
        assertNull(xd.onTimeRate(), "finished nothing");
        PublicLateUnits.Unit tp = l.units().get(3);
        assertEquals(1, tp.finishedLate());
        assertEquals(3, tp.finished());
        assertEquals(new BigDecimal("66.67"), tp.onTimeRate());
        assertEquals("H48.21", l.units().get(2).name(), "a code no unit names keeps its code");
        assertEquals(NOV, l.month());
    }
}
