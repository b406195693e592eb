package vn.motcua.dossier.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Limit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.application.DocumentText;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.dossier.application.ReceiveCommand;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Lateness;
import vn.motcua.dossier.domain.Step;
import vn.motcua.shared.Text;

/** Dossier requests and responses (plain classes with public fields: Payara's Yasson cannot bind records). */

public final class DossierDtos {

    private DossierDtos() { }

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    public static class ApplicantDto {
        /** PERSON or ORGANISATION. */
        @Limit(text = Text.Kind.CODE)
        public String kind;
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(text = Text.Kind.CODE)
        public String idNumber;
        public String address;
        @Limit(text = Text.Kind.CODE)
        public String phone;
        @Limit(text = Text.Kind.NAME)
        public String email;
    }

    public static class DossierDocumentDto {
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(min = 0, max = Limit.MAX_COUNT)
        public int originals;
        @Limit(min = 0, max = Limit.MAX_COUNT)
        public int copies;
        public boolean digitised;
        public boolean reused;

        static DossierDocumentDto of(ReceiveCommand.Document d) {
            DossierDocumentDto x = new DossierDocumentDto();
            x.name = d.name();
            x.originals = d.originals();
            x.copies = d.copies();
            x.digitised = d.digitised();
            x.reused = d.reused();
            return x;
        }
    }

    public static class DossierFeeDto {
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(min = 0, max = Limit.MAX_VND)
        public long amountVnd;

        static DossierFeeDto of(ReceiveCommand.FeeLine f) {
            DossierFeeDto x = new DossierFeeDto();
            x.name = f.name();
            x.amountVnd = f.amountVnd();
            return x;
        }
    }

    /** Receipt at a one-stop desk. */
    public static class ReceiveRequest {
        @Limit(text = Text.Kind.CODE)
        public String procedureCode;
        /** IN_PERSON, ONLINE or POSTAL. */
        @Limit(text = Text.Kind.CODE)
        public String channel;
        /** ACCEPTED (default), SUBMITTED (online, not checked yet), GUIDED (incomplete: guided) or REFUSED_AT_RECEIPT. */
        @Limit(text = Text.Kind.CODE)
        public String outcome;
        public ApplicantDto applicant;
        /** Portal code of the receiving unit; the clerk's own unit when absent. */
        @Limit(text = Text.Kind.CODE)
        public String receivingUnitCode;
        /** Portal code of the unit competent to decide; the procedure's first implementing unit when absent. */
        @Limit(text = Text.Kind.CODE)
        public String competentUnitCode;
        public List<DossierDocumentDto> documents;
        public List<DossierFeeDto> fees;
        public boolean paidOnline;
        /** What is missing (GUIDED) or why it is refused (REFUSED_AT_RECEIPT). */
        public String reason;
    }

    /** One action; {@code version} is the dossier version the caller read. */
    public static class TransitionRequest {
        @Limit(text = Text.Kind.CODE)
        public String action;
        public Long version;
        public String reason;
        /** APOLOGISE: the new appointment, ISO 8601 with offset. */
        @Limit(text = Text.Kind.CODE)
        public String newDate;
        @Limit(text = Text.Kind.CODE)
        public String unitCode;
        @Limit(text = Text.Kind.CODE)
        public String assignee;
        /** ADD_STEP: TRANSFER or CONSULT. */
        @Limit(text = Text.Kind.CODE)
        public String stepKind;
        @Limit(text = Text.Kind.NAME)
        public String stepName;
        @Limit(min = 0, max = Limit.MAX_COUNT)
        public Integer stepHours;
        /** RETURN_RESULT: IN_PERSON, POST or ONLINE. */
        @Limit(text = Text.Kind.CODE)
        public String returnMethod;
        public boolean electronicResult;
    }

    public static class DossierStepDto {
        public int index;
        public String name;
        public String kind;
        public String role;
        public String unitCode;
        public String unitName;
        public String assignee;
        public double budgetHours;
        public OffsetDateTime startedAt;
        public OffsetDateTime dueAt;
        public OffsetDateTime finishedAt;
        public String finishedBy;
        public double waitingHours;
        public boolean current;

