package vn.motcua.forms.application;

import vn.motcua.dossier.application.DocumentText;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.dossier.application.DossierService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.forms.domain.FormRegime;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.forms.domain.FormData;
import vn.motcua.forms.domain.FormDossier;
import vn.motcua.forms.domain.FormKind;
import vn.motcua.forms.domain.FormNotInSetException;
import vn.motcua.forms.domain.FormParts;
import vn.motcua.forms.infrastructure.FormRenderer;
import vn.motcua.forms.domain.FormSet;
import vn.motcua.identity.application.UserAdministration;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.application.UnitsInForce;
import vn.motcua.units.domain.UnitVersion;

/**
 * The statutory forms of a dossier as PDF, in the form set of its legal regime (Circular 01/2018 before 1 Jul 2025,
 * 03/2025 from then), filled from the dossier, its event log and the people and units it names.
 */
@ApplicationScoped
public class DossierForms {

    private static final FormRenderer RENDERER = new FormRenderer();
    /** Rows of one tracking book: a month of a busy desk; longer periods are asked for in parts. */
    public static final int MAX_BOOK_ROWS = 5_000;

    @Inject
    DossierService dossiers;
    @Inject
    DossierEvents events;
    @Inject
    UserAdministration accounts;
    @Inject
    TenantRegistry tenants;
    @Inject
    UnitsInForce units;

    public record Pdf(String fileName, byte[] content) { }

