package vn.motcua.reporting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactDaysTest {

    private static final LocalDate D_2024_12_31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate D_2025_01_01 = LocalDate.of(2025, 1, 1);

    @Test
    void everyDayBeforeAYearIsItsWholeMonthsAndNoDay() {
        List<Object> params = new ArrayList<>();
        assertEquals("(SELECT month AS day, unit_code, procedure_code, channel, received FROM province.dossier_month_fact"
                + " WHERE month < ?1 UNION ALL SELECT day, unit_code, procedure_code, channel, received FROM"
                + " province.dossier_day_fact_pending WHERE tenant_id = current_setting('app.tenant', true)"
                + " AND day < ?2 UNION ALL SELECT day, unit_code, procedure_code,"
                + " channel, received FROM (SELECT * FROM province.dossier_day_fact UNION ALL SELECT * FROM"
                + " province.dossier_day_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_day_fact WHERE day >= ?3 AND day <= ?4) t",
                FactDays.range(null, D_2024_12_31, true, "received", params));
        assertEquals(List.of(D_2025_01_01, D_2025_01_01, D_2025_01_01, D_2024_12_31), params);
    }

    @Test
    void everyDayBeforeTheFifteenthIsTheMonthsBeforeItsMonthAndItsFourteenDays() {
        List<Object> params = new ArrayList<>();
        FactDays.range(null, LocalDate.of(2025, 3, 14), true, "received", params);
        assertEquals(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 14)), params);
    }

    @Test
    void aPeriodFromMidJanuaryToMidMarchIsFebruaryWholeAndTheDaysAround() {
        List<Object> params = new ArrayList<>();
        String sql = FactDays.range(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 10), true, "overdue", params);
        assertEquals("(SELECT month AS day, unit_code, procedure_code, channel, overdue FROM province.dossier_month_fact"
                + " WHERE month >= ?1 AND month < ?2 UNION ALL SELECT day, unit_code, procedure_code, channel, overdue"
                + " FROM province.dossier_day_fact_pending WHERE tenant_id = current_setting('app.tenant', true)"
                + " AND day >= ?3 AND day < ?4 UNION ALL SELECT day, unit_code,"
                + " procedure_code, channel, overdue FROM (SELECT * FROM province.dossier_day_fact UNION ALL SELECT *"
                + " FROM province.dossier_day_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_day_fact WHERE (day >= ?5 AND day <= ?6) OR"
                + " (day >= ?7 AND day < ?8)) t", sql);
        // February whole (from the month rows, and from the day rows not merged yet), 1-10 March, 15-31 January
        assertEquals(List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 1)), params);
    }

    @Test
    void aWholeYearIsTwelveMonthsAndAnEmptyRangeOfDays() {
        List<Object> params = new ArrayList<>();
        FactDays.range(D_2025_01_01, LocalDate.of(2025, 12, 31), true, "received", params);
        assertEquals(List.of(D_2025_01_01, LocalDate.of(2026, 1, 1), D_2025_01_01, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31)), params);
    }

    @Test
    void daysWithinOneMonthOrAcrossTwoPartialOnesAreReadFromTheDayFactsOnly() {
        List<Object> params = new ArrayList<>();
        assertEquals("(SELECT day, unit_code, procedure_code, channel, received FROM (SELECT * FROM"
                + " province.dossier_day_fact UNION ALL SELECT * FROM province.dossier_day_fact_pending"
                + " WHERE tenant_id = current_setting('app.tenant', true)) dossier_day_fact WHERE day BETWEEN ?1 AND ?2) t",
                FactDays.range(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 30), true, "received", params));
        FactDays.range(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 10), true, "received", params);
        assertEquals(List.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 2, 10)), params);
    }

    @Test
    void withoutTheProcedureWholeMonthsAreReadPerUnitAndTheDaysWithoutTheProcedureColumn() {
        List<Object> params = new ArrayList<>();
        assertEquals("(SELECT month AS day, unit_code, channel, received FROM province.dossier_unit_month_fact"
                + " WHERE month >= ?1 AND month < ?2 UNION ALL SELECT day, unit_code, channel, received FROM"
                + " province.dossier_day_fact_pending WHERE tenant_id = current_setting('app.tenant', true)"
                + " AND day >= ?3 AND day < ?4 UNION ALL SELECT day, unit_code,"
                + " channel, received FROM (SELECT * FROM province.dossier_day_fact UNION ALL SELECT * FROM"
                + " province.dossier_day_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_day_fact WHERE (day >= ?5 AND day <= ?6) OR"
                + " (day >= ?7 AND day < ?8)) t",
                FactDays.range(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 10), false, "received", params));
    }

    @Test
    void workingDaysAreReadPerUnitOrPerProcedure() {
        List<Object> params = new ArrayList<>();
        assertEquals("(SELECT month AS day, unit_code, working_days, finished, worked_hundredths FROM"
                + " province.dossier_duration_unit_month_fact WHERE month >= ?1 AND month < ?2 UNION ALL SELECT day,"
                + " unit_code, working_days, finished, worked_hundredths FROM province.dossier_duration_fact_pending"
                + " WHERE tenant_id = current_setting('app.tenant', true) AND day >= ?3 AND day < ?4 UNION ALL"
                + " SELECT day, unit_code, working_days, finished,"
                + " worked_hundredths FROM (SELECT * FROM province.dossier_duration_fact UNION ALL SELECT * FROM"
                + " province.dossier_duration_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_duration_fact WHERE day >= ?5 AND day <= ?6) t",
                FactDays.durations(D_2025_01_01, LocalDate.of(2025, 12, 31), false, params));
        assertEquals("(SELECT day, unit_code, procedure_code, working_days, finished, worked_hundredths FROM"
                + " (SELECT * FROM province.dossier_duration_fact UNION ALL SELECT * FROM"
                + " province.dossier_duration_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_duration_fact WHERE day BETWEEN ?7 AND ?8) t",
                FactDays.durations(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 30), true, params));
    }

    @Test
    void aDayLevelIsReadWithItsRowsNotMergedYet() {
        assertEquals("(SELECT * FROM province.dossier_day_fact UNION ALL SELECT * FROM province.dossier_day_fact_pending"
                + " WHERE tenant_id = current_setting('app.tenant', true)) dossier_day_fact",
                FactDays.withPending("dossier_day_fact"));
    }

    @Test
    void stepFactsAreReadByDay() {
        List<Object> params = new ArrayList<>();
        params.add("x");
        assertEquals("(SELECT * FROM (SELECT * FROM province.dossier_step_fact UNION ALL SELECT * FROM"
                + " province.dossier_step_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_step_fact WHERE day <= ?2) t",
                FactDays.steps(null, D_2024_12_31, params));
        assertEquals("(SELECT * FROM (SELECT * FROM province.dossier_step_fact UNION ALL SELECT * FROM"
                + " province.dossier_step_fact_pending WHERE tenant_id ="
                + " current_setting('app.tenant', true)) dossier_step_fact WHERE day >= ?3 AND day <= ?4) t",
                FactDays.steps(D_2025_01_01, D_2025_01_01, params));
    }
}
