package vn.motcua.calendar.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.TabularReader;

/** Validation of a file of province days: the whole file is checked and every error names its row and column. */
class LocalDaysImportTest {

    private static List<SpecialDay> parse(String csv) {
        return LocalDaysFile.parse(TabularReader.readCsv(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void validRowsParseWithDefaults() {
        List<SpecialDay> days = parse("""
                date,kind,name_vi,name_en,source,verified
                17/03/2026,LOCAL_DAY_OFF,Ngày giải phóng tỉnh,,QĐ 12/QĐ-UBND,
                2026-12-26,extra_working_day,Làm việc thứ Bảy,Saturday opening,,false
                """);
        assertEquals(2, days.size());
        assertEquals(LocalDate.of(2026, 3, 17), days.get(0).date());
        assertEquals("Ngày giải phóng tỉnh", days.get(0).nameEn(), "English name defaults to the Vietnamese one");
        assertTrue(days.get(0).verified());
        assertEquals(DayKind.EXTRA_WORKING_DAY, days.get(1).kind());
        assertEquals(false, days.get(1).verified());
    }

    @Test
    void everyBadRowIsReportedWithRowAndColumn() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> parse("""
                date,kind,name_vi,name_en,source,verified
                17/03/2026,LOCAL_DAY_OFF,Ngày tốt,,,
                31/02/2026,LOCAL_DAY_OFF,Ngày sai,,,
                2026-05-05,HOLIDAY,Không được,,,
                2026-03-17,LOCAL_DAY_OFF,Trùng,,,maybe
                """));
        List<ImportError> errors = e.errors();
        assertTrue(errors.contains(errorAt(errors, 3, "date")), errors.toString());
        assertTrue(errors.contains(errorAt(errors, 4, "kind")), errors.toString());
        assertTrue(errors.contains(errorAt(errors, 5, "verified")), errors.toString());
        assertTrue(errors.contains(errorAt(errors, 5, "date")), "duplicate of row 2: " + errors);
        assertTrue(errors.stream().noneMatch(x -> x.row() == 2), errors.toString());
    }

    @Test
    void missingColumnsRejectTheFile() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> parse("""
                date,name_vi
                2026-03-17,x
                """));
        assertEquals("kind", e.errors().get(0).column());
        assertEquals(1, e.errors().get(0).row());
    }

    private static ImportError errorAt(List<ImportError> errors, int row, String column) {
        return errors.stream().filter(x -> x.row() == row && x.column().equals(column)).findFirst()
                .orElse(new ImportError(-1, "none", locale -> "none"));
    }
}
