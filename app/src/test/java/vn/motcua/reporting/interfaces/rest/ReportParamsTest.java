package vn.motcua.reporting.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.ServiceRateColumn;
import vn.motcua.reporting.domain.TimelinessColumn;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.shared.DomainException.FieldError;

class ReportParamsTest {

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void defaultsNoGroupingUnitsAsTheyWereAndTheWholeProvince() {
        List<FieldError> errors = new ArrayList<>();
        ReportParams p = ReportParams.read("2026-11-01", " 2026-11-30 ", null, "", " ", null, "HO_TICH", errors);
        assertEquals(List.of(), errors);
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), p.request().period());
        assertEquals(ReportGrouping.NONE, p.request().groupBy());
        assertEquals(UnitView.AS_WAS, p.unitView());
        assertEquals(new ReportScope(null, null, "HO_TICH"), p.request().scope());
        assertEquals(ReportGrouping.MONTH,
                ReportParams.read("2026-01-01", "2026-12-31", "month", "as_was", null, null, null, errors).groupBy());
    }

    @Test
    void unitsAsTheyAreNowWithATodaysUnitAsScope() {
        List<FieldError> errors = new ArrayList<>();
        ReportParams p = ReportParams.read("2024-01-01", "2024-12-31", "UNIT", "as_is", " H21.227 ", null, null, errors);
        assertEquals(List.of(), errors);
        assertEquals(UnitView.AS_IS, p.request().unitView());
        assertEquals(new ReportScope(Set.of("H21.227"), null, null), p.request().scope());
    }

    @Test
    void everyProblemIsCollectedNamingItsParameter() {
        List<FieldError> errors = new ArrayList<>();
        ReportParams p = ReportParams.read(null, "2026-02-30", "WEEK", "AS_NOW", null, null, null, errors);
        assertEquals(List.of("from", "to", "groupBy", "unitView"), fields(errors));
        assertNull(p.request());
        errors.clear();
        ReportParams.read("2026-12-01", "2026-11-30", "UNIT", null, null, null, null, errors);
        assertEquals("report.period.toBeforeFrom", errors.get(0).messageKey());
        errors.clear();
        ReportParams.read("2016-01-01", "2026-01-01", "UNIT", null, null, null, null, errors);
        assertEquals("report.period.tooLong", errors.get(0).messageKey());
        errors.clear();
        ReportParams.read("+2026-01-01", "20261231", "UNIT", null, null, null, null, errors);
        assertEquals(List.of("from", "to"), fields(errors));
    }

    @Test
    void theDrillDownsColumnAndKey() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(TimelinessColumn.openOverdue, ReportParams.column("openOverdue", errors));
        // the service rates' columns too; the two shared ones read as the timeliness report's (the same dossiers)
        assertEquals(ServiceRateColumn.lateWithoutApology, ReportParams.column("lateWithoutApology", errors));
        assertEquals(TimelinessColumn.finishedTotal, ReportParams.column("finishedTotal", errors));
        assertNull(ReportParams.column("OPEN_OVERDUE", errors));
        assertNull(ReportParams.column(null, errors));
        assertNull(ReportParams.key(ReportGrouping.NONE, "whatever", errors));
        assertEquals("2026-10", ReportParams.key(ReportGrouping.MONTH, "2026-10", errors));
        assertNull(ReportParams.key(ReportGrouping.MONTH, "2026-13", errors));
        assertNull(ReportParams.key(ReportGrouping.UNIT, null, errors));
        assertEquals("H21.16", ReportParams.key(ReportGrouping.UNIT, " H21.16", errors));
        assertEquals("", ReportParams.key(ReportGrouping.FIELD, "", errors));
        assertEquals(List.of("column", "column", "key", "key"), fields(errors));
    }

    @Test
    void aRefusedColumnListsEveryColumnOnce() {
        List<FieldError> errors = new ArrayList<>();
        ReportParams.column("late", errors);
        // 11 counts of table 06a and finishedWithResult, 20 of the service rates, 2 of them shared, and the index's 4
        // shortfalls
        assertEquals(34, ReportParams.COLUMNS.size());
        assertEquals("receivedTotal", ReportParams.COLUMNS.get(0));
        assertEquals("finishedWithResult", ReportParams.COLUMNS.get(11));
        assertEquals("satisfied", ReportParams.COLUMNS.get(29));
        assertEquals("supplementedTwiceInTime", ReportParams.COLUMNS.get(30));
        assertEquals("notPaidOnline", ReportParams.COLUMNS.get(33));
        assertEquals(List.of("column"), fields(errors));
    }
}
