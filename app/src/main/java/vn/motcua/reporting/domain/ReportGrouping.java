package vn.motcua.reporting.domain;

/**
 * How the rows of a report are cut: by competent unit (its code as stored on the dossier), by the procedure's field,
 * by procedure, by month (yyyy-MM), by official (username; the rows count steps, docs/deadlines.md) or not at all
 * (one row, the whole scope).
 */
public enum ReportGrouping {
    UNIT, FIELD, PROCEDURE, MONTH, NONE, OFFICIAL
}
