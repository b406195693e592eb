package vn.motcua.ui.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.catalog.domain.Publication;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.shared.DomainException;

/**
 * catalog/procedure.xhtml?code=…[&asOf=yyyy-MM-dd | &version=id]: one procedure with its process steps and its
 * version and publication history; province administrators edit it (each save creates a new version).
 */
@Named
@ViewScoped
public class ProcedureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    vn.motcua.units.application.UnitService unitService;

    /** Unit names by code, for the version shown (built on first use, per view). */
    private transient java.util.Map<String, String> unitNames;

    public record HistoryRow(long versionId, LocalDate validFrom, LocalDate validTo, String name, String time,
                             String decisionNumber, LocalDate decisionDate, LocalDate effectiveDate,
                             LocalDate nationalDbDate, String createdBy, OffsetDateTime createdAt, boolean shown)
            implements Serializable { }

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    private String code;
    private boolean creating;
    private String newCode;
    private LocalDate asOf;
    private Long version;

    private long versionId;
    private boolean current;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean generated;
    private transient ProcedureContent content;
    private String contentRow;
    private List<HistoryRow> history = List.of();

    // editor
    private String name;
    private String fieldCode;
    private List<String> levels;
    private String units;
    private int timeValue;
    private String timeUnit;
    private LocalTime cutOff;
    private Integer onlineValue;
    private String onlineUnit;
    private LocalTime onlineCutOff;
    private String onlineKind;
    private boolean fullOnlineEligible;
    private boolean paperResult;
    private boolean individualApplicants;
    private ProcedureEditorRows rows = new ProcedureEditorRows();
    /** The structured editor's choice of units (those in force on the new version's first day) and roles. */
    private List<UnitChoice> unitChoices = List.of();
    private String decisionNumber;
    private LocalDate decisionDate;
    private LocalDate effectiveDate;
    private LocalDate nationalDbDate;
    private LocalDate newValidFrom;

    public void load() {
        if (user.isPlatform()) {
            access.refuse();
            return;
        }
        if (creating) {
            if (access.allowProvinceAdmin()) {
                prepareNew();
            }
            return;
        }
        try {
            ProcedureVersion v = version != null ? catalog.version(version) : catalog.get(code, asOf);
            show(v);
        } catch (DomainException e) {
            feedback.refused(e);
            content = null;
        }
    }

    private void show(ProcedureVersion v) {
        code = v.getCode();
        versionId = v.getId();
        current = v.getValidTo() == null;
        validFrom = v.getValidFrom();
        validTo = v.getValidTo();
        generated = v.isGenerated();
        content = v.content();
        history = new java.util.ArrayList<>(catalog.history(code).stream().map(h -> {
            Publication p = h.content().publication();
            return new HistoryRow(h.getId(), h.getValidFrom(), h.getValidTo(), h.getName(),
                    h.content().time().label(), p.decisionNumber(), p.decisionDate(), p.effectiveDate(),
                    p.nationalDbDate(), h.getCreatedBy(), h.getCreatedAt(), h.getId() == v.getId());
        }).toList());
        java.util.Collections.reverse(history);
    }

    private ProcedureContent content() {
        if (content == null && code != null) {
            content = catalog.version(versionId).content();
        }
        return content;
    }

    public boolean isFound() {
        return versionId != 0;
    }

    public boolean isCanEdit() {
        return user.isProvinceAdmin() && (current || creating);
    }

    /** An empty editor for a new procedure (procedure.xhtml?new=true). */
    private void prepareNew() {
        newCode = "";
        name = "";
        fieldCode = ProcedureFields.all().get(0).code();
        levels = new java.util.ArrayList<>(List.of(Level.COMMUNE.name()));
        units = "";
        timeValue = 1;
        timeUnit = StatutoryUnit.WORKING_DAYS.name();
        onlineKind = OnlineKind.NONE.name();
        paperResult = true;
        individualApplicants = true;
        rows = ProcedureEditorRows.of(null);
        newValidFrom = LocalDate.now();
        unitChoices = unitChoices(List.of());
    }

    public void prepareEdit() {
        ProcedureContent c = content();
        name = c.name();
        fieldCode = c.fieldCode();
        levels = new java.util.ArrayList<>(c.levels().stream().sorted().map(Level::name).toList());
        units = String.join(", ", c.unitRefs());
        timeValue = c.time().value();
        timeUnit = c.time().unit().name();
        cutOff = c.time().cutOff();
        onlineValue = c.onlineTime() == null ? null : c.onlineTime().value();
        onlineUnit = c.onlineTime() == null ? null : c.onlineTime().unit().name();
        onlineCutOff = c.onlineTime() == null ? null : c.onlineTime().cutOff();
        onlineKind = c.onlineKind().name();
        fullOnlineEligible = c.fullOnlineEligible();
        paperResult = c.paperResult();
        individualApplicants = c.individualApplicants();
        rows = ProcedureEditorRows.of(c);
        decisionNumber = c.publication().decisionNumber();
        decisionDate = c.publication().decisionDate();
        effectiveDate = c.publication().effectiveDate();
        nationalDbDate = c.publication().nationalDbDate();
        newValidFrom = LocalDate.now();
        unitChoices = unitChoices(c.steps().stream().map(vn.motcua.catalog.domain.ProcessStep::unitRef).toList());
    }

    /** A unit the steps may name: its code (portal, else QCVN) and what the select shows, its name. */
    public record UnitChoice(String code, String label) implements Serializable { }

    /**
     * The province's units in force on the new version's first day (in the order of the unit tree), the commune
     * handling the dossier, and any other code a step names today (shown as {@link #unitLabel} reads it), so that
     * editing keeps it until someone changes it.
     */
    private List<UnitChoice> unitChoices(List<String> used) {
        LocalDate day = newValidFrom == null ? LocalDate.now() : newValidFrom;
        List<UnitChoice> out = new java.util.ArrayList<>();
        out.add(new UnitChoice(catalog.communeRef(), feedback.text("procedure.editor.communeRef")));
        java.util.Set<String> codes = new java.util.HashSet<>(List.of(catalog.communeRef()));
        for (var v : unitService.snapshot().history().unitsOn(day)) {
            String c = v.spec().portal() != null ? v.spec().portal() : v.spec().qcvn();
            if (c != null && codes.add(c)) {
                out.add(new UnitChoice(c, v.name()));
            }
        }
        for (String ref : used) {
            if (!ref.isBlank() && codes.add(ref)) {
                out.add(new UnitChoice(ref, unitLabel(ref)));
            }
        }
        return out;
    }

    /** Saves a new version and shows it (a redirect, so a reload does not post again); stays on refusal. */
    public String save() {
        if (!access.allowProvinceAdmin()) {
            return null;
        }
        try {
            var problems = rows.problems("editForm");
            if (!problems.isEmpty()) {
                problems.forEach(p -> feedback.problemAt(p.clientId(), p.messageKey()));
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            List<DomainException.FieldError> timeErrors = new java.util.ArrayList<>();
            StatutoryTime time = time("time", timeValue, timeUnit, cutOff, timeErrors);
            StatutoryTime online = onlineUnit == null || onlineUnit.isBlank() ? null
                    : time("onlineTime", onlineValue == null ? 0 : onlineValue, onlineUnit, onlineCutOff, timeErrors);
            if (!timeErrors.isEmpty()) {
                throw DomainException.invalid(timeErrors);
            }
            if (creating && !vn.motcua.catalog.domain.ProcedureCode.isValid(newCode)) {
                throw DomainException.invalid(List.of(new DomainException.FieldError("code", "procedure.code.invalid")));
            }
            ProcedureContent c = new ProcedureContent(creating ? new vn.motcua.catalog.domain.ProcedureCode(newCode)
                    : content().code(), name, fieldCode,
                    levels == null ? java.util.Set.of() : levels.stream().map(Level::valueOf).collect(Collectors.toSet()),
                    units == null ? List.of() : List.of(units.split(",")), time, online, rows.feeList(),
                    rows.requiredDocuments(), OnlineKind.valueOf(onlineKind), fullOnlineEligible, paperResult,
                    individualApplicants, rows.processSteps(),
                    new Publication(decisionNumber, decisionDate, effectiveDate, nationalDbDate));
            ProcedureVersion saved = creating ? catalog.create(c, newValidFrom)
                    : catalog.update(code, versionId, c, newValidFrom);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            feedback.info("procedure.saved", saved.getId());
            return "/catalog/procedure.xhtml?faces-redirect=true&code=" + saved.getCode();
        } catch (DomainException e) {
            feedback.refused(e, "editForm");
            return null;
        }
    }

    /** The editor's time (a cut-off only for a same-day unit), or null with its problems reported under {@code field}. */
    private static StatutoryTime time(String field, int value, String unitName, LocalTime cutOff,
                                      List<DomainException.FieldError> errors) {
        StatutoryUnit unit = StatutoryUnit.valueOf(unitName);
        LocalTime c = unit == StatutoryUnit.SAME_DAY ? cutOff : null;
        List<String> problems = StatutoryTime.problems(value, unit, c);
        problems.forEach(k -> errors.add(new DomainException.FieldError(field, k)));
        return problems.isEmpty() ? StatutoryTime.of(value, unit, c) : null;
    }

    public String fieldName(String c) {
        return ProcedureFields.find(c).map(ProcedureField::nameVi).orElse(c);
    }

    public ProcedureContent getContent() { return content(); }
    public String getUnitText() {
        return content() == null ? "" : content().unitRefs().stream().map(this::unitLabel)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * A unit reference as people read it: the unit's name (as of the version's start) followed by its code, when the
     * code is a portal or QCVN code of one of the province's units; the code alone otherwise (e.g. "every commune").
     */
    public String unitLabel(String ref) {
        if (ref == null || ref.isBlank()) {
            return "";
        }
        if (unitNames == null) {
            unitNames = new java.util.HashMap<>();
            LocalDate day = validFrom == null ? LocalDate.now() : validFrom;
            for (var v : unitService.snapshot().history().unitsOn(day)) {
                if (v.spec().portal() != null) {
                    unitNames.put(v.spec().portal(), v.name());
                }
                if (v.spec().qcvnCode() != null) {
                    unitNames.put(v.spec().qcvnCode().value(), v.name());
                }
            }
            unitNames.put(catalog.communeRef(), feedback.text("procedure.editor.communeRef"));
        }
        String name = unitNames.get(ref.strip());
        return name == null ? ref : name + " (" + ref + ")";
    }
    public List<HistoryRow> getHistory() { return history; }
    public List<ProcedureField> getFields() { return ProcedureFields.all(); }
    public StatutoryUnit[] getTimeUnits() { return StatutoryUnit.values(); }
    public OnlineKind[] getOnlineKinds() { return OnlineKind.values(); }
    public Level[] getAllLevels() { return Level.values(); }
    public long getVersionId() { return versionId; }
    public boolean isCurrent() { return current; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public boolean isGenerated() { return generated; }
    public String getCode() { return code; }
    public boolean isCreating() { return creating; }
    public void setCreating(boolean creating) { this.creating = creating; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public void setCode(String code) { this.code = code; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public List<String> getLevels() { return levels; }
    public void setLevels(List<String> levels) { this.levels = levels; }
    public String getUnits() { return units; }
    public void setUnits(String units) { this.units = units; }
    public int getTimeValue() { return timeValue; }
    public void setTimeValue(int timeValue) { this.timeValue = timeValue; }
    public String getTimeUnit() { return timeUnit; }
    public void setTimeUnit(String timeUnit) { this.timeUnit = timeUnit; }
    public LocalTime getCutOff() { return cutOff; }
    public void setCutOff(LocalTime cutOff) { this.cutOff = cutOff; }
    public Integer getOnlineValue() { return onlineValue; }
    public void setOnlineValue(Integer onlineValue) { this.onlineValue = onlineValue; }
    public String getOnlineUnit() { return onlineUnit; }
    public void setOnlineUnit(String onlineUnit) { this.onlineUnit = onlineUnit; }
    public LocalTime getOnlineCutOff() { return onlineCutOff; }
    public void setOnlineCutOff(LocalTime onlineCutOff) { this.onlineCutOff = onlineCutOff; }
    public String getOnlineKind() { return onlineKind; }
    public void setOnlineKind(String onlineKind) { this.onlineKind = onlineKind; }
    public boolean isFullOnlineEligible() { return fullOnlineEligible; }
    public void setFullOnlineEligible(boolean v) { this.fullOnlineEligible = v; }
    public boolean isPaperResult() { return paperResult; }
    public void setPaperResult(boolean v) { this.paperResult = v; }
    public boolean isIndividualApplicants() { return individualApplicants; }
    public void setIndividualApplicants(boolean v) { this.individualApplicants = v; }
    public ProcedureEditorRows getRows() { return rows; }
    public List<UnitChoice> getUnitChoices() { return unitChoices; }
    /** The roles a step may be given (a province's roles, most powerful first). */
    public List<String> getStepRoles() {
        return java.util.Arrays.stream(vn.motcua.identity.domain.Role.values())
                .filter(vn.motcua.identity.domain.Role::isTenantRole).map(Enum::name).toList();
    }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String v) { this.decisionNumber = v; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate v) { this.decisionDate = v; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate v) { this.effectiveDate = v; }
    public LocalDate getNationalDbDate() { return nationalDbDate; }
    public void setNationalDbDate(LocalDate v) { this.nationalDbDate = v; }
    public LocalDate getNewValidFrom() { return newValidFrom; }
    public void setNewValidFrom(LocalDate v) { this.newValidFrom = v; }
}
