package vn.motcua.index.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When the nightly publication runs, and what a wrong setting says. */
class NightlyAggregatesTest {

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void todayIfTheTimeIsStillAheadElseTomorrow() {
        LocalTime half = LocalTime.of(1, 30);
        assertEquals(at("2026-12-07T01:30"), NightlyAggregates.nextRun(at("2026-12-07T00:10"), half));
        assertEquals(at("2026-12-08T01:30"), NightlyAggregates.nextRun(at("2026-12-07T01:30"), half),
                "not twice in the same minute: the run just made schedules the next one");
        assertEquals(at("2026-12-08T01:30"), NightlyAggregates.nextRun(at("2026-12-07T14:00"), half));
        assertEquals(at("2027-01-01T01:30"), NightlyAggregates.nextRun(at("2026-12-31T23:59"), half));
    }

    @Test
    void aSettingThatIsNoTimeOfDayIsNamed() {
        assertEquals(LocalTime.of(2, 5), NightlyAggregates.timeOfDay(" 02:05 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NightlyAggregates.timeOfDay("25:00"));
        assertTrue(e.getMessage().contains("'25:00'") && e.getMessage().contains("HH:mm"), e.getMessage());
    }
}
