package vn.motcua.dossier.infrastructure;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.domain.DossierFilter;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DossierFilter.Sort;

/**
 * The WHERE and ORDER BY of the province-wide dossier list (V25). Every text criterion is a b-tree range or an
 * equality, never LIKE: under row-level security PostgreSQL uses an index condition only when its operator is
 * leakproof, and LIKE is not (V25 explains). Parameters are positional, in {@link #params()} order.
 */
final class DossierSearchSql {

    /** Each procedure code's field as its latest catalog version says, as the reports file it (ReportSql.CATALOG). */
    private static final String CODES_OF_FIELD = "SELECT code FROM (SELECT DISTINCT ON (code) code, field_code"
            + " FROM province.procedure_version ORDER BY code, valid_from DESC, id DESC) p WHERE p.field_code = ";
    private static final String OPEN = "status IN (1, 2, 4, 5, 6)";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private DossierSearchSql() { }

    static DossierSearchSql of(DossierFilter f) {
        DossierSearchSql s = new DossierSearchSql();
        s.text(f.text());
        s.prefix("code", f.code() == null ? null : f.code().strip());
        s.prefix("applicant_name_folded", f.applicantName() == null ? null : DossierRepository.fold(f.applicantName()));
        s.equal("applicant_id_number", f.idNumber() == null ? null : f.idNumber().strip());
        if (f.submittedFrom() != null) {
            s.and("submitted_at >= " + s.param(f.submittedFrom()));
        }
        if (f.submittedTo() != null) {
            s.and("submitted_at < " + s.param(f.submittedTo()));
        }
        if (f.status() != null) {
            // written out (a code 1–10, checked by DossierStatus.of), so that the planner sees V26's partial index
            // on the statuses other than processed and returned answers it even in a prepared statement's plan
            s.and("status = " + DossierStatus.of(f.status()).code());
        }
        s.equal("channel", f.channel() == null ? null : f.channel().name());
        s.equal("receiving_unit_code", f.receivingUnitCode());
        s.equal("competent_unit_code", f.competentUnitCode());
        s.equal("procedure_code", f.procedureCode());
        if (f.fieldCode() != null) {
            s.and("procedure_code IN (" + CODES_OF_FIELD + s.param(f.fieldCode()) + ")");
        }
        s.lateness(f);
        return s;
    }

    private void lateness(DossierFilter f) {
        if (f.lateness() == null) {
            return;
        }
        switch (f.lateness()) {
            case LATE -> and("timeliness = 'LATE'");
            case OVERDUE -> and(OPEN + " AND overdue_from < " + param(f.now()));
            case DUE_SOON -> and(OPEN + " AND overdue_from >= " + param(f.now()) + " AND overdue_from <= "
                    + param(f.dueBefore()));
        }
    }

    /** The search box: a code's start, a name's start (folded) or an identity number, whichever matches. */
    private void text(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String t = text.strip();
        String folded = DossierRepository.fold(t);
        String codeLo = param(t);
        String codeHi = param(successor(t));
        String nameLo = param(folded);
        String nameHi = param(successor(folded));
        and("((code >= " + codeLo + " AND code < " + codeHi + ") OR (applicant_name_folded >= " + nameLo
                + " AND applicant_name_folded < " + nameHi + ") OR applicant_id_number = " + param(t) + ")");
    }

    /** Starts with {@code p}: {@code column >= p AND column < successor(p)}, an index range (collation C). */
    private void prefix(String column, String p) {
        if (p == null || p.isEmpty()) {
            return;
        }
        and(column + " >= " + param(p) + " AND " + column + " < " + param(successor(p)));
    }

    private void equal(String column, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        and(column + " = " + param(value.strip()));
    }

    /** The least string greater than every string starting with {@code p}: its last code point plus one. */
    static String successor(String p) {
        int last = p.codePointBefore(p.length());
        return p.substring(0, p.length() - Character.charCount(last)) + new String(Character.toChars(last + 1));
    }

    private void and(String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    private String param(Object value) {
        params.add(value);
        return "?" + params.size();
    }

    String where() {
        return where.toString();
    }

    List<Object> params() {
        return params;
    }

    /** ORDER BY of a sort, ties by id, as the indexes of V25 read (backwards for descending). */
    static String orderBy(Sort sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        return switch (sort) {
            case RECEIVED_DESC, RECEIVED_ASC -> " ORDER BY submitted_at" + dir + ", id" + dir;
            // the index's own order: without a due date last ascending, first descending
            case DUE_ASC, DUE_DESC -> " ORDER BY due_at" + dir + ", id" + dir;
            case CODE_ASC, CODE_DESC -> " ORDER BY code" + dir;
        };
    }
}