        static DossierStepDto of(int i, Step s, Map<String, String> names, boolean current) {
            DossierStepDto x = new DossierStepDto();
            x.index = i;
            x.name = s.name();
            x.kind = s.kind().name();
            x.role = s.role();
            x.unitCode = s.unitCode();
            x.unitName = names.getOrDefault(s.unitCode(), s.unitCode());
            x.assignee = s.assignee();
            x.budgetHours = hours(s.budgetNanos());
            x.startedAt = vn(s.startedAt());
            x.dueAt = vn(s.dueAt());
            x.finishedAt = vn(s.finishedAt());
            x.finishedBy = s.finishedBy();
            x.waitingHours = hours(s.pausedNanos());
            x.current = current;
            return x;
        }
    }

    public static class EventDto {
        public int seq;
        public OffsetDateTime at;
        public String actor;
        public String role;
        public String unit;
        public String action;
        public Integer fromStatus;
        public int toStatus;
        public String reason;
        /** "field: before → after", one per line. */
        public String changes;
        public String hash;

        public static EventDto of(DossierEvents.Event e) {
            EventDto x = new EventDto();
            x.seq = e.seq();
            x.at = vn(e.occurredAt());
            x.actor = e.actor();
            x.role = e.actorRole();
            x.unit = e.actorUnit();
            x.action = e.action();
            x.fromStatus = e.fromStatus();
            x.toStatus = e.toStatus();
            x.reason = e.reason();
            x.changes = e.changes();
            x.hash = e.hash();
            return x;
        }
    }

    public static class OverrunDto {
        public int stepIndex;
        public String step;
        public String unitCode;
        public String official;
        public double workedHours;
        public double budgetHours;
        public double overrunHours;
        public double attributedHours;

        public static OverrunDto of(Lateness.StepOverrun o) {
            OverrunDto x = new OverrunDto();
            x.stepIndex = o.index();
            x.step = o.step();
            x.unitCode = o.unitCode();
            x.official = o.official();
            x.workedHours = hours(o.workedNanos());
            x.budgetHours = hours(o.budgetNanos());
            x.overrunHours = hours(o.overrunNanos());
            x.attributedHours = hours(o.attributedNanos());
            return x;
        }
    }

    public static class DossierDto {
        public String code;
        /** Printed on the receipt; shown to the desk and leaders only. */
        public String lookupSecret;
        public int status;
        public String statusName;
        public String statusLabel;
        public String channel;
        public String procedureCode;
        public String procedureName;
        public Long procedureVersionId;
        public String statutoryTime;
        /** TT01_2018 or TT03_2025: the form set (and rules) in force at receipt. */
        public String formSet;
        public ApplicantDto applicant;
        public String receivingUnitCode;
        public String receivingUnitName;
        public String competentUnitCode;
        public String competentUnitName;
        /** Received outside the competent unit (reception regardless of administrative boundary). */
        public boolean outsideHomeUnit;
        public String receivedBy;
        public OffsetDateTime submittedAt;
        public OffsetDateTime receivedAt;
        @JsonbNillable
        public OffsetDateTime appointmentAt;
        @JsonbNillable
        public OffsetDateTime dueAt;
        public boolean overdue;
        public List<DossierDocumentDto> documents;
        public List<DossierFeeDto> fees;
        public long feeTotal;
        public boolean paidOnline;
        public boolean digitised;
        public List<DossierStepDto> steps;
        public String currentAssignee;
        public String currentUnitCode;
        public OffsetDateTime currentStepDueAt;
        public String pauseKind;
        public OffsetDateTime pausedAt;
        public double waitingHours;
        public int supplementCount;
        public boolean countsAsOverdueForIndex;
        public int guidanceCount;
        /** What the applicant must bring (supplement, guidance) or pay. */
        public String pendingRequest;
        public OffsetDateTime apologyAt;
        public OffsetDateTime apologyNewDate;
        public String apologyReason;
        public OffsetDateTime processedAt;
        public OffsetDateTime returnedAt;
        public String returnMethod;
        public Boolean electronicResult;
        public OffsetDateTime closedAt;
        public String closeReason;
        public boolean resultRefused;
        public Boolean late;
        public Double lateHours;
        public List<OverrunDto> lateSteps;
        public Integer satisfaction;
        public String feedback;
        public String source;
        public String sourceSystem;
        public OffsetDateTime sourceAppointmentAt;
        public boolean sourceDisagrees;
        /** How the appointment was computed (days counted and skipped), plus the time waiting for the applicant. */
        public String deadlineExplanationVi;
        public String deadlineExplanationEn;
        public List<EventDto> events;
        public int eventCount;
        public long version;

