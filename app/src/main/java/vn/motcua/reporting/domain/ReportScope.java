package vn.motcua.reporting.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a report counts: the whole province, or only the dossiers of some competent units (codes as stored on the
 * dossiers), one procedure and/or one field; with {@code official} (a username), only that official's steps — the
 * report then counts steps, not dossiers, and its units are the steps' units (docs/deadlines.md, "Steps per
 * official"). Null = no filter; an empty set of units = nothing.
 */
public record ReportScope(Set<String> unitCodes, String procedureCode, String fieldCode, String official) {

    public static final ReportScope PROVINCE = new ReportScope(null, null, null, null);

    public ReportScope {
        unitCodes = unitCodes == null ? null : Set.copyOf(unitCodes);
    }

    public ReportScope(Set<String> unitCodes, String procedureCode, String fieldCode) {
        this(unitCodes, procedureCode, fieldCode, null);
    }

    /** Within one unit (code as the caller names it; null = every unit), procedure and field. */
    public static ReportScope of(String unitCode, String procedureCode, String fieldCode) {
        return of(unitCode, procedureCode, fieldCode, null);
    }

    /** Within one unit, procedure, field and official (null = any). */
    public static ReportScope of(String unitCode, String procedureCode, String fieldCode, String official) {
        return new ReportScope(unitCode == null ? null : Set.of(unitCode), procedureCode, fieldCode, official);
    }

    /** Whether the report counts steps (an official's scope, or rows per official) rather than dossiers. */
    public boolean countsSteps(ReportGrouping by) {
        return official != null || by == ReportGrouping.OFFICIAL;
    }

    /** The same scope over these units instead. */
    public ReportScope withUnitCodes(Set<String> codes) {
        return new ReportScope(codes, procedureCode, fieldCode, official);
    }

    /** The same scope narrowed to these units too (the units in both). */
    public ReportScope within(Set<String> codes) {
        if (unitCodes == null) {
            return withUnitCodes(codes);
        }
        Set<String> both = new TreeSet<>(unitCodes);
        both.retainAll(codes);
        return withUnitCodes(both);
    }
}
