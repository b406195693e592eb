package vn.motcua.dossier.domain;

import vn.motcua.forms.domain.FormRegime;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.deadline.domain.Timeliness;

/**
 * The stored state of a {@link Dossier}: its columns and their getters. The state is changed only by
 * {@code Dossier}'s actions, which is why the fields are package-private and there are no setters; keeping the columns
 * here leaves {@code Dossier} with its behaviour (the mapping, field names and field access are the entity's, as if
 * declared there).
 */
@MappedSuperclass
public abstract class DossierRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "province.dossier_id_seq", allocationSize = 50)
    Long id;
    @Column(name = "tenant_id", insertable = false, updatable = false)
    String tenantId;
    @Column(nullable = false, updatable = false)
    String code;
    @Column(name = "lookup_secret", nullable = false, updatable = false)
    String lookupSecret;
    @Column(nullable = false)
    int status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Channel channel;
    @Column(name = "procedure_version_id")
    Long procedureVersionId;
    @Column(name = "procedure_code", nullable = false)
    String procedureCode;
    @Column(name = "procedure_name", nullable = false)
    String procedureName;
    @Column(name = "time_value", nullable = false)
    int timeValue;
    @Column(name = "time_unit", nullable = false)
    String timeUnit;
    @Column(name = "time_cut_off")
    LocalTime timeCutOff;
    @Enumerated(EnumType.STRING)
    @Column(name = "form_set", nullable = false)
    FormRegime formSet;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    ApplicantKind applicantKind;
    @Column(name = "applicant_name", nullable = false)
    String applicantName;
    @Column(name = "applicant_id_number")
    String applicantIdNumber;
    @Column(name = "applicant_address")
    String applicantAddress;
    @Column(name = "applicant_phone")
    String applicantPhone;
    @Column(name = "applicant_email")
    String applicantEmail;
    @Column(name = "receiving_unit_code", nullable = false)
    String receivingUnitCode;
    @Column(name = "competent_unit_code", nullable = false)
    String competentUnitCode;
    @Column(name = "received_by", nullable = false)
    String receivedBy;
    @Column(name = "submitted_at", nullable = false)
    OffsetDateTime submittedAt;
    @Column(name = "received_at")
    OffsetDateTime receivedAt;
    @Column(name = "clock_start_at")
    OffsetDateTime clockStartAt;
    @Column(name = "appointment_at")
    OffsetDateTime appointmentAt;
    @Column(name = "due_at")
    OffsetDateTime dueAt;
    @Column(nullable = false)
    String documents = "";
    @Column(nullable = false)
    String fees = "";
    @Column(name = "fee_total", nullable = false)
    long feeTotal;
    @Column(name = "paid_online", nullable = false)
    boolean paidOnline;
    @Column(nullable = false)
    boolean digitised;
    @Column(name = "steps", nullable = false)
    String stepText = "";
    /** What the steps add to the step facts, bucketed ({@link StepFacts}; V13), written with the steps. */
    @Column(name = "step_facts", nullable = false)
    String stepFacts = "";
    @Column(name = "current_step")
    Integer currentStep;
    @Column(name = "current_assignee")
    String currentAssignee;
    @Column(name = "current_unit_code")
    String currentUnitCode;
    @Column(name = "current_step_due_at")
    OffsetDateTime currentStepDueAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "pause_kind")
    PauseKind pauseKind;
    @Column(name = "paused_at")
    OffsetDateTime pausedAt;
    @Column(name = "paused_nanos", nullable = false)
    long pausedNanos;
    @Column(name = "supplement_count", nullable = false)
    int supplementCount;
    @Column(name = "guidance_count", nullable = false)
    int guidanceCount;
    @Column(name = "pending_request")
    String pendingRequest;
    @Column(name = "apology_at")
    OffsetDateTime apologyAt;
    @Column(name = "apology_new_due_at")
    OffsetDateTime apologyNewDueAt;
    @Column(name = "apology_reason")
    String apologyReason;
    @Column(name = "processed_at")
    OffsetDateTime processedAt;
    @Column(name = "returned_at")
    OffsetDateTime returnedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "return_method")
    ReturnMethod returnMethod;
    @Column(name = "electronic_result")
    Boolean electronicResult;
    @Column(name = "closed_at")
    OffsetDateTime closedAt;
    @Column(name = "close_reason")
    String closeReason;
    @Column(name = "result_refused", nullable = false)
    boolean resultRefused;
    @Column(name = "late")
    Boolean late;
    @Column(name = "late_nanos")
    Long lateNanos;
    /** From when it is overdue (DossierClock): the due instant, null while waiting within time. */
    @Column(name = "overdue_from")
    OffsetDateTime overdueFrom;
    /** How it counts in the periodic report once ended (DossierClock#finishedAs); null while open. */
    @Enumerated(EnumType.STRING)
    @Column(name = "timeliness")
    Timeliness timeliness;
    /** Working days it took once finished with a result, in hundredths (DossierClock#workedHundredths). */
    @Column(name = "worked_hundredths")
    Integer workedHundredths;
    @Column(name = "satisfaction")
    Integer satisfaction;
    @Column(name = "feedback")
    String feedback;
    @Column(name = "rated_at")
    OffsetDateTime ratedAt;
    @Column(nullable = false)
    String source = "NATIVE";
    @Column(name = "source_system")
    String sourceSystem;
    @Column(name = "source_appointment_at")
    OffsetDateTime sourceAppointmentAt;
    @Column(name = "source_disagrees", nullable = false)
    boolean sourceDisagrees;
    @Column(name = "import_batch")
    String importBatch;
    @Column(name = "event_count", nullable = false)
    int eventCount;
    @Column(name = "last_event_hash")
    String lastEventHash;
    @Version
    long version;

    DossierRecord() {
    }

    public StatutoryTime statutoryTime() {
        return new StatutoryTime(timeValue, StatutoryUnit.valueOf(timeUnit), timeCutOff);
    }

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getCode() { return code; }
    public String getLookupSecret() { return lookupSecret; }
    public DossierStatus status() { return DossierStatus.of(status); }
    public Channel getChannel() { return channel; }
    public Long getProcedureVersionId() { return procedureVersionId; }
    public String getProcedureCode() { return procedureCode; }
    public String getProcedureName() { return procedureName; }
    public FormRegime getFormSet() { return formSet; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantIdNumber() { return applicantIdNumber; }
    public String getApplicantAddress() { return applicantAddress; }
    public String getApplicantPhone() { return applicantPhone; }
    public String getApplicantEmail() { return applicantEmail; }
    public String getReceivingUnitCode() { return receivingUnitCode; }
    public String getCompetentUnitCode() { return competentUnitCode; }
    public String getReceivedBy() { return receivedBy; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
    public OffsetDateTime getClockStartAt() { return clockStartAt; }
    public OffsetDateTime getAppointmentAt() { return appointmentAt; }
    public OffsetDateTime getDueAt() { return dueAt; }
    public String getDocuments() { return documents; }
    public String getFees() { return fees; }
    public long getFeeTotal() { return feeTotal; }
    public boolean isPaidOnline() { return paidOnline; }
    public boolean isDigitised() { return digitised; }
    public Integer getCurrentStep() { return currentStep; }
    public String getCurrentAssignee() { return currentAssignee; }
    public String getCurrentUnitCode() { return currentUnitCode; }
    public OffsetDateTime getCurrentStepDueAt() { return currentStepDueAt; }
    public PauseKind getPauseKind() { return pauseKind; }
    public OffsetDateTime getPausedAt() { return pausedAt; }
    public long getPausedNanos() { return pausedNanos; }
    public int getSupplementCount() { return supplementCount; }
    public int getGuidanceCount() { return guidanceCount; }
    public String getPendingRequest() { return pendingRequest; }
    public OffsetDateTime getApologyAt() { return apologyAt; }
    public OffsetDateTime getApologyNewDueAt() { return apologyNewDueAt; }
    public String getApologyReason() { return apologyReason; }
    public OffsetDateTime getProcessedAt() { return processedAt; }
    public OffsetDateTime getReturnedAt() { return returnedAt; }
    public ReturnMethod getReturnMethod() { return returnMethod; }
    public Boolean getElectronicResult() { return electronicResult; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getCloseReason() { return closeReason; }
    public boolean isResultRefused() { return resultRefused; }
    public Boolean getLate() { return late; }
    public Long getLateNanos() { return lateNanos; }
    public OffsetDateTime getOverdueFrom() { return overdueFrom; }
    public Timeliness getTimeliness() { return timeliness; }
    public Integer getSatisfaction() { return satisfaction; }
    public String getFeedback() { return feedback; }
    public OffsetDateTime getRatedAt() { return ratedAt; }
    public String getSource() { return source; }
    public String getSourceSystem() { return sourceSystem; }
    public OffsetDateTime getSourceAppointmentAt() { return sourceAppointmentAt; }
    public boolean isSourceDisagrees() { return sourceDisagrees; }
    public int getEventCount() { return eventCount; }
    public String getLastEventHash() { return lastEventHash; }
    public long getVersion() { return version; }
}
