package vn.motcua.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/**
 * One version of a province's procedure, valid from {@code validFrom} (inclusive) to {@code validTo} (exclusive;
 * null while current). Its {@code id} is the stable version id a dossier keeps. Content never changes after
 * insertion: an edit closes this version and creates the next one.
 */
@Entity
@Table(name = "procedure_version", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_version_seq")
    @SequenceGenerator(name = "procedure_version_seq", sequenceName = "province.procedure_version_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "field_code", nullable = false)
    private String fieldCode;
    @Column(nullable = false)
    private String levels;
    @Column(name = "unit_refs", nullable = false)
    private String unitRefs;
    @Column(name = "time_value", nullable = false)
    private int timeValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_unit", nullable = false)
    private StatutoryUnit timeUnit;
    @Column(name = "time_cut_off")
    private LocalTime timeCutOff;
    @Column(name = "online_time_value")
    private Integer onlineTimeValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "online_time_unit")
    private StatutoryUnit onlineTimeUnit;
    @Column(name = "online_time_cut_off")
    private LocalTime onlineTimeCutOff;
    @Column(nullable = false)
    private String fees;
    @Column(nullable = false)
    private String documents;
    @Column(nullable = false)
    private String steps;
    @Enumerated(EnumType.STRING)
    @Column(name = "online_kind", nullable = false)
    private OnlineKind onlineKind;
    @Column(name = "full_online_eligible", nullable = false)
    private boolean fullOnlineEligible;
    @Column(name = "paper_result", nullable = false)
    private boolean paperResult;
    @Column(name = "individual_applicants", nullable = false)
    private boolean individualApplicants;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Column(name = "national_db_date")
    private LocalDate nationalDbDate;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(nullable = false)
    private boolean generated;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected ProcedureVersion() { }

    public ProcedureVersion(ProcedureContent c, LocalDate validFrom, boolean generated, String createdBy,
                            OffsetDateTime createdAt) {
        this.code = c.code().value();
        this.name = c.name();
        this.searchText = SearchText.fold(c.code().value() + " " + c.name() + " "
                + ProcedureFields.find(c.fieldCode()).map(ProcedureField::nameVi).orElse(""));
        this.fieldCode = c.fieldCode();
        this.levels = c.levels().stream().sorted().map(Level::name).collect(Collectors.joining(","));
        this.unitRefs = String.join(",", c.unitRefs());
        this.timeValue = c.time().value();
        this.timeUnit = c.time().unit();
        this.timeCutOff = c.time().cutOff();
        if (c.onlineTime() != null) {
            this.onlineTimeValue = c.onlineTime().value();
            this.onlineTimeUnit = c.onlineTime().unit();
            this.onlineTimeCutOff = c.onlineTime().cutOff();
        }
        this.fees = ProcedureLists.fees(c.fees());
        this.documents = ProcedureLists.documents(c.documents());
        this.steps = ProcedureLists.steps(c.steps());
        this.onlineKind = c.onlineKind();
        this.fullOnlineEligible = c.fullOnlineEligible();
        this.paperResult = c.paperResult();
        this.individualApplicants = c.individualApplicants();
        this.decisionNumber = c.publication().decisionNumber();
        this.decisionDate = c.publication().decisionDate();
        this.effectiveDate = c.publication().effectiveDate();
        this.nationalDbDate = c.publication().nationalDbDate();
        this.validFrom = validFrom;
        this.generated = generated;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public ProcedureContent content() {
        Set<Level> lv = EnumSet.noneOf(Level.class);
        Arrays.stream(levels.split(",")).filter(s -> !s.isBlank()).map(Level::valueOf).forEach(lv::add);
        List<String> units = Arrays.stream(unitRefs.split(",")).filter(s -> !s.isBlank()).toList();
        return new ProcedureContent(new ProcedureCode(code), name, fieldCode, lv, units,
                StatutoryTime.of(timeValue, timeUnit, timeCutOff),
                onlineTimeUnit == null ? null : StatutoryTime.of(onlineTimeValue == null ? 0 : onlineTimeValue,
                        onlineTimeUnit, onlineTimeCutOff),
                ProcedureLists.parseFees(fees), ProcedureLists.parseDocuments(documents), onlineKind,
                fullOnlineEligible, paperResult, individualApplicants, ProcedureLists.parseSteps(steps),
                new Publication(decisionNumber, decisionDate, effectiveDate, nationalDbDate));
    }

    /** Closes this version the day before {@code next} starts (validTo is exclusive). */
    public void closeAt(LocalDate nextValidFrom) {
        this.validTo = nextValidFrom;
    }

    public boolean isValidOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || d.isBefore(validTo));
    }

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getFieldCode() { return fieldCode; }
    public OnlineKind getOnlineKind() { return onlineKind; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public boolean isGenerated() { return generated; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
