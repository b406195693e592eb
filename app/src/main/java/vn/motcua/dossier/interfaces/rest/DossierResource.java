package vn.motcua.dossier.interfaces.rest;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.AFTER_ID_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.AFTER_ID_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.AUDIT_BATCH_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.AUDIT_BATCH_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.DUE_WITHIN_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.DUE_WITHIN_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.FIRST_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.HOURS_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.HOURS_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.SIZE_MIN;
import static vn.motcua.shared.interfaces.rest.ParamRanges.STATUS_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.STATUS_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.forms.application.DossierForms;
import vn.motcua.dossier.application.DossierSearch;
import vn.motcua.dossier.application.DossierService;
import vn.motcua.dossier.application.ReceiveCommand;
import vn.motcua.dossier.application.TransitionCommand;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DeadlineText;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Receipt;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.forms.domain.FormKind;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.identity.domain.Role;
import vn.motcua.dossier.interfaces.rest.DossierDtos;
import vn.motcua.dossier.interfaces.rest.DossierDtos.AuditBatchDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.AuditCheckDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.DossierDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.DossierSummaryDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.EventDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.OverrunDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.ReceiveRequest;
import vn.motcua.dossier.interfaces.rest.DossierDtos.TransitionRequest;
import vn.motcua.dossier.interfaces.rest.DossierDtos.WorkItemDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.WorkListDto;
import vn.motcua.dossier.interfaces.rest.DossierSearchDtos.DossierPageDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;

