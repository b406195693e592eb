package vn.motcua.dossier.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierFilter;
import vn.motcua.dossier.domain.DossierFilter.Lateness;
import vn.motcua.dossier.domain.DossierFilter.Sort;

class DossierSearchSqlTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void aPrefixIsARangeUpToItsSuccessorNeverLike() {
        assertEquals("nguyen van ao", DossierSearchSql.successor("nguyen van an"));
        assertEquals("H21.30-2", DossierSearchSql.successor("H21.30-1"));
        assertEquals("a\uD83D\uDE01", DossierSearchSql.successor("a\uD83D\uDE00"), "by code point");
        DossierFilter f = new DossierFilter(null, null, "  Nguyễn  VĂN Ấn ", null, null, null, null, null, null, null,
                null, null, null, null, null, Sort.RECEIVED_DESC);
        DossierSearchSql s = DossierSearchSql.of(f);
        assertEquals(" WHERE applicant_name_folded >= ?1 AND applicant_name_folded < ?2", s.where());
        assertEquals(List.of("nguyen van an", "nguyen van ao"), s.params());
    }

    @Test
    void everyFilterCombinesWithAnd() {
        DossierFilter f = new DossierFilter(null, "H21", null, "079", NOW, NOW.plusDays(1), 4, Channel.ONLINE,
                "H21.30", "H21.05", "1.000046", "HO_TICH", Lateness.DUE_SOON, NOW, NOW.plusDays(2), Sort.DUE_ASC);
        DossierSearchSql s = DossierSearchSql.of(f);
        // the status as a literal, so that V26's partial index on the rarer statuses matches it in any plan
        assertEquals(" WHERE code >= ?1 AND code < ?2 AND applicant_id_number = ?3 AND submitted_at >= ?4"
                + " AND submitted_at < ?5 AND status = 4 AND channel = ?6 AND receiving_unit_code = ?7"
                + " AND competent_unit_code = ?8 AND procedure_code = ?9 AND procedure_code IN (SELECT code FROM"
                + " (SELECT DISTINCT ON (code) code, field_code FROM province.procedure_version ORDER BY code,"
                + " valid_from DESC, id DESC) p WHERE p.field_code = ?10) AND status IN (1, 2, 4, 5, 6)"
                + " AND overdue_from >= ?11 AND overdue_from <= ?12", s.where());
        assertEquals(12, s.params().size());
        assertEquals("ONLINE", s.params().get(5));
        assertEquals(" ORDER BY due_at ASC, id ASC", DossierSearchSql.orderBy(Sort.DUE_ASC));
        assertEquals(" ORDER BY submitted_at DESC, id DESC", DossierSearchSql.orderBy(Sort.RECEIVED_DESC));
    }

    @Test
    void nothingAskedIsNoCondition() {
        assertEquals("", DossierSearchSql.of(DossierFilter.all()).where());
        assertEquals(LocalDate.of(2026, 12, 7), NOW.toLocalDate());
    }
}
