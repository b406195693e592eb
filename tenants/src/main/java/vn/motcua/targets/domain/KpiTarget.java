package vn.motcua.targets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/** One target of a province for a year, optionally for one unit (by its reference), e.g. on-time rate ≥ 95 %. */
@Entity
@Table(name = "kpi_target", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class KpiTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_target_seq")
    @SequenceGenerator(name = "kpi_target_seq", sequenceName = "province.kpi_target_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(name = "unit_ref")
    private String unitRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Metric metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code")
    private IndexGroup groupCode;

    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    private LocalDate deadline;

    @Column(name = "source_note")
    private String sourceNote;

    @Column(nullable = false)
    private boolean generated;

    protected KpiTarget() { }

    public KpiTarget(int year, String unitRef, Metric metric, IndexGroup groupCode, BigDecimal targetValue,
                     Direction direction, LocalDate deadline, String sourceNote, boolean generated) {
        this.year = year;
        this.unitRef = unitRef;
        this.metric = metric;
        this.groupCode = groupCode;
        this.targetValue = targetValue;
        this.direction = direction;
        this.deadline = deadline;
        this.sourceNote = sourceNote;
        this.generated = generated;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getUnitRef() { return unitRef; }
    public Metric getMetric() { return metric; }
    public IndexGroup getGroupCode() { return groupCode; }
    public BigDecimal getTargetValue() { return targetValue; }
    public Direction getDirection() { return direction; }
    public LocalDate getDeadline() { return deadline; }
    public String getSourceNote() { return sourceNote; }
    public boolean isGenerated() { return generated; }
}
