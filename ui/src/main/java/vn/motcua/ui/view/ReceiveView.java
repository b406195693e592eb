package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.domain.Fee;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.catalog.domain.RequiredDocument;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.application.ReceiveCommand;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Receipt;
import vn.motcua.shared.DomainException;
import vn.motcua.units.application.UnitService;

/**
 * dossiers/receive.xhtml: the one-stop desk records a dossier. The procedure is found by code or words (accents
 * optional) and fills the documents and fees; the receiving unit is the clerk's, the competent unit the
 * procedure's (both may be changed: reception regardless of administrative boundary). The service validates,
 * assigns the code and computes the appointment.
 */
@Named
@ViewScoped
public class ReceiveView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SEPARATOR = " — ";

    /** A document received: editable on the page. */
    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private int originals;
        private int copies;
        private boolean digitised;
        private boolean reused;

        public DocumentRow() { }

        DocumentRow(String name, int originals, int copies) {
            this.name = name;
            this.originals = originals;
            this.copies = copies;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public int getOriginals() { return originals; }
        public void setOriginals(int originals) { this.originals = originals; }
        public int getCopies() { return copies; }
        public void setCopies(int copies) { this.copies = copies; }
        public boolean isDigitised() { return digitised; }
        public void setDigitised(boolean digitised) { this.digitised = digitised; }
        public boolean isReused() { return reused; }
        public void setReused(boolean reused) { this.reused = reused; }
    }

    public static class FeeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private long amountVnd;

        public FeeRow() { }

        FeeRow(String name, long amountVnd) {
            this.name = name;
            this.amountVnd = amountVnd;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public long getAmountVnd() { return amountVnd; }
        public void setAmountVnd(long amountVnd) { this.amountVnd = amountVnd; }
    }

    public record UnitOption(String code, String label) implements Serializable { }

    /** What the desk needs after a receipt: the code, the secret for the applicant, the appointment. */
    public record Result(String code, String secret, int status, OffsetDateTime appointment, boolean accepted,
                         List<DossierActions.Form> forms) implements Serializable { }

    @Inject
    CatalogService catalog;
    @Inject
    DossierService dossiers;
    @Inject
    UnitService unitService;
    @Inject
    CurrentUser user;
    @Inject
    Access access;
    @Inject
    Feedback feedback;
    @Inject
    LocaleView localeView;

    private String procedure;
    private String procedureTime;
    private Channel channel = Channel.IN_PERSON;
    private ApplicantKind applicantKind = ApplicantKind.PERSON;
    private String applicantName;
    private String applicantIdNumber;
    private String applicantAddress;
    private String applicantPhone;
    private String applicantEmail;
    private String receivingUnitCode;
    private String competentUnitCode;
    private List<DocumentRow> documents = new ArrayList<>();
    private List<FeeRow> fees = new ArrayList<>();
    private boolean paidOnline;
    private Receipt.Outcome outcome = Receipt.Outcome.ACCEPTED;
    private String reason;
    private List<UnitOption> units;
    private Result result;

    /** f:viewAction: the desk only (clerks and leaders); the receiving unit starts as the clerk's own. */
    public void load() {
        if (!access.allowDesk()) {
            return;
        }
        if (receivingUnitCode == null) {
            receivingUnitCode = user.caller().map(vn.motcua.identity.application.Caller::unitCode).orElse(null);
        }
    }

    /** Procedures matching what the clerk types: code or words, accents optional. */
    public List<String> completeProcedure(String text) {
        if (!user.isDesk()) {
            return List.of();
        }
        return catalog.search(new CatalogService.Query(text, null, null, null, 0, 15)).items().stream()
                .map(v -> v.getCode() + SEPARATOR + v.getName()).toList();
    }

    /** A procedure was picked: its documents, fees and unit fill the form (all still editable). */
    public void procedureChanged() {
        String code = procedureCode();
        if (code == null) {
            return;
        }
        try {
            ProcedureVersion v = catalog.get(code, UnitService.today());
            ProcedureContent c = v.content();
            documents = new ArrayList<>();
            for (RequiredDocument r : c.documents()) {
                documents.add(new DocumentRow(r.name(), r.original() ? Math.max(1, r.copies()) : 0,
                        r.original() ? 0 : Math.max(1, r.copies())));
            }
            fees = new ArrayList<>();
            for (Fee f : c.fees()) {
                fees.add(new FeeRow(f.name(), f.amountVnd()));
            }
            showTime(c);
            competentUnitCode = c.unitRefs().stream().filter(this::knownUnit).findFirst().orElse(receivingUnitCode);
        } catch (DomainException e) {
            feedback.refused(e);
        }
    }

    /** Online dossiers may have their own statutory time: shown again when the channel changes. */
    public void channelChanged() {
        String code = procedureCode();
        if (code == null) {
            return;
        }
        try {
            showTime(catalog.get(code, UnitService.today()).content());
        } catch (DomainException e) {
            feedback.refused(e, "receiveForm");
        }
    }

    private void showTime(ProcedureContent c) {
        boolean online = channel == Channel.ONLINE && c.onlineTime() != null;
        var time = online ? c.onlineTime() : c.time();
        procedureTime = localeView.isEnglish() ? time.toEnglish() : time.toVietnamese();
    }

    private boolean knownUnit(String code) {
        return getUnits().stream().anyMatch(u -> u.code().equals(code));
    }

    String procedureCode() {
        if (procedure == null || procedure.isBlank()) {
            return null;
        }
        return procedure.split(SEPARATOR, 2)[0].strip();
    }

    public void addDocument() {
        documents.add(new DocumentRow("", 0, 1));
    }

    public void removeDocument(int index) {
        if (index >= 0 && index < documents.size()) {
            documents.remove(index);
        }
    }

    public void addFee() {
        fees.add(new FeeRow("", 0));
    }

    public void removeFee(int index) {
        if (index >= 0 && index < fees.size()) {
            fees.remove(index);
        }
    }

    public void receive() {
        if (!user.isDesk()) {
            access.refuse();
            return;
        }
        try {
            List<ReceiveCommand.Document> docs = documents.stream().filter(d -> d.getName() != null && !d.getName().isBlank())
                    .map(d -> new ReceiveCommand.Document(d.getName(), d.getOriginals(), d.getCopies(), d.isDigitised(),
                            d.isReused())).toList();
            List<ReceiveCommand.FeeLine> feeLines = fees.stream().filter(f -> f.getName() != null && !f.getName().isBlank())
                    .map(f -> new ReceiveCommand.FeeLine(f.getName(), f.getAmountVnd())).toList();
            Dossier d = dossiers.receive(new ReceiveCommand(procedureCode(), channel, outcome, applicantKind,
                    applicantName, applicantIdNumber, applicantAddress, applicantPhone, applicantEmail,
                    receivingUnitCode, competentUnitCode, docs, feeLines, paidOnline,
                    outcome == Receipt.Outcome.ACCEPTED ? null : reason)).view().dossier();
            result = new Result(d.getCode(), d.getLookupSecret(), d.status().code(), d.getAppointmentAt(),
                    d.status() == DossierStatus.ACCEPTED || d.status() == DossierStatus.PROCESSING,
                    DossierActions.forms(d).stream().filter(f -> f != DossierActions.Form.CONTROL_SLIP).toList());
            feedback.info("receive.done", d.getCode());
        } catch (DomainException e) {
            feedback.refused(e, "receiveForm");
        }
    }

    /** Another dossier: the desk's choices (units, channel) stay, the applicant and procedure go. */
    public void startAnother() {
        result = null;
        procedure = null;
        procedureTime = null;
        applicantName = null;
        applicantIdNumber = null;
        applicantAddress = null;
        applicantPhone = null;
        applicantEmail = null;
        applicantKind = ApplicantKind.PERSON;
        documents = new ArrayList<>();
        fees = new ArrayList<>();
        outcome = Receipt.Outcome.ACCEPTED;
        reason = null;
        paidOnline = false;
    }

    public List<UnitOption> getUnits() {
        if (units == null) {
            units = unitOptions(unitService);
        }
        return units;
    }

    /** Today's units of the province that have a portal code (the code dossiers name), by name. */
    static List<UnitOption> unitOptions(UnitService unitService) {
        return unitService.snapshot().history().unitsOn(UnitService.today()).stream()
                .filter(v -> v.spec().portal() != null)
                .map(v -> new UnitOption(v.spec().portal(), v.name() + " (" + v.spec().portal() + ")"))
                .sorted(Comparator.comparing(UnitOption::label)).toList();
    }

    public long getFeeTotal() {
        return fees.stream().mapToLong(FeeRow::getAmountVnd).sum();
    }

    public Channel[] getChannels() { return Channel.values(); }
    public ApplicantKind[] getApplicantKinds() { return ApplicantKind.values(); }
    public List<Receipt.Outcome> getOutcomes() {
        return List.of(Receipt.Outcome.ACCEPTED, Receipt.Outcome.GUIDED, Receipt.Outcome.REFUSED_AT_RECEIPT);
    }

    public String getProcedure() { return procedure; }
    public void setProcedure(String procedure) { this.procedure = procedure; }
    public String getProcedureTime() { return procedureTime; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public void setApplicantKind(ApplicantKind applicantKind) { this.applicantKind = applicantKind; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getApplicantIdNumber() { return applicantIdNumber; }
    public void setApplicantIdNumber(String applicantIdNumber) { this.applicantIdNumber = applicantIdNumber; }
    public String getApplicantAddress() { return applicantAddress; }
    public void setApplicantAddress(String applicantAddress) { this.applicantAddress = applicantAddress; }
    public String getApplicantPhone() { return applicantPhone; }
    public void setApplicantPhone(String applicantPhone) { this.applicantPhone = applicantPhone; }
    public String getApplicantEmail() { return applicantEmail; }
    public void setApplicantEmail(String applicantEmail) { this.applicantEmail = applicantEmail; }
    public String getReceivingUnitCode() { return receivingUnitCode; }
    public void setReceivingUnitCode(String receivingUnitCode) { this.receivingUnitCode = receivingUnitCode; }
    public String getCompetentUnitCode() { return competentUnitCode; }
    public void setCompetentUnitCode(String competentUnitCode) { this.competentUnitCode = competentUnitCode; }
    public List<DocumentRow> getDocuments() { return documents; }
    public List<FeeRow> getFees() { return fees; }
    public boolean isPaidOnline() { return paidOnline; }
    public void setPaidOnline(boolean paidOnline) { this.paidOnline = paidOnline; }
    public Receipt.Outcome getOutcome() { return outcome; }
    public void setOutcome(Receipt.Outcome outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Result getResult() { return result; }
}