    /** {@code lookupBase}: the public lookup page's URL without the code, e.g. https://…/tra-cuu?ma= */
    @Transactional
    public Pdf form(String code, FormKind kind, String lookupBase) {
        DossierService.View v = dossiers.view(code);
        Dossier d = v.dossier();
        FormSet set = d.getFormSet().formSet();
        if (!set.contains(kind)) {
            throw DomainException.invalid("dossier.formNotInSet", kind.name(), set.circular());
        }
        FormDossier fd = formDossier(d, v.unitNames(), lookupBase);
        List<DossierEvents.Event> log = events.of(d.getId());
        FormData data = switch (kind) {
            case RECEIPT -> {
                if (d.getDueAt() == null) {
                    throw DomainException.invalid("dossier.formNotApplicable", kind.name());
                }
                yield new FormData.Receipt(fd);
            }
            case SUPPLEMENT_REQUEST -> {
                DossierEvents.Event e = last(log, "REQUEST_SUPPLEMENT", "GUIDE")
                        .or(() -> d.getGuidanceCount() > 0 ? first(log, "RECEIVE") : Optional.empty())
                        .orElseThrow(() -> DomainException.invalid("dossier.formNotApplicable", kind.name()));
                String reasons = e.reason() == null ? "" : e.reason();
                int n = Math.max(1, (int) log.stream().filter(x -> x.action().equals("REQUEST_SUPPLEMENT")).count());
                yield new FormData.SupplementRequest(fd, new FormParts.SupplementPart(e.occurredAt(), name(e.actor()),
                        reasons, Arrays.stream(reasons.split("[\\n;]")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList(), n));
            }
            case REFUSAL -> {
                DossierEvents.Event e = last(log, "REFUSE_AT_RECEIPT", "REFUSE")
                        .or(() -> d.status() == DossierStatus.REFUSED_AT_RECEIPT ? first(log, "RECEIVE") : Optional.empty())
                        .orElseThrow(() -> DomainException.invalid("dossier.formNotApplicable", kind.name()));
                yield new FormData.Refusal(fd, new FormParts.RefusalPart(d.getCloseReason() != null ? d.getCloseReason()
                        : String.valueOf(e.reason()), e.occurredAt(), name(e.actor())));
            }
            case APOLOGY -> {
                if (d.getApologyAt() == null) {
                    throw DomainException.invalid("dossier.formNotApplicable", kind.name());
                }
                DossierEvents.Event e = last(log, "APOLOGISE").orElseThrow();
                yield new FormData.Apology(fd, new FormParts.ApologyPart(d.getApologyReason(), d.getDueAt(),
                        d.getApologyNewDueAt(), v.unitNames().getOrDefault(d.getCompetentUnitCode(), d.getCompetentUnitCode()),
                        title(e.actorRole()), name(e.actor()), d.getApologyAt()));
            }
            case STOP_NOTICE -> {
                if (d.status() != DossierStatus.STOPPED) {
                    throw DomainException.invalid("dossier.formNotApplicable", kind.name());
                }
                DossierEvents.Event e = last(log, "STOP").orElseThrow();
                yield new FormData.StopNotice(fd, new FormParts.StopPart(d.getCloseReason(),
                        "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ", d.getClosedAt(), title(e.actorRole()),
                        name(e.actor())));
            }
            case CONTROL_SLIP -> new FormData.ControlSlip(fd, controlSteps(d, v.unitNames()));
            case TRACKING_BOOK -> throw DomainException.invalid("dossier.formNotApplicable", kind.name());
        };
        return render(set, data);
    }

    /** The tracking book of a receiving unit for a period (by receipt date). */
    @Transactional
    public Pdf trackingBook(String unitCode, LocalDate from, LocalDate to) {
        UnitVersion unit = units.find(unitCode, to).orElse(null);
        if (unit == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("unitCode", "dossier.unitUnknown", unitCode)));
        }
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("to", "dossier.field.invalid", "to")));
        }
        List<Dossier> rows = dossiers.receivedBy(unitCode, from.atStartOfDay().atOffset(ZoneOffset.ofHours(7)),
                to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(7)), MAX_BOOK_ROWS);
        String province = provinceName();
        List<FormParts.TrackingBookRow> book = rows.stream().map(d -> new FormParts.TrackingBookRow(d.getCode(),
                d.getProcedureName(), d.getApplicantName(), received(d), d.getDueAt(), d.getProcessedAt(),
                d.getReturnedAt(), note(d))).toList();
        FormParts.TrackingBookPart part = new FormParts.TrackingBookPart(province, unit.name(), place(province), from, to,
                LocalDate.now(ZoneOffset.ofHours(7)), book);
        FormData data = new FormData.TrackingBook(part);
        return render(FormRenderer.setFor(data), data);
    }

    private static Pdf render(FormSet set, FormData data) {
        try {
            return new Pdf(FormRenderer.fileName(set, data), RENDERER.render(set, data));
        } catch (FormNotInSetException e) {
            throw DomainException.invalid("dossier.formNotInSet", e.kind().name(), e.circular());
        }
    }

    private FormDossier formDossier(Dossier d, Map<String, String> unitNames, String lookupBase) {
        String province = provinceName();
        FormDossier.Applicant applicant = switch (d.getApplicantKind()) {
            case ORGANISATION -> FormDossier.Applicant.organisation(d.getApplicantName(), d.getApplicantIdNumber(),
                    d.getApplicantAddress(), d.getApplicantPhone(), d.getApplicantEmail());
            case PERSON -> FormDossier.Applicant.person(d.getApplicantName(), d.getApplicantIdNumber(),
                    d.getApplicantAddress(), d.getApplicantPhone(), d.getApplicantEmail());
        };
        List<FormDossier.DocumentLine> docs = DocumentText.readDocuments(d.getDocuments()).stream()
                .map(x -> new FormDossier.DocumentLine(x.name(), x.originals(), x.copies(), x.digitised(), x.reused()))
                .toList();
        List<FormDossier.FeeLine> fees = DocumentText.readFees(d.getFees()).stream()
                .map(x -> new FormDossier.FeeLine(x.name(), x.amountVnd())).toList();
        return new FormDossier(province, unitNames.getOrDefault(d.getReceivingUnitCode(), d.getReceivingUnitCode()),
                unitNames.getOrDefault(d.getCompetentUnitCode(), d.getCompetentUnitCode()), d.getCode(),
                d.getLookupSecret(), lookupBase == null ? null : lookupBase + d.getCode(), d.getProcedureCode(),
                d.getProcedureName(), applicant, d.getChannel().label("vi"), received(d), d.getDueAt(),
                d.statutoryTime().toVietnamese(), docs, fees, name(d.getReceivedBy()), place(province));
    }

    private List<FormParts.ControlStep> controlSteps(Dossier d, Map<String, String> unitNames) {
        List<FormParts.ControlStep> out = new ArrayList<>();
        List<Step> steps = d.steps();
        for (int i = 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.started()) {
                continue;
            }
            Step before = steps.get(i - 1);
            String result = s.finished() ? (s.dueAt() != null && s.finishedAt().isAfter(s.dueAt()) ? "Trễ hạn" : "Đúng hạn")
                    : "Đang xử lý";
            if (s.kind() == StepKind.RETURN && s.finished()) {
                result = "Đã trả kết quả";
            }
            out.add(new FormParts.ControlStep(unitNames.getOrDefault(before.unitCode(), before.unitCode()),
                    name(before.finishedBy() != null ? before.finishedBy() : before.assignee()),
                    unitNames.getOrDefault(s.unitCode(), s.unitCode()), name(s.assignee()), s.startedAt(), s.dueAt(),
                    s.finishedAt(), s.name() + " — " + result));
        }
        return out;
    }

    private static OffsetDateTime received(Dossier d) {
        return d.getReceivedAt() != null ? d.getReceivedAt() : d.getSubmittedAt();
    }

    private static String note(Dossier d) {
        if (d.getLate() != null) {
            return d.getLate() ? "Trễ hạn" + (d.getApologyAt() != null ? ", đã xin lỗi" : "") : "Đúng hạn";
        }
        return d.status().vi();
    }

    private static Optional<DossierEvents.Event> last(List<DossierEvents.Event> log, String... actions) {
        List<String> wanted = List.of(actions);
        for (int i = log.size() - 1; i >= 0; i--) {
            if (wanted.contains(log.get(i).action())) {
                return Optional.of(log.get(i));
            }
        }
        return Optional.empty();
    }

    private static Optional<DossierEvents.Event> first(List<DossierEvents.Event> log, String action) {
        return log.stream().filter(e -> e.action().equals(action)).findFirst();
    }

    /** An official's display name (the username when unknown, e.g. an imported actor). */
    private String name(String username) {
        if (username == null || username.isBlank()) {
            return "—";
        }
        return accounts.findByName(username).map(AppUser::getDisplayName).orElse(username);
    }

    private static String title(String role) {
        return switch (role == null ? "" : role) {
            case "PROVINCE_LEADER" -> "Lãnh đạo Ủy ban nhân dân";
            case "UNIT_LEADER" -> "Thủ trưởng cơ quan";
            case "CLERK" -> "Công chức tiếp nhận";
            default -> "Người xử lý";
        };
    }

    private String provinceName() {
        String slug = TenantContext.require();
        return tenants.find(slug).map(Tenant::getNameVi).orElse(slug);
    }

    /** "Tỉnh Gia Lai" → "Gia Lai" for the date line. */
    private static String place(String province) {
        return province.replaceFirst("^(Tỉnh|Thành phố|tỉnh|thành phố)\\s+", "");
    }

}
