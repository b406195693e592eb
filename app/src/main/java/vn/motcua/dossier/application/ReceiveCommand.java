package vn.motcua.dossier.application;

import java.util.List;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Receipt;

/** What the desk enters at receipt (validated by {@link DossierService#receive}). */
public record ReceiveCommand(String procedureCode, Channel channel, Receipt.Outcome outcome, ApplicantKind applicantKind,
                             String applicantName, String applicantIdNumber, String applicantAddress,
                             String applicantPhone, String applicantEmail, String receivingUnitCode,
                             String competentUnitCode, List<Document> documents, List<FeeLine> fees,
                             boolean paidOnline, String reason) {

    /** A document received: originals and copies, digitised or not, reused from earlier data or not. */
    public record Document(String name, int originals, int copies, boolean digitised, boolean reused) { }

    public record FeeLine(String name, long amountVnd) { }

    public ReceiveCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }
}
