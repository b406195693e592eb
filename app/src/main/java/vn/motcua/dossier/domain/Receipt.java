package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.StatutoryTime;

/**
 * What the desk records when a dossier arrives. {@code outcome} is the completeness check: ACCEPTED (the clock
 * starts), SUBMITTED (online, not checked yet), GUIDED (incomplete, applicant guided), REFUSED_AT_RECEIPT.
 */
public record Receipt(String code, String lookupSecret, Channel channel, Long procedureVersionId, String procedureCode,
                      String procedureName, StatutoryTime time, List<ProcessStep> processSteps,
                      ApplicantKind applicantKind, String applicantName, String applicantIdNumber,
                      String applicantAddress, String applicantPhone, String applicantEmail,
                      String receivingUnitCode, String competentUnitCode, String receivedBy, String receivedByUnit,
                      OffsetDateTime at, Outcome outcome, String reason, String documents, String fees, long feeTotal,
                      boolean digitised, boolean paidOnline) {

    public enum Outcome { ACCEPTED, SUBMITTED, GUIDED, REFUSED_AT_RECEIPT }

    public Receipt {
        processSteps = processSteps == null ? List.of() : List.copyOf(processSteps);
    }
}