        public static DossierDto of(Dossier d, Map<String, String> unitNames, boolean withSecret) {
            DossierDto x = new DossierDto();
            x.code = d.getCode();
            x.lookupSecret = withSecret ? d.getLookupSecret() : null;
            x.status = d.status().code();
            x.statusName = d.status().name();
            x.statusLabel = d.status().vi();
            x.channel = d.getChannel().name();
            x.procedureCode = d.getProcedureCode();
            x.procedureName = d.getProcedureName();
            x.procedureVersionId = d.getProcedureVersionId();
            x.statutoryTime = d.statutoryTime().toVietnamese();
            x.formSet = d.getFormSet().name();
            ApplicantDto a = new ApplicantDto();
            a.kind = d.getApplicantKind().name();
            a.name = d.getApplicantName();
            a.idNumber = d.getApplicantIdNumber();
            a.address = d.getApplicantAddress();
            a.phone = d.getApplicantPhone();
            a.email = d.getApplicantEmail();
            x.applicant = a;
            x.receivingUnitCode = d.getReceivingUnitCode();
            x.receivingUnitName = unitNames.getOrDefault(d.getReceivingUnitCode(), d.getReceivingUnitCode());
            x.competentUnitCode = d.getCompetentUnitCode();
            x.competentUnitName = unitNames.getOrDefault(d.getCompetentUnitCode(), d.getCompetentUnitCode());
            x.outsideHomeUnit = !d.getReceivingUnitCode().equals(d.getCompetentUnitCode());
            x.receivedBy = d.getReceivedBy();
            x.submittedAt = vn(d.getSubmittedAt());
            x.receivedAt = vn(d.getReceivedAt());
            x.appointmentAt = vn(d.getAppointmentAt());
            x.dueAt = vn(d.getDueAt());
            x.overdue = d.overdueAt(OffsetDateTime.now());
            x.documents = DocumentText.readDocuments(d.getDocuments()).stream().map(DossierDocumentDto::of).toList();
            x.fees = DocumentText.readFees(d.getFees()).stream().map(DossierFeeDto::of).toList();
            x.feeTotal = d.getFeeTotal();
            x.paidOnline = d.isPaidOnline();
            x.digitised = d.isDigitised();
            List<Step> steps = d.steps();
            x.steps = new java.util.ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                x.steps.add(DossierStepDto.of(i, steps.get(i), unitNames,
                        d.getCurrentStep() != null && d.getCurrentStep() == i));
            }
            x.currentAssignee = d.getCurrentAssignee();
            x.currentUnitCode = d.getCurrentUnitCode();
            x.currentStepDueAt = vn(d.getCurrentStepDueAt());
            x.pauseKind = d.getPauseKind() == null ? null : d.getPauseKind().name();
            x.pausedAt = vn(d.getPausedAt());
            x.waitingHours = hours(d.getPausedNanos());
            x.supplementCount = d.getSupplementCount();
            x.countsAsOverdueForIndex = d.countsAsOverdueForIndex();
            x.guidanceCount = d.getGuidanceCount();
            x.pendingRequest = d.getPendingRequest();
            x.apologyAt = vn(d.getApologyAt());
            x.apologyNewDate = vn(d.getApologyNewDueAt());
            x.apologyReason = d.getApologyReason();
            x.processedAt = vn(d.getProcessedAt());
            x.returnedAt = vn(d.getReturnedAt());
            x.returnMethod = d.getReturnMethod() == null ? null : d.getReturnMethod().name();
            x.electronicResult = d.getElectronicResult();
            x.closedAt = vn(d.getClosedAt());
            x.closeReason = d.getCloseReason();
            x.resultRefused = d.isResultRefused();
            x.late = d.getLate();
            x.lateHours = d.getLateNanos() == null ? null : hours(d.getLateNanos());
            x.satisfaction = d.getSatisfaction();
            x.feedback = d.getFeedback();
            x.source = d.getSource();
            x.sourceSystem = d.getSourceSystem();
            x.sourceAppointmentAt = vn(d.getSourceAppointmentAt());
            x.sourceDisagrees = d.isSourceDisagrees();
            x.eventCount = d.getEventCount();
            x.version = d.getVersion();
            return x;
        }
    }

    /** A line of an official's worklist. */
    public static class WorkItemDto {
        public String code;
        public int status;
        public String statusLabel;
        public String procedureName;
        public String applicantName;
        public String step;
        public String unitCode;
        public OffsetDateTime stepDueAt;
        public OffsetDateTime dossierDueAt;
        /** OVERDUE, DUE_SOON (at most one working day left) or ON_TRACK: the worklist's colour. */
        public String urgency;
        /** Office hours left before the step's due time (negative when past). */
        public double remainingHours;
        public long version;
    }

    public static class WorkListDto {
        public long total;
        public List<WorkItemDto> items;
    }

    public static class DossierSummaryDto {
        public String code;
        public int status;
        public String statusLabel;
        public String procedureName;
        public String applicantName;
        public String channel;
        public OffsetDateTime receivedAt;
        public OffsetDateTime dueAt;
        public boolean overdue;
        public OffsetDateTime apologyAt;

        public static DossierSummaryDto of(Dossier d) {
            DossierSummaryDto x = new DossierSummaryDto();
            x.code = d.getCode();
            x.status = d.status().code();
            x.statusLabel = d.status().vi();
            x.procedureName = d.getProcedureName();
            x.applicantName = d.getApplicantName();
            x.channel = d.getChannel().name();
            x.receivedAt = vn(d.getReceivedAt());
            x.dueAt = vn(d.getDueAt());
            x.overdue = d.overdueAt(OffsetDateTime.now());
            x.apologyAt = vn(d.getApologyAt());
            return x;
        }
    }

    public static class AuditCheckDto {
        public String code;
        public int events;
        public boolean intact;
        public List<String> problems;

        public static AuditCheckDto of(DossierEvents.Verification v) {
            AuditCheckDto x = new AuditCheckDto();
            x.code = v.code();
            x.events = v.events();
            x.intact = v.intact();
            x.problems = v.breaks().stream().map(b -> "#" + b.seq() + ": " + b.problem()).toList();
            return x;
        }
    }

    /** One batch of the province-wide audit check. */
    public static class AuditBatchDto {
        public int checked;
        /** Pass as afterId for the next batch. */
        public long lastId;
        public boolean more;
        public List<AuditCheckDto> broken;
    }

    /** What an applicant sees: status, due date, what is missing. Nothing else. */
    public static class PublicDossierDto {
        public String code;
        public int status;
        public String statusLabel;
        public String procedureName;
        public OffsetDateTime receivedAt;
        public OffsetDateTime dueAt;
        public OffsetDateTime apologyNewDate;
        /** What the applicant must bring or pay, when the dossier waits for them. */
        public String whatIsMissing;
        public OffsetDateTime returnedAt;
        public boolean canRate;
        public Integer satisfaction;
    }

    public static class PublicLookupRequest {
        @Limit(text = Text.Kind.CODE)
        public String code;
        @Limit(text = Text.Kind.CODE)
        public String secret;
    }

    public static class PublicRatingRequest {
        @Limit(text = Text.Kind.CODE)
        public String code;
        @Limit(text = Text.Kind.CODE)
        public String secret;
        /** 1 (very dissatisfied) to 5 (very satisfied). */
        public Integer score;
        public String feedback;
    }

    /** Instants are shown in the business zone's offset (+07:00), whatever the database driver returned. */
    public static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(java.time.ZoneOffset.ofHours(7));
    }

    static double hours(long nanos) {
        return Math.round(nanos / (double) NANOS_PER_MINUTE / 60.0 * 100.0) / 100.0;
    }
}
