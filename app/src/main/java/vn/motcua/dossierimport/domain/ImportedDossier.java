package vn.motcua.dossierimport.domain;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.ReturnMethod;

/** One validated dossier of an import batch (docs/dossier-import.md), with the catalog version it falls under. */
public record ImportedDossier(int row, String code, ImportCatalog.Entry procedure, Channel channel,
                              ApplicantKind applicantKind, String applicantName, String applicantIdNumber,
                              String applicantAddress, String applicantPhone, String applicantEmail,
                              String receivingUnit, String competentUnit, String receivedBy,
                              OffsetDateTime receivedAt, OffsetDateTime appointmentAt, DossierStatus status,
                              OffsetDateTime processedAt, OffsetDateTime returnedAt, ReturnMethod returnMethod,
                              Boolean electronicResult, boolean digitised, long feeTotal, boolean paidOnline,
                              OffsetDateTime apologyAt, OffsetDateTime apologyNewDate, String apologyReason,
                              Integer satisfaction, String feedback, List<Event> events) {

    /**
     * One event of the source system's history, in order. {@code actorName}: the actor's display name when the line
     * gives one (it names a known official, docs/dossier-import.md), else null.
     */
    public record Event(OffsetDateTime at, String actor, String role, Action action, Integer fromStatus, int toStatus,
                        String reason, String actorName) {

        public Event(OffsetDateTime at, String actor, String role, Action action, Integer fromStatus, int toStatus,
                     String reason) {
            this(at, actor, role, action, fromStatus, toStatus, reason, null);
        }
    }
}
