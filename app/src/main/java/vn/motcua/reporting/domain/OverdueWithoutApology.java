package vn.motcua.reporting.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The leaders' worklist of open dossiers that owe the applicant an apology letter and have none: overdue now (past
 * their overdue instant, {@code overdue_from}, pauses counted), or asked for a supplement a second time — which counts
 * as overdue for the index (DossierClock.countsAsOverdueForIndex). A few rows to act on, not a report: read from the
 * open dossiers through a partial index (V15), paged.
 */
public final class OverdueWithoutApology {

    /** Why a dossier is on the list (both when both hold). */
    public enum Reason { OVERDUE, SECOND_SUPPLEMENT }

    /**
     * One dossier: its code, procedure, competent unit (code as stored, and its name today), the official who holds it
     * now (username, display name; null when nobody does), since when it is overdue (null while within time), its
     * supplement requests, the reasons.
     */
    public record Line(String code, String procedureCode, String procedureName, String unitCode, String unitName,
                       String assignee, String assigneeName, OffsetDateTime overdueFrom, int supplementCount,
                       List<Reason> reasons) { }

    /** A page of the list and how many there are in all. */
    public record Page(long total, List<Line> items) { }

    private OverdueWithoutApology() { }

    /** The reasons of a dossier overdue since {@code overdueFrom} (null: not yet) at {@code now}. */
    public static List<Reason> reasons(OffsetDateTime overdueFrom, int supplementCount, OffsetDateTime now) {
        boolean overdue = overdueFrom != null && overdueFrom.isBefore(now);
        boolean twice = supplementCount >= 2;
        return overdue && twice ? List.of(Reason.OVERDUE, Reason.SECOND_SUPPLEMENT)
                : overdue ? List.of(Reason.OVERDUE) : twice ? List.of(Reason.SECOND_SUPPLEMENT) : List.of();
    }
}
