package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;

/**
 * What the province-wide dossier list asks for (issue 15): every criterion is optional (null = any) and they all
 * combine. Text is as the caller typed it; the repository folds it. Instants are already decided by the service:
 * the period of receipt as [{@code submittedFrom}, {@code submittedTo}) and, for the lateness filters, {@code now}
 * and the end of the "due within" window (from the working calendar, never a clock of the list's own).
 *
 * @param text            the dossier code's start, the applicant name's start (accents optional) or the identity number
 * @param code            the dossier code's start
 * @param applicantName   the applicant name's start, accents and case ignored ("nguyen van an" finds "Nguyễn Văn An")
 * @param idNumber        the applicant's identity number, exactly
 * @param fieldCode       the procedure's field, as the catalog's latest version of each procedure says
 * @param dueBefore       with {@link Lateness#DUE_SOON}: the end of the window (included)
 */
public record DossierFilter(String text, String code, String applicantName, String idNumber,
                            OffsetDateTime submittedFrom, OffsetDateTime submittedTo, Integer status, Channel channel,
                            String receivingUnitCode, String competentUnitCode, String procedureCode, String fieldCode,
                            Lateness lateness, OffsetDateTime now, OffsetDateTime dueBefore, Sort sort) {

    /**
     * Lateness: finished late (how the periodic report counts it, {@code timeliness = LATE}); open and overdue now
     * ({@code overdue_from} passed: the clock's own decision, so a dossier waiting for the applicant within time is
     * not); open, not overdue, and becoming overdue within a number of working days.
     */
    public enum Lateness { LATE, OVERDUE, DUE_SOON }

    /** The list's order; ties broken by the row id in the same direction. */
    public enum Sort {
        RECEIVED_DESC, RECEIVED_ASC, DUE_ASC, DUE_DESC, CODE_ASC, CODE_DESC;

        public boolean descending() {
            return name().endsWith("_DESC");
        }
    }

    /**
     * A lateness no dossier of the status asked for can have: finished late (a timeliness is given only when a dossier
     * ends) while the status is an open one, or overdue / due soon (only open dossiers run against their due time)
     * while it is not. The list answers such a filter with nothing, without reading the table: PostgreSQL does not
     * see the contradiction and, on 10 million dossiers, walked a whole index to find no row (docs/benchmarks.md).
     */
    public boolean matchesNothing() {
        if (lateness == null || status == null) {
            return false;
        }
        boolean open = DossierStatus.of(status).open();
        return lateness == Lateness.LATE ? open : !open;
    }

    /** Everything: the latest dossiers first. */
    public static DossierFilter all() {
        return new DossierFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, Sort.RECEIVED_DESC);
    }

    public DossierFilter withStatus(Integer s) {
        return new DossierFilter(text, code, applicantName, idNumber, submittedFrom, submittedTo, s, channel,
                receivingUnitCode, competentUnitCode, procedureCode, fieldCode, lateness, now, dueBefore, sort);
    }
}
