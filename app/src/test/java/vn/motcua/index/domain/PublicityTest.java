package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.WorkingCalendar;

/** The publicity metrics from the catalog's publication history, in working days of the 2026 calendar (Tết). */
class PublicityTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.nationalDefault(2019, 2026);
    static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static Publicity.Version decided(String code, String decision, String effective, String nationalDb) {
        return new Publicity.Version(code, LocalDate.parse(decision), effective == null ? null
                : LocalDate.parse(effective), nationalDb == null ? null : LocalDate.parse(nationalDb), false, true);
    }

    @Test
    void fiveWorkingDaysBeforeTheActTakesEffectCountedAcrossTet() {
        Map<String, MetricValue> m = Publicity.of(List.of(
                // Mon 09/02 → Mon 23/02: 10, 11, 12, 13 and 23/02 are the working days between (Tết 14–22/02): on time
                decided("1.000001", "2026-02-09", "2026-02-23", "2026-02-10"),
                // Tue 10/02 → Mon 23/02: 13 calendar days but 4 working days: late
                decided("1.000002", "2026-02-10", "2026-02-23", "2026-02-11"),
                // no effective date: cannot be judged for 1.1, still counted for the national database
                decided("1.000003", "2026-03-02", null, "2026-03-20"),
                // decided before the period: not counted
                decided("1.000004", "2026-01-05", "2026-03-01", "2026-01-06")), FROM, TO, CALENDAR);
        assertEquals(List.of(1L, 2L), List.of(m.get("PUBLISH_ON_TIME").numerator(),
                m.get("PUBLISH_ON_TIME").denominator()));
        assertEquals(List.of(new MetricValue.Shortfall("1.000002", 1)), m.get("PUBLISH_ON_TIME").shortfall());
        // 1.000003: on the national database 14 working days after its decision: late
        assertEquals(List.of(2L, 3L), List.of(m.get("PUBLIC_UPDATE_ON_TIME").numerator(),
                m.get("PUBLIC_UPDATE_ON_TIME").denominator()));
        assertEquals(List.of(new MetricValue.Shortfall("1.000003", 1)), m.get("PUBLIC_UPDATE_ON_TIME").shortfall());
    }

    @Test
    void theNationalDatabaseWithinFiveWorkingDaysOfTheDecision() {
        // Fri 13/02: five working days on is Fri 27/02 (after Tết): Thu 26/02 on time, Mon 02/03 late, none late
        Map<String, MetricValue> m = Publicity.of(List.of(decided("1.000010", "2026-02-13", null, "2026-02-27"),
                decided("1.000011", "2026-02-13", null, "2026-03-02"),
                decided("1.000012", "2026-02-13", null, null)), FROM, TO, CALENDAR);
        assertEquals(1L, m.get("PUBLIC_UPDATE_ON_TIME").numerator());
        assertEquals(3L, m.get("PUBLIC_UPDATE_ON_TIME").denominator());
    }

    @Test
    void aProcedureIsLateForThePeriodWhenAnyOfItsDecisionsIsAndIsCountedOnce() {
        Map<String, MetricValue> m = Publicity.of(List.of(
                decided("1.000020", "2026-02-02", "2026-03-02", "2026-02-03"),
                decided("1.000020", "2026-03-25", "2026-03-26", "2026-03-25")), FROM, TO, CALENDAR);
        assertEquals(0L, m.get("PUBLISH_ON_TIME").numerator());
        assertEquals(1L, m.get("PUBLISH_ON_TIME").denominator());
    }

    @Test
    void contentIsMeasuredOnTheProceduresInForceToday() {
        Map<String, MetricValue> m = Publicity.of(List.of(
                new Publicity.Version("1.000030", null, null, null, true, true),
                new Publicity.Version("1.000031", null, null, null, true, false),
                new Publicity.Version("1.000032", null, null, null, false, false)), FROM, TO, CALENDAR);
        assertEquals(1L, m.get("PUBLIC_CONTENT_FULL").numerator());
        assertEquals(2L, m.get("PUBLIC_CONTENT_FULL").denominator());
        assertEquals(0L, m.get("PUBLISH_ON_TIME").denominator());
    }
}
