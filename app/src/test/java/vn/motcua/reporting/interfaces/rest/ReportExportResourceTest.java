package vn.motcua.reporting.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException.FieldError;

/** The export's period: either period (month, quarter, year) or from and to, never both. */
class ReportExportResourceTest {

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aPeriodGivesItsFirstAndLastDay() {
        List<FieldError> errors = new ArrayList<>();
        assertArrayEquals(new String[] {"2026-10-01", "2026-12-31"}, ReportExportResource.days("2026-Q4", null, null, errors));
        assertArrayEquals(new String[] {"2026-11-01", "2026-11-30"}, ReportExportResource.days("2026-11", null, null, errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void withoutAPeriodFromAndToAreReadAsGiven() {
        List<FieldError> errors = new ArrayList<>();
        assertArrayEquals(new String[] {"2026-11-01", "x"}, ReportExportResource.days(" ", "2026-11-01", "x", errors));
        assertEquals(List.of(), errors, "from and to are checked by ReportParams");
    }

    @Test
    void aBadPeriodOrBothWaysAreRefusedNamingPeriod() {
        List<FieldError> errors = new ArrayList<>();
        ReportExportResource.days("2026-Q5", null, null, errors);
        ReportExportResource.days("2026-11", "2026-11-01", null, errors);
        assertEquals(List.of("period", "period"), fields(errors));
        assertEquals("report.period.invalid", errors.get(0).messageKey());
        assertEquals("report.period.either", errors.get(1).messageKey());
    }
}
