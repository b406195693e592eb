package vn.motcua.reporting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.ReportScope;

class ReportSqlTest {

    @Test
    void severalUnitsAreOneParameterEachInSortedOrderAfterTheOnesBefore() {
        List<Object> params = ReportSql.params();
        params.add("2024-01-01");
        String sql = ReportSql.scope(new ReportScope(Set.of("H21.99", "H08.50"), "1.001", null), ReportSql.FACTS, params);
        assertEquals(" AND t.unit_code IN (?2, ?3) AND t.procedure_code = ?4", sql);
        assertEquals(List.of("2024-01-01", "H08.50", "H21.99", "1.001"), params);
    }

    @Test
    void noUnitMatchesNothingAndNoFilterAddsNothing() {
        List<Object> params = ReportSql.params();
        assertEquals(" AND false", ReportSql.scope(new ReportScope(Set.of(), null, null), ReportSql.DOSSIERS, params));
        assertEquals("", ReportSql.scope(ReportScope.PROVINCE, ReportSql.DOSSIERS, params));
        assertEquals(" AND t.competent_unit_code IN (?1)",
                ReportSql.scope(ReportScope.of("H21.19", null, null), ReportSql.DOSSIERS, params));
        assertEquals(List.of("H21.19"), params);
    }
}
