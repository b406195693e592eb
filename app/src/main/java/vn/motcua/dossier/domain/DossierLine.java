package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;

/**
 * One dossier as the exported list shows it: read as plain columns, so that an export of thousands of dossiers does
 * not load their steps and documents.
 */
public record DossierLine(String code, OffsetDateTime submittedAt, OffsetDateTime receivedAt, DossierStatus status,
                          Channel channel, String procedureCode, String procedureName, String applicantName,
                          String applicantIdNumber, String receivingUnitCode, String competentUnitCode,
                          OffsetDateTime dueAt, OffsetDateTime endedAt, String timeliness, OffsetDateTime overdueFrom) {

    /** Open and past the instant its clock made it overdue (a dossier waiting for the applicant within time is not). */
    public boolean overdueAt(OffsetDateTime now) {
        return status.open() && overdueFrom != null && overdueFrom.isBefore(now);
    }
}