/** Dossiers of the caller's province: receipt at the desk, actions, the worklist, the audit trail. */
@Path("/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
@Tag(name = "Dossiers")
public class DossierResource {

    @Inject
    DossierService dossiers;
    @Inject
    DossierEvents events;
    @Inject
    DossierForms forms;
    @Inject
    DossierSearch search;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_LEADER", "UNIT_LEADER", "CLERK"})
    @APIResponse(responseCode = "201", description = "The received dossier with its code and lookup secret; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierDto.class)))
    @Operation(operationId = "receiveDossier", summary = "Receive a dossier at a one-stop desk: assigns the code "
            + "<agency>-YYMMDD-NNNN and the lookup secret, computes the appointment with the deadline engine and plans "
            + "the procedure's steps (outcome ACCEPTED); or records it as submitted, guided (incomplete) or refused")
    public Response receiveDossier(ReceiveRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        List<FieldError> errors = new ArrayList<>();
        Channel channel = parse(Channel.class, request.channel, "channel", errors);
        Receipt.Outcome outcome = request.outcome == null || request.outcome.isBlank() ? Receipt.Outcome.ACCEPTED
                : parse(Receipt.Outcome.class, request.outcome, "outcome", errors);
        var a = request.applicant;
        ApplicantKind kind = a == null || a.kind == null || a.kind.isBlank() ? ApplicantKind.PERSON
                : parse(ApplicantKind.class, a.kind, "applicant.kind", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        List<ReceiveCommand.Document> docs = request.documents == null ? List.of() : request.documents.stream()
                .map(d -> new ReceiveCommand.Document(d.name, d.originals, d.copies, d.digitised, d.reused)).toList();
        List<ReceiveCommand.FeeLine> fees = request.fees == null ? List.of() : request.fees.stream()
                .map(f -> new ReceiveCommand.FeeLine(f.name, f.amountVnd)).toList();
        DossierService.Details received = dossiers.receive(new ReceiveCommand(request.procedureCode, channel, outcome, kind,
                a == null ? null : a.name, a == null ? null : a.idNumber, a == null ? null : a.address,
                a == null ? null : a.phone, a == null ? null : a.email, request.receivingUnitCode,
                request.competentUnitCode, docs, fees, request.paidOnline, request.reason));
        String code = received.view().dossier().getCode();
        return Response.created(URI.create("dossiers/" + code)).entity(full(received)).build();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDossier", summary = "One dossier: state, steps, the explanation of its deadline, "
            + "step-level lateness and the timeline of its events")
    public DossierDto getDossier(@PathParam("code") String code) {
        return full(code);
    }

    @POST
    @Path("/{code}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionDossier", summary = "Apply an action (ACCEPT, GUIDE, REFUSE_AT_RECEIPT, "
            + "COMPLETE_STEP, REASSIGN, ADD_STEP, REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, REQUEST_PAYMENT, "
            + "CONFIRM_PAYMENT, WITHDRAW, STOP, REFUSE, RETURN_RESULT, APOLOGISE) to the dossier version the caller "
            + "read; a stale version gets 409, a transition the status does not allow gets 409 with the reason")
    public DossierDto transitionDossier(@PathParam("code") String code, TransitionRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        List<FieldError> errors = new ArrayList<>();
        Action action = null;
        if (request.action == null || request.action.isBlank()) {
            errors.add(new FieldError("action", "dossier.field.required", "action"));
        } else {
            try {
                action = Action.valueOf(request.action.strip().toUpperCase(Locale.ROOT));
                if (!action.transition()) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("action", "dossier.actionUnknown", request.action,
                        DossierService.transitionActions()));
            }
        }
        if (request.version == null) {
            errors.add(new FieldError("version", "dossier.versionRequired"));
        }
        OffsetDateTime newDate = null;
        if (request.newDate != null && !request.newDate.isBlank()) {
            try {
                newDate = OffsetDateTime.parse(request.newDate.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("newDate", "dossier.field.invalid", "newDate"));
            }
        }
        StepKind stepKind = request.stepKind == null || request.stepKind.isBlank() ? null
                : parse(StepKind.class, request.stepKind, "stepKind", errors);
        ReturnMethod method = request.returnMethod == null || request.returnMethod.isBlank() ? null
                : parse(ReturnMethod.class, request.returnMethod, "returnMethod", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        dossiers.transition(code, new TransitionCommand(action, request.version, request.reason, newDate,
                request.unitCode, request.assignee, stepKind, request.stepName,
                request.stepHours == null ? 0 : request.stepHours, method, request.electronicResult));
        return full(code);
    }

    @GET
    @Path("/my-work")
    @Operation(operationId = "listMyWork", summary = "The caller's open steps, soonest due first, with the urgency "
            + "colour (OVERDUE, DUE_SOON = at most one working day left, ON_TRACK) and the office hours left")
    public WorkListDto listMyWork(
            @QueryParam("first") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("50")
            @Parameter(schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        String me = CallerContext.actorName();
        WorkListDto out = new WorkListDto();
        out.total = dossiers.worklistSize(me);
        out.items = dossiers.worklist(me, first, size).stream().map(d -> {
            WorkItemDto w = new WorkItemDto();
            w.code = d.getCode();
            w.status = d.status().code();
            w.statusLabel = d.status().vi();
            w.procedureName = d.getProcedureName();
            w.applicantName = d.getApplicantName();
            w.step = d.current() == null ? null : d.current().name();
            w.unitCode = d.getCurrentUnitCode();
            w.stepDueAt = DossierDtos.vn(d.getCurrentStepDueAt());
            w.dossierDueAt = DossierDtos.vn(d.getDueAt());
            DossierService.Remaining r = dossiers.remaining(d.getCurrentStepDueAt());
            w.urgency = r.urgency().name();
            w.remainingHours = Math.round(r.officeNanos() / 36_000_000_000.0) / 100.0;
            w.version = d.getVersion();
            return w;
        }).toList();
        return out;
    }

    @GET
    @Operation(operationId = "listDossiers", summary = "Find any dossier of the province: by code, applicant name "
            + "(accents optional) or identity number, filtered by period of receipt, status, channel, receiving and "
            + "competent unit, procedure, field and lateness; every filter optional and all combine. first/size to "
            + "page (size at most 500), sort by receipt, due date or code (newest received first by default). total "
            + "counts the matches up to 10000 (totalCapped: more than that)")
    public DossierPageDto listDossiers(
            @QueryParam("q") @Parameter(description = DossierSearchParams.TEXT) String q,
            @QueryParam("code") @Parameter(description = "the dossier code starts with this") String code,
            @QueryParam("applicantName") @Parameter(description = "the applicant name starts with this, accents and "
                    + "case ignored (đ = d)") String applicantName,
            @QueryParam("idNumber") @Parameter(description = "the applicant's identity number, exactly") String idNumber,
            @QueryParam("from") @Parameter(description = "received (or submitted) on or after this day, yyyy-MM-dd")
            String from,
            @QueryParam("to") @Parameter(description = "received (or submitted) on or before this day, yyyy-MM-dd")
            String to,
            @QueryParam("status")
            @Parameter(description = "a status code", schema = @Schema(type = INTEGER, minimum = STATUS_MIN,
                    maximum = STATUS_MAX)) Integer status,
            @QueryParam("channel") @Parameter(description = "how it reached the province", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"IN_PERSON", "ONLINE", "POSTAL"})) String channel,
            @QueryParam("receivingUnitCode") @Parameter(description = "the unit that received it (portal or QCVN "
                    + "code as stored on the dossier)") String receivingUnitCode,
            @QueryParam("competentUnitCode") @Parameter(description = "the unit competent to decide it") String competentUnitCode,
            @QueryParam("procedureCode") @Parameter(description = "only this procedure") String procedureCode,
            @QueryParam("fieldCode") @Parameter(description = "only procedures of this field (the catalog's latest "
                    + "version of each), see listFields") String fieldCode,
            @QueryParam("lateness") @Parameter(description = DossierSearchParams.LATENESS, schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"LATE", "OVERDUE", "DUE_SOON"})) String lateness,
            @QueryParam("dueWithinDays") @Parameter(description = "with lateness=DUE_SOON: the window in working days "
                    + "(default 1)", schema = @Schema(type = INTEGER, minimum = DUE_WITHIN_MIN, maximum = DUE_WITHIN_MAX))
            Integer dueWithinDays,
            @QueryParam("sort") @Parameter(description = DossierSearchParams.SORT, schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"RECEIVED_DESC", "RECEIVED_ASC", "DUE_ASC", "DUE_DESC",
                    "CODE_ASC", "CODE_DESC"})) String sort,
            @QueryParam("first") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("50")
            @Parameter(schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        DossierSearch.Criteria c = DossierSearchParams.read(new DossierSearchParams.Raw(q, code, applicantName,
                idNumber, from, to, status, channel, receivingUnitCode, competentUnitCode, procedureCode, fieldCode,
                lateness, dueWithinDays, sort));
        return DossierPageDto.of(search.page(c, first, size), first, size);
    }

    @GET
    @Path("/late-without-apology")
    @Operation(operationId = "listLateWithoutApology", summary = "Open dossiers already past their due time, or due "
            + "within the next withinHours office-agnostic hours (default 0), that have no apology yet: the reminder list. "
            + "Due time as the reports count it: moved by pauses, none while the dossier waits for the applicant")
    public List<DossierSummaryDto> listLateWithoutApology(
            @QueryParam("withinHours") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = HOURS_MIN, maximum = HOURS_MAX)) int withinHours,
            @QueryParam("first") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = FIRST_MIN, maximum = FIRST_MAX)) int first,
            @QueryParam("size") @DefaultValue("50")
            @Parameter(schema = @Schema(type = INTEGER, minimum = SIZE_MIN, maximum = SIZE_MAX)) int size) {
        OffsetDateTime before = OffsetDateTime.now().plusHours(Math.max(0, Math.min(withinHours, 24 * 30)));
        return dossiers.lateWithoutApology(before, first, size).stream().map(DossierSummaryDto::of).toList();
    }

    @GET
    @Path("/{code}/audit")
    @Operation(operationId = "verifyDossierAudit", summary = "Check the dossier's hash-chained event log: intact, or "
            + "which event no longer matches what was written")
    public AuditCheckDto verifyDossierAudit(@PathParam("code") String code) {
        return AuditCheckDto.of(events.verify(dossiers.get(code)));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    @Operation(operationId = "verifyAuditTrail", summary = "Check the hash chains of the province's dossiers in id "
            + "order, a batch at a time (afterId = lastId of the previous batch, 0 to start; limit at most 20000): how "
            + "many were checked, which are broken and where. infra/bin/verify-audit walks the whole province with it")
    public AuditBatchDto verifyAuditTrail(
            @QueryParam("afterId") @DefaultValue("0")
            @Parameter(schema = @Schema(type = INTEGER, minimum = AFTER_ID_MIN, maximum = AFTER_ID_MAX)) long afterId,
            @QueryParam("limit") @DefaultValue("5000")
            @Parameter(schema = @Schema(type = INTEGER, minimum = AUDIT_BATCH_MIN, maximum = AUDIT_BATCH_MAX)) int limit) {
        DossierEvents.BatchCheck b = events.verifyBatch(afterId, limit);
        AuditBatchDto x = new AuditBatchDto();
        x.checked = b.checked();
        x.lastId = b.lastId();
        x.more = b.more();
        x.broken = b.broken().stream().map(AuditCheckDto::of).toList();
        return x;
    }

    @GET
    @Path("/{code}/forms/{form}")
    @Produces({"application/pdf", "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(operationId = "getDossierForm", summary = "A statutory form of the dossier as PDF, from the form set in "
            + "force at its receipt (Circular 01/2018 before 1 Jul 2025, 03/2025 from then): RECEIPT, SUPPLEMENT_REQUEST, "
            + "REFUSAL, APOLOGY, STOP_NOTICE (03/2025 only), CONTROL_SLIP; with the dossier code as text and QR code")
    public Response getDossierForm(@PathParam("code") String code, @PathParam("form") String form,
                                   @Context UriInfo uri) {
        FormKind kind;
        try {
            kind = FormKind.valueOf(form.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(new FieldError("form", "dossier.field.invalid", "form")));
        }
        DossierForms.Pdf pdf = forms.form(code, kind, lookupBase(uri));
        return pdf(pdf);
    }

    @GET
    @Path("/tracking-book")
    @Produces({"application/pdf", "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(operationId = "getTrackingBook", summary = "The tracking book (sổ theo dõi hồ sơ) of a receiving unit "
            + "for a period of at most a year (from/to = yyyy-MM-dd, by receipt date), as PDF in the form set in force "
            + "on its first day")
    public Response getTrackingBook(@QueryParam("unitCode") String unitCode, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        java.time.LocalDate f;
        java.time.LocalDate t;
        try {
            f = java.time.LocalDate.parse(from == null ? "" : from.strip());
            t = java.time.LocalDate.parse(to == null ? "" : to.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(List.of(new FieldError("from", "dossier.field.invalid", "from/to")));
        }
        return pdf(forms.trackingBook(unitCode, f, t));
    }

    private static Response pdf(DossierForms.Pdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The public lookup page's address, for the QR code: the API's base without "/api/". */
    static String lookupBase(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        base = base.endsWith("/api/") ? base.substring(0, base.length() - 4) : base.endsWith("/api") ? base.substring(0, base.length() - 3) : base;
        return base + "tra-cuu.xhtml?ma=";
    }

    private DossierDto full(String code) {
        return full(dossiers.details(code));
    }

    private static DossierDto full(DossierService.Details details) {
        DossierService.View v = details.view();
        Dossier d = v.dossier();
        boolean desk = CallerContext.current().map(c -> c.has(Role.CLERK) || c.has(Role.UNIT_LEADER)
                || c.has(Role.PROVINCE_LEADER)).orElse(false);
        DossierDto dto = DossierDto.of(d, v.unitNames(), desk);
        details.deadline().ifPresent(dl -> {
            dto.deadlineExplanationVi = DeadlineText.explain(dl.explanation(), d.getPausedNanos(), Messages.VIETNAMESE);
            dto.deadlineExplanationEn = DeadlineText.explain(dl.explanation(), d.getPausedNanos(), Locale.ENGLISH);
        });
        dto.lateSteps = details.lateness().stream().map(OverrunDto::of).toList();
        dto.events = details.events().stream().map(EventDto::of).toList();
        return dto;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "dossier.field.required", field));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "dossier.field.invalid", field));
            return null;
        }
    }
}
