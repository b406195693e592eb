package vn.motcua.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.shared.tabular.TabularWriter;

class ProcedureRowsTest {

    @Test
    void anExportedRowImportsToTheSameContent() {
        ProcedureContent c = vn.motcua.catalog.domain.ProcedureContentTestAccess.birthRegistration();
        byte[] csv = TabularWriter.csv(ProcedureRows.COLUMNS, List.of(ProcedureRows.toRow(c)));
        Table t = TabularReader.readCsv(csv);
        ProcedureRows.Parsed p = ProcedureRows.parse(t.rows().get(0));
        assertEquals(List.of(), p.errors());
        assertEquals(c, p.content());
    }

    @Test
    void eachProblemNamesItsRowAndColumn() {
        String csv = "code,name,field,levels,time,onlineKind\n"
                + "1.000001,Cấp bản sao trích lục,HO_TICH,COMMUNE,SAME_DAY 15:00,PARTIAL\n"
                + "1.000002,Đăng ký kết hôn,HOTICH,XA,ba ngày,PARTIAL\n";
        Table t = TabularReader.readCsv(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), ProcedureRows.parse(t.rows().get(0)).errors());
        ProcedureRows.Parsed bad = ProcedureRows.parse(t.rows().get(1));
        assertNull(bad.content());
        List<String> where = bad.errors().stream().map(e -> e.row() + ":" + e.column()).toList();
        assertEquals(List.of("3:levels", "3:time", "3:field"), where);
        ImportError time = bad.errors().get(1);
        assertTrue(time.message().contains("SAME_DAY 15:00"), time.message());
    }

    @Test
    void aTimeOutOfRangeIsReportedInItsColumn() {
        String csv = "code,name,field,levels,time,onlineTime,onlineKind\n"
                + "1.000003,Chứng thực bản sao,HO_TICH,COMMUNE,0 WORKING_DAYS,SAME_DAY 11:00,PARTIAL\n"
                + "1.000004,Chứng thực chữ ký,HO_TICH,COMMUNE,3 WORKING_DAYS,3 SAME_DAY,PARTIAL\n";
        Table t = TabularReader.readCsv(csv.getBytes(StandardCharsets.UTF_8));
        ProcedureRows.Parsed zero = ProcedureRows.parse(t.rows().get(0));
        assertNull(zero.content());
        assertEquals(List.of("2:time"), zero.errors().stream().map(e -> e.row() + ":" + e.column()).toList());
        assertTrue(zero.errors().get(0).message().contains("từ 1 đến 10000"), zero.errors().get(0).message());
        ProcedureRows.Parsed noCutOff = ProcedureRows.parse(t.rows().get(1));
        assertNull(noCutOff.content());
        assertEquals(List.of("3:onlineTime"), noCutOff.errors().stream().map(e -> e.row() + ":" + e.column()).toList());
        assertTrue(noCutOff.errors().get(0).message().contains("giờ chốt nhận"), noCutOff.errors().get(0).message());
    }
}
