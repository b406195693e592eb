package vn.motcua.reporting.infrastructure;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportScope;

/**
 * The pieces of SQL the report queries share: the procedure's field (and name) from the catalog, the scope filters
 * and the grouping key, over a table aliased {@code t} with {@code unit_code}-like columns named by the caller.
 */
final class ReportSql {

    /**
     * Each procedure code's field and name as its latest catalog version says (a field may change between versions;
     * the report files a procedure under one field).
     */
    static final String CATALOG = "(SELECT DISTINCT ON (code) code, field_code, name FROM province.procedure_version"
            + " ORDER BY code, valid_from DESC, id DESC)";

    private ReportSql() { }

    /** Columns of the counted table: the competent unit, the procedure code and the official (null: none). */
    record Columns(String unit, String procedure, String official) {
        Columns(String unit, String procedure) {
            this(unit, procedure, null);
        }
    }

    static final Columns FACTS = new Columns("t.unit_code", "t.procedure_code");
    static final Columns DOSSIERS = new Columns("t.competent_unit_code", "t.procedure_code");
    /** The step facts (V12): the step's unit, the procedure, the official. */
    static final Columns STEP_FACTS = new Columns("t.unit_code", "t.procedure_code", "t.official");

    /** Whether the query needs the catalog joined (as {@code p}). */
    static boolean needsCatalog(ReportGrouping by, ReportScope scope) {
        return by == ReportGrouping.FIELD || scope.fieldCode() != null;
    }

    /**
     * Whether the facts must be read per procedure: grouped or scoped by procedure or field. Otherwise whole months
     * come from the rows per unit (V16, V17), which have no procedure.
     */
    static boolean needsProcedure(ReportGrouping by, ReportScope scope) {
        return by == ReportGrouping.PROCEDURE || scope.procedureCode() != null || needsCatalog(by, scope);
    }

    static String catalogJoin(Columns c) {
        return " LEFT JOIN " + CATALOG + " p ON p.code = " + c.procedure();
    }

    /** The grouping key expression (MONTH and NONE: one key, the caller cuts months itself). */
    static String key(ReportGrouping by, Columns c) {
        return switch (by) {
            case UNIT -> c.unit();
            case PROCEDURE -> c.procedure();
            case FIELD -> "coalesce(p.field_code, '')";
            case OFFICIAL -> c.official();
            case MONTH, NONE -> "''";
        };
    }

    /**
     * The scope's conditions, each as {@code AND …} with a positional parameter numbered from {@code next}; the
     * values are appended to {@code params} in order.
     */
    static String scope(ReportScope scope, Columns c, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (scope.unitCodes() != null) {
            sql.append(" AND ").append(unitIn(scope.unitCodes(), c, params));
        }
        if (scope.procedureCode() != null) {
            params.add(scope.procedureCode());
            sql.append(" AND ").append(c.procedure()).append(" = ?").append(params.size());
        }
        if (scope.fieldCode() != null) {
            params.add(scope.fieldCode());
            sql.append(" AND coalesce(p.field_code, '') = ?").append(params.size());
        }
        if (scope.official() != null) {
            params.add(scope.official());
            sql.append(" AND ").append(c.official()).append(" = ?").append(params.size());
        }
        return sql.toString();
    }

    /** The unit column among the codes (sorted, one parameter each); {@code false} for none. */
    static String unitIn(Set<String> codes, Columns c, List<Object> params) {
        if (codes.isEmpty()) {
            return "false";
        }
        StringJoiner in = new StringJoiner(", ", c.unit() + " IN (", ")");
        for (String code : new TreeSet<>(codes)) {
            params.add(code);
            in.add("?" + params.size());
        }
        return in.toString();
    }

    /** The query with {@code params} bound to ?1, ?2, … in order. */
    static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    static List<Object> params() {
        return new ArrayList<>();
    }
}
