package vn.motcua.reporting.domain;

/**
 * What a report counts: the whole province, or only the dossiers of one competent unit (code as stored), one
 * procedure and/or one field. Null = no filter.
 */
public record ReportScope(String unitCode, String procedureCode, String fieldCode) {

    public static final ReportScope PROVINCE = new ReportScope(null, null, null);
}
